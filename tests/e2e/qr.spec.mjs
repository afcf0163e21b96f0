// QR codes of the view: read back from the pixels on screen, as a phone would, in the
// presentation's corner (the slide's view, in the normal layout) and in the share dialog (the
// link it offers, with SVG and PNG downloads).
import { test, expect } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { openApp } from './helpers.mjs';

/** The text of the QR code `locator` shows, decoded from a screenshot of it. */
async function read(locator) {
  const png = PNG.sync.read(await locator.screenshot());
  const code = jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height);
  expect(code, 'a readable QR code').not.toBeNull();
  return code.data;
}

test('the presentation shows the slide\'s view as a QR code that follows the slides, and Q hides it', async ({ page, baseURL }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openApp(page, '/?present=1&slide=4');
  const qr = page.getByRole('img', { name: "QR code of the link to this slide's view" });
  await expect(qr).toBeVisible();
  // Big enough to scan from the back of a room: over a quarter of the screen's height.
  expect((await qr.boundingBox()).height).toBeGreaterThan(270);
  const slideView = async () => {
    const u = new URL(page.url());
    for (const k of ['present', 'slide', 'auto', 'zoom', 'center']) u.searchParams.delete(k);
    return u;
  };
  const params = (u) => [...new URL(u).searchParams].map((p) => p.join('=')).sort().join('&');
  // The slide applies its view once the tour has loaded: the code follows it.
  await expect.poll(async () => params(await read(qr))).toBe(params(await slideView()));
  expect(params(await slideView())).toContain('country=ECU');
  const first = new URL(await read(qr));
  expect(first.origin + first.pathname).toBe(new URL(baseURL).origin + '/');
  expect(first.searchParams.get('present')).toBeNull();

  // The next slide changes the view, and the code follows.
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(/slide=5/);
  await expect.poll(async () => params(await read(qr))).toBe(params(await slideView()));
  expect(params(await read(qr))).not.toBe(params(first.href));

  // Served from this computer, the corner says a phone cannot open it.
  await expect(page.getByText('This address opens only on this computer')).toBeVisible();

  // Q hides it and brings it back; so does its button.
  await page.keyboard.press('q');
  await expect(qr).toHaveCount(0);
  await expect(page).toHaveURL(/slide=5/);
  await page.getByRole('button', { name: 'Show QR code (Q)' }).click();
  await expect(qr).toBeVisible();
  await page.keyboard.press('Q');
  await expect(qr).toHaveCount(0);
});

test('from the speaker\'s computer, the code points at the public site atlas-config.json names', async ({ page }) => {
  await page.route('**/atlas-config.json', (route) => route.fulfill({ contentType: 'application/json', body: '{"public_url": "https://atlas.example.org/ess/"}' }));
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openApp(page, '/?present=1&slide=4');
  const qr = page.getByRole('img', { name: "QR code of the link to this slide's view" });
  await expect.poll(async () => read(qr)).toBe('https://atlas.example.org/ess/?country=ECU&date=2014-09-22');
  await expect(page.getByText('This address opens only on this computer')).toHaveCount(0);
});

test('the share dialog shows the QR code of its link, and downloads it as SVG and PNG', async ({ page }) => {
  await openApp(page, '/?country=SEN&indicator=sse-jobs');
  await page.getByRole('button', { name: 'Share or embed…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share or embed this map' });
  const qr = dialog.getByRole('img', { name: 'QR code of the link to this view' });
  await expect(qr).toBeVisible();
  const link = await dialog.getByRole('textbox', { name: 'Link to this view' }).inputValue();
  expect(link).toContain('country=SEN');
  expect(await read(qr)).toBe(link);

  const svg = page.waitForEvent('download');
  await dialog.getByRole('group', { name: 'Download the QR code:' }).getByRole('button', { name: 'SVG' }).click();
  const svgFile = await svg;
  expect(svgFile.suggestedFilename()).toBe('sse-atlas-qr.svg');
  const text = await (await svgFile.createReadStream()).toArray().then((c) => Buffer.concat(c).toString());
  expect(text).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  expect(text).toContain('<title>QR code of the link to this view</title>');

  const png = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'PNG' }).click();
  const pngFile = await png;
  expect(pngFile.suggestedFilename()).toBe('sse-atlas-qr.png');
  const image = PNG.sync.read(Buffer.concat(await (await pngFile.createReadStream()).toArray()));
  expect(image.width).toBeGreaterThanOrEqual(600);
  const decoded = jsQR(new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.length), image.width, image.height);
  expect(decoded?.data).toBe(link);
});

test('the QR code loads its own chunk, only when it is shown', async ({ page }) => {
  const packs = [];
  page.on('request', (r) => { if (/pack-qr-chunk/.test(r.url())) packs.push(r.url()); });
  await openApp(page, '/?country=FRA');
  await expect(page.getByRole('heading', { name: 'France' })).toBeVisible();
  expect(packs).toHaveLength(0);
  await page.getByRole('button', { name: 'Share or embed…' }).click();
  await expect(page.getByRole('img', { name: 'QR code of the link to this view' })).toBeVisible();
  expect(packs).toHaveLength(1);
});
