// The hostile-input corpus (tests/corpus/cases.json) fed to the built app through each entry
// point: the dataset file, the boundary file, the tour file, the CSV import and the link. Each
// case checks the outcome recorded there (the native test tests/hostile.rs checks the same
// outcomes in the core): the messages in the page, as text, and the rest of the app working.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createServer } from 'node:http';
import { openApp, map, details, clickShape, openDrawer } from './helpers.mjs';

const CORPUS = new URL('../corpus/', import.meta.url);
const cases = JSON.parse(readFileSync(new URL('cases.json', CORPUS), 'utf8'));
const MINIMAL = readFileSync(new URL('../fixtures/minimal-dataset.json', import.meta.url));

const DATASET = '**/assets/data/ilg-sse.json';
const COUNTRIES = '**/assets/geo/countries-110m.geojson';
const TOUR = '**/assets/data/tour.json';

/** The large cases, made as tests/hostile.rs `generate` makes them. */
function generate(entry, what) {
  const deep = (n) => '['.repeat(n) + ']'.repeat(n);
  if (what === '50 MB') return Buffer.from(' '.repeat(50 << 20) + '{}');
  if (what === '10,000-deep nesting') {
    return Buffer.from(entry === 'geo' ? `{"type":"FeatureCollection","features":${deep(10_000)}}` : deep(10_000));
  }
  if (what === '100,000 points') {
    const features = [];
    for (let i = 0; i < 100_000; i++) {
      features.push(`{"type":"Feature","id":"P${i}","properties":{},"geometry":{"type":"Point","coordinates":[${(i % 360) - 180},${(i % 180) - 90}]}}`);
    }
    return Buffer.from(`{"type":"FeatureCollection","features":[${features.join(',')}]}`);
  }
  if (what === '2 MB') {
    const row = 'FRA,jobs,1,2014,S,https://example.org/s\n';
    return Buffer.from('country,indicator,value,year,source,source_url\n' + row.repeat(Math.floor((2 << 20) / row.length)));
  }
  throw new Error(`no generator for ${what}`);
}

const bytesOf = (c) => (c.file ? readFileSync(new URL(c.file, CORPUS)) : generate(c.entry, c.generate));
const label = (c) => c.file ?? `${c.entry} ${c.generate}`;

/** Any write of the markup payloads of the corpus, and any element they would make. */
async function trapPayloads(page) {
  await page.addInitScript(() => {
    Object.defineProperty(window, '__pwned', { set() { window.__ranPayload = true; }, configurable: true });
  });
}

async function expectNoPayloadRan(page) {
  expect(await page.evaluate(() => window.__ranPayload)).toBeUndefined();
  await expect(page.locator('img[src="x"], svg[onload], script:not([src]):text("__pwned")')).toHaveCount(0);
}

/** Opens a country's details through the search box, as a person would. */
async function openCountry(page, name) {
  await page.getByRole('combobox', { name: 'Search countries, people and laws' }).fill(name);
  await page.getByRole('option', { name: new RegExp(name) }).first().click();
}

/** The messages of a case in `box`, each as text. */
async function expectMessages(box, messages) {
  for (const m of messages) await expect(box).toContainText(m);
}

/** The rest of the app works: the group's details are there and a country can be searched. */
async function expectAppWorks(page) {
  await expect(details(page, /./).first()).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Something went wrong' })).toHaveCount(0);
}

for (const c of cases.filter((c) => c.entry === 'dataset')) {
  test(`dataset ${label(c)} (${c.category}): ${c.outcome}`, async ({ page }) => {
    await trapPayloads(page);
    const body = bytesOf(c);
    await page.route(DATASET, (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
    await openApp(page);
    if (c.outcome === 'refused') {
      const alert = page.getByRole('alert').filter({ hasText: 'The SSE dataset could not be loaded' });
      // The 50 MB file is refused by its declared size before it is read.
      const messages = c.generate === '50 MB' ? ['assets/data/ilg-sse.json is 52428802 bytes; the limit is 5242880 bytes'] : c.messages;
      await expectMessages(alert, messages);
      // The map still draws the world.
      expect(await map(page).locator('path.shape').count()).toBeGreaterThanOrEqual(170);
    } else {
      await expect(page.getByRole('alert').filter({ hasText: 'The SSE dataset could not be loaded' })).toHaveCount(0);
      await expect(page.locator('.result-summary')).toContainText(`${c.count} entit`);
      if (c.file.includes('markup')) {
        await openCountry(page, 'France');
        await expect(page.locator('#details-title')).toHaveText('<script>window.__pwned=1</script>France');
        await expect(details(page, /France/)).toContainText('<img src=x onerror="window.__pwned=1">Loi');
      }
      if (c.file.includes('xxx')) {
        await expect(page.getByRole('alert')).toContainText('Nowhere (XXX): no boundary with this code');
      }
    }
    await expectAppWorks(page);
    await expectNoPayloadRan(page);
  });
}

for (const c of cases.filter((c) => c.entry === 'geo')) {
  test(`boundaries ${label(c)} (${c.category}): ${c.outcome}`, async ({ page }) => {
    test.setTimeout(60_000);
    await trapPayloads(page);
    const body = bytesOf(c);
    await page.route(COUNTRIES, (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
    // The built-in map comes pre-projected with the page; a boundary file is a host's own,
    // given in the link.
    await page.goto('/?boundaries=assets/geo/countries-110m.geojson');
    if (c.outcome === 'refused') {
      const alert = page.getByRole('alert').filter({ hasText: 'The country boundaries could not be loaded' });
      const messages = c.generate === '50 MB'
        ? ['assets/geo/countries-110m.geojson is 52428802 bytes; the limit is 20971520 bytes']
        : c.messages.map((m) => `assets/geo/countries-110m.geojson: ${m}`);
      await expectMessages(alert, messages);
      // The details still work without a map.
      await expect(details(page, /International Leading Group/)).toContainText('Milestones');
    } else {
      // The usable shapes are drawn (plus Quebec, from its own file).
      await expect(map(page).locator('path.shape')).toHaveCount(c.count + 1);
      await expectMessages(page.getByRole('alert'), c.messages.map((m) => `countries-110m.geojson: ${m}`));
      if (c.file.includes('hostile-names')) {
        // A country outside the group, named by the boundary file: its details show the name as text.
        await clickShape(page, map(page).locator('path[data-id="DEU"]:visible'));
        await expect(page.locator('#details-title')).toHaveText('<img src=x onerror="window.__pwned=1">Germany');
      }
    }
    await expectAppWorks(page);
    await expectNoPayloadRan(page);
  });
}

for (const c of cases.filter((c) => c.entry === 'tour')) {
  test(`tour ${label(c)} (${c.category}): ${c.outcome}`, async ({ page }) => {
    await trapPayloads(page);
    const body = bytesOf(c);
    await page.route(TOUR, (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
    await page.goto('/?present=1');
    if (c.outcome === 'refused') {
      await expectMessages(page.getByRole('alert'), c.messages);
    } else {
      await expect(page.getByRole('heading', { name: '<img src=x onerror="window.__pwned=1">One' })).toBeVisible();
    }
    // The map under the presentation still draws.
    await expect(map(page).locator('path.shape:visible').first()).toBeVisible();
    await expectNoPayloadRan(page);
  });
}

for (const c of cases.filter((c) => c.entry === 'csv')) {
  test(`CSV import ${label(c)} (${c.category}): ${c.outcome}`, async ({ page }) => {
    await trapPayloads(page);
    await page.route(DATASET, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: MINIMAL }));
    await openApp(page);
    const name = c.file ? c.file.split('/').pop() : 'generated.csv';
    await openDrawer(page, 'Your data');
    await page.getByLabel('Add your figures (CSV)').setInputFiles({ name, mimeType: 'text/csv', buffer: bytesOf(c) });
    if (c.outcome === 'refused') {
      const alert = page.getByRole('alert').filter({ hasText: `${name} could not be used` });
      await expectMessages(alert, c.messages);
    } else {
      await expect(page.getByRole('status').filter({ hasText: `from ${name} are on the map` }).or(
        page.getByRole('status').filter({ hasText: `from ${name} is on the map` }))).toBeVisible();
      // The imported figure, with its source, is in France's details.
      await openCountry(page, 'France');
      const france = details(page, /France/);
      await expect(france).toContainText(`From your file ${name}`);
      if (name.includes('markup')) await expect(france).toContainText('<script>window.__pwned=1</script>jobs');
      // "Remove your figures" brings the dataset's figure back.
      await page.getByRole('button', { name: 'Remove your figures' }).click();
      await expect(france).not.toContainText(`From your file ${name}`);
    }
    await expectAppWorks(page);
    await expectNoPayloadRan(page);
  });
}

test('every junk link of the corpus opens the map with what was ignored listed', async ({ page }) => {
  test.setTimeout(120_000);
  await trapPayloads(page);
  // The minimal dataset, as tests/hostile.rs checks the links against it.
  await page.route(DATASET, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: MINIMAL }));
  for (const c of cases.filter((c) => c.entry === 'url')) {
    await page.goto(`/?${c.query}`);
    await expect(page.locator('.result-summary')).toContainText('1 entity');
    if (c.messages.length) {
      await expectMessages(page.getByRole('alert'), c.messages);
      // Every line is there, and no other.
      await expect(page.getByRole('alert').locator('li')).toHaveCount(c.messages.length);
    } else {
      await expect(page.getByRole('alert')).toHaveCount(0);
    }
    await expectNoPayloadRan(page);
  }
});

test('a compressed dataset that inflates past the limit (a gzip bomb) is refused while it is read', async ({ browser, baseURL }) => {
  // 50 MB of spaces in about 50 kB, from a data server (Playwright's own routing cannot send a
  // compressed body): the declared size passes, the reading stops at 5 MiB.
  const bomb = gzipSync(Buffer.alloc(50 << 20, 0x20));
  expect(bomb.length).toBeLessThan(200_000);
  const server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip', 'access-control-allow-origin': '*' });
    res.end(bomb);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://localhost:${server.address().port}`;
  // The policy as built allows only this site; the data server is another origin, listed in
  // the host's config as a data origin would be.
  const context = await browser.newContext({ bypassCSP: true, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.route('**/atlas-config.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify({ data_origins: [origin] }) }));
  await page.goto(`${baseURL}?data=${encodeURIComponent(`${origin}/bomb.json`)}`);
  await expect(page.getByRole('alert')).toContainText(`${origin}/bomb.json is larger than the limit of 5242880 bytes`);
  expect(await map(page).locator('path.shape').count()).toBeGreaterThanOrEqual(170);
  await context.close();
  server.close();
});

test('a dataset that never arrives is given up after 60 s with a message, and the map still works', async ({ page }) => {
  await page.clock.install();
  // Never answered: a stalled server or connection.
  await page.route(DATASET, () => {});
  await page.goto('/');
  // The page came with its map and the group, written when it was built; only the check that
  // the data file has not changed since waits.
  await expect(map(page).locator('path.shape:visible').first()).toBeVisible();
  await expect(details(page, /International Leading Group/)).toContainText('Milestones');
  const givenUp = page.getByRole('alert').filter({ hasText: 'assets/data/ilg-sse.json did not arrive within 60 s: check the connection and reload the page' });
  await expect.poll(async () => {
    await page.clock.fastForward('00:31');
    return givenUp.count();
  }, { timeout: 15_000 }).toBe(1);
  await expect(map(page).locator('path.shape:visible').first()).toBeVisible();
  expect(await map(page).locator('path.shape').count()).toBeGreaterThanOrEqual(170);
});
