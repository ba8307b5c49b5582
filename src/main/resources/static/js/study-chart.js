// Rate per unit on the campaign page; data come from the canvas's data attributes (the CSP forbids inline scripts).
// A horizontal bar per unit, every label shown: the chart is as tall as its rows need (28 px a unit), so on a
// phone 32 communes are 32 readable lines instead of a 137 px strip with 3 labels. Bars take the home page's
// traffic-light colours (from 90% green, from 75% yellow, below red).
document.addEventListener('DOMContentLoaded', function () {
  var canvas = document.getElementById('rate-chart');
  if (!canvas || typeof Chart === 'undefined') { return; }
  var labels = JSON.parse(canvas.dataset.labels);
  var values = JSON.parse(canvas.dataset.values);
  var box = canvas.parentElement;
  box.style.position = 'relative';
  box.style.height = (labels.length * 28 + 40) + 'px';
  function percent(v) { return v.toLocaleString('vi-VN', { maximumFractionDigits: 2 }) + '%'; }
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: labels,
      datasets: [{
        label: canvas.dataset.title, data: values, barThickness: 18,
        backgroundColor: values.map(function (v) { return v >= 90 ? '#198754' : v >= 75 ? '#ffc107' : '#b71c1c'; })
      }]
    },
    options: {
      indexAxis: 'y',
      maintainAspectRatio: false,
      responsive: true,
      scales: {
        x: { beginAtZero: true, max: 100, position: 'top', ticks: { callback: function (v) { return v + '%'; } } },
        y: { ticks: { autoSkip: false, font: { size: 12 } } }
      },
      plugins: {
        legend: { display: false },
        tooltip: { callbacks: { label: function (ctx) { return percent(ctx.parsed.x); } } }
      }
    }
  });
});
