// A small static file server for dist/, as a production host would serve it: the build's
// precompressed brotli and gzip copies (scripts/compress.mjs), correct types, long caching for
// hashed files and revalidation for the rest. Used by scripts/serve, the browser tests and the
// benchmark.
//   node scripts/static-server.mjs DIR PORT
import { createServer } from 'node:http';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, extname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.geojson': 'application/geo+json; charset=utf-8',
  '.svg': 'image/svg+xml', '.md': 'text/markdown; charset=utf-8', '.png': 'image/png',
  '.paths': 'text/plain; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.wasm', '.css', '.json', '.geojson', '.svg', '.md', '.paths', '.txt']);
// Trunk names the files it fingerprints `<name>-<16 hex>.<ext>` / `<name>-<16 hex>_bg.wasm`.
const HASHED = /-[0-9a-f]{8,}(_bg)?\.(js|wasm|css)$/;

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** Reads every file of `dir` once (each compressed once) and returns the served files. */
export function loadFiles(dir) {
  const files = new Map();
  for (const path of walk(dir)) {
    const ext = extname(path);
    // The precompressed copies are served in place of their file, not as files of their own.
    if ((ext === '.br' || ext === '.gz') && existsSync(path.slice(0, -ext.length))) continue;
    const raw = readFileSync(path);
    // A copy older than its file is of an earlier build (a file changed by hand after the
    // build): the file is served, compressed here.
    const fresh = (suffix) => existsSync(path + suffix) && statSync(path + suffix).mtimeMs >= statSync(path).mtimeMs;
    const copy = (suffix) => (fresh(suffix) ? readFileSync(path + suffix) : null);
    files.set('/' + relative(dir, path).split('\\').join('/'), {
      raw,
      br: COMPRESSIBLE.has(ext) ? copy('.br') : null,
      gz: COMPRESSIBLE.has(ext) ? copy('.gz') ?? gzipSync(raw, { level: 9 }) : null,
      type: TYPES[ext] ?? 'application/octet-stream',
      cache: HASHED.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
  }
  return files;
}

/**
 * Starts serving `dir` on 127.0.0.1:`port` (0 = any free port); resolves to the server.
 * `prefix` serves it under a sub-path (`/tools/atlas/`), as a host might; `brotli: false`
 * serves gzip only (the benchmark's headline figure); `extra` adds files made in memory
 * (`{ '/name.json': text }`), served as the others are.
 */
export async function serve(dir, port, { cache = true, prefix = '/', brotli = true, extra = {} } = {}) {
  const files = loadFiles(dir);
  for (const [path, text] of Object.entries(extra)) {
    const raw = Buffer.from(text);
    files.set(path, {
      raw, br: null, gz: gzipSync(raw, { level: 9 }),
      type: TYPES[extname(path)] ?? 'application/octet-stream', cache: 'no-cache',
    });
  }
  const server = createServer((req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (!path.startsWith(prefix)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    path = '/' + path.slice(prefix.length);
    if (path.endsWith('/')) path += 'index.html';
    const f = files.get(path);
    if (!f) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const accepts = req.headers['accept-encoding'] ?? '';
    const encoding = brotli && f.br && /\bbr\b/.test(accepts) ? 'br'
      : f.gz && /\bgzip\b/.test(accepts) ? 'gzip' : null;
    const body = encoding === 'br' ? f.br : encoding === 'gzip' ? f.gz : f.raw;
    res.writeHead(200, {
      'content-type': f.type,
      'cache-control': cache ? f.cache : 'no-store',
      'x-content-type-options': 'nosniff',
      vary: 'accept-encoding',
      ...(encoding ? { 'content-encoding': encoding } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise((ok, fail) => server.once('error', fail).listen(port, '127.0.0.1', ok));
  return server;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = resolve(process.argv[2] ?? 'dist');
  const port = Number(process.argv[3] ?? 8080);
  const server = await serve(dir, port);
  console.log(`Serving ${dir} on http://127.0.0.1:${server.address().port}/`);
}
