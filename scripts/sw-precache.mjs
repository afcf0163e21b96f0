// Trunk post-build hook: writes the list of built files and a version (a hash of their
// contents) into sw.js, so that the service worker stores exactly this build.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) {
  console.error('sw-precache: TRUNK_STAGING_DIR is not set');
  process.exit(1);
}

function walk(d) {
  return readdirSync(d).flatMap((name) => {
    const p = join(d, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

const sw = join(dir, 'sw.js');
const files = walk(dir)
  .map((p) => relative(dir, p).split(sep).join('/'))
  // The GeoJSON boundaries serve hosts' own maps and the boundaries= link, not this app's
  // own views, which draw the pre-projected .paths files: 1 MB that offline use never reads.
  // Not the precompressed copies (scripts/compress.mjs): a host serves them in place of their
  // file, never under their own name.
  .filter((f) => f !== 'sw.js' && !f.endsWith('.md') && !f.endsWith('.geojson') && f !== 'split-manifest.json')
  .filter((f) => !f.endsWith('.br') && !f.endsWith('.gz'))
  // Each country's details as the build rendered them (assets/details/): the page's answer to
  // a country chosen before the app is there, which the app gives itself offline.
  // So for each indicator's view (assets/views/).
  .filter((f) => !f.startsWith('assets/details/') && !f.startsWith('assets/views/'))
  .sort();
const hash = createHash('sha256');
for (const f of files) {
  hash.update(f);
  hash.update(readFileSync(join(dir, f)));
}
const version = hash.digest('hex').slice(0, 16);
// './' is the page itself, which navigations (with any query) fall back to offline.
const list = JSON.stringify(['./', ...files]);
const source = readFileSync(sw, 'utf8');
if (!source.includes('__SW_FILES__')) {
  console.error('sw-precache: sw.js has no __SW_FILES__ placeholder');
  process.exit(1);
}
writeFileSync(sw, source.replace("'__SW_VERSION__'", JSON.stringify(version)).replace('__SW_FILES__', list));
const bytes = files.reduce((n, f) => n + statSync(join(dir, f)).size, 0);
console.log(`sw-precache: ${files.length + 1} entries, ${bytes} bytes, version ${version}`);
