// Applies the page's frame before the first paint: the language (the link's, else the first
// of the browser's the UI speaks), embed and presentation, the theme (the link's, else the
// system's), and whether the first view shows the link's view. The app (src/ui/first, reading
// src/core/link and src/core/model/lang.rs) keeps it in step afterwards; this only mirrors the
// few rules it needs, with the same spellings.
(function () {
  // The names this script shares with the Rust and the style sheet (src/core/write/dom.rs).
  var N = window.atlasDom;
  var q = new URLSearchParams(location.search);
  // Fetches `files` into the cache for the code that asks for them later (anonymous, as the
  // app's own fetches are: else the browser downloads them twice). assets/first.js uses it too.
  var preload = window.atlasPreload = function (files) {
    files.forEach(function (f) {
      var l = document.createElement('link');
      l.rel = 'preload';
      l.as = 'fetch';
      l.crossOrigin = 'anonymous';
      l.href = f;
      document.head.appendChild(l);
    });
  };
  var root = document.documentElement;
  var on = function (v) { return v === '1' || v === 'true' || v === 'yes' || v === 'on'; };
  var present = on(q.get('present'));
  var spoken = /^(en|fr|es|pt)(?:[-_]|$)/i;
  var lang = spoken.exec((q.get('lang') || '').trim());
  if (!lang) {
    var prefs = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ''];
    for (var i = 0; i < prefs.length && !lang; i++) lang = spoken.exec(prefs[i] || '');
  }
  root.lang = lang ? lang[1].toLowerCase() : 'en';
  var embed = on(q.get('embed'));
  if (embed) root.classList.add(N.embed);
  if (present) root.classList.add(N.present);
  // A card (embed=1&card=1) shows no map: the page's map and rails are hidden from the first
  // paint, and src/ui/card draws the card.
  if (embed && on(q.get('card'))) {
    root.classList.add(N.card);
    // The card's packs load with the page rather than after the main module has asked for them
    // (scripts/split.mjs writes their names here).
    preload(['@card-packs@']);
  }
  // A phone's search and filters are folded from the first paint: the browser paints the page
  // while it still parses it, before assets/first.js folds them for good (the same layout,
  // so nothing shifts then).
  if (!embed && !present && window.matchMedia && matchMedia('(max-width: 820px)').matches) {
    root.classList.add(N.foldControls);
  }
  // Any other parameter asks for a view the first view does not show: it waits, uncoloured,
  // for the app (no flash of the wrong view). The rule is only here: src/ui/first reads the
  // class to load the app at once.
  var keeps = { lang: 1, theme: 1, accent: 1, embed: 1 };
  q.forEach(function (_, key) { if (!keeps[key]) root.classList.add(N.waiting); });
  // Then the app starts at once, and needs the dataset and its packs: they load with the page,
  // alongside the main module, rather than after it has started and asked for them
  // (scripts/split.mjs writes the packs' names here).
  // A card needs only its own (above).
  // A link to one of the group's countries that asks for nothing else its details depend on
  // (a date, filters, a dataset or a tour would change them) shows them from the build's
  // (assets/first.js) before the app: they load first, and the app once they are on screen,
  // so that a slow network does not share its bandwidth between them.
  var shows = { country: 1, indicator: 1, lang: 1, theme: 1, accent: 1, embed: 1 };
  var linked = (q.get('country') || '').toUpperCase();
  q.forEach(function (_, key) { if (!shows[key]) linked = ''; });
  window.atlasLinked = linked = (window.atlasDetails || []).indexOf(linked) >= 0
    && !root.classList.contains(N.card) ? linked : '';
  if (linked) preload([N.detailsDir + '/' + root.lang + '/' + linked + '.html']);
  else if (root.classList.contains(N.waiting)) {
    preload(root.classList.contains(N.card) ? ['assets/data/ilg-sse.json']
      : ['assets/data/ilg-sse.json', '@atlas-packs@']);
  }
  var theme = (q.get('theme') || '').trim();
  var prefers = function (m) { return window.matchMedia && matchMedia(m).matches; };
  if (theme !== 'dark' && theme !== 'contrast' && theme !== 'light') {
    theme = present || prefers('(prefers-contrast: more)') ? 'contrast'
      : prefers('(prefers-color-scheme: dark)') ? 'dark' : 'light';
  }
  if (theme !== 'light') root.setAttribute('data-theme', theme);
})();
