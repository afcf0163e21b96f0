// Trunk post-build hook: puts a Content-Security-Policy <meta> first in dist/index.html.
// Scripts run only from this origin, plus the two inline scripts the page needs (the boot script
// inlined from assets/boot.js and the loader Trunk writes), allowed by their SHA-256 hashes, so
// no 'unsafe-inline' for scripts; 'wasm-unsafe-eval' lets the WebAssembly compile. The hashes
// are computed here because they change with every build. connect-src adds the data origins of
// assets/atlas-config.json as built. frame-ancestors cannot be set by a <meta> tag: it is left to
// the host's server (README, "Hosting").
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) {
  console.error('csp: TRUNK_STAGING_DIR is not set');
  process.exit(1);
}
const file = join(dir, 'index.html');
let html = readFileSync(file, 'utf8');
if (html.includes('http-equiv="Content-Security-Policy"')) {
  console.error('csp: index.html already has a policy');
  process.exit(1);
}
const hashes = [];
for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
  if (/\bsrc\s*=/.test(m[1])) continue;
  hashes.push(`'sha256-${createHash('sha256').update(m[2], 'utf8').digest('base64')}'`);
}
if (hashes.length === 0) {
  console.error('csp: no inline script found (the boot script and the loader are expected)');
  process.exit(1);
}
// Only origins the app's own check would accept (https, no path), so a typo cannot widen it.
const origins = [];
const config = join(dir, 'atlas-config.json');
if (existsSync(config)) {
  const parsed = JSON.parse(readFileSync(config, 'utf8'));
  for (const o of parsed.data_origins ?? []) {
    if (typeof o === 'string' && /^https:\/\/[a-z0-9.-]+(:\d+)?$/i.test(o)) origins.push(o);
    else console.warn(`csp: data origin ${JSON.stringify(o)} left out of connect-src`);
  }
}
const policy = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`,
  // Leptos sets style attributes (the tooltip's position); the stylesheet is inlined.
  "style-src 'self' 'unsafe-inline'",
  // The PNG export draws the SVG sheet through a blob: image.
  "img-src 'self' data: blob:",
  `connect-src 'self'${origins.map((o) => ' ' + o).join('')}`,
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');
const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
// Before the first <meta> (the minifier drops the optional <head> tag): ahead of every script.
html = html.replace(/<meta\b/i, (m) => `${meta}${m}`);
if (!html.includes(meta) || html.indexOf(meta) > html.search(/<script\b/i)) {
  console.error('csp: could not put the policy ahead of the scripts in index.html');
  process.exit(1);
}
writeFileSync(file, html);
console.log(`csp: ${hashes.length} inline scripts allowed by hash; ${policy.length} characters`);
