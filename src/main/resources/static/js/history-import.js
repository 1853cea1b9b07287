// Sends the chosen export as the request body (the console takes no multipart uploads), then opens its progress page.
(function () {
  'use strict';

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (form.id !== 'import-form') {
      return;
    }
    event.preventDefault();
    var file = form.querySelector('#import-file').files[0];
    var error = form.querySelector('#import-error');
    if (!file) {
      error.textContent = 'Choose the export file to import.';
      error.hidden = false;
      return;
    }
    var token = form.querySelector('input[name="_csrf"]');
    var query = new URLSearchParams({ site: form.site.value, format: form.format.value, file: file.name });
    var button = form.querySelector('button[type="submit"]');
    button.disabled = true;
    button.textContent = 'Uploading…';
    fetch(form.action + '?' + query, {
      method: 'POST',
      headers: token ? { 'X-CSRF-TOKEN': token.value, 'Content-Type': 'application/octet-stream' } : {},
      body: file,
      credentials: 'same-origin'
    }).then(function (response) {
      return response.json().then(function (body) {
        if (!response.ok) {
          throw new Error(body.detail || body.title || ('HTTP ' + response.status));
        }
        window.location.assign(body.location);
      });
    }).catch(function (e) {
      error.textContent = 'Not imported: ' + e.message;
      error.hidden = false;
      button.disabled = false;
      button.textContent = 'Import';
    });
  });
})();
