// Draws assessment charts from data-* attributes (JSON), so the pages need no inline script:
// - canvas.score-chart: an assessment's scores as horizontal bars, on the scale when all scores share it,
//   else as percent of each score's scale;
// - canvas#feedback-chart: 360 results, average rating (1-5) per competency for every column of the results table
//   (Self, All raters, Leader, Peers, Direct reports, Customers, Others: those shown).
(function () {
    var COLOURS = ['#0d6efd', '#198754', '#6f42c1', '#fd7e14', '#20c997', '#d63384', '#6c757d'];

    function parse(text, fallback) {
        try {
            return JSON.parse(text || '');
        } catch (e) {
            return fallback;
        }
    }

    function scores(canvas) {
        var labels = parse(canvas.dataset.competencies, []);
        var values = parse(canvas.dataset.scores, []);
        var scales = parse(canvas.dataset.scales, []);
        var sameScale = scales.every(function (s) { return s === scales[0]; });
        var data = sameScale ? values : values.map(function (v, i) { return Math.round(v / scales[i] * 1000) / 10; });
        var max = sameScale ? scales[0] : 100;
        canvas.parentElement.style.height = Math.max(120, 34 * labels.length + 50) + 'px';
        new Chart(canvas, {
            type: 'bar',
            data: {
                labels: labels,
                datasets: [{
                    label: sameScale ? 'Score (out of ' + max + ')' : 'Score (% of its scale)',
                    data: data, backgroundColor: '#0d6efd'
                }]
            },
            options: {
                indexAxis: 'y', responsive: true, maintainAspectRatio: false, animation: false,
                scales: {x: {min: 0, max: max}},
                plugins: {
                    legend: {display: false},
                    tooltip: {callbacks: {label: function (item) { return values[item.dataIndex] + ' of ' + scales[item.dataIndex]; }}}
                }
            }
        });
    }

    function feedback(canvas) {
        var labels = parse(canvas.dataset.competencies, []);
        var series = parse(canvas.dataset.series, {});
        var datasets = Object.keys(series).map(function (name, i) {
            return {label: name, data: series[name], backgroundColor: COLOURS[i % COLOURS.length]};
        });
        canvas.parentElement.style.height = Math.max(160, 28 * labels.length * Math.max(1, datasets.length) + 60) + 'px';
        new Chart(canvas, {
            type: 'bar',
            data: {labels: labels, datasets: datasets},
            options: {
                indexAxis: 'y', responsive: true, maintainAspectRatio: false, animation: false,
                scales: {x: {min: 1, max: 5, ticks: {stepSize: 1}}},
                plugins: {legend: {position: 'bottom'}}
            }
        });
    }

    function draw() {
        if (typeof Chart === 'undefined') {
            return;
        }
        document.querySelectorAll('canvas.score-chart').forEach(scores);
        var results = document.getElementById('feedback-chart');
        if (results) {
            feedback(results);
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', draw);
    } else {
        draw();
    }
})();
