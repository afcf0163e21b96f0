// The dataset as its editors meet it: a typo leaves out only the part it is in, with a
// compact notice; empty collections may be left out; an edited copy opens from disk (or is
// dropped on the map) for a preview, in this tab only, and Remove brings the built-in data back.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openApp, map, details, openDrawer } from './helpers.mjs';

const DATASET = '**/assets/data/ilg-sse.json';
const MINIMAL = JSON.parse(readFileSync(new URL('../fixtures/minimal-dataset.json', import.meta.url), 'utf8'));

/** Serves the built-in dataset changed by `change`. */
async function serveChanged(page, change) {
  await page.route(DATASET, async (route) => {
    const response = await route.fetch();
    const data = await response.json();
    change(data);
    await route.fulfill({ response, body: JSON.stringify(data) });
  });
}

const members = (page) => map(page).locator('path.shape.status-member:visible');

test('one bad figure leaves out that figure only: the group stays on the map, and the notice is compact', async ({ page }) => {
  await serveChanged(page, (d) => {
    const france = d.entities.find((e) => e.id === 'FRA');
    france.figures[0].value = -5;
  });
  await openApp(page);
  await expect(page.locator('html')).toHaveAttribute('data-atlas', 'ready');
  const notice = page.getByRole('status').filter({ hasText: '1 part of the data file was left out; the rest is shown.' });
  await expect(notice).toBeVisible();
  // At most about three lines: the map keeps the first screen.
  expect((await notice.boundingBox()).height).toBeLessThanOrEqual(80);
  await expect(page.getByRole('alert').filter({ hasText: 'could not be loaded' })).toHaveCount(0);
  // Every member is still drawn as one, France with its status and quote.
  expect(await members(page).count()).toBeGreaterThanOrEqual(7);
  await expect(map(page).getByRole('button', { name: /^France, member/ }).first()).toBeAttached();
  // The notice opens into the located list: the path, what was expected and what was found.
  await notice.getByText('Details').click();
  await expect(notice).toContainText(/entities\[\d+\]\.figures\[0\]\.value/);
  await expect(notice).toContainText('-5');
});

test('an entity without laws, bodies or statements is read as having none', async ({ page }) => {
  await serveChanged(page, (d) => {
    const senegal = d.entities.find((e) => e.id === 'SEN');
    delete senegal.laws;
    delete senegal.bodies;
    delete senegal.statements;
  });
  await openApp(page, '/?country=SEN');
  await expect(details(page, 'Senegal')).toBeVisible();
  await expect(details(page, 'Senegal')).toContainText('Observer since');
  await expect(page.getByRole('status').filter({ hasText: 'left out' })).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a dataset file opened from disk is shown in this tab, and Remove brings the built-in data back', async ({ page }) => {
  await openApp(page);
  await openDrawer(page, 'Your data');
  const input = page.getByLabel('Open a dataset file (JSON)');
  await expect(input).toHaveAccessibleDescription(/nothing is uploaded/);
  await input.setInputFiles({ name: 'my-copy.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(MINIMAL)) });
  const shown = page.getByRole('status').filter({ hasText: 'Showing your file my-copy.json (1 entity), in this tab only.' });
  await expect(shown).toBeVisible();
  await expect(page.locator('.result-summary')).toContainText('1 entity');
  await expect(details(page, /Group/)).toBeVisible();
  // Not kept in the address: the link stays the built-in data's.
  await expect(page).not.toHaveURL(/my-copy/);
  await shown.getByRole('button', { name: 'Remove it and show the built-in data' }).click();
  await expect(shown).toHaveCount(0);
  await expect(page.locator('.result-summary')).toContainText('11 entities');
  await expect(details(page, /International Leading Group/)).toBeVisible();
});

test('a broken file from disk is listed by line and column, and the built-in data stays', async ({ page }) => {
  await openApp(page);
  await openDrawer(page, 'Your data');
  await page.getByLabel('Open a dataset file (JSON)').setInputFiles({
    name: 'typo.json', mimeType: 'application/json', buffer: Buffer.from('{\n  "format": "sse-atlas/1",\n  "title": "x",,\n}'),
  });
  const alert = page.getByRole('alert').filter({ hasText: 'The file typo.json could not be opened.' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText(/line 3,? column \d+/);
  await expect(page.locator('.result-summary')).toContainText('11 entities');
  // A file with a located problem lists it by path.
  const bad = structuredClone(MINIMAL);
  bad.entities[0].status_history[0].date = '2013-13';
  bad.entities.push({ ...structuredClone(MINIMAL.entities[0]), id: 'MLI', name: 'Mali' });
  await page.getByLabel('Open a dataset file (JSON)').setInputFiles({ name: 'two.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  await expect(page.getByRole('status').filter({ hasText: 'Showing your file two.json (1 entity)' })).toBeVisible();
  // The entity with the bad date is left out, with the located line; the other one is shown.
  const notice = page.getByRole('status').filter({ hasText: 'of the data file' });
  await notice.getByText('Details').click();
  await expect(notice).toContainText('entities[0].status_history[0].date: "2013-13" is not a real date');
  await expect(page.locator('.result-summary')).toContainText('1 entity');
});

test('a dataset file dropped on the map opens it', async ({ page }) => {
  await openApp(page);
  const body = JSON.stringify(MINIMAL);
  const transfer = await page.evaluateHandle((text) => {
    const t = new DataTransfer();
    t.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
    return t;
  }, body);
  const stage = page.locator('#map-stage');
  await stage.dispatchEvent('dragenter', { dataTransfer: transfer });
  await stage.dispatchEvent('dragover', { dataTransfer: transfer });
  await stage.dispatchEvent('drop', { dataTransfer: transfer });
  await expect(page.getByRole('status').filter({ hasText: 'Showing your file dropped.json (1 entity), in this tab only.' })).toBeVisible();
  await expect(page.locator('.result-summary')).toContainText('1 entity');
});
