// Finance overview: budget, payable and paid totals at each month's end as a chart; the table below holds the same
// figures for screen readers and for printing.
(function () {
  function draw() {
    var el = document.getElementById('months-chart');
    if (!el || typeof echarts === 'undefined') { return; }
    var data = JSON.parse(el.getAttribute('data-chart'));
    var chart = echarts.init(el, null, { renderer: 'svg' });
    // with one or two months a line is a lone dot: then every series is a bar, labelled with its amount
    var few = data.months.length < 3;
    function series(key) {
      return {
        name: el.getAttribute('data-label-' + key), type: few || key === 'paid' ? 'bar' : 'line', data: data[key],
        barMaxWidth: 48, showSymbol: true, symbolSize: 8,
        label: { show: few, position: 'top', formatter: function (p) { return wan(p.value); } }
      };
    }
    // amounts in 万元 on the axis and labels (100,000 yuan reads 10万)
    function wan(v) { return v >= 10000 || v <= -10000 ? (v / 10000).toLocaleString('zh-CN') + '万' : String(v); }
    chart.setOption({
      aria: { enabled: true },
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 8, bottom: 8, top: 36, containLabel: true },
      xAxis: { type: 'category', data: data.months },
      yAxis: { type: 'value', name: '元', axisLabel: { formatter: wan } },
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
