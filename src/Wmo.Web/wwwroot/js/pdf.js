// Progress while a letter is printed to PDF (issue 12). Without script the link downloads as usual; with it, the button
// says "Brief wordt gemaakt…" (announced through a status region), fetches the PDF and then offers it as a download.
(function () {
  'use strict';
  if (!window.fetch || !window.URL || !window.URL.createObjectURL) {
    return;
  }

  var bezig = false;
  document.addEventListener('click', function (e) {
    var link = e.target.closest ? e.target.closest('a[data-pdf]') : null;
    if (!link || e.ctrlKey || e.metaKey || e.shiftKey) {
      return;
    }

    e.preventDefault();
    if (bezig) {
      return;
    }

    var status = document.getElementById(link.getAttribute('data-pdf'));
    var tekst = link.textContent;
    bezig = true;
    link.setAttribute('aria-disabled', 'true');
    link.textContent = 'Brief wordt gemaakt…';
    if (status) {
      status.textContent = 'De brief wordt als PDF gemaakt. Een ogenblik geduld…';
    }

    fetch(link.href, { credentials: 'same-origin' }).then(function (antwoord) {
      var type = antwoord.headers.get('Content-Type') || '';
      if (!antwoord.ok || type.indexOf('application/pdf') !== 0) {
        throw new Error('geen pdf');
      }

      var naam = (antwoord.headers.get('Content-Disposition') || '').match(/filename="?([^";]+)"?/);
      return antwoord.blob().then(function (blob) {
        var url = URL.createObjectURL(blob);
        var a = document.createElement('a');
        a.href = url;
        a.download = naam ? naam[1] : 'brief.pdf';
        document.body.appendChild(a);
        a.click();
        a.remove();
        setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
        if (status) {
          status.textContent = 'De PDF is klaar en wordt gedownload.';
        }
      });
    }).catch(function () {
      if (status) {
        status.textContent = 'De PDF kon nu niet worden gemaakt. Bekijk de brief en druk hem af met de afdrukfunctie van uw browser, of probeer het later opnieuw.';
      }
    }).then(function () {
      bezig = false;
      link.removeAttribute('aria-disabled');
      link.textContent = tekst;
    });
  });
})();
