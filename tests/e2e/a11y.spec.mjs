// Accessibility beyond the keyboard: the map's text alternative, the visitor's system
// settings (dark, more contrast), and reflow at 320 px.
import { test, expect } from '@playwright/test';
import { map, openApp, openDrawer } from './helpers.mjs';

test('the map is described in words, as its accessible description and under the legend', async ({ page }) => {
  await openApp(page, '/?date=2014-09-22');
  const sentence = 'As of 22 Sep 2014 the map shows 9 entities of the International Leading Group on SSE: 5 members (Colombia, Ecuador, France, Luxembourg and Morocco), 1 observer (Quebec) and 3 interested in joining (Mali, Senegal and Togo).';
  await expect(map(page)).toHaveAccessibleDescription(new RegExp(`^${sentence.replace(/[().]/g, '\\$&')}`));
  await page.getByText('The map in words').click();
  await expect(page.locator('#map-description')).toHaveText(sentence);
  // It follows the filters and the indicator.
  await openApp(page, '/?status=observer&indicator=sse-jobs');
  await expect(page.locator('#map-description')).toContainText('the map shows 2 entities that the filters leave: 2 observers (Quebec and Senegal).');
  await expect(page.locator('#map-description')).toContainText('Coloured by SSE jobs');
});

test('the system\'s dark and more-contrast settings are followed unless the link says otherwise', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openApp(page, '/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await openApp(page, '/?theme=light');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.+/);
  await page.emulateMedia({ colorScheme: 'dark', contrast: 'more' });
  await openApp(page, '/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'contrast');
});

test('at 320 px wide (or 200% zoom of a 640 px window) nothing scrolls sideways and the panels stay reachable', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await openApp(page, '/?indicator=sse-jobs&country=COL');
  await openDrawer(page, 'Filters and statistics');
  await openDrawer(page, /^Entities/);
  const [scroll, width] = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
  expect(scroll).toBeLessThanOrEqual(width);
  await expect(page.getByRole('region', { name: 'Colombia' })).toBeVisible();
  // The downloads wait behind one button on a screen this narrow.
  await page.getByRole('button', { name: /^More: share, present or download/ }).click();
  await expect(page.getByRole('button', { name: 'Download the map as PNG' })).toBeVisible();
});
