// The app-only parts of the benchmark (scripts/bench.mjs): the latency of a change, the growth
// probe on a synthetic dataset, and Lighthouse. Not a test: it prints figures.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readFileSync } from 'node:fs';
import { serve } from './static-server.mjs';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function open(browser, base, path, throttle) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await send(cdp, 'Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.goto(base + path.replace(/^\//, ''));
  return { context, page, cdp };
}

/** Loads the rest of the app (as the first action that needs it would) and waits for it. */
async function engage(page) {
  await page.waitForSelector('svg.world-map path.shape');
  await page.locator('#search-input').focus();
  await page.waitForSelector('html[data-atlas="ready"]', { timeout: 60000 });
}

/** Time from a change of `control` (a select's value, or a click) to the map's next frame. */
async function change(page, selector, value) {
  return page.evaluate(async ({ selector, value }) => {
    const el = document.querySelector(selector);
    const svg = document.querySelector('svg.world-map');
    const t0 = performance.now();
    const mutated = new Promise((done) => {
      const mo = new MutationObserver(() => { mo.disconnect(); done(); });
      mo.observe(svg, { attributes: true, subtree: true, attributeFilter: ['class'] });
    });
    if (value === null) el.click();
    else { el.value = value; el.dispatchEvent(new Event('change', { bubbles: true })); }
    await mutated;
    await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
    return performance.now() - t0;
  }, { selector, value });
}

const CHANGES = [
  ['indicator (Statistics: SSE jobs)', '#indicator-filter', 'sse-jobs', ''],
  ['status (Members only)', '#status-member', null, null],
  ['region (Africa)', '#region-filter', 'africa', ''],
  ['date (the first step of the timeline)', '#tick-0', null, '#tick-3'],
];

export async function latency({ browser, dist, throttle, runs }) {
  const server = await serve(dist, 0);
  const base = `http://127.0.0.1:${server.address().port}/`;
  const { context, page } = await open(browser, base, '/', throttle);
  await engage(page);
  const out = {};
  for (const [what, selector, value, back] of CHANGES) {
    const times = [];
    for (let i = 0; i < runs; i++) {
      times.push(await change(page, selector, value));
      // Back to the default view, untimed.
      if (back === null) await page.locator(selector).click();
      else if (back.startsWith('#')) await page.locator(back).click();
      else await page.locator(selector).selectOption(back);
      await page.waitForTimeout(200);
    }
    out[what] = median(times);
  }
  await context.close();
  await browser.close();
  server.close();
  return out;
}

/** Every country of the map, each with 6 indicators over 20 years, from the built-in data. */
function synthetic(dist) {
  const d = JSON.parse(readFileSync(`${dist}/assets/data/ilg-sse.json`, 'utf8'));
  const geo = JSON.parse(readFileSync(`${dist}/assets/geo/countries-110m.geojson`, 'utf8'));
  const ids = geo.features.map((f) => f.id).filter((id) => /^[A-Z]{3}$/.test(id) && id !== 'ATA').slice(0, 175);
  const source = d.sources[0].id;
  const indicators = d.indicators.slice(0, 6);
  const statuses = ['member', 'observer', 'interested'];
  d.entities = ids.map((id, n) => ({
    id,
    name: geo.features.find((f) => f.id === id).properties.name,
    kind: 'country',
    status_history: [{ date: `${2013 + (n % 5)}-11`, status: statuses[n % 3], source }],
    figures: indicators.flatMap((ind, k) => Array.from({ length: 20 }, (_, y) => ({
      indicator: ind.id,
      value: ((n + 1) * 997 + k * 131 + y * 17) % 100000,
      year: 2005 + y,
      label: 'synthetic figure',
      kind: 'estimate',
      source,
    }))),
  }));
  d.translations = {};
  return { text: JSON.stringify(d), entities: ids.length, indicators: indicators.length, years: 20 };
}

async function ready(page, minimum) {
  return page.evaluate((minimum) => new Promise((done) => {
    const check = () => (document.querySelectorAll('svg.world-map path.shape.entity').length >= minimum
      && document.documentElement.dataset.atlas === 'ready'
      ? requestAnimationFrame(() => done(performance.now()))
      : requestAnimationFrame(check));
    check();
  }), minimum);
}

/** Every WebAssembly.Memory in the page: the app's linear memory is not part of the JS heap. */
/** A DevTools call that gives up after `ms` rather than hang the run. */
export function send(cdp, method, params = {}, ms = 15000) {
  let timer;
  return Promise.race([
    cdp.send(method, params),
    new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`${method}: no answer in ${ms} ms`)), ms); }),
  ]).finally(() => clearTimeout(timer));
}

/**
 * Records each WebAssembly memory as its module is instantiated (added to a context before
 * its pages load): DevTools' `Runtime.queryObjects` never answers on this page.
 */
export const RECORD_WASM_MEMORY = `(() => {
  const seen = window.__wasmMemories = new Set();
  const keep = (result) => {
    try {
      const exports = (result.instance ?? result).exports ?? {};
      for (const v of Object.values(exports)) if (v instanceof WebAssembly.Memory) seen.add(v);
    } catch (e) { /* not a module's result */ }
    return result;
  };
  for (const name of ['instantiate', 'instantiateStreaming']) {
    const original = WebAssembly[name];
    if (original) WebAssembly[name] = function (...args) { return original.apply(this, args).then(keep); };
  }
})();`;

/** Bytes of every WebAssembly memory the page's modules export (see RECORD_WASM_MEMORY). */
export async function wasmMemory(page) {
  const sum = page.evaluate(() => [...(window.__wasmMemories ?? [])].reduce((s, m) => s + m.buffer.byteLength, 0));
  return Promise.race([sum, new Promise((done) => setTimeout(() => done(NaN), 15000))]);
}

async function memory(cdp, page) {
  await send(cdp, 'HeapProfiler.collectGarbage');
  const heap = (await send(cdp, 'Runtime.getHeapUsage')).usedSize;
  return heap + (await wasmMemory(page));
}

export async function growth({ browser, dist, throttle, runs }) {
  const made = synthetic(dist);
  // Served as a host serves a file (gzip), not answered through DevTools' interception: that
  // carried the 2.7 MB body over the protocol while the page's other files waited (measured:
  // the main module arrived 0.58 s later than with the built-in data).
  const server = await serve(dist, 0, { extra: { '/synthetic-dataset.json': made.text } });
  const base = `http://127.0.0.1:${server.address().port}/`;
  const measure = async (path, large, minimum) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(RECORD_WASM_MEMORY);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await send(cdp, 'Emulation.setCPUThrottlingRate', { rate: throttle });
    await page.goto(base + path);
    const t = await ready(page, minimum);
    const indicator = large ? await change(page, '#indicator-filter', 'sse-jobs') : 0;
    const mem = large ? await memory(cdp, page) : 0;
    await context.close();
    return { t, indicator, mem };
  };
  const builtIn = [];
  const synth = [];
  for (let i = 0; i < runs; i++) {
    builtIn.push(await measure('?data=assets/data/ilg-sse.json', false, 11));
    synth.push(await measure('?data=synthetic-dataset.json', true, 170));
  }
  await browser.close();
  server.close();
  return {
    entities: made.entities,
    indicators: made.indicators,
    years: made.years,
    readyBuiltIn: median(builtIn.map((r) => r.t)),
    ready: median(synth.map((r) => r.t)),
    indicator: median(synth.map((r) => r.indicator)),
    memory: median(synth.map((r) => r.mem)),
  };
}

/** Lighthouse's four scores for each link, served as a host would (brotli). */
export async function lighthouse({ dist, links }) {
  const server = await serve(dist, 0);
  const base = `http://127.0.0.1:${server.address().port}`;
  const out = {};
  for (const link of links) {
    const flags = '--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync';
    try {
      // Not execFileSync: the server above runs in this process, and a blocked event loop
      // never answers Lighthouse's requests (the run hung until killed).
      const { stdout: json } = await promisify(execFile)('npx', ['--yes', 'lighthouse@12.2.3', base + link, '--quiet', '--output=json',
        '--output-path=stdout', `--chrome-flags=${flags}`,
        '--only-categories=performance,accessibility,best-practices,seo'], {
        env: { ...process.env, CHROME_PATH: process.env.CHROMIUM ?? '/usr/bin/chromium' },
        maxBuffer: 64 << 20,
      });
      const r = JSON.parse(json);
      out[link] = ['performance', 'accessibility', 'best-practices', 'seo']
        .map((c) => String(Math.round((r.categories[c]?.score ?? 0) * 100)).padStart(3));
    } catch (e) {
      out[link] = [`failed: ${String(e.message).slice(0, 60)}`];
    }
  }
  server.close();
  return out;
}

/**
 * A visitor on a phone network (Lighthouse's mobile: 150 ms round trip, 1.6 Mbps down; CPU
 * `throttle`x; 390x844, touch) who taps France 300 ms after the map shows, in a fresh browser
 * context (an empty cache; the app's idle warm-up, if any, may fill it). Per run: the map's
 * time, the tap's answer (France's name at the head of the details) and the complete details,
 * counted from the tap; a tap with no answer within 15 s is lost. For the reference, France's
 * name in its info box, after a click (its d3-zoom cancels the click of a touch). Also, for the app, the time until a shared link's view is on screen.
 */
export async function earlyTap({ browser, dist, reference, throttle, runs }) {
  const open = async (base, path) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await send(cdp, 'Network.enable');
    await send(cdp, 'Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 });
    await send(cdp, 'Emulation.setCPUThrottlingRate', { rate: throttle });
    await page.goto(base + path.replace(/^\//, ''), { waitUntil: 'commit' });
    return { context, page };
  };
  // The time since navigation start when `what` is first on screen (checked every frame; no
  // eval: the app's policy forbids it), or null after 15 s.
  const when = (page, what) => page.evaluate((what) => new Promise((done) => {
    const text = (id) => document.getElementById(id)?.textContent.trim() ?? '';
    const checks = {
      franceNamed: () => text('details-title') === 'France',
      franceComplete: () => text('details-title') === 'France' && /Member since/.test(text('details')),
      referenceFrance: () => text('info').startsWith('France'),
      colombiaComplete: () => text('details-title') === 'Colombia' && /Member since/.test(text('details')),
    };
    const started = performance.now();
    const tick = () => (checks[what]() ? done(performance.now())
      : performance.now() - started > 15000 ? done(null) : requestAnimationFrame(tick));
    tick();
  }), what);
  const tapOn = async (page, selector, touch) => {
    const point = await page.evaluate((sel) => {
      const el = document.querySelector(sel);
      const r = el.getBoundingClientRect();
      for (let i = 1; i < 40; i++) {
        for (let j = 1; j < 40; j++) {
          const x = r.left + (r.width * i) / 40;
          const y = r.top + (r.height * j) / 40;
          if (document.elementFromPoint(x, y) === el) return { x, y };
        }
      }
      return null;
    }, selector);
    const at = await page.evaluate(() => performance.now());
    // The reference's d3-zoom cancels the click a touch would make: it gets a click.
    if (touch) await page.touchscreen.tap(point.x, point.y);
    else await page.mouse.click(point.x, point.y);
    return at;
  };
  const out = { app: [], reference: [], link: [] };
  const targets = [['app', dist, '/', 'svg.world-map path[data-id="FRA"]'],
    ...(reference ? [['reference', reference, '/index.html', '#map path[aria-label="France"]']] : [])];
  for (const [name, dir, path, shape] of targets) {
    const server = await serve(dir, 0, { cache: false, brotli: false });
    const base = `http://127.0.0.1:${server.address().port}/`;
    for (let i = 0; i < runs; i++) {
      const { context, page } = await open(base, path);
      await page.waitForSelector(shape, { timeout: 60000 });
      const shown = await page.evaluate(() => performance.now());
      await page.waitForTimeout(300);
      const tapped = await tapOn(page, shape, name === 'app');
      const named = await when(page, name === 'app' ? 'franceNamed' : 'referenceFrance');
      const complete = name === 'app' ? await when(page, 'franceComplete') : named;
      out[name].push({ shown, named: named === null ? null : named - tapped, complete: complete === null ? null : complete - tapped });
      await context.close();
    }
    if (name === 'app') {
      for (let i = 0; i < runs; i++) {
        const { context, page } = await open(base, '/?country=COL&indicator=sse-jobs');
        const shown = await when(page, 'colombiaComplete');
        out.link.push(shown);
        await context.close();
      }
    }
    server.close();
  }
  await browser.close();
  const med = (xs) => (xs.some((x) => x === null) ? null : median(xs));
  const sum = (rs) => ({
    shown: median(rs.map((r) => r.shown)),
    lost: rs.filter((r) => r.named === null).length,
    named: med(rs.filter((r) => r.named !== null).map((r) => r.named)),
    complete: med(rs.filter((r) => r.complete !== null).map((r) => r.complete)),
    runs: rs.length,
  });
  return { app: sum(out.app), reference: out.reference.length ? sum(out.reference) : null, link: med(out.link), linkRuns: out.link };
}
