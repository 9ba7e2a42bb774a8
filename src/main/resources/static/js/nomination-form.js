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

// Achievement rows. Each row shows and sends only the fields of its category: the others are hidden and disabled, so
// neither saving, the live eligibility panel nor an upload sends them. "Add an achievement" adds a row from the page's
// template without leaving the page, and a row not saved yet can be removed; the rows are numbered as Spring binds
// them (achievements[i].kind, ids achievements{i}.kind) and the upload's choice of achievement follows them. Without
// this script every field is shown (the server keeps those of the category) and adding a row saves the form, which
// comes back with a blank row.
(function () {
  var form = document.getElementById('nomination-form');
  var rows = document.getElementById('achievements');
  var template = document.getElementById('achievement-template');
  var add = document.getElementById('achievement-add');
  if (!form || !rows || !template || !add) {
    return;
  }

  function all() {
    return Array.prototype.slice.call(rows.querySelectorAll('.jx-achievement'));
  }

  function showKind(row) {
    var kind = row.querySelector('.jx-achievement-kind').value;
    row.querySelectorAll('[data-kinds]').forEach(function (part) {
      var applies = kind !== '' && part.getAttribute('data-kinds').split(' ').indexOf(kind) >= 0;
      part.hidden = !applies;
      part.querySelectorAll('input, select, textarea').forEach(function (field) {
        field.disabled = !applies;
      });
    });
  }

  function number(row, index) {
    var name = /^achievements\[\d+\]/;
    var id = /^achievements\d+\./;
    row.id = 'achievement-' + index;
    row.setAttribute('data-index', String(index));
    row.querySelectorAll('[name]').forEach(function (el) {
      el.name = el.name.replace(name, 'achievements[' + index + ']');
    });
    row.querySelectorAll('[id]').forEach(function (el) {
      el.id = el.id.replace(id, 'achievements' + index + '.');
    });
    row.querySelectorAll('label[for]').forEach(function (el) {
      el.htmlFor = el.htmlFor.replace(id, 'achievements' + index + '.');
    });
    row.querySelector('.jx-achievement-n').textContent = template.getAttribute('data-label').replace('{n}', index + 1);
  }

  function followUpload() {
    var select = document.getElementById('upload-achievement');
    if (!select) {
      return;
    }
    var chosen = select.value;
    while (select.options.length > 1) {
      select.remove(1);
    }
    all().forEach(function (row, index) {
      select.add(new Option(row.querySelector('.jx-achievement-n').textContent, String(index)));
    });
    select.value = chosen;
    if (select.selectedIndex < 0) {
      select.selectedIndex = 0;
    }
  }

  function prepare(row) {
    showKind(row);
    var origin = row.querySelector('input[name$=".origin"]');
    row.querySelector('.jx-achievement-remove').hidden = origin !== null && origin.value !== '';
  }

  rows.addEventListener('change', function (event) {
    if (event.target.classList.contains('jx-achievement-kind')) {
      showKind(event.target.closest('.jx-achievement'));
    }
  });
  rows.addEventListener('click', function (event) {
    var remove = event.target.closest('.jx-achievement-remove');
    if (!remove) {
      return;
    }
    var row = remove.closest('.jx-achievement');
    var neighbour = row.previousElementSibling || row.nextElementSibling;
    row.remove();
    all().forEach(number);
    followUpload();
    form.dispatchEvent(new Event('change', { bubbles: true }));
    (neighbour ? neighbour.querySelector('.jx-achievement-kind') : add).focus();
  });
  // a button, no longer a way to submit: Enter in a field saves, as it does without the script
  add.type = 'button';
  add.addEventListener('click', function () {
    var row = template.content.firstElementChild.cloneNode(true);
    rows.appendChild(row);
    number(row, all().length - 1);
    prepare(row);
    followUpload();
    row.querySelector('.jx-achievement-kind').focus();
  });
  all().forEach(prepare);
})();
