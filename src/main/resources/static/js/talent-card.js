// The talent card: counts down the seconds until the QR code's token expires. htmx replaces the code every 60 s,
// so the countdown reads its expiry afresh on each tick.
(function () {
  function tick() {
    var countdown = document.getElementById('card-countdown');
    if (!countdown) {
      return;
    }
    var left = Math.max(0, Math.round((Number(countdown.dataset.expires) - Date.now()) / 1000));
    var english = document.documentElement.lang === 'en';
    countdown.textContent = english ? left + ' s' : left + '秒';
  }
  setInterval(tick, 1000);
  document.addEventListener('DOMContentLoaded', tick);
})();
