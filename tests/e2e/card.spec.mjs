// The country card (?embed=1&card=1&country=XXX): one entity for an NGO's page, in its
// language, theme and accent, with its height posted to the host; no boundaries loaded; a
// clear message for a missing or unknown code.
import { test, expect } from '@playwright/test';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../../scripts/static-server.mjs';

const card = (page) => page.getByRole('article');

test('Senegal\'s card: status since, the latest figure of each indicator with year and source, its law, a link to the atlas; no boundaries', async ({ page, baseURL }) => {
  const files = [];
  page.on('request', (r) => files.push(new URL(r.url()).pathname));
  await page.setViewportSize({ width: 400, height: 600 });
  await page.goto('/?embed=1&card=1&country=SEN');
  await expect(card(page).getByRole('heading', { level: 1, name: 'Senegal' })).toBeVisible();
  await expect(card(page)).toContainText('Observer since');
  await expect(card(page).getByRole('heading', { name: 'Key figures' })).toBeVisible();
  const figures = card(page).getByRole('listitem');
  await expect(figures).toHaveCount(2);
  for (const f of await figures.all()) {
    await expect(f).toContainText(/\((19|20)\d\d\)/);
    await expect(f.getByRole('link')).toHaveAttribute('href', /^https?:\/\//);
  }
  await expect(card(page).getByRole('heading', { name: 'SSE law' })).toBeVisible();
  await expect(card(page)).toContainText("Loi d'orientation");
  const open = card(page).getByRole('link', { name: /Open Senegal in the SSE Atlas/ });
  await expect(open).toHaveAttribute('target', '_blank');
  expect(new URL(await open.getAttribute('href'), baseURL).search).toBe('?country=SEN&lang=en');
  // No map anywhere, and no boundary file or app pack fetched.
  await expect(page.locator('svg.world-map')).toHaveCount(0);
  expect(files.filter((f) => f.includes('/assets/geo/') || /pack-start-atlas/.test(f))).toEqual([]);
  expect((await page.evaluate(() => document.documentElement.getBoundingClientRect().height))).toBeLessThanOrEqual(420);
});

test('in French and in the dark theme with a host accent, Quebec\'s card speaks French and takes the colours', async ({ page }) => {
  await page.setViewportSize({ width: 400, height: 600 });
  await page.goto('/?embed=1&card=1&country=CA-QC&lang=fr&theme=dark&accent=%23aa5511');
  await expect(card(page).getByRole('heading', { level: 1, name: 'Québec' })).toBeVisible();
  await expect(card(page)).toContainText('Observateur depuis');
  await expect(card(page).getByRole('heading', { name: 'Chiffres clés' })).toBeVisible();
  await expect(card(page).getByRole('heading', { name: 'Loi sur l’ESS' })).toBeVisible();
  await expect(card(page).getByRole('link', { name: /Ouvrir Québec dans SSE Atlas/ })).toHaveAttribute('href', /country=CA-QC&lang=fr/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  const look = await page.evaluate(() => ({ brand: getComputedStyle(document.documentElement).getPropertyValue('--brand').trim(), bg: getComputedStyle(document.body).backgroundColor }));
  expect(look.brand.toLowerCase()).toBe('#aa5511');
  expect(look.bg).not.toBe('rgb(255, 255, 255)');
});

for (const [path, message] of [
  ['/?embed=1&card=1&country=XYZ', '“XYZ” is not a member, observer or interested state'],
  ['/?embed=1&card=1&country=DEU&lang=es', '«DEU» no es miembro, observador ni Estado interesado'],
  ['/?embed=1&card=1', 'This card needs a country'],
]) {
  test(`${path} says why there is no card, and links to the atlas`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('alert')).toContainText(message);
    await expect(card(page).getByRole('link')).toHaveAttribute('target', '_blank');
  });
}

test('a hostile code is shown as text, if at all', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => { dialogs++; d.dismiss(); });
  await page.goto('/?embed=1&card=1&country=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page.locator('article img')).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test('every card fits 420 px at 400 px wide, in all four languages', async ({ page }) => {
  await page.setViewportSize({ width: 400, height: 800 });
  for (const lang of ['en', 'fr', 'es', 'pt']) {
    for (const id of ['FRA', 'ECU', 'COL', 'MAR', 'LUX', 'CA-QC', 'SEN', 'MLI', 'TGO', 'CRI', 'GRC']) {
      await page.goto(`/?embed=1&card=1&country=${id}&lang=${lang}`);
      await expect(card(page).getByRole('heading', { level: 1 })).toBeVisible();
      const height = await page.evaluate(() => document.documentElement.getBoundingClientRect().height);
      expect(height, `${id} in ${lang}`).toBeLessThanOrEqual(420);
      const sideways = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      expect(sideways, `${id} in ${lang}`).toBeLessThanOrEqual(0);
    }
  }
});

test('a host page with the share dialog\'s card snippet gets the card\'s height', async ({ page }) => {
  await page.goto('/?country=COL');
  await expect(page.getByRole('heading', { name: 'Colombia' })).toBeVisible();
  await page.getByRole('button', { name: 'Share or embed…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share or embed this map' });
  await dialog.getByLabel('A card for Colombia (status, key figures, SSE law)').check();
  const snippet = await dialog.getByLabel('HTML to paste into your page').inputValue();
  expect(snippet).toMatch(/src="http:\/\/127\.0\.0\.1:\d+\/\?country=COL&amp;embed=1&amp;card=1"/);
  expect(snippet).toContain('title="SSE Atlas: Colombia in the International Leading Group on SSE"');

  const dir = await mkdtemp(join(tmpdir(), 'sse-card-host-'));
  await writeFile(join(dir, 'index.html'), `<!doctype html><html lang="en"><title>Host</title><body style="margin:0">
      <script>window.heights = []; addEventListener('message', (e) => heights.push(e.data));</script>
      <div style="width:400px">${snippet}</div><p>After the card.</p></body></html>`);
  const host = await serve(dir, 0);
  await page.goto(`http://localhost:${host.address().port}/`);
  const frame = page.frameLocator('iframe[data-sse-atlas]');
  await expect(frame.getByRole('heading', { level: 1, name: 'Colombia' })).toBeVisible();
  await expect.poll(() => page.evaluate(() => heights.at(-1)?.height ?? 0)).toBeGreaterThan(150);
  const last = await page.evaluate(() => heights.at(-1));
  expect(last.type).toBe('sse-atlas:height');
  expect(last.height).toBeLessThanOrEqual(420);
  // The frame takes the card's height (480 at first, from the snippet), with no inner scroll.
  const iframe = page.locator('iframe[data-sse-atlas]');
  await expect.poll(async () => Math.round((await iframe.boundingBox()).height)).toBe(last.height);
  await expect.poll(() => frame.locator('html').evaluate((h) => h.scrollHeight - innerHeight)).toBeLessThanOrEqual(1);
  host.close();
});
