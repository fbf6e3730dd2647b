// Progress while files upload (issue 14). Without script the form posts as usual; with it, the same POST goes through
// XMLHttpRequest so the upload can be shown, and the answer (report or form with errors) replaces the page's content.
(function () {
  'use strict';
  var form = document.querySelector('form[data-voortgang]');
  if (!form || !window.FormData || !window.XMLHttpRequest || !window.DOMParser) {
    return;
  }

  var vak = form.querySelector('.voortgang');
  var balk = form.querySelector('progress');
  var tekst = form.querySelector('[role="status"]');
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var knop = form.querySelector('button[type="submit"]');
    var xhr = new XMLHttpRequest();
    xhr.open('POST', form.getAttribute('action') || window.location.pathname);
    xhr.upload.addEventListener('progress', function (ev) {
      if (ev.lengthComputable) {
        var procent = Math.round(ev.loaded * 100 / ev.total);
        balk.value = procent;
        tekst.textContent = procent + '% verstuurd';
      }
    });
    xhr.upload.addEventListener('load', function () {
      balk.removeAttribute('value');
      tekst.textContent = 'Verstuurd. De bestanden worden gecontroleerd en ingelezen…';
    });
    xhr.addEventListener('load', function () {
      var pagina = new DOMParser().parseFromString(xhr.responseText, 'text/html');
      var inhoud = pagina.querySelector('main');
      var main = document.querySelector('main');
      if (!inhoud || !main) {
        tekst.textContent = 'Er ging iets mis bij het inlezen. Probeer het opnieuw.';
        knop.disabled = false;
        return;
      }

      document.title = pagina.title;
      main.innerHTML = inhoud.innerHTML;
      main.focus();
    });
    xhr.addEventListener('error', function () {
      tekst.textContent = 'Het versturen is mislukt. Controleer de verbinding en probeer het opnieuw.';
      knop.disabled = false;
    });
    vak.hidden = false;
    balk.value = 0;
    tekst.textContent = 'Bezig met versturen…';
    knop.disabled = true;
    xhr.send(new FormData(form));
  });
}());
