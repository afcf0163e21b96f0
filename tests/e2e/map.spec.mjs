// The map a visitor opens: shapes, statuses, legend, selection, details with sources.
import { test, expect } from '@playwright/test';
import { openApp, map, details, clickShape } from './helpers.mjs';

test('the map draws the world with at least 170 country shapes', async ({ page }) => {
  await openApp(page);
  const count = await map(page).locator('path.shape').count();
  expect(count).toBeGreaterThanOrEqual(170);
});

test('members, observers and interested states are distinct, and the legend says so', async ({ page }) => {
  await openApp(page);
  for (const name of ['France, member', 'Ecuador, member', 'Colombia, member', 'Morocco, member',
    'Luxembourg, member', 'Quebec, observer', 'Senegal, observer',
    'Mali, interested in joining', 'Togo, interested in joining']) {
    await expect(map(page).getByRole('button', { name, exact: true })).toHaveCount(1);
  }
  const fill = (name) => map(page).getByRole('button', { name, exact: true })
    .evaluate((el) => getComputedStyle(el).fill);
  const member = await fill('France, member');
  const observer = await fill('Quebec, observer');
  const interested = await fill('Mali, interested in joining');
  const other = await map(page).locator('path[data-id="DEU"]:visible').evaluate((el) => getComputedStyle(el).fill);
  expect(new Set([member, observer, interested, other]).size).toBe(4);

  const legend = page.getByRole('region', { name: /Status in the group/ });
  await expect(legend).toContainText('Member states');
  await expect(legend).toContainText('Observers');
  await expect(legend).toContainText('Declared interest in joining');
  await expect(legend).toContainText('Not in the group');
});

test('the map opens on the latest state the dataset knows, with its date', async ({ page }) => {
  await openApp(page);
  await expect(page.getByRole('region', { name: /Status in the group/ })).toContainText('as of 8 Jul 2017');
  await expect(map(page)).toHaveAccessibleName(/as of 8 Jul 2017/);
  // Joined after 2014: Costa Rica (by Sep 2016) and Greece (by Jul 2017).
  await expect(map(page).getByRole('button', { name: 'Costa Rica, member' })).toHaveCount(1);
  await expect(map(page).getByRole('button', { name: 'Greece, member' })).toHaveCount(1);
});

test('clicking France shows its status, Girardin’s quote, its law and figures with sources', async ({ page }) => {
  await openApp(page);
  await clickShape(page, map(page).getByRole('button', { name: 'France, member' }));
  const panel = details(page, 'France');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('France');
  await expect(panel).toContainText('Member since Nov 2013');
  await expect(panel).toContainText('Annick Girardin');
  await expect(panel).toContainText('Minister of State for Development and Francophony');
  await expect(panel).toContainText('Together, we must write a new page in the history of development');
  await expect(panel).toContainText('Loi n° 2014-856');
  await expect(panel).toContainText('2,600,000');
  await expect(panel.locator('.figure').first()).toContainText('(2022)');
  // Every figure cites a source, and source links are web links.
  const figures = panel.locator('.figure');
  const n = await figures.count();
  expect(n).toBeGreaterThan(0);
  for (let i = 0; i < n; i++) {
    await expect(figures.nth(i).locator('.sources a, .sources span').first()).toBeVisible();
  }
  for (const href of await panel.locator('a').evaluateAll((as) => as.map((a) => a.href))) {
    expect(href).toMatch(/^https?:\/\//);
  }
});

// Sources are cited by their publishers; a copy that was read is offered beside, as such.
const MIRRORS = /(^|\.)(wikipedia\.org|wikipreneurship\.eu|kiwix\.[a-z.]+|studylib[a-z]*\.[a-z]+|scribd\.com|fdocuments\.[a-z]+|pdfslide\.[a-z]+|doczz\.[a-z]+|etudier\.com|archive-it\.org|opendatamonitor\.eu)$/;
test('Ecuador’s law cites its register, with the copy consulted beside it, and no source is a mirror', async ({ page }) => {
  await openApp(page);
  await clickShape(page, map(page).getByRole('button', { name: 'Ecuador, member' }));
  const panel = details(page, 'Ecuador');
  const law = panel.locator('.fact', { hasText: 'Ley Orgánica de la Economía Popular y Solidaria' }).first();
  await expect(law).toContainText('Registro Oficial No. 444');
  const copy = law.getByRole('link', { name: 'copy consulted' }).first();
  await expect(copy).toHaveAttribute('href', /scribd\.com/);
  // The publisher's name is never a link to the copy.
  await expect(law.getByRole('link', { name: /Asamblea Nacional/ })).toHaveCount(0);
  for (const a of await panel.locator('.sources a').evaluateAll((as) => as.map((x) => ({ href: x.href, copy: x.classList.contains('copy-consulted') })))) {
    const host = new URL(a.href).hostname;
    if (!a.copy) {
      expect(host, a.href).not.toMatch(MIRRORS);
      expect(host, a.href).not.toMatch(/^[\d.]+$/);
    }
  }
});

test('the group’s milestones end with the 2024 resolution, and say where sources disagree on a day', async ({ page }) => {
  await openApp(page);
  const overview = details(page, 'International Leading Group on Social and Solidarity Economy');
  const resolution = overview.locator('.fact', { hasText: 'Second UN resolution on the SSE' });
  await expect(resolution).toContainText('175 votes to none');
  await expect(resolution).toContainText('26 November 2024');
  await expect(resolution).toContainText('20 November 2024');
  await expect(resolution.getByRole('link', { name: /United Nations, Meetings Coverage/ })).toHaveAttribute('href', /press\.un\.org/);
  const meeting2018 = overview.locator('.fact', { hasText: 'Fifth meeting of the Leading Group' });
  await expect(meeting2018).toContainText('26 September 2018');
  await expect(meeting2018).toContainText('25 September 2018');
});

test('Colombia shows the seed figures with year, source and speaker', async ({ page }) => {
  await openApp(page);
  await clickShape(page, map(page).getByRole('button', { name: 'Colombia, member' }));
  const panel = details(page, 'Colombia');
  await expect(panel).toContainText('Luis Eduardo Coronado');
  await expect(panel).toContainText('over 215,000');
  await expect(panel).toContainText('5,000,000');
  await expect(panel.getByRole('link', { name: /UN-NGLS\), 2014/ }).first()).toHaveAttribute('href', /^https:\/\//);
});

test('Luxembourg, 2 px wide, has a marker that selects it', async ({ page }) => {
  await openApp(page);
  const marker = map(page).locator('.marker-group[data-id="LUX"]');
  await expect(marker).toHaveCount(1);
  const box = await marker.boundingBox();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  const panel = details(page, 'Luxembourg');
  await expect(panel).toContainText('Jean-Claude Knebeler');
});

test('Quebec is drawn over Canada and selectable on its own', async ({ page }) => {
  await openApp(page);
  const order = await map(page).locator('path.shape').evaluateAll((ps) => ps.map((p) => p.dataset.id));
  expect(order.indexOf('CA-QC')).toBeGreaterThan(order.indexOf('CAN'));
  await clickShape(page, map(page).getByRole('button', { name: 'Quebec, observer' }));
  const panel = details(page, 'Quebec');
  await expect(panel).toContainText('Observer since Nov 2013');
  await expect(panel).toContainText('Stéphane Falleker');
});

test('a country outside the group says so, and "Back to the group" returns to the overview', async ({ page }) => {
  await openApp(page);
  await clickShape(page, map(page).locator('path[data-id="BRA"]:visible'));
  const panel = details(page, 'Brazil');
  await expect(panel).toContainText('Not a member, observer or declared candidate');
  await panel.getByRole('button', { name: 'Back to the group' }).click();
  const group = details(page, /International Leading Group/);
  await expect(group).toContainText('Vinicius Pinheiro');
  await expect(group).toContainText('Transformative finance');
});

test('a keyboard user can select a country with Tab and Enter', async ({ page }) => {
  await openApp(page);
  const france = map(page).getByRole('button', { name: 'France, member' });
  await france.focus();
  await page.keyboard.press('Enter');
  await expect(details(page, 'France')).toContainText('Annick Girardin');
  await expect(page.getByRole('heading', { name: 'France', level: 2 })).toBeFocused();
});

test('no request leaves the origin and nothing is logged as an error', async ({ page, baseURL }) => {
  const foreign = [];
  const errors = [];
  page.on('request', (r) => { if (!r.url().startsWith(baseURL) && !r.url().startsWith('data:')) foreign.push(r.url()); });
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await openApp(page);
  await clickShape(page, map(page).getByRole('button', { name: 'Ecuador, member' }));
  await expect(details(page, 'Ecuador')).toContainText('Carlos Andrés Emmanuele Ortiz');
  expect(foreign).toEqual([]);
  expect(errors).toEqual([]);
});

// Lighthouse counts any console warning against best practices, so none is allowed where a
// visitor, an embedder or a shared link lands.
for (const path of ['/', '/?embed=1', '/?lang=fr', '/?country=COL&indicator=sse-jobs']) {
  test(`no console warning or error on ${path}`, async ({ page }) => {
    const logged = [];
    page.on('console', (m) => { if (m.type() === 'warning' || m.type() === 'error') logged.push(m.text()); });
    await page.goto(path);
    await expect(page.locator('svg.world-map path.shape:visible').first()).toBeVisible();
    // A shared link's view is on screen (from the build's files: no app until the visitor acts).
    if (path.includes('country=')) {
      await expect(page.locator('html')).toHaveClass(/\bdetails-shown\b/);
      await expect(page.locator('html')).not.toHaveClass(/\bwaiting\b/);
    }
    await page.waitForLoadState('networkidle');
    expect(logged).toEqual([]);
  });
}

test('on a phone the page does not scroll sideways and details follow the map', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openApp(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const mapBox = await map(page).boundingBox();
  const detailsBox = await page.locator('#details').boundingBox();
  expect(detailsBox.y).toBeGreaterThan(mapBox.y + mapBox.height - 1);
});
