// The map as an instrument: wheel, drag, keys, buttons, selection zoom, tooltip, detail.
import { test, expect } from '@playwright/test';
import { openApp, map, details, clickShape } from './helpers.mjs';

/** The current zoom transform of the map: { k, x, y }. */
async function view(page) {
  const t = await map(page).locator('g.zoom').getAttribute('transform');
  const m = /translate\(([-\d.]+),([-\d.]+)\) scale\(([-\d.]+)\)/.exec(t);
  return { x: Number(m[1]), y: Number(m[2]), k: Number(m[3]) };
}

/** A point (client px) on the shape `id`, and what is under it. */
async function pointOn(page, id) {
  return page.evaluate((id) => {
    // The layer in use (the detailed one replaces the world's when zoomed in).
    const el = [...document.querySelectorAll(`svg.world-map path[data-id="${id}"]`)]
      .find((e) => e.getBoundingClientRect().width > 0);
    const r = el.getBoundingClientRect();
    // The middle of the shape's run down a column near its centre: away from its borders,
    // which move a little when the detailed boundaries swap in.
    for (let i = 20; i > 0; i--) {
      const x = r.left + (r.width * (20 + (i % 2 ? i : -i) / 2)) / 40;
      const hits = [];
      for (let j = 1; j < 40; j++) {
        const y = r.top + (r.height * j) / 40;
        if (document.elementFromPoint(x, y) === el) hits.push(y);
      }
      if (hits.length) return { x, y: hits[Math.floor(hits.length / 2)] };
    }
    return null;
  }, id);
}

/** A point over the sea (no country under it) inside the map. */
async function seaPoint(page) {
  return map(page).evaluate((svg) => {
    const r = svg.getBoundingClientRect();
    for (let j = 30; j > 2; j--) {
      for (let i = 1; i < 30; i++) {
        const x = r.left + (r.width * i) / 30;
        const y = r.top + (r.height * j) / 32;
        const el = document.elementFromPoint(x, y);
        if (el && svg.contains(el) && !el.closest('[data-id]') && !el.closest('.legend-overlay, .zoom-controls')) return { x, y };
      }
    }
    return null;
  });
}

const idAt = (page, p) => page.evaluate(({ x, y }) =>
  document.elementFromPoint(x, y)?.closest('[data-id]')?.dataset.id ?? null, p);

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
});

test('wheel zoom changes the view and keeps the country under the pointer', async ({ page }) => {
  await openApp(page);
  const home = (await view(page)).k;
  const p = await pointOn(page, 'DZA');
  expect(p).not.toBeNull();
  await page.mouse.move(p.x, p.y);
  await page.mouse.wheel(0, -600);
  await expect.poll(async () => (await view(page)).k).toBeGreaterThan(home * 1.5);
  expect(await idAt(page, p)).toBe('DZA');
  // The page itself did not scroll.
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test('dragging pans, and the world cannot be dragged away', async ({ page }) => {
  await openApp(page);
  const box = await map(page).boundingBox();
  const c = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const home = (await view(page)).k;
  await page.mouse.move(c.x, c.y);
  await page.mouse.wheel(0, -600);
  await expect.poll(async () => (await view(page)).k).toBeGreaterThan(home * 1.5);
  const before = await view(page);
  await page.mouse.move(c.x, c.y);
  await page.mouse.down();
  await page.mouse.move(c.x + 60, c.y + 30, { steps: 5 });
  await page.mouse.up();
  const after = await view(page);
  expect(after.x).toBeGreaterThan(before.x);
  // Far beyond the edge: clamped so the map still covers the view.
  await page.mouse.move(c.x, c.y);
  await page.mouse.down();
  await page.mouse.move(c.x + 3000, c.y + 3000, { steps: 10 });
  await page.mouse.up();
  const clamped = await view(page);
  expect(clamped.x).toBeLessThanOrEqual(0.001);
  expect(clamped.y).toBeLessThanOrEqual(0.001);
});

test('keyboard zoom and pan (Shift + arrows) when the map has focus', async ({ page }) => {
  await openApp(page);
  // The map opens on the group's region; each key press zooms by 1.5 from there.
  const home = (await view(page)).k;
  await map(page).focus();
  await page.keyboard.press('+');
  await expect.poll(async () => (await view(page)).k / home).toBeCloseTo(1.5, 2);
  await page.keyboard.press('+');
  await expect.poll(async () => (await view(page)).k / home).toBeCloseTo(2.25, 2);
  const before = await view(page);
  await page.keyboard.press('Shift+ArrowRight');
  await expect.poll(async () => (await view(page)).x).toBeLessThan(before.x);
  await page.keyboard.press('-');
  await expect.poll(async () => (await view(page)).k / home).toBeCloseTo(1.5, 2);
  // The whole world, centred in a frame taller than it.
  await page.keyboard.press('0');
  await expect.poll(async () => (await view(page)).k).toBe(1);
  expect((await view(page)).x).toBe(0);
});

test('on-screen buttons zoom in, out and back to the world', async ({ page }) => {
  await openApp(page);
  const home = (await view(page)).k;
  const zoom = page.getByRole('group', { name: 'Zoom' });
  const inBox = await zoom.getByRole('button', { name: 'Zoom in' }).boundingBox();
  expect(inBox.width).toBeGreaterThanOrEqual(24);
  expect(inBox.height).toBeGreaterThanOrEqual(24);
  await zoom.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(async () => (await view(page)).k / home).toBeCloseTo(2, 2);
  await zoom.getByRole('button', { name: 'Show the whole world' }).click();
  await expect.poll(async () => (await view(page)).k).toBe(1);
  // The whole world is as far out as the map goes.
  await expect(zoom.getByRole('button', { name: 'Zoom out' })).toBeDisabled();
});

test('selecting Luxembourg zooms until its shape is visible, and its marker goes', async ({ page }) => {
  await openApp(page);
  const lux = map(page).locator('path[data-id="LUX"]:visible');
  // From the whole world, where Luxembourg is a few pixels wide.
  await map(page).focus();
  await page.keyboard.press('0');
  await expect.poll(async () => (await view(page)).k).toBe(1);
  const small = await lux.boundingBox();
  expect(Math.max(small.width, small.height)).toBeLessThan(5);
  await map(page).getByRole('button', { name: 'Luxembourg, member' }).focus();
  await page.keyboard.press('Enter');
  await expect(details(page, 'Luxembourg')).toBeVisible();
  await expect.poll(async () => {
    const b = await lux.boundingBox();
    return Math.max(b.width, b.height);
  }).toBeGreaterThan(40);
  await expect(map(page).locator('.marker-group[data-id="LUX"]')).toHaveCount(0);
});

test('the tooltip shows name, status and a figure on hover, beside the pointer, and goes with Esc', async ({ page }) => {
  await openApp(page);
  const p = await pointOn(page, 'DZA');
  await page.mouse.move(p.x, p.y);
  const tip = page.getByRole('tooltip');
  await expect(tip).toContainText('Algeria');
  await expect(tip).toContainText('Not in the group');
  const col = await pointOn(page, 'COL');
  const target = col ?? p;
  await page.mouse.move(target.x, target.y);
  await expect(tip).toContainText('Colombia');
  await expect(tip).toContainText('Member since Nov 2013');
  await expect(tip).toContainText(/\(\d{4}\)|undated/);
  // Never under the pointer, always inside the map.
  const box = await tip.boundingBox();
  const inside = target.x >= box.x && target.x <= box.x + box.width && target.y >= box.y && target.y <= box.y + box.height;
  expect(inside).toBe(false);
  const frame = await page.locator('.map-frame').boundingBox();
  expect(box.x).toBeGreaterThanOrEqual(frame.x);
  expect(box.x + box.width).toBeLessThanOrEqual(frame.x + frame.width + 1);
  await page.keyboard.press('Escape');
  await expect(tip).toHaveCount(0);
});

test('zooming in loads the detailed boundaries in the background and swaps them in', async ({ page }) => {
  const requested = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await openApp(page);
  // Pre-projected, as the first view's own map.
  const detailed = (u) => u.endsWith('countries-50m.paths');
  expect(requested.some(detailed)).toBe(false);
  const shown = map(page).locator('g.shapes:not([hidden]) path');
  await map(page).focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('+');
  await expect.poll(() => shown.count(), { timeout: 15000 }).toBeGreaterThan(200);
  expect(requested.some(detailed)).toBe(true);
  // Quebec is still drawn over Canada.
  const order = await shown.evaluateAll((ps) => ps.map((p) => p.dataset.id));
  expect(order.indexOf('CA-QC')).toBeGreaterThan(order.indexOf('CAN'));
  await page.keyboard.press('0');
  await expect.poll(() => shown.count()).toBeLessThan(200);
});

test('on a phone, a tap shows the tooltip and selects; a double tap zooms', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await openApp(page);
  const p = await pointOn(page, 'DZA');
  await page.touchscreen.tap(p.x, p.y);
  await expect(page.getByRole('tooltip')).toContainText('Algeria');
  await expect(details(page, 'Algeria')).toBeVisible();
  await page.getByRole('button', { name: 'Back to the group' }).click();
  await page.evaluate(() => window.scrollTo(0, 0));
  const home = (await view(page)).k;
  // The sea: no country there, so the taps only zoom.
  const sea = await seaPoint(page);
  expect(sea).not.toBeNull();
  await page.touchscreen.tap(sea.x, sea.y);
  await page.touchscreen.tap(sea.x, sea.y);
  await expect.poll(async () => (await view(page)).k / home).toBeCloseTo(2, 2);
  await context.close();
});

test('with motion, zooms animate and quick repeated keys add up', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await openApp(page);
  const home = (await view(page)).k;
  await map(page).focus();
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  // Mid-animation the scale is between the steps; at the end it is exactly 1.5³ times the first.
  await expect.poll(async () => (await view(page)).k / home, { timeout: 5000 }).toBeCloseTo(3.375, 2);
});
