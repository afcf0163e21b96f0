// Runs once the first view's markup is parsed, before the first paint: keeps the page's
// language of every text written in all four (`data-l`) and of every attribute written so
// (`data-l10n`), and marks the language menu's current link. The app (src/ui) writes these
// texts itself once it takes over. Then folds what a phone shows folded.
(function () {
  // The names this script shares with the Rust and the style sheet (src/core/write/dom.rs).
  var N = window.atlasDom;
  var lang = document.documentElement.lang || 'en';
  // The screen areas (`data-area`, src/ui/areas.rs) are the app's own components, in one
  // language once the app mounts them; the chrome around them keeps every language, the style
  // sheet shows the page's, so that a switch of language in the page needs no rewriting of it.
  var live = Array.prototype.slice.call(document.querySelectorAll('[' + N.dataArea + ']'));
  var inLive = function (el) { return live.some(function (a) { return a.contains(el); }); };
  var all = document.querySelectorAll('[' + N.dataL + ']');
  for (var i = 0; i < all.length; i++) {
    if (all[i].getAttribute(N.dataL) !== lang && inLive(all[i])) all[i].remove();
  }
  // The areas the app's components rendered, once per language (src/ui/prerender.rs): the
  // page's copy is kept as the bare markup the app will mount over it.
  var copies = document.querySelectorAll('.' + N.oneLang);
  for (var c = 0; c < copies.length; c++) {
    var copy = copies[c];
    while (copy.firstChild) copy.parentNode.insertBefore(copy.firstChild, copy);
    copy.remove();
  }
  if (lang !== 'en') {
    var els = document.querySelectorAll('[' + N.dataL10n + ']');
    for (var j = 0; j < els.length; j++) {
      var names = els[j].getAttribute(N.dataL10n).split(' ');
      for (var k = 0; k < names.length; k++) {
        var v = els[j].getAttribute('data-' + lang + '-' + names[k]);
        var en = els[j].getAttribute(names[k]);
        if (en !== null) els[j].setAttribute('data-en-' + names[k], en);
        if (v !== null) els[j].setAttribute(names[k], v);
      }
    }
  }
  // The language links keep the link's view: the page was written with the default view's.
  function relink() {
    var langLinks = document.querySelectorAll('a[' + N.dataLangLink + ']');
    var q = new URLSearchParams(location.search);
    for (var m = 0; m < langLinks.length; m++) {
      q.set('lang', langLinks[m].getAttribute(N.dataLangLink));
      langLinks[m].setAttribute('href', '?' + q.toString());
    }
  }
  relink();
  // A phone folds the search and filters to one row above the map (assets/app.css).
  var root = document.documentElement;
  var fold = document.getElementById(N.controlsFold);
  var layout = document.getElementById(N.layout);
  if (fold && layout && !root.classList.contains(N.embed) && !root.classList.contains(N.present)
    && window.matchMedia && matchMedia('(max-width: 820px)').matches) {
    fold.setAttribute('aria-expanded', 'false');
    layout.classList.add(N.controlsFolded);
    [N.filtersDrawer, N.listDrawer].forEach(function (id) {
      var d = document.getElementById(id);
      if (d) d.removeAttribute('open');
    });
  }
  root.classList.remove(N.foldControls);
  // A tap on a country, or Enter on it, before the app's first module has arrived is kept and
  // answered at once with what the page holds: the shape outlined, its name heading the details,
  // a loading line. Other buttons are kept too. The module takes the queue when it starts
  // (src/ui/first/early.rs), carries it out, and from then on answers through `answer` itself:
  // one answer, whichever code is there.
  var queue = [];
  var taken = false;
  // Fetches the app's packs and the dataset into the cache, once (boot.js's helper).
  var warmed = false;
  function warm() {
    if (warmed) return;
    warmed = true;
    window.atlasPreload((window.atlasDataset ? [window.atlasDataset] : []).concat(['@atlas-packs@']));
  }
  var shapeSelector = 'svg.' + N.worldMap + ' path[role="button"][' + N.dataId + ']';
  var shapeOf = function (t) {
    return t && t.closest ? t.closest(shapeSelector) : null;
  };
  // The page's link, when the build's files draw it (boot.js's rule): its country is answered
  // as a tap is (below), with its indicator's line, and its indicator's view is drawn.
  var linked = window.atlasLinked;
  var link = new URLSearchParams(location.search);
  // The entities' rows mark the one chosen, as the app's list does (src/ui/panels/entity_list.rs).
  function markRow(id) {
    var rows = document.querySelectorAll('.entity-row[' + N.dataId + ']');
    for (var r = 0; r < rows.length; r++) {
      if (rows[r].getAttribute(N.dataId) === id) rows[r].setAttribute('aria-current', 'true');
      else rows[r].removeAttribute('aria-current');
    }
  }
  // A country's details as the app renders them (the build writes them, src/bin/first_view.rs),
  // shown once they arrive if that country is still the one chosen and the app has not taken
  // the details over: the selection is answered whole while the app's packs still load. If
  // they do not come, the loading line stays until the app's own answer. `then` hears whether
  // they were shown.
  var chosen = null;
  // After the next frame is painted (a frame's callback runs before it; a task queued there,
  // after).
  function afterPaint(f) {
    requestAnimationFrame(function () { setTimeout(f, 0); });
  }
  function builtDetails(id, then) {
    chosen = id;
    fetch(N.detailsDir + '/' + lang + '/' + encodeURIComponent(id) + '.html')
      .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
      .then(function (html) {
        var area = document.getElementById(N.details);
        if (chosen !== id || !area || root.getAttribute(N.dataAtlas)) return then(false);
        var t = document.createElement('template');
        t.innerHTML = html;
        var lines = t.content.querySelectorAll('template[' + N.dataIndicator + ']');
        for (var i = 0; i < lines.length; i++) {
          if (lines[i].getAttribute(N.dataIndicator) === link.get('indicator')) {
            lines[i].replaceWith(lines[i].content);
          } else lines[i].remove();
        }
        var focused = area.contains(document.activeElement);
        area.replaceChildren(t.content);
        var title = document.getElementById(N.detailsTitle);
        if (focused && title) title.focus();
        if (layout) layout.classList.add(N.selected);
        then(true);
      })
      .catch(function () { then(false); });
  }
  // The view of the link's indicator as the app renders it (src/bin/first_view.rs): the areas
  // it changes, and the map's colours, names and tooltips (the first view's module takes the
  // colours as its own, src/ui/first). Not over the details of the link's country.
  function builtView(indicator, then) {
    fetch(N.viewsDir + '/' + lang + '/' + encodeURIComponent(indicator) + '.html')
      .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
      .then(function (html) {
        if (root.getAttribute(N.dataAtlas)) return then(false);
        var t = document.createElement('template');
        t.innerHTML = html;
        var areas = t.content.querySelectorAll('template[' + N.dataArea + ']');
        for (var a = 0; a < areas.length; a++) {
          var id = areas[a].getAttribute(N.dataArea);
          var el = document.getElementById(id);
          if (el && !(id === N.details && chosen)) el.replaceChildren(areas[a].content);
        }
        var shapes = t.content.querySelector('template[' + N.dataShapes + ']');
        var svg = document.querySelector('svg.' + N.worldMap);
        if (shapes && svg) {
          var byId = {};
          var paths = svg.querySelectorAll('path[' + N.dataId + ']');
          for (var p = 0; p < paths.length; p++) byId[paths[p].getAttribute(N.dataId)] = paths[p];
          var drawn = shapes.content.children;
          for (var d = 0; d < drawn.length; d++) {
            var path = byId[drawn[d].getAttribute(N.dataId)];
            if (!path) continue;
            ['class', 'aria-label', 'data-figure'].forEach(function (name) {
              var v = drawn[d].getAttribute(name);
              if (v === null) path.removeAttribute(name);
              else path.setAttribute(name, v);
            });
          }
          // The map's name, as the app's map names itself (src/ui/map).
          svg.removeAttribute('aria-labelledby');
          svg.setAttribute('aria-label', shapes.getAttribute(N.dataShapes));
        }
        relink();
        markRow(chosen);
        then(true);
      })
      .catch(function () { then(false); });
  }
  // The link's details are on screen (or will not come): the first view's module hears it
  // (src/ui/first), and loads the app if the page still waits; the app's packs and the dataset
  // start.
  function shown() {
    if (root.classList.contains(N.detailsShown)) return;
    root.classList.add(N.detailsShown);
    document.dispatchEvent(new Event(N.detailsShown));
    // Still waiting, the page loads the app now (src/ui/first), which needs them at once; else
    // the link needs no app, and they come as on the home view.
    if (root.classList.contains(N.waiting)) warm();
    else warmLater();
  }
  var early = window.atlasEarly = {
    answer: function (id, quiet) {
      var shapes = document.querySelectorAll(shapeSelector);
      var shape = null;
      for (var s = 0; s < shapes.length && !shape; s++) {
        if (shapes[s].getAttribute(N.dataId) === id) shape = shapes[s];
      }
      var details = document.getElementById(N.details);
      var title = document.getElementById(N.detailsTitle);
      var body = document.getElementById(N.detailsBody);
      if (!shape || !details || !title || !body) return;
      // The map's own selection outline (src/ui/map/overlay.rs adopts this one); once the
      // module has taken over the map, it draws the outline itself.
      if (!taken) {
        var outline = document.querySelector('svg.' + N.worldMap + ' path.' + N.selectionOutline)
          || document.createElementNS('http://www.w3.org/2000/svg', 'path');
        outline.setAttribute('class', N.selectionOutline);
        outline.setAttribute('aria-hidden', 'true');
        outline.setAttribute('d', shape.getAttribute('d'));
        shape.parentNode.appendChild(outline);
      }
      title.textContent = shape.getAttribute(N.dataName) || id;
      title.removeAttribute('lang');
      var wait = document.createElement('p');
      wait.className = N.pending;
      wait.setAttribute('role', 'status');
      wait.textContent = details.getAttribute(N.dataLoading);
      body.replaceChildren(wait);
      if (layout) layout.classList.add(N.selected);
      markRow(id);
      // The link's own country: its details come with the link's view (below), without the app.
      if (quiet) return;
      early.loading();
      chosen = id;
      // The tap's answer is painted first; then the rest, a frame on: the focus (its layout and
      // scroll), the details' fetch and the packs' would hold up the frame that shows the name.
      afterPaint(function () {
        // Another country chosen since, or the app there to answer for itself.
        if (chosen !== id || root.getAttribute(N.dataAtlas)) return;
        builtDetails(id, function () {});
        // As the app does: the heading takes the focus, so a screen reader hears what opened.
        title.focus();
      });
    },
    // Says in the page that the rest of the app is on its way (a live region).
    loading: function () {
      var alerts = document.getElementById(N.alerts);
      if (!alerts || document.getElementById(N.atlasLoading)) return;
      var p = document.createElement('p');
      p.id = N.atlasLoading;
      p.className = N.loadingNote;
      p.setAttribute('role', 'status');
      p.textContent = alerts.getAttribute(N.dataLoading);
      alerts.appendChild(p);
    },
    take: function () {
      taken = true;
      document.removeEventListener('click', onClick, true);
      document.removeEventListener('keydown', onKey, true);
      var q = queue;
      queue = [];
      return q;
    }
  };
  function keep(el) {
    queue.push(el);
    var shape = shapeOf(el);
    if (shape) early.answer(shape.getAttribute(N.dataId));
    else early.loading();
    // The app answers this with its packs (the map's own zoom needs none): they start now,
    // alongside the main module, rather than once it has started and asked for them (once the
    // answer is painted).
    if (shape || !el.hasAttribute('data-zoom')) afterPaint(warm);
  }
  function onClick(e) {
    var t = e.target;
    var el = shapeOf(t) || (t && t.closest ? t.closest('#' + N.app + ' button') : null);
    if (el) keep(el);
  }
  function onKey(e) {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    var shape = shapeOf(e.target);
    if (!shape) return;
    e.preventDefault();
    keep(shape);
  }
  document.addEventListener('click', onClick, true);
  document.addEventListener('keydown', onKey, true);
  // A link the build's files draw (boot.js's rule) shows its country chosen and its details,
  // and its indicator's view, as soon as they arrive; then it no longer waits. If they cannot
  // come, or not within 3 s, the app is not kept waiting for them (src/ui/first loads it).
  if (linked) {
    var parts = (linked.country ? 1 : 0) + (linked.indicator ? 1 : 0);
    var part = function (ok) {
      if (!ok) return shown();
      if (--parts > 0) return;
      root.classList.remove(N.waiting);
      // Once the frame that shows them has been presented: a frame on, and a little more (a
      // busy browser presents it after the next frame has begun).
      requestAnimationFrame(function () { setTimeout(shown, 150); });
    };
    root.classList.add(N.earlyView);
    if (linked.country) {
      root.classList.add(N.earlyDetails);
      early.answer(linked.country, true);
      builtDetails(linked.country, part);
    }
    if (linked.indicator) builtView(linked.indicator, part);
    setTimeout(shown, 3000);
  }
  // The app's packs and the dataset are fetched into the browser's cache once the page has
  // loaded and is idle, so that the first action finds them there: they are the biggest part
  // of its wait on a slow network (the first view itself is written from the dataset). Not
  // with Save-Data or on a 2G connection: a visitor who pays by the byte and never acts does
  // not pay for them (the first action fetches them then).
  function warmLater() {
    var conn = navigator.connection || {};
    if (conn.saveData || /2g/.test(conn.effectiveType || '') || root.classList.contains(N.card)) {
      return;
    }
    var idle = window.requestIdleCallback || function (f) { setTimeout(f, 200); };
    var later = function () { idle(warm, { timeout: 3000 }); };
    if (document.readyState === 'complete') later();
    else window.addEventListener('load', later);
  }
  if (!root.classList.contains(N.waiting)) warmLater();
  // The skip links move the keyboard without writing `#…` into the address: the link is
  // the view's, for sharing.
  document.addEventListener('click', function (e) {
    var a = e.target && e.target.closest ? e.target.closest('a.' + N.skipLink) : null;
    var to = a && document.getElementById((a.getAttribute('href') || '').slice(1));
    if (!to) return;
    e.preventDefault();
    to.focus();
  });
})();
