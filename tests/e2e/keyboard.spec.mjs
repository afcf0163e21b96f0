// The map by keyboard alone: one Tab stop, arrows from country to country (west to east),
// Enter for the details, Esc to close them; each shape announced with name, status and figure.
import { test, expect } from '@playwright/test';
import { map, details, openApp } from './helpers.mjs';

const focusedId = (page) => page.evaluate(() => document.activeElement?.closest('[data-id]')?.dataset.id ?? null);
const inMap = (page) => page.evaluate(() => !!document.activeElement?.closest('svg.world-map'));

test('keyboard journey: Tab to the map, arrows to Colombia, Enter, its figure, Esc', async ({ page }) => {
  await openApp(page, '/?indicator=sse-jobs');
  // From the top of the page, Tab until the map has the focus (no mouse, no script focus).
  await page.locator('body').press('Tab');
  let tabs = 1;
  while (!(await inMap(page)) && tabs < 120) {
    await page.keyboard.press('Tab');
    tabs += 1;
  }
  expect(await inMap(page), `the map is reached by Tab (${tabs} presses)`).toBe(true);
  console.log(`the map is reached from the top of the page in ${tabs} Tab presses`);
  // The map is one Tab stop: exactly one of its entities is in the Tab order.
  await expect(map(page).locator('path[tabindex="0"]')).toHaveCount(1);
  // West to east, the first entity is in the Americas; the arrows walk to Colombia.
  const first = await focusedId(page);
  expect(['CRI', 'COL', 'ECU', 'CA-QC']).toContain(first);
  const seen = [first];
  for (let i = 0; i < 12 && (await focusedId(page)) !== 'COL'; i++) {
    await page.keyboard.press('ArrowRight');
    seen.push(await focusedId(page));
  }
  expect(await focusedId(page), `walked ${seen.join(' → ')}`).toBe('COL');
  const colombia = map(page).getByRole('button', { name: /^Colombia, member, SSE jobs: .+ \(\d{4}\)$/ });
  await expect(colombia).toBeFocused();
  await page.keyboard.press('Enter');
  const panel = details(page, 'Colombia');
  await expect(panel).toContainText('SSE jobs');
  await expect(panel).toContainText('the figure the map shows');
  await expect(page).toHaveURL(/country=COL/);
  await page.keyboard.press('Escape');
  await expect(details(page, /International Leading Group/)).toBeVisible();
  await expect(page).not.toHaveURL(/country=/);
  // The keyboard is back on Colombia in the map.
  expect(await focusedId(page)).toBe('COL');
});

test('arrows stop at the ends, Home and End jump, Tab leaves the map in one press', async ({ page }) => {
  await openApp(page);
  await map(page).getByRole('button', { name: 'France, member' }).focus();
  await page.keyboard.press('Home');
  const west = await focusedId(page);
  await page.keyboard.press('ArrowLeft');
  expect(await focusedId(page)).toBe(west);
  await page.keyboard.press('End');
  const east = await focusedId(page);
  expect(east).not.toBe(west);
  await page.keyboard.press('ArrowRight');
  expect(await focusedId(page)).toBe(east);
  // The Tab stop follows the keyboard: it is the entity last reached.
  await expect(map(page).locator(`path[data-id="${east}"]:visible`)).toHaveAttribute('tabindex', '0');
  await page.keyboard.press('Tab');
  expect(await inMap(page)).toBe(false);
  await page.keyboard.press('Shift+Tab');
  expect(await focusedId(page)).toBe(east);
});

test('a small country reached by the arrows gets a visible focus ring on its marker', async ({ page }) => {
  await openApp(page);
  await map(page).getByRole('button', { name: 'France, member' }).focus();
  for (let i = 0; i < 12 && (await focusedId(page)) !== 'LUX'; i++) {
    await page.keyboard.press(i < 6 ? 'ArrowRight' : 'ArrowLeft');
  }
  if ((await focusedId(page)) !== 'LUX') {
    await page.keyboard.press('Home');
    for (let i = 0; i < 12 && (await focusedId(page)) !== 'LUX'; i++) await page.keyboard.press('ArrowRight');
  }
  expect(await focusedId(page)).toBe('LUX');
  const ring = map(page).locator('.marker-group[data-id="LUX"] circle.marker.focused');
  await expect(ring).toHaveCount(1);
  const width = await ring.evaluate((el) => parseFloat(getComputedStyle(el).strokeWidth));
  expect(width).toBeGreaterThanOrEqual(2);
});

test('the first Tab offers "Skip to the map": past the view bar, the next Tab stop is the map; "Skip to details" too', async ({ page }) => {
  await openApp(page, '/');
  await page.locator('body').press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the map' })).toBeFocused();
  await page.keyboard.press('Enter');
  // Past the view bar (its views, downloads and sharing): the next Tab stop is the map.
  await expect(page.locator('#map-stage')).toBeFocused();
  await page.keyboard.press('Tab');
  expect(await inMap(page)).toBe(true);
  await openApp(page, '/');
  await page.locator('body').press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to details' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#details')).toBeFocused();
  await expect(page).toHaveURL(/\/$/);
});
