// A person's own figures from a spreadsheet (CSV): on the map and in the details with their
// source, in this tab only, and gone again with "Remove your figures" (also after a language
// switch, which rebuilds the screen).
import { test, expect } from '@playwright/test';
import { openApp, details, axeViolations, openDrawer } from './helpers.mjs';

// Saved by a spreadsheet in a decimal-comma locale: semicolons and a byte order mark.
const CSV = '\ufeffcountry;indicator;value;year;source;source_url\n' +
  'France;sse-jobs;2700000;2021;My survey 2021;https://example.org/survey\n';

test('added figures show with their source, survive a language switch, and Remove brings the data back', async ({ page }) => {
  await openApp(page, '/?country=FRA');
  const france = details(page, 'France');
  await expect(france).toContainText('2,600,000');
  // The file input is reached by its label, as with a screen reader, in the "Your data" drawer.
  await openDrawer(page, 'Your data');
  await page.getByLabel('Add your figures (CSV)').setInputFiles({ name: 'mine.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
  await expect(page.getByRole('status').filter({ hasText: '1 figure from mine.csv is on the map, in this tab only.' })).toBeVisible();
  // The map is coloured by the imported indicator, and France's details show the new figure.
  await expect(page).toHaveURL(/indicator=sse-jobs/);
  await expect(france).toContainText('2,700,000');
  await expect(france).toContainText('From your file mine.csv (in this browser tab only).');
  // Named by the site it goes to, with the source's title as its tooltip.
  const link = france.getByRole('link', { name: 'example.org, 2021' });
  await expect(link).toHaveAttribute('href', 'https://example.org/survey');
  await expect(link).toHaveAttribute('title', 'My survey 2021');

  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Français' }).click();
  const remove = page.getByRole('button', { name: 'Retirer vos chiffres' });
  await expect(remove).toBeVisible();
  await expect(details(page, 'France')).toContainText(/2\s700\s000/);
  await remove.click();
  await expect(details(page, 'France')).toContainText(/2\s600\s000/);
  await expect(details(page, 'France')).not.toContainText('mine.csv');
  await expect(remove).toHaveCount(0);
});

test('the import control is reached with the keyboard and shows its focus', async ({ page }) => {
  await openApp(page);
  await openDrawer(page, 'Your data');
  const input = page.getByLabel('Add your figures (CSV)');
  await input.focus();
  // The drawer's first use may start the app, which replaces the arrived label with its own
  // (the focus carries over): a one-shot read could land on the replaced, detached label.
  await expect(input).toBeFocused();
  await expect(page.locator('.import-button').filter({ has: page.locator('#import-csv') })).toHaveCSS('outline-style', 'solid');
  await expect(input).toHaveAccessibleDescription(/Columns: country, indicator, value, year, source, source_url/);
});

test('Remove gives the keyboard focus back to the file choice', async ({ page }) => {
  await openApp(page);
  await openDrawer(page, 'Your data');
  await page.getByLabel('Add your figures (CSV)').setInputFiles({ name: 'mine.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
  const remove = page.getByRole('button', { name: 'Remove your figures' });
  await remove.focus();
  await page.keyboard.press('Enter');
  await expect(remove).toHaveCount(0);
  await expect(page.getByLabel('Add your figures (CSV)')).toBeFocused();
});

test.describe('with axe (injected inline, so without the page policy)', () => {
  test.use({ bypassCSP: true });
  test('axe finds no WCAG A/AA violation with a refused file and the link warnings shown', async ({ page }) => {
    await openApp(page, '/?date=2014-13-45&zoom=abc');
    await openDrawer(page, 'Your data');
    await page.getByLabel('Add your figures (CSV)').setInputFiles({
      name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from('country;value\nXXX;12,5\n'),
    });
    await expect(page.getByRole('alert').filter({ hasText: 'bad.csv could not be used' })).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: 'URL parameter zoom="abc" ignored' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
});
