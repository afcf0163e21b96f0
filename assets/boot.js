// Applies the page's frame (embed, present, theme) from the link before the first paint, so
// that a host's dark theme does not flash white and hidden chrome does not shift the layout
// when the app starts. The app (src/ui/theme.rs, reading src/core/url.rs) keeps it in step
// afterwards; this only mirrors the few values it needs, with the same spellings.
(function () {
  var q = new URLSearchParams(location.search);
  var root = document.documentElement;
  var on = function (v) { return v === '1' || v === 'true' || v === 'yes' || v === 'on'; };
  var present = on(q.get('present'));
  if (on(q.get('embed'))) root.classList.add('embed');
  if (present) root.classList.add('present');
  var theme = (q.get('theme') || '').trim();
  if (theme === 'dark' || theme === 'contrast') root.setAttribute('data-theme', theme);
  else if (theme !== 'light' && present) root.setAttribute('data-theme', 'contrast');
})();
