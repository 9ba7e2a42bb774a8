// Finance overview: budget, payable and paid totals at each month's end as a chart; the table below holds the same
// figures for screen readers and for printing.
(function () {
  function draw() {
    var el = document.getElementById('months-chart');
    if (!el || typeof echarts === 'undefined') { return; }
    var data = JSON.parse(el.getAttribute('data-chart'));
    var chart = echarts.init(el, null, { renderer: 'svg' });
    function series(key) {
      return { name: el.getAttribute('data-label-' + key), type: key === 'paid' ? 'bar' : 'line', data: data[key] };
    }
    chart.setOption({
      aria: { enabled: true },
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 8, bottom: 8, top: 36, containLabel: true },
      xAxis: { type: 'category', data: data.months },
      yAxis: { type: 'value', name: '元' },
      series: [series("budget"), series("payable"), series("paid")]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
