// Broken or missing data files: a clear message in the page, and the rest keeps working.
import { test, expect } from '@playwright/test';
import { openApp, map, details, replaceFile, clickShape } from './helpers.mjs';

const DATASET = '**/assets/data/ilg-sse.json';
const COUNTRIES = '**/assets/geo/countries-110m.geojson';

test('a truncated dataset shows a JSON error and the map still draws', async ({ page }) => {
  await replaceFile(page, DATASET, '{"format": "sse-atlas/1", "sources": [');
  await openApp(page);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The SSE dataset could not be loaded');
  await expect(alert).toContainText('not valid JSON');
  expect(await map(page).locator('path.shape').count()).toBeGreaterThanOrEqual(170);
});

test('an invalid dataset lists every problem with its path', async ({ page }) => {
  await replaceFile(page, DATASET, JSON.stringify({
    format: 'sse-atlas/1', title: 'Broken', updated: '2026-01-01',
    sources: [{ id: 's', title: 'S', publisher: 'P', url: 'javascript:alert(1)', year: 2014 }],
    issue_areas: [], indicators: [],
    group: { name: 'G', short_name: 'G', summary: 'x', source: 's', events: [], statements: [] },
    entities: [{ id: 'fra', name: 'France', kind: 'country', status_history: [
      { date: '2014-13-45', status: 'member', source: 'nope' }],
    statements: [], laws: [], bodies: [], figures: [] }],
  }));
  await openApp(page);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('sources[0].url: expected an http:// or https:// address');
  await expect(alert).toContainText('entities[0].id: "fra" is not a valid id');
  await expect(alert).toContainText('entities[0].status_history[0].date: "2014-13-45" is not a real date');
  await expect(alert).toContainText('entities[0].status_history[0].source: unknown source id "nope"');
  expect(await map(page).locator('path.shape').count()).toBeGreaterThanOrEqual(170);
});

test('a missing dataset says which file and why', async ({ page }) => {
  await replaceFile(page, DATASET, 'not found', 404);
  await openApp(page);
  await expect(page.getByRole('alert')).toContainText('assets/data/ilg-sse.json');
  await expect(page.getByRole('alert')).toContainText('404');
});

test('broken boundaries show a message and the details still work', async ({ page }) => {
  await replaceFile(page, COUNTRIES, '{"type": "FeatureCollection", "features": [');
  await page.goto('/?boundaries=assets/geo/countries-110m.geojson');
  await expect(page.getByRole('alert')).toContainText('countries-110m.geojson');
  await expect(details(page, /International Leading Group/)).toContainText('Milestones');
  await expect(details(page, /International Leading Group/)).toContainText('Wenyan Yang');
});

test('a link with boundaries= fetches their reader with the page, once', async ({ page }) => {
  const asked = [];
  page.on('request', (r) => asked.push(new URL(r.url()).pathname));
  await page.goto('/?boundaries=assets/geo/countries-110m.geojson');
  await expect(map(page).locator('path.shape').nth(100)).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-atlas', 'ready');
  const isHostPack = (p) => /\/pack-host-map-[0-9a-f]+\.wasm$/.test(p);
  // Asked for by the page (assets/boot.js), not once the app had started and asked for it.
  await expect.poll(() => page.evaluate((source) => performance.getEntriesByType('resource')
    .filter((e) => new RegExp(source).test(new URL(e.name).pathname)).map((e) => e.initiatorType),
  '/pack-host-map-[0-9a-f]+\\.wasm$')).toEqual(['link']);
  await page.waitForTimeout(500);
  expect(asked.filter(isHostPack)).toHaveLength(1);
});

test('data text is shown as text, never run as HTML', async ({ page }) => {
  await page.route(DATASET, async (route) => {
    const response = await route.fetch();
    const data = await response.json();
    data.entities[0].name = '<img src=x onerror="window.__pwned=1">France';
    await route.fulfill({ response, body: JSON.stringify(data) });
  });
  await openApp(page);
  const france = map(page).getByRole('button', { name: /France, member$/ });
  await clickShape(page, france);
  await expect(page.locator('#details-title')).toHaveText('<img src=x onerror="window.__pwned=1">France');
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
});

test('the alerts load their own chunk, only when there is something to say', async ({ page }) => {
  const packs = [];
  page.on('request', (r) => { if (/pack-alerts-chunk/.test(r.url())) packs.push(r.url()); });
  await openApp(page, '/?country=FRA');
  await expect(page.getByRole('heading', { name: 'France' })).toBeVisible();
  await expect(page.locator('html[data-atlas="ready"]')).toHaveCount(1);
  // The app's idle warm-up has had its time.
  await page.waitForTimeout(1500);
  expect(packs).toHaveLength(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await openApp(page, '/?country=XXX');
  await expect(page.getByRole('alert')).toContainText('country="XXX" ignored');
  expect(packs).toHaveLength(1);
});
