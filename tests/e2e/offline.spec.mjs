// Offline and self-contained: after one visit the service worker has stored the app, a reload
// with the server stopped still shows the map, a new build replaces the old cache, and the
// app works from a sub-path.
import { test, expect } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../../scripts/static-server.mjs';

test.use({ serviceWorkers: 'allow' });

const dist = fileURLToPath(new URL('../../dist', import.meta.url));
const stop = (server) => new Promise((done) => {
  server.close(done);
  server.closeAllConnections?.();
});

/** What the service worker has stored: cache names, entries and bytes. */
const stored = (page) => page.evaluate(async () => {
  const names = await caches.keys();
  let bytes = 0;
  let entries = 0;
  for (const n of names) {
    const cache = await caches.open(n);
    for (const req of await cache.keys()) {
      entries += 1;
      bytes += (await (await cache.match(req)).arrayBuffer()).byteLength;
    }
  }
  return { names, entries, bytes };
});

test('after a first visit, the map still loads with the server stopped', async ({ page }) => {
  const server = await serve(dist, 0);
  const base = `http://127.0.0.1:${server.address().port}/`;
  try {
    await page.goto(`${base}?present=1`);
    await expect(page.locator('svg.world-map path.shape:visible').first()).toBeVisible();
    // Presentation mode says when the app is stored.
    await expect(page.getByText('Offline ready')).toBeVisible({ timeout: 20_000 });
    const cache = await stored(page);
    console.log(`service worker cache: ${cache.entries} entries, ${cache.bytes} bytes`);
    expect(cache.names).toHaveLength(1);
    expect(cache.names[0]).toMatch(/^sse-atlas-[0-9a-f]{16}$/);
    expect(cache.entries).toBeGreaterThanOrEqual(10);
  } finally {
    await stop(server);
  }
  await page.goto(`${base}?country=FRA`);
  await expect(page.locator('svg.world-map path.shape:visible').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'France' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  // Zooming in offline still gets the detailed boundaries.
  await page.goto(`${base}?country=LUX&zoom=20&center=49.7,6.1`);
  await expect(page.locator('svg.world-map path[data-id="AND"]')).toHaveCount(1, { timeout: 10_000 });
});

test('a new build replaces the old cache, and the app works from a sub-path', async ({ page }) => {
  // Build B: build A with a changed page, its file list and version written again.
  const b = mkdtempSync(join(tmpdir(), 'sse-build-b-'));
  cpSync(dist, b, { recursive: true });
  const swB = readFileSync(join(dist, 'sw.js'), 'utf8')
    .replace(/const VERSION = "[0-9a-f]+";/, "const VERSION = '__SW_VERSION__';")
    .replace(/const FILES = \[.*\];/, 'const FILES = __SW_FILES__;');
  writeFileSync(join(b, 'sw.js'), swB);
  writeFileSync(join(b, 'index.html'), readFileSync(join(dist, 'index.html'), 'utf8').replace('</body>', '<!-- build B --></body>'));
  execFileSync('node', [fileURLToPath(new URL('../../scripts/sw-precache.mjs', import.meta.url)), b]);

  const prefix = '/tools/atlas/';
  const a = await serve(dist, 0, { prefix });
  const port = a.address().port;
  const url = `http://127.0.0.1:${port}${prefix}?present=1`;
  await page.goto(url);
  await expect(page.locator('svg.world-map path.shape:visible').first()).toBeVisible();
  await expect(page.getByText('Offline ready')).toBeVisible({ timeout: 20_000 });
  const first = await stored(page);
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(`http://127.0.0.1:${port}${prefix}sw.js`);
  await stop(a);

  const server = await serve(b, port, { prefix });
  try {
    await page.goto(url);
    await expect(page.locator('svg.world-map path.shape:visible').first()).toBeVisible();
    // The new worker installs, takes over and deletes the old cache.
    await expect.poll(async () => (await stored(page)).names, { timeout: 20_000 })
      .toEqual([expect.stringMatching(/^sse-atlas-[0-9a-f]{16}$/)]);
    await expect.poll(async () => (await stored(page)).names[0], { timeout: 20_000 }).not.toBe(first.names[0]);
    const cached = await page.evaluate(async () => (await (await caches.match('./index.html')).text()).includes('build B'));
    expect(cached).toBe(true);
  } finally {
    await stop(server);
  }
});
