// Book cabinets on a phone: a photo of a label is sent as soon as it is taken (the server
// reads the QR code); where the browser has BarcodeDetector, the camera scans live; the
// loan form shows the resident's or the member's fields.
(function () {
  'use strict';

  var photo = document.getElementById('photo');
  if (photo) {
    photo.addEventListener('change', function () {
      if (photo.files && photo.files.length > 0) {
        photo.form.submit();
      }
    });
  }

  var kinds = document.querySelectorAll('[data-borrower-kind]');
  function showBorrower() {
    var member = document.getElementById('kind-member');
    var isMember = member && member.checked;
    var resident = document.getElementById('resident-fields');
    var memberFields = document.getElementById('member-fields');
    if (resident) { resident.hidden = isMember; }
    if (memberFields) { memberFields.hidden = !isMember; }
  }
  kinds.forEach(function (k) { k.addEventListener('change', showBorrower); });
  showBorrower();

  var live = document.getElementById('live-scan');
  if (!live || !('BarcodeDetector' in window) || !navigator.mediaDevices) {
    return;
  }
  live.hidden = false;
  var start = document.getElementById('live-start');
  var video = document.getElementById('live-video');
  var appendTo = live.getAttribute('data-append-to');
  var stream = null;
  var seen = {};

  function found(code) {
    if (appendTo) {
      var area = document.getElementById(appendTo);
      if (area && !seen[code]) {
        seen[code] = true;
        area.value = (area.value ? area.value.replace(/\s+$/, '') + '\n' : '') + code;
        if (navigator.vibrate) { navigator.vibrate(60); }
      }
      return false;
    }
    var form = document.getElementById('code-form');
    var input = document.getElementById('code');
    if (form && input) {
      input.value = code;
      form.submit();
    }
    return true;
  }

  start.addEventListener('click', function () {
    if (stream) { return; }
    var detector = new window.BarcodeDetector({ formats: ['qr_code'] });
    navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } }).then(function (s) {
      stream = s;
      video.srcObject = s;
      video.hidden = false;
      video.play();
      var tick = function () {
        if (!stream) { return; }
        detector.detect(video).then(function (codes) {
          var done = false;
          codes.forEach(function (c) { if (!done && c.rawValue) { done = found(c.rawValue); } });
          if (done) {
            stream.getTracks().forEach(function (t) { t.stop(); });
            stream = null;
          } else {
            window.setTimeout(tick, 250);
          }
        }).catch(function () { window.setTimeout(tick, 500); });
      };
      tick();
    }).catch(function () { live.hidden = true; });
  });
})();
