// The recommendation form's upload leaves the page. It carries what was typed (the whole form, URL-encoded, in one
// field), which the server saves before it takes the file, so nothing typed is lost. A file over the size limit is
// stopped here: the server refuses such a request before it reads any field of it.
(function () {
  var form = document.getElementById('nomination-form');
  var upload = document.getElementById('upload-form');
  if (!form || !upload) {
    return;
  }
  upload.addEventListener('submit', function (event) {
    var file = document.getElementById('upload-file');
    var tooLarge = document.getElementById('upload-too-large');
    if (file.files.length > 0 && file.files[0].size > Number(file.dataset.maxBytes)) {
      event.preventDefault();
      tooLarge.hidden = false;
      tooLarge.focus();
      return;
    }
    tooLarge.hidden = true;
    var draft = document.getElementById('upload-draft');
    draft.value = new URLSearchParams(new FormData(form)).toString();
    draft.disabled = false;
  });
})();
