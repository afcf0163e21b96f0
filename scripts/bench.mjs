// SSE Atlas benchmark: what a first visit costs. Prints
//  1. every file of dist/ with raw and gzip -9 bytes, the total, and the first-view total
//     (the files a first visit downloads);
//  2. time from navigation start to "map painted" (the world map has >= 170 shapes and one
//     animation frame has passed), median of N fresh page loads, gzip served from memory.
// Run through scripts/bench. Numbers vary between machines: compare within one run.
import { loadFiles, serve } from './static-server.mjs';
import { chromium } from 'playwright-core';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const RUNS = opt('--runs', 5);
const THROTTLE = opt('--throttle', 1);
const DIST = 'dist';

const files = loadFiles(DIST);
// No caching: every run is a first visit.
const server = await serve(DIST, 0, { cache: false });
const base = `http://127.0.0.1:${server.address().port}/`;

console.log(`dist/ files (bytes: raw, gzip -9)`);
let rawTotal = 0, gzTotal = 0;
for (const [path, f] of [...files].sort((a, b) => (b[1].gz ?? b[1].raw).length - (a[1].gz ?? a[1].raw).length)) {
  const gz = (f.gz ?? f.raw).length;
  rawTotal += f.raw.length; gzTotal += gz;
  console.log(`  ${path.padEnd(52)} ${String(f.raw.length).padStart(9)} ${String(gz).padStart(9)}`);
}
console.log(`  ${'TOTAL'.padEnd(52)} ${String(rawTotal).padStart(9)} ${String(gzTotal).padStart(9)}`);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

const times = [];
let firstView = null;
for (let run = 0; run < RUNS; run++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (THROTTLE > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  const transferred = new Map();
  cdp.on('Network.responseReceived', (e) => transferred.set(e.requestId, { url: e.response.url }));
  cdp.on('Network.loadingFinished', (e) => {
    const r = transferred.get(e.requestId);
    if (r) r.bytes = e.encodedDataLength;
  });
  await page.goto(base);
  const ms = await page.evaluate(() => new Promise((resolve) => {
    const check = () => {
      if (document.querySelectorAll('svg.world-map path.shape').length >= 170) {
        requestAnimationFrame(() => resolve(performance.now()));
      } else {
        requestAnimationFrame(check);
      }
    };
    check();
  }));
  times.push(ms);
  if (run === 0) {
    await page.waitForLoadState('networkidle');
    firstView = [...transferred.values()].filter((r) => r.bytes !== undefined);
  }
  await context.close();
}
await browser.close();
server.close();

const sorted = [...times].sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)];
const fvTotal = firstView.reduce((s, r) => s + r.bytes, 0);
console.log(`\nfirst view: ${firstView.length} requests, ${fvTotal} bytes transferred (gzip; headers included)`);
for (const r of firstView.sort((a, b) => b.bytes - a.bytes)) {
  console.log(`  ${r.url.replace(base, '/').padEnd(52)} ${String(r.bytes).padStart(9)}`);
}
console.log(`\ntime to map painted (1280x800, CPU throttle ${THROTTLE}x, ${RUNS} runs): median ${median.toFixed(0)} ms`
  + `  [${times.map((t) => t.toFixed(0)).join(', ')}]`);
