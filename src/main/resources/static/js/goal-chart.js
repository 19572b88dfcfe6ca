// Draws a goal's check-ins against its baseline and target, each point at its date. The data comes from data-*
// attributes on the canvas (JSON made by GoalChart), so the page needs no inline script. The x axis counts days since
// 1970-01-01 (there is no date adapter for Chart.js here): its range and its ticks, with their labels in the reader's
// date format, come from the server as they are.
(function () {
    function draw() {
        var canvas = document.getElementById('goal-chart');
        if (!canvas || typeof Chart === 'undefined') {
            return;
        }
        var points = JSON.parse(canvas.dataset.points || '[]');
        var axis = JSON.parse(canvas.dataset.axis || '{"min":0,"max":1,"ticks":[]}');
        var baseline = Number(canvas.dataset.baseline);
        var target = Number(canvas.dataset.target);
        var unit = canvas.dataset.unit || '';
        var labels = {};
        axis.ticks.forEach(function (tick) { labels[tick.value] = tick.label; });
        // Baseline and target are lines across the whole axis.
        function level(v) {
            return [{x: axis.min, y: v}, {x: axis.max, y: v}];
        }
        new Chart(canvas, {
            type: 'line',
            data: {
                datasets: [
                    {label: unit, data: points, borderColor: '#0d6efd', backgroundColor: '#0d6efd',
                        tension: 0.2, pointRadius: 4},
                    {label: 'Target', data: level(target), borderColor: '#198754', borderDash: [6, 4], pointRadius: 0},
                    {label: 'Baseline', data: level(baseline), borderColor: '#6c757d', borderDash: [2, 3], pointRadius: 0}
                ]
            },
            options: {
                responsive: true,
                maintainAspectRatio: false,
                animation: false,
                scales: {
                    x: {
                        type: 'linear', min: axis.min, max: axis.max,
                        afterBuildTicks: function (scale) {
                            scale.ticks = axis.ticks.map(function (tick) { return {value: tick.value}; });
                        },
                        ticks: {
                            autoSkip: true, maxRotation: 0,
                            callback: function (value) { return labels[value] || ''; }
                        }
                    },
                    y: {grace: '10%', title: {display: !!unit, text: unit}}
                },
                plugins: {
                    legend: {position: 'bottom'},
                    tooltip: {
                        filter: function (item) { return item.datasetIndex === 0; },
                        callbacks: {
                            title: function (items) { return items.length && items[0].raw.date ? items[0].raw.date : ''; }
                        }
                    }
                }
            }
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', draw);
    } else {
        draw();
    }
})();
