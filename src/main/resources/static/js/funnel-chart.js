// A list's funnel (imported → matched → candidates → invited → nominated → certified) as a chart; the table beside it
// holds the same figures (and the stages' words) for screen readers and for printing.
(function () {
  function draw() {
    var el = document.getElementById('funnel-chart');
    if (!el || typeof echarts === 'undefined') { return; }
    var values = JSON.parse(el.getAttribute('data-chart'));
    var labels = Array.prototype.map.call(document.querySelectorAll('#funnel .funnel-stage'),
      function (td) { return td.textContent.trim(); });
    var chart = echarts.init(el, null, { renderer: 'svg' });
    chart.setOption({
      aria: { enabled: true },
      tooltip: { trigger: 'item', formatter: '{b}：{c}' },
      series: [{
        type: 'funnel', left: 8, right: 8, top: 8, bottom: 8, sort: 'none', minSize: '8%', gap: 2,
        max: Math.max.apply(null, values.concat([1])),
        label: { show: true, position: 'inside', formatter: '{b} {c}' },
        data: labels.map(function (name, i) { return { name: name, value: values[i] }; })
      }]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
