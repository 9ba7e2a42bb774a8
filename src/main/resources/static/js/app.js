// htmx requests carry the CSRF token from the page's meta tags.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// Screen readers: a field shown in error says so (aria-invalid), and no field points at an error message that is
// not on the page (aria-describedby naming an element the server did not render).
(function () {
  function tidy(root) {
    root.querySelectorAll('.is-invalid').forEach(function (field) {
      field.setAttribute('aria-invalid', 'true');
    });
    root.querySelectorAll('[aria-describedby]').forEach(function (field) {
      var present = field.getAttribute('aria-describedby').split(/\s+/).filter(function (id) {
        return id && document.getElementById(id);
      });
      if (present.length) {
        field.setAttribute('aria-describedby', present.join(' '));
      } else {
        field.removeAttribute('aria-describedby');
      }
    });
  }
  document.addEventListener('DOMContentLoaded', function () { tidy(document); });
  document.addEventListener('htmx:afterSettle', function (event) { tidy(event.target || document); });
})();
