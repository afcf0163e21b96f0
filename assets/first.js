// Runs once the first view's markup is parsed, before the first paint: keeps the page's
// language of every text written in all four (`data-l`) and of every attribute written so
// (`data-l10n`), and marks the language menu's current link. The app (src/ui) writes these
// texts itself once it takes over. Then folds what a phone shows folded.
(function () {
  var lang = document.documentElement.lang || 'en';
  // The live areas (src/ui/atlas/take_over.rs) are rebuilt in one language when the app takes
  // over; the chrome around them keeps every language, the style sheet shows the page's, so
  // that a switch of language in the page needs no rewriting of it.
  var live = ['alerts', 'lang-links', 'controls-body', 'view-bar', 'legend', 'views', 'details', 'tour', 'embed-credit']
    .map(function (id) { return document.getElementById(id); }).filter(Boolean);
  var inLive = function (el) { return live.some(function (a) { return a.contains(el); }); };
  var all = document.querySelectorAll('[data-l]');
  for (var i = 0; i < all.length; i++) {
    if (all[i].getAttribute('data-l') !== lang && inLive(all[i])) all[i].remove();
  }
  if (lang !== 'en') {
    var els = document.querySelectorAll('[data-l10n]');
    for (var j = 0; j < els.length; j++) {
      var names = els[j].getAttribute('data-l10n').split(' ');
      for (var k = 0; k < names.length; k++) {
        var v = els[j].getAttribute('data-' + lang + '-' + names[k]);
        var en = els[j].getAttribute(names[k]);
        if (en !== null) els[j].setAttribute('data-en-' + names[k], en);
        if (v !== null) els[j].setAttribute(names[k], v);
      }
    }
  }
  var link = document.querySelector('[data-lang-link="' + lang + '"]');
  if (link) link.setAttribute('aria-current', 'page');
  // A phone folds the search and filters to one row above the map (assets/app.css).
  var root = document.documentElement;
  var fold = document.getElementById('controls-fold');
  var layout = document.getElementById('layout');
  if (fold && layout && !root.classList.contains('embed') && !root.classList.contains('present')
    && window.matchMedia && matchMedia('(max-width: 820px)').matches) {
    fold.setAttribute('aria-expanded', 'false');
    layout.classList.add('controls-folded');
    ['filters-drawer', 'list-drawer'].forEach(function (id) {
      var d = document.getElementById(id);
      if (d) d.removeAttribute('open');
    });
  }
  root.classList.remove('fold-controls');
  // The skip links move the keyboard without writing `#…` into the address: the link is
  // the view's, for sharing.
  document.addEventListener('click', function (e) {
    var a = e.target && e.target.closest ? e.target.closest('a.skip-link') : null;
    var to = a && document.getElementById((a.getAttribute('href') || '').slice(1));
    if (!to) return;
    e.preventDefault();
    to.focus();
  });
})();
