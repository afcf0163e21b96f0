// SSE Atlas benchmark (not a test). In one run and one headless Chromium it measures this
// app (dist/) and the hand-built D3 reference map (../shared/bench/d3-reference, installed
// from npm into target/bench/), and prints for each, as medians of N fresh page loads:
//  - first-view bytes transferred (gzip, as served by scripts/static-server.mjs);
//  - time from navigation start to map painted (>= 170 country paths and one frame);
//  - share of frames over 20 ms while a script zooms (wheel), pans (drag) and hovers;
//  - JS heap + WebAssembly memory after that interaction;
//  - the same memory once the map has swapped in its 1:50m boundaries;
// with the app/reference ratios against the targets. CPU is throttled (default 4x) through
// the DevTools protocol. Then, for the app alone:
//  - the latency of a change (indicator, status, region, date) until the map is repainted;
//  - the growth probe: a synthetic dataset of every country of the map (175 entities x 6
//    indicators x 20 years) made from the built-in one, served as a file and opened through
//    `data=`: time to ready, indicator change, memory;
//  - Lighthouse (mobile, simulated throttling) on four links (--no-lighthouse skips it);
//  - the WebAssembly by chunk: what loads with the page, and what loads when.
// It also lists every file of dist/ with raw and gzip sizes. Run it through scripts/bench.
// Compare numbers only within one run.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { loadFiles, serve } from './static-server.mjs';
import { RECORD_WASM_MEMORY, send, wasmMemory } from './bench-probes.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const RUNS = opt('--runs', 5);
const LIGHTHOUSE = !args.includes('--no-lighthouse');
const THROTTLE = opt('--throttle', 4);
const SHARED = process.env.SHARED_DIR ?? resolve('..', 'shared');
const REF_SRC = resolve(SHARED, 'bench', 'd3-reference');
const REF_DIR = resolve('target', 'bench', 'd3-reference');

// 1. dist/ sizes
const files = loadFiles('dist');
console.log('dist/ files (bytes: raw, gzip -9)');
let rawTotal = 0;
let gzTotal = 0;
const size = (f) => (f.gz ?? f.raw).length;
for (const [path, f] of [...files].sort((a, b) => size(b[1]) - size(a[1])).slice(0, 25)) {
  rawTotal += f.raw.length;
  gzTotal += size(f);
  console.log(`  ${path.padEnd(52)} ${String(f.raw.length).padStart(9)} ${String(size(f)).padStart(9)}`);
}
console.log(`  (the 25 largest of ${files.size})\n  ${'TOTAL'.padEnd(52)} ${String(rawTotal).padStart(9)} ${String(gzTotal).padStart(9)}\n`);

// 2. The reference, installed once from its lock file.
let reference = null;
if (existsSync(REF_SRC)) {
  if (!existsSync(resolve(REF_DIR, 'node_modules', 'world-atlas'))) {
    mkdirSync(REF_DIR, { recursive: true });
    cpSync(REF_SRC, REF_DIR, { recursive: true });
    execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: REF_DIR, stdio: 'inherit' });
  }
  reference = REF_DIR;
} else {
  console.log(`(reference not found at ${REF_SRC}; set SHARED_DIR to measure it)\n`);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

const TARGETS = [
  { name: 'app', dir: 'dist', path: '/', paths: 'svg.world-map path.shape', map: 'svg.world-map', detail: 'svg.world-map g.shapes-detail path' },
  ...(reference ? [{ name: 'reference', dir: reference, path: '/index.html', paths: '#map path', map: '#map' }] : []),
];

/**
 * A fresh page with the cache off and the CPU throttled, opened at `url`: resolves once
 * `count` elements match `selector` and a frame has followed, with that time and a counter of
 * the bytes received (`bytes()`).
 */
async function openThrottled(b, viewport, url, selector, count) {
  const context = await b.newContext({ viewport });
  await context.addInitScript(RECORD_WASM_MEMORY);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await send(cdp, 'Network.enable');
  await send(cdp, 'Network.setCacheDisabled', { cacheDisabled: true });
  await send(cdp, 'Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  let received = 0;
  let warmed = 0;
  // The app's packs and the dataset on the home view come from the idle warm-up (assets/first.js),
  // not the first view.
  const packs = new Set();
  cdp.on('Network.requestWillBeSent', (e) => { if (/\/pack-[^/]*\.wasm$|ilg-sse\.json$/.test(e.request.url)) packs.add(e.requestId); });
  cdp.on('Network.loadingFinished', (e) => {
    if (packs.has(e.requestId)) warmed += e.encodedDataLength;
    else received += e.encodedDataLength;
  });
  await page.goto(url);
  const at = await page.evaluate(([sel, n]) => new Promise((done) => {
    const check = () => (document.querySelectorAll(sel).length >= n
      ? requestAnimationFrame(() => done(performance.now()))
      : requestAnimationFrame(check));
    check();
  }), [selector, count]);
  await page.waitForLoadState('networkidle');
  return { context, page, cdp, at, bytes: () => received, warmed: () => warmed };
}

async function measure(target, base) {
  const { context, page, cdp, at: painted, bytes, warmed } = await openThrottled(browser, { width: 1280, height: 800 },
    base + target.path.slice(1), target.paths, 170);
  const firstView = bytes();

  // Scripted interaction, frames timed in the page.
  const box = await page.locator(target.map).boundingBox();
  const at = (fx, fy) => [box.x + box.width * fx, box.y + box.height * fy];
  await page.evaluate(() => {
    window.__frames = [];
    let last = performance.now();
    const tick = (t) => { window.__frames.push(t - last); last = t; window.__raf = requestAnimationFrame(tick); };
    window.__raf = requestAnimationFrame(tick);
  });
  await page.mouse.move(...at(0.5, 0.35));
  for (let i = 0; i < 6; i++) { await page.mouse.wheel(0, -150); await page.waitForTimeout(60); }
  await page.mouse.down();
  for (let i = 1; i <= 20; i++) await page.mouse.move(...at(0.5 - i * 0.01, 0.35 + i * 0.005));
  await page.mouse.up();
  for (let i = 0; i <= 30; i++) await page.mouse.move(...at(0.2 + i * 0.02, 0.3 + (i % 5) * 0.05));
  for (let i = 0; i < 6; i++) { await page.mouse.wheel(0, 150); await page.waitForTimeout(60); }
  await page.waitForTimeout(300);
  const frames = await page.evaluate(() => { cancelAnimationFrame(window.__raf); return window.__frames.slice(1); });
  const slow = frames.filter((d) => d > 20).length / Math.max(frames.length, 1);

  await send(cdp, 'HeapProfiler.collectGarbage');
  const heap = (await send(cdp, 'Runtime.getHeapUsage')).usedSize;
  const wasm = await wasmMemory(page);
  // Zoomed in far enough for the detailed map (the app swaps in 1:50m; the reference has none).
  let detailHeap = NaN;
  if (target.detail) {
    await page.mouse.move(...at(0.55, 0.3));
    for (let i = 0; i < 14; i++) { await page.mouse.wheel(0, -200); await page.waitForTimeout(80); }
    const swapped = await page.waitForSelector(target.detail, { timeout: 20000 }).then(() => true, () => false);
    if (swapped) {
      await page.waitForTimeout(1500);
      await send(cdp, 'HeapProfiler.collectGarbage');
      detailHeap = (await send(cdp, 'Runtime.getHeapUsage')).usedSize + await wasmMemory(page);
    }
  }
  // The idle warm-up comes after the first view's network idle: counted by now.
  const warm = warmed();
  await context.close();
  return { painted, firstView, warm, slow, frames: frames.length, heap: heap + wasm, jsHeap: heap, wasm, detailHeap };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = {};
for (const target of TARGETS) {
  // Gzip, the headline figure (brotli is listed with the chunks below).
  const server = await serve(target.dir, 0, { cache: false, brotli: false });
  const base = `http://127.0.0.1:${server.address().port}/`;
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await measure(target, base));
  server.close();
  results[target.name] = Object.fromEntries(Object.keys(runs[0]).map((k) => [k, median(runs.map((r) => r[k]))]));
  results[target.name].paintedRuns = runs.map((r) => Math.round(r.painted));
}
await browser.close();

const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const mb = (b) => `${(b / 1048576).toFixed(1)} MB`;
const rows = [
  ['first-view bytes (gzip, to network idle)', 'firstView', kb, 0.8, 300 * 1024],
  ["  + fetched at idle (packs, dataset)", 'warm', kb, null, null],
  ['time to map painted', 'painted', (v) => `${v.toFixed(0)} ms`, 0.5],
  ['frames over 20 ms (zoom/pan/hover)', 'slow', (v) => `${(v * 100).toFixed(1)}%`, 0.5],
  ['JS heap + wasm memory', 'heap', mb, 1.0],
];
console.log(`Headless Chromium, 1280x800, CPU throttle ${THROTTLE}x, median of ${RUNS} fresh loads each`);
console.log(`${'measure'.padEnd(42)} ${'app'.padStart(10)} ${'reference'.padStart(10)} ${'ratio'.padStart(7)}  target`);
for (const [label, key, fmt, goal, absolute] of rows) {
  const a = results.app[key];
  const r = results.reference?.[key];
  if (goal === null) {
    // No target: unless Save-Data or 2G (assets/first.js); the reference has nothing like it.
    console.log(`${label.padEnd(42)} ${fmt(a).padStart(10)} ${(r === undefined ? '-' : fmt(r)).padStart(10)} ${'-'.padStart(7)}  (not with Save-Data or 2G)`);
    continue;
  }
  const ratio = r ? a / r : NaN;
  const met = absolute ? a <= absolute : ratio <= goal;
  const verdict = Number.isNaN(ratio) && !absolute ? '' : met ? 'met' : 'NOT met';
  const goalText = absolute ? `<= ${fmt(absolute)} (stretch ${goal}x)` : `<= ${goal}x`;
  console.log(`${label.padEnd(42)} ${fmt(a).padStart(10)} ${(r === undefined ? '-' : fmt(r)).padStart(10)} ${(Number.isNaN(ratio) ? '-' : ratio.toFixed(2)).padStart(7)}  ${goalText} ${verdict}`);
}
const detail = results.app.detailHeap;
const refHeap = results.reference?.heap;
console.log(`${'memory after the 1:50m swap'.padEnd(42)} ${(Number.isNaN(detail) ? 'no swap' : mb(detail)).padStart(10)} ${(refHeap ? mb(refHeap) : '-').padStart(10)} ${(refHeap && !Number.isNaN(detail) ? (detail / refHeap).toFixed(2) : '-').padStart(7)}  <= 1.0x ${refHeap && detail <= refHeap ? 'met' : 'NOT met'}`);
console.log(`\napp: JS heap ${mb(results.app.jsHeap)} + wasm ${mb(results.app.wasm)}; time-to-map runs [${results.app.paintedRuns.join(', ')}] ms`);
if (results.reference) console.log(`reference: time-to-map runs [${results.reference.paintedRuns.join(', ')}] ms`);

// 3. Latency and growth, the app alone.
const { latency, growth } = await import('./bench-probes.mjs');
const lat = await latency({ browser: await relaunch(), dist: 'dist', throttle: THROTTLE, runs: RUNS });
const grow = await growth({ browser: await relaunch(), dist: 'dist', throttle: THROTTLE, runs: RUNS });
console.log(`\nChanges until the map is repainted (CPU ${THROTTLE}x, median of ${RUNS}; target <= 50 ms)`);
for (const [what, ms] of Object.entries(lat)) console.log(`  ${what.padEnd(40)} ${ms.toFixed(0).padStart(6)} ms  ${ms <= 50 ? 'met' : 'NOT met'}`);
console.log(`\nGrowth: ${grow.entities} entities x ${grow.indicators} indicators x ${grow.years} years through data= (CPU ${THROTTLE}x, median of ${RUNS})`);
console.log(`  ready, built-in data                      ${grow.readyBuiltIn.toFixed(0).padStart(6)} ms`);
console.log(`  ready, synthetic data                     ${grow.ready.toFixed(0).padStart(6)} ms  (${(grow.ready / grow.readyBuiltIn).toFixed(2)}x; target <= 1.25x ${grow.ready / grow.readyBuiltIn <= 1.25 ? 'met' : 'NOT met'})`);
console.log(`  indicator change                          ${grow.indicator.toFixed(0).padStart(6)} ms  (target <= 80 ms ${grow.indicator <= 80 ? 'met' : 'NOT met'})`);
console.log(`  memory                                    ${mb(grow.memory).padStart(9)}  (target <= 12 MB ${grow.memory <= 12 * 1048576 ? 'met' : 'NOT met'})`);

// The first tap on a phone network, the app and the reference in the same run.
const { earlyTap } = await import('./bench-probes.mjs');
const tap = await earlyTap({ browser: await relaunch(), dist: 'dist', reference, throttle: THROTTLE, runs: RUNS });
const ms = (v) => (v === null ? 'none' : `${v.toFixed(0)} ms`);
console.log(`\nThe first tap, on a phone network (150 ms, 1.6 Mbps; CPU ${THROTTLE}x; 390x844 touch): France tapped 300 ms after the map shows; median of ${RUNS}`);
console.log(`${'measure'.padEnd(42)} ${'app'.padStart(10)} ${'reference'.padStart(10)}  target`);
const tapRows = [
  ['map on screen (from navigation)', (r) => ms(r.shown), null],
  ['taps lost (no answer within 15 s)', (r) => `${r.lost} of ${r.runs}`, tap.app.lost === 0],
  ['tap -> its name heads the details', (r) => ms(r.named), tap.app.named !== null && tap.app.named <= 200, '<= 200 ms'],
  ['tap -> its complete details', (r) => ms(r.complete), tap.app.complete !== null && tap.app.complete <= 1500, '<= 1500 ms'],
];
for (const [label, fmt, met, goal] of tapRows) {
  const verdict = met === null ? '' : `${goal ?? '0'} ${met ? 'met' : 'NOT met'}`;
  console.log(`${label.padEnd(42)} ${fmt(tap.app).padStart(10)} ${(tap.reference ? fmt(tap.reference) : '-').padStart(10)}  ${verdict}`);
}
const linkRatio = tap.link === null ? NaN : tap.link / tap.app.shown;
console.log(`${'?country=COL&indicator=sse-jobs on screen'.padEnd(42)} ${ms(tap.link).padStart(10)} ${'-'.padStart(10)}  <= 1.5x the home map (${Number.isNaN(linkRatio) ? '-' : linkRatio.toFixed(2)}x) ${linkRatio <= 1.5 ? 'met' : 'NOT met'}`);
console.log(`  runs: ${tap.linkRuns.map((v) => ms(v)).join(', ')}`);

// A country card (?embed=1&card=1): bytes and time until its name is on screen, 400 px wide.
const card = await cardProbe(await relaunch());
console.log(`\nCountry card ?embed=1&card=1&country=SEN, 400x600, CPU ${THROTTLE}x, median of ${RUNS}`);
console.log(`  bytes (gzip, to network idle)             ${kb(card.bytes).padStart(9)}  (the map's first view: ${kb(results.app.firstView)})`);
console.log(`  name on screen                            ${card.named.toFixed(0).padStart(6)} ms  (the map painted: ${results.app.painted.toFixed(0)} ms)`);

// 4. Lighthouse, mobile.
if (LIGHTHOUSE) {
  const { lighthouse } = await import('./bench-probes.mjs');
  const scores = await lighthouse({ dist: 'dist', links: ['/', '/?embed=1', '/?lang=fr', '/?country=COL&indicator=sse-jobs', '/?embed=1&card=1&country=SEN'] });
  console.log('\nLighthouse mobile (simulated throttling): performance, accessibility, best practices, SEO (target: performance >= 95, the rest 100)');
  for (const [link, sc] of Object.entries(scores)) console.log(`  ${link.padEnd(40)} ${sc.join('  ')}`);
}

// 5. The WebAssembly by chunk.
const manifest = JSON.parse(readFileSync('dist/split-manifest.json', 'utf8'));
const when = {
  start_atlas: 'the first action that needs the app (a selection, the search, a filter, a language), or at once for a link with a view',
  entity_chunk: "a country's details",
  table_chunk: 'the Table view', chart_chunk: 'the Chart view', export_chunk: 'a Download button',
  share_chunk: 'Share or embed', tour_chunk: 'the presentation', data_chunk: 'the Your data drawer', alerts_chunk: 'the first alert or notice',
  read_csv: 'a CSV file added', qr_chunk: 'a QR code (presentation, share dialog)',
  host_map: "a host's own boundaries (boundaries=)",
  start_card: 'a country card (embed=1&card=1)', shared: 'the app or a card, whichever comes first',
  later: 'the first of the features above that is used',
};
const gzOf = (f) => files.get('/' + f)?.gz?.length ?? 0;
const brOf = (f) => files.get('/' + f)?.br?.length ?? 0;
console.log('\nWebAssembly and its JavaScript by chunk (bytes: gzip, brotli)');
console.log(`  ${'with the page'.padEnd(22)} ${'main module'.padEnd(40)} ${String(gzOf(manifest.main)).padStart(8)} ${String(brOf(manifest.main)).padStart(8)}`);
console.log(`  ${''.padEnd(22)} ${'glue and loader (JS)'.padEnd(40)} ${String(gzOf(manifest.glue) + gzOf(manifest.loader)).padStart(8)} ${String(brOf(manifest.glue) + brOf(manifest.loader)).padStart(8)}`);
for (const [name, split] of Object.entries(manifest.splits)) {
  console.log(`  ${name.padEnd(22)} ${(when[name] ?? '?').slice(0, 40).padEnd(40)} ${String(gzOf(split.file)).padStart(8)} ${String(brOf(split.file)).padStart(8)}`);
}

async function cardProbe(cardBrowser) {
  const server = await serve('dist', 0, { cache: false, brotli: false });
  const base = `http://127.0.0.1:${server.address().port}/`;
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const { context, at, bytes, warmed } = await openThrottled(cardBrowser, { width: 400, height: 600 },
      base + '?embed=1&card=1&country=SEN', '.country-card h1', 1);
    // The card's packs are part of its first view (the boot script preloads them).
    runs.push({ named: at, bytes: bytes() + warmed() });
    await context.close();
  }
  server.close();
  await cardBrowser.close();
  return { named: median(runs.map((r) => r.named)), bytes: median(runs.map((r) => r.bytes)) };
}

async function relaunch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
