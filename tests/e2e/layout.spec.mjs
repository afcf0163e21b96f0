// The map is the hero of every screen: the share of the first screen (no scrolling) it
// covers at the five sizes a visitor, a speaker and an embedding host meet, and no sideways
// scrolling at any width from 320 px.
import { test, expect } from '@playwright/test';
import { map, tapShape, takeOver } from './helpers.mjs';

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

// A phone: the map is what people came for. One row of controls between the header and the
// map; copying, sharing, presenting and downloading wait behind one button.
test('on a phone the map starts within 170 px of the top, and the other actions are one tap away', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto('/');
  await expect(map(page).locator('path.shape:visible').first()).toBeVisible();
  const top = async () => page.locator('svg.world-map').evaluate((svg) => svg.getBoundingClientRect().top);
  expect(await top()).toBeLessThanOrEqual(170);
  for (const path of ['/?date=2017-07-08', '/?lang=fr&date=2017-07-08']) {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('data-atlas', 'ready');
    expect(await top(), path).toBeLessThanOrEqual(170);
  }
  await page.goto('/?date=2017-07-08');
  await expect(page.locator('html')).toHaveAttribute('data-atlas', 'ready');
  const present = page.getByRole('button', { name: 'Present the tour' });
  await expect(present).toBeHidden();
  await page.getByRole('button', { name: /^More: share, present or download/ }).tap();
  await expect(present).toBeVisible();
  await expect(page.getByRole('button', { name: 'Copy link to this view' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Download the map as PNG' })).toBeVisible();
  // Escape folds the menu away.
  await page.keyboard.press('Escape');
  await expect(present).toBeHidden();
  await context.close();
});

test('on a desktop the sharing tools stay in line above the map', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Present the tour' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^More: share, present or download/ })).toBeHidden();
});

/**
 * How much of country `id`'s part on screen is visible (not under the details sheet), and
 * whether the middle of that part is: sampled every 4 px over the viewport.
 */
async function visibleShare(page, id) {
  return page.evaluate((id) => {
    const isShape = (el) => el && el.matches && el.matches(`svg.world-map [data-id="${id}"]`);
    let any = 0; let top = 0; let sx = 0; let sy = 0;
    for (let y = 2; y < innerHeight; y += 4) {
      for (let x = 2; x < innerWidth; x += 4) {
        const stack = document.elementsFromPoint(x, y);
        if (!stack.some(isShape)) continue;
        any += 1; sx += x; sy += y;
        if (isShape(stack.find((el) => !el.matches('.selection-outline')))) top += 1;
      }
    }
    const centre = any ? document.elementsFromPoint(sx / any, sy / any).find((el) => !el.matches('.selection-outline')) : null;
    return { share: any ? top / any : 0, centreShown: isShape(centre), points: any };
  }, id);
}

test('on a touch phone the selection stays in sight above the sheet, which pulls up and down', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto('/?country=COL');
  await takeOver(page);
  await expect(page.getByRole('heading', { name: 'Colombia', level: 2 })).toBeVisible();
  // The map re-frames once the sheet has come to rest.
  await expect.poll(async () => (await visibleShare(page, 'COL')).share, { timeout: 5000 }).toBeGreaterThanOrEqual(0.5);
  const col = await visibleShare(page, 'COL');
  console.log(`?country=COL: ${(col.share * 100).toFixed(0)}% of Colombia's part on screen is above the sheet`);
  expect(col.centreShown).toBe(true);

  // A visitor comes from the whole map and taps France.
  await page.goto('/?date=2017-07-08');
  await expect(page.locator('html')).toHaveAttribute('data-atlas', 'ready');
  await tapShape(page, map(page).getByRole('button', { name: 'France, member' }));
  await expect(page.getByRole('heading', { name: 'France', level: 2 })).toBeVisible();
  await expect.poll(async () => (await visibleShare(page, 'FRA')).share, { timeout: 5000 }).toBeGreaterThanOrEqual(0.5);
  expect((await visibleShare(page, 'FRA')).centreShown).toBe(true);

  // Pulled up to read: most of the screen; down: the map, with France still framed.
  const handle = page.getByRole('button', { name: /pull up to read/ });
  const sheetTop = () => page.locator('#details').evaluate((d) => d.getBoundingClientRect().top);
  const peek = await sheetTop();
  await handle.press('Enter');
  await expect(handle).toHaveAttribute('aria-expanded', 'true');
  await expect.poll(sheetTop).toBeLessThan(peek - 200);
  await handle.press('ArrowDown');
  await handle.press('ArrowDown');
  await expect.poll(sheetTop).toBeGreaterThan(peek + 150);
  await expect.poll(async () => (await visibleShare(page, 'FRA')).share, { timeout: 5000 }).toBeGreaterThanOrEqual(0.5);
  // A drag with the finger moves it too.
  const box = await handle.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y - 300, { steps: 8 });
  await page.mouse.up();
  await expect.poll(sheetTop).toBeLessThan(peek + 100);
  await context.close();
});

// The page is painted while it is still parsed (a phone's CPU, here 4× slower): what is
// painted early must not move when the rest arrives or when the app takes over.
for (const path of ['/', '/?lang=fr', '/?indicator=sse-jobs', '/?country=COL&indicator=sse-jobs', '/?embed=1&country=COL&indicator=sse-jobs']) {
  test(`nothing shifts while a phone loads ${path}`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(() => {
      window.__shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(path);
    await expect(page.locator('svg.world-map path.shape:visible').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => window.__shift)).toBeLessThan(0.01);
    await context.close();
  });
}
