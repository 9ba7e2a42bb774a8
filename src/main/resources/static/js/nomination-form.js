// The recommendation form's uploads (files, and the photo) leave the page. Each carries what was typed (the whole
// form, URL-encoded, in one field), which the server saves before it takes the file, so nothing typed is lost. A file
// over the size limit is stopped here: the server refuses such a request before it reads any field of it.
(function () {
  var form = document.getElementById('nomination-form');
  if (!form) {
    return;
  }
  ['upload-form', 'photo-form'].forEach(function (id) {
    var upload = document.getElementById(id);
    if (!upload) {
      return;
    }
    upload.addEventListener('submit', function (event) {
      var file = upload.querySelector('input[type=file]');
      var tooLarge = document.getElementById(upload.dataset.tooLarge);
      if (file.files.length > 0 && file.files[0].size > Number(file.dataset.maxBytes)) {
        event.preventDefault();
        tooLarge.hidden = false;
        tooLarge.focus();
        return;
      }
      tooLarge.hidden = true;
      var draft = upload.querySelector('input[name=draft]');
      draft.value = new URLSearchParams(new FormData(form)).toString();
      draft.disabled = false;
    });
  });
})();
