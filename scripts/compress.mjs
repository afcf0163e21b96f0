// Trunk post-build hook, last step: writes a brotli (`.br`) and a gzip (`.gz`) copy next to
// every compressible file of the build, at the highest levels, once. A host serves them as
// they are (nginx `brotli_static on; gzip_static on;`, Caddy `precompressed br gzip`), and so
// does scripts/static-server.mjs: nothing is compressed per request.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';

export const COMPRESSIBLE = new Set(['.html', '.js', '.wasm', '.css', '.json', '.geojson', '.svg', '.md', '.paths', '.txt']);

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) {
  console.error('compress: TRUNK_STAGING_DIR is not set');
  process.exit(1);
}
const walk = (d) => readdirSync(d).flatMap((name) => {
  const p = join(d, name);
  return statSync(p).isDirectory() ? walk(p) : [p];
});
let raw = 0;
let br = 0;
let gz = 0;
for (const path of walk(dir)) {
  if (!COMPRESSIBLE.has(extname(path))) continue;
  const bytes = readFileSync(path);
  const b = brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
  const g = gzipSync(bytes, { level: 9 });
  writeFileSync(`${path}.br`, b);
  writeFileSync(`${path}.gz`, g);
  raw += bytes.length;
  br += b.length;
  gz += g.length;
}
console.log(`compress: ${raw} bytes, ${gz} gzip, ${br} brotli`);
