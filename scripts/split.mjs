// Trunk post-build hook: cuts the app's WebAssembly into the module that loads with the page
// and the chunks that load when their feature is first used (the `#[lazy]` split points of
// the Rust code), then does what Trunk would have done for one module: wasm-bindgen's glue,
// wasm-opt, names with a hash of their contents, and index.html's links and integrity.
//
// Trunk cannot split (its hooks run before or after its own wasm-bindgen, which must be given
// the split module); this step re-runs wasm-bindgen on it, as cargo-leptos's `--split` does:
//   wasm-split-cli (crate wasm_split_cli_support) → wasm-bindgen --keep-lld-exports → wasm-opt.
// It also writes dist/split-manifest.json: which files each split point loads (for the bench).
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import binaryen from 'binaryen';

const run = promisify(execFile);
const dist = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
const profile = process.env.TRUNK_PROFILE ?? 'release';
if (!dist) {
  console.error('split: TRUNK_STAGING_DIR is not set');
  process.exit(1);
}
// Cargo's target folder, wherever CARGO_TARGET_DIR puts it.
const target = process.env.CARGO_TARGET_DIR ?? 'target';
const raw = join(target, 'wasm32-unknown-unknown', profile, 'sse-atlas.wasm');
const work = join(target, 'split');
rmSync(work, { recursive: true, force: true });
mkdirSync(join(work, 'bg'), { recursive: true });

const hash = (bytes, n = 16) => createHash('sha256').update(bytes).digest('hex').slice(0, n);
const sri = (bytes) => 'sha384-' + createHash('sha384').update(bytes).digest('base64');

await run('wasm-split-cli', [raw, work]);
await run('wasm-bindgen', [join(work, 'main.wasm'), '--out-dir', join(work, 'bg'), '--out-name', 'sse-atlas',
  '--target', 'web', '--no-typescript', '--keep-lld-exports', '--no-demangle']);

// wasm-opt -Oz on the main module and every chunk, through binaryen's own JavaScript API in
// this one process: the command would start Node again for each of some two hundred chunks
// (measured: 170 s, against 13 s here). The features are those Rust's wasm32 target enables,
// which the command would read from each module's `target_features` section.
const F = binaryen.Features;
const features = F.MVP | F.MutableGlobals | F.SignExt | F.NontrappingFPToInt | F.BulkMemory
  | F.BulkMemoryOpt | F.CallIndirectOverlong | F.ReferenceTypes | F.Multivalue;
binaryen.setOptimizeLevel(2);
binaryen.setShrinkLevel(2);
// SPLIT_NAMES=1 keeps the functions' names, for a panic's stack in the console.
if (process.env.SPLIT_NAMES) binaryen.setDebugInfo(true);
const optimize = (from, to) => {
  const m = binaryen.readBinary(readFileSync(from));
  m.setFeatures(features);
  m.optimize();
  // Sections the browser never reads, repeated in each of some two hundred modules: about
  // 30 KB raw and 2 KB gzip of the app's packs (measured).
  m.runPasses(['strip-producers', 'strip-target-features']);
  writeFileSync(to, m.emitBinary());
  m.dispose();
};
const chunks = readdirSync(work).filter((f) => f.endsWith('.wasm') && f !== 'main.wasm');
const started = Date.now();
optimize(join(work, 'bg', 'sse-atlas_bg.wasm'), join(work, 'main.opt.wasm'));
for (const c of chunks) optimize(join(work, c), join(work, c.replace(/\.wasm$/, '.opt.wasm')));

// The splitter makes a module of each set of split points that share code: some two hundred,
// most of them small, and the app's first split point would load 150 of them at once. The
// chunks are packed instead, each into the pack of the split point that loads it: one request
// per split point. A pack is a little-endian u32 header length, a JSON
// header {file: [offset, length]}, then the modules; the loader reads its modules from it.
let loader = readFileSync(join(work, '__wasm_split.js'), 'utf8');
const chunkFile = Object.fromEntries([...loader.matchAll(/const (__chunk_\d+) = makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([^"]+)"/g)].map((m) => [m[1], m[2]]));
const splits = [...loader.matchAll(/export const __wasm_split_load_(\w+?)_\d+ = wrapAsyncCb\(makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([^"]+)"[\s\S]*?\n, \[([^\]]*)\]\)\)/g)]
  .map((m) => ({ name: m[1], own: m[2], deps: m[3].split(',').map((d) => chunkFile[d.trim()]).filter(Boolean) }));
if (splits.length === 0 || Object.keys(chunkFile).length === 0 && chunks.length > splits.length) {
  console.error('split: the loader written by wasm-split-cli is not in the form this step knows');
  process.exit(1);
}
const ORDER = ['start_atlas'];
splits.sort((a, b) => (ORDER.indexOf(b.name) - ORDER.indexOf(a.name)) || a.name.localeCompare(b.name));
// Every other split point loads after the first, so a module the first shares with another
// goes into the first's pack: a later split point then fetches its own pack and little else.
// So does one a country's details (the next split point, on the first tap's path) share.
// The country card (src/ui/card) starts without the app: the modules it shares with the app
// go into a pack of their own that both load, so that a card fetches none of the map's code.
// What only later features share (the table and the export, the share dialog and the tour)
// goes into a pack of their own too, which the first of them fetches: not the first's, where
// it cost every visitor who acts 20 KB gzip of code for features they may never open.
const HOT = ['start_atlas', 'entity_chunk'];
const ALONE = ['start_card'];
const users = {};
for (const sp of splits) for (const f of [sp.own, ...sp.deps]) (users[f] ??= []).push(sp.name);
const home = Object.fromEntries(Object.entries(users).map(([f, u]) => [f,
  u.length === 1 ? u[0]
    : u.some((n) => ALONE.includes(n)) ? 'shared'
      : u.some((n) => HOT.includes(n)) ? splits[0].name
        : 'later']));
const packNames = [...splits.map((sp) => sp.name),
  ...['shared', 'later'].filter((p) => Object.values(home).includes(p))];
const packs = {};
for (const packName of packNames) {
  const members = Object.keys(home).filter((f) => home[f] === packName);
  const index = {};
  const parts = [];
  let offset = 0;
  for (const f of members) {
    const bytes = readFileSync(join(work, f.replace(/\.wasm$/, '.opt.wasm')));
    index[f] = [offset, bytes.length];
    parts.push(bytes);
    offset += bytes.length;
  }
  const header = Buffer.from(JSON.stringify(index));
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length);
  const bytes = Buffer.concat([length, header, ...parts]);
  const name = `pack-${packName.replace(/_/g, '-')}-${hash(bytes)}.wasm`;
  writeFileSync(join(dist, name), bytes);
  packs[packName] = { file: name, modules: members.length, bytes: bytes.length, loads: [] };
  for (const f of members) {
    const fetchOf = new RegExp(`const src = fetch\\(new URL\\("\\.\\/${f.replace(/\./g, '\\.')}", import\\.meta\\.url\\)\\);\\s*src\\.catch\\(\\(\\) => \\{\\}\\);\\s*return async \\(imports\\) => \\(WebAssembly\\.instantiateStreaming\\(src, imports\\)\\);`);
    if (!fetchOf.test(loader)) {
      console.error(`split: the loader's fetch of ${f} is not in the form this step knows`);
      process.exit(1);
    }
    loader = loader.replace(fetchOf, `const src = fromPack("./${name}", "${f}");\n    src.catch(() => {});\n    return async (imports) => (WebAssembly.instantiate(await src, imports));`);
  }
}
for (const sp of splits) {
  packs[sp.name].loads = [...new Set([sp.own, ...sp.deps].map((f) => packs[home[f]].file))];
}
if (packs.shared) packs.shared.loads = [packs.shared.file];
if (packs.later) packs.later.loads = [packs.later.file];
loader = `// Packs of modules (see scripts/split.mjs): each fetched once; a failed fetch is tried again.
const packs = {};
function pack(url) {
  if (!packs[url]) {
    const p = fetch(new URL(url, import.meta.url))
      .then((r) => { if (!r.ok) throw new Error(url + ": " + r.status); return r.arrayBuffer(); })
      .then((buf) => {
        const n = new DataView(buf).getUint32(0, true);
        return { buf, base: 4 + n, index: JSON.parse(new TextDecoder().decode(new Uint8Array(buf, 4, n))) };
      });
    p.catch(() => { if (packs[url] === p) delete packs[url]; });
    packs[url] = p;
  }
  return packs[url];
}
function fromPack(url, file) {
  return pack(url).then((p) => { const [o, l] = p.index[file]; return new Uint8Array(p.buf, p.base + o, l); });
}
function packed(url, file) {
  return () => {
    const src = fromPack(url, file);
    src.catch(() => {});
    return async (imports) => (WebAssembly.instantiate(await src, imports));
  };
}
` + loader
  // The loader comes with the first view: each of its two hundred modules' fetch is one call
  // rather than five lines, and the comments listing which split points share a module go
  // (measured: 90 KB raw, 4.9 KB gzip before).
  .replace(/makeLoad\(\(\) => \{\s*const src = fromPack\(("[^"]+"), ("[^"]+")\);\s*src\.catch\(\(\) => \{\}\);\s*return async \(imports\) => \(WebAssembly\.instantiate\(await src, imports\)\);\s*\}\s*,\s*/g,
    'makeLoad(packed($1, $2), ')
  .replace(/^\/\* [\w, ]+ \*\/\n/gm, '');
if ((loader.match(/const src = fromPack\(/g) ?? []).length !== 1) {
  console.error('split: a module\'s fetch in the loader is not in the form this step compacts');
  process.exit(1);
}
const loaderName = `sse-atlas-split-${hash(loader)}.js`;

let glue = readFileSync(join(work, 'bg', 'sse-atlas.js'), 'utf8');
// Only the import's specifier: the wasm module still imports from "./__wasm_split.js" by name.
glue = glue.replace(/(from\s*)(["'])\.\/__wasm_split\.js\2/g, `$1$2./${loaderName}$2`);
const wasm = readFileSync(join(work, 'main.opt.wasm'));
const stem = `sse-atlas-${hash(Buffer.concat([wasm, Buffer.from(glue)]))}`;
loader = loader.split('"./main.js"').join(`"./${stem}.js"`);
writeFileSync(join(dist, loaderName), loader);
writeFileSync(join(dist, `${stem}.js`), glue);
writeFileSync(join(dist, `${stem}_bg.wasm`), wasm);

// index.html: Trunk's module and its preloads now point at the split build, with the
// integrity of the new files, and the loader is preloaded with the glue that imports it.
const index = join(dist, 'index.html');
let html = readFileSync(index, 'utf8');
const old = readdirSync(dist).find((f) => /^sse-atlas-[0-9a-f]{8,}_bg\.wasm$/.test(f) && f !== `${stem}_bg.wasm`);
if (!old) {
  console.error('split: no Trunk WebAssembly in', dist);
  process.exit(1);
}
const oldStem = old.replace(/_bg\.wasm$/, '');
const integrity = (file, bytes) => {
  const attr = new RegExp(`(<link[^>]*${file.replace(/\./g, '\\.')}[^>]*integrity=)("?)[^ >"]+\\2`);
  html = html.replace(attr, `$1$2${sri(bytes)}$2`);
};
html = html.split(`${oldStem}_bg.wasm`).join(`${stem}_bg.wasm`).split(`${oldStem}.js`).join(`${stem}.js`);
integrity(`${stem}.js`, Buffer.from(glue));
// The WebAssembly's preload is a fetch, a destination whose integrity the browser ignores
// and warns about in the console (crbug.com/981419): the attribute goes.
html = html.replace(new RegExp(`<link[^>]*${stem}_bg\\.wasm[^>]*>`), (link) => link.replace(/ integrity=("[^"]*"|[^ >]+)/, ''));
html = html.replace(/(<link[^>]*rel=modulepreload[^>]*>|<link[^>]*rel="modulepreload"[^>]*>)/,
  (m) => `${m}<link rel="modulepreload" href="./${loaderName}" crossorigin integrity="${sri(Buffer.from(loader))}">`);
// The boot script preloads a card's packs (assets/boot.js): their names go in its placeholder.
const cardPacks = packs.start_card?.loads ?? [];
// Any quotes: Trunk's minifier writes the string as a template literal.
const placeholder = /(["'`])@card-packs@\1/;
if (!placeholder.test(html) || cardPacks.length === 0) {
  console.error('split: the boot script has no card-packs placeholder, or there is no card chunk');
  process.exit(1);
}
html = html.replace(placeholder, cardPacks.map((f) => JSON.stringify(f)).join(','));
// assets/first.js fetches the app's packs at idle or at the first action (and a country's
// details with them), so that the app finds them in the cache; assets/boot.js with the page,
// for a link whose view needs the app at once.
const atlasPacks = [...new Set(['start_atlas', 'entity_chunk'].flatMap((n) => packs[n]?.loads ?? []))];
const atlasPlaceholder = /(["'`])@atlas-packs@\1/g;
if ((html.match(atlasPlaceholder) ?? []).length !== 2 || !packs.start_atlas) {
  console.error('split: the boot and first view\'s scripts need an atlas-packs placeholder each, and a start_atlas chunk');
  process.exit(1);
}
html = html.replace(atlasPlaceholder, atlasPacks.map((f) => JSON.stringify(f)).join(','));
// A link with a host's own boundaries (boundaries=) needs their reader as soon as the app
// starts: assets/boot.js preloads its packs with the page too.
const hostPacks = (packs.host_map?.loads ?? []).filter((f) => !atlasPacks.includes(f));
const hostPlaceholder = /(["'`])@host-map-packs@\1/;
if (!hostPlaceholder.test(html) || hostPacks.length === 0) {
  console.error('split: the boot script has no host-map-packs placeholder, or there is no host_map chunk');
  process.exit(1);
}
html = html.replace(hostPlaceholder, hostPacks.map((f) => JSON.stringify(f)).join(','));
writeFileSync(index, html);
rmSync(join(dist, `${oldStem}.js`), { force: true });
rmSync(join(dist, `${oldStem}_bg.wasm`), { force: true });

// Which packs each split point loads (for the benchmark's table).
const manifest = { main: `${stem}_bg.wasm`, glue: `${stem}.js`, loader: loaderName, splits: packs };
writeFileSync(join(dist, 'split-manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
const packed = Object.values(packs).reduce((n, p) => n + p.bytes, 0);
console.log(`split: main ${wasm.length} bytes; ${chunks.length} modules in ${splits.length} packs (${packed} bytes); wasm-opt ${((Date.now() - started) / 1000).toFixed(1)} s`);
if (!existsSync(join(dist, `${stem}_bg.wasm`))) process.exit(1);
