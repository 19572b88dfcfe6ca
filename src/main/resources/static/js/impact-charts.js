// Programme dashboards: draws every canvas with a data-chart attribute (a JSON description written by the
// server: type, labels, datasets, and options such as horizontal or max), and prints the printable page.
// No inline script: the content security policy forbids it.
(function () {
    var PALETTE = ['#2f3e5c', '#0d6efd', '#20c997', '#fd7e14', '#6f42c1', '#dc3545', '#198754', '#ffc107'];

    function draw() {
        if (typeof Chart === 'undefined') {
            return;
        }
        document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
            var spec = JSON.parse(canvas.dataset.chart);
            var round = spec.type === 'doughnut';
            var datasets = spec.datasets.map(function (set, i) {
                var colours = set.colors || (round ? PALETTE.slice(0, set.data.length) : PALETTE[i % PALETTE.length]);
                return {label: set.label, data: set.data, backgroundColor: colours, borderColor: round ? '#ffffff' : colours,
                    borderWidth: round ? 2 : 0};
            });
            var valueAxis = {beginAtZero: true};
            if (spec.max) {
                valueAxis.max = spec.max;
            }
            if (spec.integer) {
                valueAxis.ticks = {precision: 0};
            }
            var scales = {};
            if (!round) {
                scales[spec.horizontal ? 'x' : 'y'] = valueAxis;
            }
            new Chart(canvas, {
                type: spec.type,
                data: {labels: spec.labels, datasets: datasets},
                options: {
                    responsive: true,
                    maintainAspectRatio: false,
                    animation: false,
                    indexAxis: spec.horizontal ? 'y' : 'x',
                    scales: scales,
                    plugins: {legend: {display: round || datasets.length > 1, position: 'bottom'}}
                }
            });
            canvas.dataset.drawn = 'true';
        });
    }

    document.addEventListener('click', function (event) {
        if (event.target.closest('[data-print]')) {
            window.print();
        }
    });

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', draw);
    } else {
        draw();
    }
})();
