// Embedding on another site: the snippet of the share dialog on a host page of another
// origin, the height messages, the wheel, data= and the host's theme.
import { test, expect } from '@playwright/test';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { map, openApp, clickShape } from './helpers.mjs';
import { serve } from '../../scripts/static-server.mjs';


test('a host page pasting the share dialog\'s snippet gets height messages and a growing iframe', async ({ page }) => {
  await openApp(page, '/?indicator=sse-jobs');
  await page.getByRole('button', { name: 'Share or embed…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share or embed this map' });
  await expect(dialog).toBeVisible();
  const snippet = await dialog.getByLabel('HTML to paste into your page').inputValue();
  expect(snippet).toContain('indicator=sse-jobs&amp;embed=1');
  expect(snippet).toContain('loading="lazy"');
  expect(snippet).toContain('title="SSE Atlas: map of the International Leading Group');
  await dialog.getByLabel('The default map').check();
  const plain = await dialog.getByLabel('HTML to paste into your page').inputValue();
  expect(plain).not.toContain('indicator=');
  expect(plain).toMatch(/src="http:\/\/127\.0\.0\.1:\d+\/\?embed=1"/);

  // The host page: another origin (a second server, reached as localhost: Chromium keeps
  // pages it cannot place from framing local ones), recording every message it receives.
  const dir = await mkdtemp(join(tmpdir(), 'sse-host-'));
  await writeFile(join(dir, 'index.html'), `<!doctype html><html lang="en"><title>Host</title><body style="margin:0">
      <script>window.heights = []; addEventListener('message', (e) => heights.push(e.data));</script>
      <h1>An NGO's page</h1>${snippet}<p>After the map.</p></body></html>`);
  const host = await serve(dir, 0);
  await page.goto(`http://localhost:${host.address().port}/`);
  const frame = page.frameLocator('iframe[data-sse-atlas]');
  await expect(frame.locator('svg.world-map path.shape:visible').first()).toBeVisible();
  const iframe = page.locator('iframe[data-sse-atlas]');
  await expect.poll(() => page.evaluate(() => heights.length)).toBeGreaterThan(0);
  await expect.poll(async () => (await iframe.boundingBox()).height).toBeGreaterThan(480);
  const messages = await page.evaluate(() => heights);
  for (const m of messages) {
    expect(m.type).toBe('sse-atlas:height');
    expect(Number.isInteger(m.height)).toBe(true);
  }
  // Only changes are posted.
  for (let i = 1; i < messages.length; i++) expect(messages[i].height).not.toBe(messages[i - 1].height);
  // The frame follows the latest message (the page may still settle while the app takes over).
  await expect.poll(async () => {
    const latest = await page.evaluate(() => heights.at(-1).height);
    return Math.round((await iframe.boundingBox()).height) - latest;
  }).toBe(0);
  const last = await page.evaluate(() => heights.at(-1).height);

  // Opening the drawer makes the content taller: the iframe follows, with no inner scroll.
  await frame.getByText('Search, filters and details').click();
  await expect.poll(async () => (await iframe.boundingBox()).height).toBeGreaterThan(last + 100);
  // Once the messages have caught up, the frame holds it all.
  await expect.poll(() => frame.locator('html').evaluate((h) => h.scrollHeight - innerHeight)).toBeLessThanOrEqual(1);
  host.close();
});

test('embedded, a plain wheel scrolls the host page and Ctrl + wheel zooms', async ({ page }) => {
  await openApp(page, '/?embed=1');
  await expect(page.locator('.site-header')).toBeHidden();
  // The link as the browser follows it (the page, as the app renders it, writes it relative
  // to itself, in the page's language): the full map, not the embed.
  expect(await page.getByRole('link', { name: /Open the full map/ }).evaluate((a) => a.href)).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/(\?lang=en)?$/);
  // Whether the wheel events reaching the page were left to scroll it.
  await page.evaluate(() => {
    window.wheels = [];
    addEventListener('wheel', (e) => wheels.push(e.defaultPrevented));
  });
  const zoom = map(page).locator('g.zoom');
  const before = await zoom.getAttribute('transform');
  const box = await map(page).boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -400);
  await expect(page.getByRole('status').getByText('Use Ctrl + scroll to zoom the map')).toBeVisible();
  await page.waitForTimeout(300);
  expect(await zoom.getAttribute('transform')).toBe(before);
  expect(await page.evaluate(() => wheels)).toEqual([false]);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -100);
  await page.keyboard.up('Control');
  await expect.poll(() => zoom.getAttribute('transform')).not.toBe(before);
  expect(await page.evaluate(() => wheels)).toEqual([false, true]);
  // The buttons still zoom.
  const zoomed = await zoom.getAttribute('transform');
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(() => zoom.getAttribute('transform')).not.toBe(zoomed);
});

test('the page never scrolls sideways in an embed 300 px wide', async ({ page }) => {
  await page.setViewportSize({ width: 300, height: 300 });
  await openApp(page, '/?embed=1&indicator=sse-jobs');
  await page.getByText('Search, filters and details').click();
  await page.getByRole('button', { name: 'France, member' }).focus();
  await page.keyboard.press('Enter');
  const [scroll, width] = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
  expect(scroll).toBeLessThanOrEqual(width);
});

for (const data of ['https://evil.example/ilg.json', '//evil.example/ilg.json', 'https://127.0.0.1@evil.example/ilg.json', 'HTTPS://EVIL.EXAMPLE/ilg.json']) {
  test(`data=${data} (another origin) is refused with a message, before any request, and the map still works`, async ({ page }) => {
    const foreign = [];
    page.on('request', (r) => { if (new URL(r.url()).hostname === 'evil.example') foreign.push(r.url()); });
    await page.goto(`/?data=${encodeURIComponent(data)}`);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The SSE dataset could not be loaded');
    await expect(alert).toContainText(/https?:\/\/evil\.example is neither this site nor an origin listed in atlas-config\.json/);
    await expect(map(page).locator('path.shape').nth(100)).toBeVisible();
    expect(foreign).toEqual([]);
    const zoom = map(page).locator('g.zoom');
    const before = await zoom.getAttribute('transform');
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => zoom.getAttribute('transform')).not.toBe(before);
  });
}

test('data= on this site that redirects elsewhere is refused', async ({ browser, baseURL }) => {
  // The page's Content-Security-Policy (connect-src) already blocks the redirected request;
  // the app's own check is tested without it, then the policy's block.
  const context = await browser.newContext({ bypassCSP: true, baseURL, serviceWorkers: 'block' });
  const page = await context.newPage();
  // Another origin that would answer, CORS allowed (redirects are not seen by page.route).
  const other = createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' });
    res.end('{}');
  });
  await new Promise((done) => other.listen(0, '127.0.0.1', done));
  const elsewhere = `http://localhost:${other.address().port}/ilg.json`;
  try {
    await page.route('**/moved.json', (route) => route.fulfill({ status: 302, headers: { Location: elsewhere } }));
    await page.goto('/?data=moved.json');
    await expect(page.getByRole('alert')).toContainText(`moved.json was refused: the server redirected it to ${elsewhere}, which is not an allowed origin`);
    await expect(map(page).locator('path.shape').nth(100)).toBeVisible();
    const strict = await browser.newPage({ baseURL });
    await strict.route('**/moved.json', (route) => route.fulfill({ status: 302, headers: { Location: elsewhere } }));
    await strict.goto('/?data=moved.json');
    await expect(strict.getByRole('alert')).toContainText('moved.json');
    await expect(map(strict).locator('path.shape').nth(100)).toBeVisible();
    await strict.close();
  } finally {
    other.close();
    await context.close();
  }
});

test('data= pointing at a broken file on this site lists its validation errors; a good one replaces the data', async ({ page }) => {
  await page.goto('/?data=assets/data/tour.json');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('assets/data/tour.json');
  await expect(map(page).locator('path.shape').nth(100)).toBeVisible();

  const minimal = await (await import('node:fs/promises')).readFile(new URL('../fixtures/minimal-dataset.json', import.meta.url), 'utf8');
  await page.route('**/ngo/our-data.json', (route) => route.fulfill({ contentType: 'application/json', body: minimal }));
  await openApp(page, '/?data=ngo/our-data.json');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.locator('.result-summary')).toContainText(/^\d+ entit/);
  const count = JSON.parse(minimal).entities.length;
  await expect(page.locator('.result-summary')).toContainText(`${count} entit`);
});

test('data= on this site loads with the page, once, and the built-in dataset is not fetched at all', async ({ page }) => {
  const minimal = await (await import('node:fs/promises')).readFile(new URL('../fixtures/minimal-dataset.json', import.meta.url), 'utf8');
  const asked = [];
  page.on('request', (r) => asked.push(new URL(r.url()).pathname));
  await page.route('**/ngo/our-data.json', (route) => route.fulfill({ contentType: 'application/json', body: minimal }));
  await openApp(page, '/?data=ngo/our-data.json');
  await expect(page.locator('.result-summary')).toContainText(`${JSON.parse(minimal).entities.length} entit`);
  // Asked for by the page itself (boot.js's preload), not by the app once it has started; the
  // app's own fetch then takes that response rather than asking again.
  const by = await page.evaluate(() => performance.getEntriesByType('resource')
    .filter((e) => new URL(e.name).pathname.endsWith('/ngo/our-data.json')).map((e) => e.initiatorType));
  expect(by).toEqual(['link']);
  expect(asked.filter((p) => p.endsWith('/ngo/our-data.json'))).toHaveLength(1);
  expect(asked.filter((p) => p.endsWith('/ilg-sse.json'))).toEqual([]);
});

test('data= that is no address is ignored, and the built-in dataset loads with the page as usual', async ({ page }) => {
  const asked = [];
  page.on('request', (r) => asked.push(new URL(r.url()).pathname));
  await openApp(page, '/?data=');
  await expect(page.locator('.result-summary')).toContainText('11 entities');
  const by = await page.evaluate(() => performance.getEntriesByType('resource')
    .filter((e) => new URL(e.name).pathname.endsWith('/ilg-sse.json')).map((e) => e.initiatorType));
  expect(by).toEqual(['link']);
  // Not the page itself, which `new URL('')` would have named.
  expect(asked.filter((p) => p === '/')).toHaveLength(1);
});

test('theme=dark and a host accent colour the page; junk values fall back to the defaults', async ({ page }) => {
  await openApp(page, '/?theme=dark&accent=%23ffcc00');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const brand = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--brand').trim());
  expect(brand).toBe('#ffcc00');
  const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(bg).toBe('rgb(18, 23, 29)');
  // Text on the accent is black: yellow with white text would not read.
  await page.getByRole('button', { name: 'Table' }).click();
  const pressed = page.getByRole('button', { name: 'Table' });
  await expect(pressed).toHaveCSS('color', 'rgb(0, 0, 0)');

  // An accent that pressed buttons would not show against the background is not used.
  await openApp(page, '/?accent=%23f4f4f4');
  expect(await page.evaluate(() => document.documentElement.style.getPropertyValue('--brand'))).toBe('');

  await openApp(page, '/?theme=neon&accent=red;}body{display:none');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.+/);
  expect(await page.evaluate(() => document.documentElement.style.getPropertyValue('--brand'))).toBe('');
  await expect(page).toHaveURL(/\/$/);
});

test('embedded on a touch screen, one finger leaves the map alone (the host page scrolls) and two fingers zoom it', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, viewport: { width: 390, height: 700 }, hasTouch: true, isMobile: true, reducedMotion: 'reduce', serviceWorkers: 'block' });
  const page = await context.newPage();
  await openApp(page, '/?embed=1');
  const cdp = await context.newCDPSession(page);
  const touch = (type, points) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map(([x, y], id) => ({ x, y, id })) });
  const zoom = map(page).locator('g.zoom');
  const before = await zoom.getAttribute('transform');
  const box = await map(page).boundingBox();
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  expect(await map(page).evaluate((el) => getComputedStyle(el).touchAction)).toBe('pan-x pan-y');

  await touch('touchStart', [[cx, cy]]);
  for (let i = 1; i <= 6; i++) await touch('touchMove', [[cx + i * 10, cy]]);
  await touch('touchEnd', []);
  await expect(page.getByRole('status').getByText('Use two fingers to move the map')).toBeVisible();
  expect(await zoom.getAttribute('transform')).toBe(before);

  await touch('touchStart', [[cx - 20, cy], [cx + 20, cy]]);
  for (let i = 1; i <= 6; i++) await touch('touchMove', [[cx - 20 - i * 12, cy], [cx + 20 + i * 12, cy]]);
  await touch('touchEnd', []);
  await expect.poll(() => zoom.getAttribute('transform')).not.toBe(before);
  await context.close();
});

test('the embed frame and theme apply before the app has started (no flash of the full page or of white)', async ({ page }) => {
  // The WebAssembly never arrives: what shows is the page before the app.
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto('/?embed=1&theme=dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('html')).toHaveClass(/\bembed\b/);
  await expect(page.locator('.site-header')).toBeHidden();
  await page.goto('/?present=1');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'contrast');
  await page.goto('/?present=1&theme=light&embed=0');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.+/);
  await expect(page.locator('html')).not.toHaveClass(/\bembed\b/);
});

test('embedded, choosing a country on the first view shows its details (the map keeps working as the detailed layer swaps in)', async ({ page }) => {
  await page.setViewportSize({ width: 600, height: 450 });
  await openApp(page, '/?embed=1');
  await clickShape(page, map(page).locator('path[data-id="FRA"]:visible'));
  await expect(page.getByRole('region', { name: 'France' })).toContainText('Member since');
  await expect(page.locator('#crash')).toHaveCount(0);
  // Still an instrument: the keyboard zooms it.
  const zoom = map(page).locator('g.zoom');
  const before = await zoom.getAttribute('transform');
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await expect.poll(() => zoom.getAttribute('transform')).not.toBe(before);
});
