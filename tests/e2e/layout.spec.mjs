// The map is the hero of every screen: the share of the first screen (no scrolling) it
// covers at the five sizes a visitor, a speaker and an embedding host meet, and no sideways
// scrolling at any width from 320 px.
import { test, expect } from '@playwright/test';
import { map } from './helpers.mjs';

/** The share of the viewport the map's box covers, and its box. */
async function mapShare(page) {
  return map(page).evaluate((svg) => {
    const r = svg.getBoundingClientRect();
    const w = Math.max(0, Math.min(innerWidth, r.right) - Math.max(0, r.left));
    const h = Math.max(0, Math.min(innerHeight, r.bottom) - Math.max(0, r.top));
    return { share: (w * h) / (innerWidth * innerHeight), top: r.top, bottom: r.bottom, height: innerHeight };
  });
}

const screens = [
  { name: 'desktop 1280×800', width: 1280, height: 800, path: '/', least: 0.45 },
  { name: 'wide 1920×1080', width: 1920, height: 1080, path: '/', least: 0.45 },
  { name: 'phone 390×844', width: 390, height: 844, path: '/', least: 0.35, whole: true },
  { name: 'presentation 1920×1080', width: 1920, height: 1080, path: '/?present=1', least: 0.6 },
  { name: 'embed 600×450', width: 600, height: 450, path: '/?embed=1', least: 0.55 },
];

for (const s of screens) {
  test(`the map covers at least ${Math.round(s.least * 100)}% of the first screen: ${s.name}`, async ({ page }) => {
    await page.setViewportSize({ width: s.width, height: s.height });
    await page.goto(s.path);
    await expect(map(page).locator('path.shape:visible').first()).toBeVisible();
    const m = await mapShare(page);
    console.log(`${s.name}: map ${(m.share * 100).toFixed(1)}% of the first screen`);
    expect(m.share).toBeGreaterThanOrEqual(s.least);
    if (s.whole) {
      // Wholly within the first screen, not under the search and the panels.
      expect(m.top).toBeGreaterThanOrEqual(0);
      expect(m.bottom).toBeLessThanOrEqual(m.height);
    }
    // The same once the whole app has taken over (no layout shift at the takeover).
    // The same layout once the whole app is there: a link to the same view (the latest date)
    // loads it at once.
    await page.goto(`${s.path}${s.path.includes('?') ? '&' : '?'}date=2017-07-08`);
    await expect(page.locator('html')).toHaveAttribute('data-atlas', 'ready');
    const after = await mapShare(page);
    expect(Math.abs(after.share - m.share)).toBeLessThan(0.01);
  });
}

for (const width of [320, 375, 600, 820, 1024]) {
  test(`nothing scrolls sideways at ${width} px, with a country selected`, async ({ page }) => {
    await page.setViewportSize({ width, height: 700 });
    await page.goto('/?country=COL&indicator=sse-jobs');
    await expect(page.getByRole('heading', { name: 'Colombia', level: 2 })).toBeVisible();
    const [scroll, inner] = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
    expect(scroll).toBeLessThanOrEqual(inner);
  });
}

test('the embed keeps working in a frame of 300×300 px', async ({ page }) => {
  await page.setViewportSize({ width: 300, height: 300 });
  await page.goto('/?embed=1');
  await expect(map(page).locator('path.shape:visible').first()).toBeVisible();
  const m = await mapShare(page);
  expect(m.share).toBeGreaterThan(0.3);
  const [scroll, inner] = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
  expect(scroll).toBeLessThanOrEqual(inner);
  // The panels are one action away.
  await page.getByRole('button', { name: 'Search, filters and details' }).click();
  await expect(page.getByRole('combobox', { name: 'Search countries, people and laws' })).toBeVisible();
});

test('the embed and the presentation have a level-one heading', async ({ page }) => {
  for (const path of ['/?embed=1', '/?present=1']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  }
});
