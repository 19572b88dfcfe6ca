// Draws a goal's check-ins against its baseline and target. The data comes from data-* attributes on
// the canvas (dates and numbers as JSON arrays), so the page needs no inline script.
(function () {
    function draw() {
        var canvas = document.getElementById('goal-chart');
        if (!canvas || typeof Chart === 'undefined') {
            return;
        }
        var dates = JSON.parse(canvas.dataset.dates || '[]');
        var values = JSON.parse(canvas.dataset.values || '[]');
        var baseline = Number(canvas.dataset.baseline);
        var target = Number(canvas.dataset.target);
        var unit = canvas.dataset.unit || '';
        // Baseline and target are lines across the chart; with fewer than two check-ins they need
        // empty slots on either side to be visible at all.
        var labels = dates.slice();
        if (labels.length < 2) {
            labels = [''].concat(labels, ['']);
            values = [null].concat(values, [null]);
        }
        function level(v) {
            return labels.map(function () { return v; });
        }
        new Chart(canvas, {
            type: 'line',
            data: {
                labels: labels,
                datasets: [
                    {label: unit, data: values, borderColor: '#0d6efd', backgroundColor: '#0d6efd',
                        tension: 0.2, pointRadius: 4},
                    {label: 'Target', data: level(target), borderColor: '#198754', borderDash: [6, 4], pointRadius: 0},
                    {label: 'Baseline', data: level(baseline), borderColor: '#6c757d', borderDash: [2, 3], pointRadius: 0}
                ]
            },
            options: {
                responsive: true,
                maintainAspectRatio: false,
                animation: false,
                scales: {y: {grace: '10%', title: {display: !!unit, text: unit}}},
                plugins: {legend: {position: 'bottom'}}
            }
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', draw);
    } else {
        draw();
    }
})();
