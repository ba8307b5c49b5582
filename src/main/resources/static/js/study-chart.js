// Rate per unit on the campaign page; data come from the canvas's data attributes (the CSP forbids inline scripts).
document.addEventListener('DOMContentLoaded', function () {
  var canvas = document.getElementById('rate-chart');
  if (!canvas || typeof Chart === 'undefined') { return; }
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: JSON.parse(canvas.dataset.labels),
      datasets: [{ label: canvas.dataset.title, data: JSON.parse(canvas.dataset.values), backgroundColor: '#b71c1c' }]
    },
    options: { scales: { y: { beginAtZero: true, max: 100 } }, plugins: { legend: { display: false } } }
  });
});
