// The venue's scan page. A USB or Bluetooth scanner types the token into #scan-token and presses Enter: the form
// posts by htmx, the field is emptied and keeps the focus for the next card. The result sounds: a chime when valid or
// recorded, a low double buzz when refused. The camera (phones, tablets) decodes QR codes with the vendored jsQR.
(function () {
  var audio = null;

  function tone(frequency, start, length, type) {
    var osc = audio.createOscillator();
    var gain = audio.createGain();
    osc.type = type;
    osc.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, audio.currentTime + start);
    gain.gain.exponentialRampToValueAtTime(0.3, audio.currentTime + start + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, audio.currentTime + start + length);
    osc.connect(gain).connect(audio.destination);
    osc.start(audio.currentTime + start);
    osc.stop(audio.currentTime + start + length + 0.05);
  }

  function sound(outcome) {
    try {
      audio = audio || new (window.AudioContext || window.webkitAudioContext)();
      if (outcome === 'refused') {
        tone(220, 0, 0.25, 'square');
        tone(180, 0.3, 0.35, 'square');
      } else {
        tone(880, 0, 0.15, 'sine');
        tone(1320, 0.15, 0.3, 'sine');
      }
    } catch (e) {
      // no sound on this device: the colour and the words still say it
    }
  }

  function field() {
    return document.getElementById('scan-token');
  }

  function refocus() {
    var f = field();
    if (f) {
      f.value = '';
      f.focus();
    }
  }

  document.addEventListener('htmx:afterSwap', function (event) {
    if (!event.target || event.target.id !== 'scan-result') {
      return;
    }
    var outcome = document.getElementById('scan-outcome');
    if (outcome) {
      sound(outcome.dataset.outcome);
    }
    refocus();
  });

  // the camera
  var stream = null;
  var timer = null;

  function stopCamera() {
    if (timer) {
      clearInterval(timer);
      timer = null;
    }
    if (stream) {
      stream.getTracks().forEach(function (t) { t.stop(); });
      stream = null;
    }
    document.getElementById('scan-camera-view').classList.add('d-none');
    document.getElementById('scan-camera-stop').classList.add('d-none');
    document.getElementById('scan-camera').classList.remove('d-none');
    refocus();
  }

  function decode(video, canvas) {
    if (video.readyState < 2 || !window.jsQR) {
      return;
    }
    var width = video.videoWidth;
    var height = video.videoHeight;
    canvas.width = width;
    canvas.height = height;
    var context = canvas.getContext('2d', { willReadFrequently: true });
    context.drawImage(video, 0, 0, width, height);
    var code = window.jsQR(context.getImageData(0, 0, width, height).data, width, height,
      { inversionAttempts: 'dontInvert' });
    if (code && code.data && code.data.indexOf('JXC1.') === 0) {
      var f = field();
      f.value = code.data;
      stopCamera();
      f.value = code.data;
      window.htmx.trigger(document.getElementById('scan-form'), 'submit');
    }
  }

  function startCamera() {
    var state = document.getElementById('scan-camera-state');
    if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
      state.textContent = state.dataset.denied;
      document.getElementById('scan-camera-view').classList.remove('d-none');
      return;
    }
    navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false }).then(function (s) {
      stream = s;
      var video = document.getElementById('scan-video');
      video.srcObject = s;
      video.play();
      document.getElementById('scan-camera-view').classList.remove('d-none');
      document.getElementById('scan-camera-stop').classList.remove('d-none');
      document.getElementById('scan-camera').classList.add('d-none');
      var canvas = document.getElementById('scan-canvas');
      timer = setInterval(function () { decode(video, canvas); }, 250);
    }).catch(function () {
      state.textContent = state.dataset.denied;
      document.getElementById('scan-camera-view').classList.remove('d-none');
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var start = document.getElementById('scan-camera');
    if (start) {
      start.addEventListener('click', startCamera);
      document.getElementById('scan-camera-stop').addEventListener('click', stopCamera);
    }
    var service = document.getElementById('scan-service');
    if (service) {
      service.addEventListener('change', refocus);
    }
    var f = field();
    if (f) {
      f.focus();
    }
  });
})();
