// Applies the page's frame (embed, present, theme: the link's, else the system's) before the
// first paint, so
// that a host's dark theme does not flash white and hidden chrome does not shift the layout
// when the app starts. The app (src/ui/theme.rs, reading src/core/url.rs) keeps it in step
// afterwards; this only mirrors the few values it needs, with the same spellings.
(function () {
  var q = new URLSearchParams(location.search);
  var root = document.documentElement;
  var on = function (v) { return v === '1' || v === 'true' || v === 'yes' || v === 'on'; };
  var present = on(q.get('present'));
  // The link's language, for assistive technology before the app sets it (src/core/lang.rs).
  var lang = /^(en|fr|es|pt)(?:[-_]|$)/i.exec((q.get('lang') || '').trim());
  if (lang) root.lang = lang[1].toLowerCase();
  if (on(q.get('embed'))) root.classList.add('embed');
  if (present) root.classList.add('present');
  var theme = (q.get('theme') || '').trim();
  var prefers = function (m) { return window.matchMedia && matchMedia(m).matches; };
  if (theme !== 'dark' && theme !== 'contrast' && theme !== 'light') {
    theme = present || prefers('(prefers-contrast: more)') ? 'contrast'
      : prefers('(prefers-color-scheme: dark)') ? 'dark' : 'light';
  }
  if (theme !== 'light') root.setAttribute('data-theme', theme);
  // Skip links: focus their target. The router would otherwise take the click as a navigation
  // and the keyboard would stay at the top of the page.
  addEventListener('click', function (e) {
    var a = e.target && e.target.closest && e.target.closest('a.skip-link');
    var target = a && document.getElementById(a.hash.slice(1));
    if (!target) return;
    e.preventDefault();
    e.stopPropagation();
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus();
  }, true);
})();
