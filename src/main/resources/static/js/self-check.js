// Self-check page: show only the fields that apply (the page works without this script too).
(function () {
  function apply(root) {
    var form = root.querySelector('#self-check-form');
    if (!form) { return; }
    var mode = form.querySelector('input[name="identity"]:checked');
    form.querySelectorAll('[data-identity]').forEach(function (el) {
      el.hidden = mode && el.getAttribute('data-identity') !== mode.value;
    });
    form.querySelectorAll('.achievement-row').forEach(function (row) {
      var type = row.querySelector('.achievement-type').value;
      row.querySelectorAll('[data-type]').forEach(function (el) {
        el.hidden = el.getAttribute('data-type') !== type;
      });
    });
  }
  document.addEventListener('change', function () { apply(document); });
  // After a check the result (or the list of problems) takes the focus, so a screen reader reads it out.
  document.addEventListener('htmx:afterSettle', function () {
    apply(document);
    var said = document.querySelector('#form-errors, #problem, #result');
    if (said) { said.focus(); }
  });
  document.addEventListener('DOMContentLoaded', function () { apply(document); });
  apply(document);
})();
