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
  // `low`: after the page's own code, which makes its map answer (a host's dataset may be
  // megabytes).
  var preload = window.atlasPreload = function (files, low) {
    files.forEach(function (f) {
      var l = document.createElement('link');
      l.rel = 'preload';
      l.as = 'fetch';
      l.crossOrigin = 'anonymous';
      if (low) l.fetchPriority = 'low';
      l.href = f;
      document.head.appendChild(l);
    });
  };
  var root = document.documentElement;
  // The dataset the app will read: the built-in one, or a host's own (`data=`) from this
  // origin, which loads with the page rather than once the app has started (on a phone, a
  // second and a half later). One from another origin waits for the app, which first checks
  // the host's config (src/ui/load.rs); the built-in one is then not fetched for nothing.
  var dataset = 'assets/data/ilg-sse.json';
  // The app's rule for what may be a file's address (src/core/link, `plausible_location`):
  // anything else it ignores, with a warning, and reads the built-in dataset.
  var plausible = function (s) {
    var scheme = /^([^:]*):/.exec(s);
    return s !== '' && !/[\s\\\u0000-\u001f\u007f-\u009f]/.test(s)
      && (!scheme || scheme[1].indexOf('/') >= 0 || /^https?$/i.test(scheme[1]));
  };
  var data = q.getAll('data');
  if (data.length > 1 || (data.length === 1 && plausible(data[0]))) {
    dataset = null;
    try {
      var given = new URL(data[0], location.href);
      if (data.length === 1 && given.origin === location.origin) dataset = given.href;
    } catch (e) { /* not an address: the app says so */ }
  }
  window.atlasDataset = dataset;
  var on = function (v) { return v === '1' || v === 'true' || v === 'yes' || v === 'on'; };
  var present = on(q.get('present'));
  var spoken = /^(en|fr|es|pt)(?:[-_]|$)/i;
  var lang = spoken.exec((q.get('lang') || '').trim());
  if (!lang) {
    var prefs = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ''];
    for (var i = 0; i < prefs.length && !lang; i++) lang = spoken.exec(prefs[i] || '');
  }
  root.lang = lang ? lang[1].toLowerCase() : 'en';
  // The page's title and description in its language, as the app sets them (the build writes
  // them, src/bin/first_view.rs).
  var head = (window.atlasHead || {})[root.lang];
  if (head) {
    document.title = head[0];
    var description = document.querySelector('meta[name=description]');
    if (description) description.setAttribute('content', head[1]);
  }
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
  // Any other parameter asks for a view the first view does not show: it waits, uncoloured
  // (no flash of the wrong view), for the build's view of the link (below) or for the app. The
  // rule is only here: src/ui/first reads the class.
  var keeps = { lang: 1, theme: 1, accent: 1, embed: 1 };
  q.forEach(function (_, key) { if (!keeps[key]) root.classList.add(N.waiting); });
  // Then the app starts at once, and needs the dataset and its packs: they load with the page,
  // alongside the main module, rather than after it has started and asked for them
  // (scripts/split.mjs writes the packs' names here).
  // A card needs only its own (above).
  // A link that asks for nothing but one of the group's countries and one of the built-in
  // indicators (around the page's frame) is drawn from the build's files by assets/first.js:
  // the country's details and the indicator's view, as the app renders them
  // (src/bin/first_view.rs). They load first; the app only once the visitor acts, as on the
  // home view, or if they do not come. Anything else (a date, filters, a dataset, a tour, a
  // key given twice) waits for the app, which loads at once.
  var shows = { country: 1, indicator: 1, lang: 1, theme: 1, accent: 1, embed: 1 };
  var country = (q.get('country') || '').toUpperCase();
  var indicator = q.get('indicator') || '';
  var built = !root.classList.contains(N.card)
    && (!q.has('country') || (window.atlasDetails || []).indexOf(country) >= 0)
    && (!q.has('indicator') || (window.atlasIndicators || []).indexOf(indicator) >= 0);
  q.forEach(function (_, key) { if (!shows[key] || q.getAll(key).length > 1) built = false; });
  window.atlasLinked = built && (country || indicator)
    ? { country: country, indicator: indicator } : null;
  if (window.atlasLinked) {
    preload([].concat(country ? [N.detailsDir + '/' + root.lang + '/' + country + '.html'] : [],
      indicator ? [N.viewsDir + '/' + root.lang + '/' + indicator + '.html'] : []));
  } else if (root.classList.contains(N.waiting)) {
    if (!root.classList.contains(N.card)) {
      preload(['@atlas-packs@']);
      // A host's own boundaries: their reader's packs too (scripts/split.mjs writes the names).
      if (q.has('boundaries')) preload(['@host-map-packs@']);
    }
    if (dataset) preload([dataset], data.length > 0);
  }
  var theme = (q.get('theme') || '').trim();
  var prefers = function (m) { return window.matchMedia && matchMedia(m).matches; };
  if (theme !== 'dark' && theme !== 'contrast' && theme !== 'light') {
    theme = present || prefers('(prefers-contrast: more)') ? 'contrast'
      : prefers('(prefers-color-scheme: dark)') ? 'dark' : 'light';
  }
  if (theme !== 'light') root.setAttribute('data-theme', theme);
})();
