// Shared steps of the end-to-end tests: what a person does, found by roles and names.
import { expect } from '@playwright/test';
import { createRequire } from 'node:module';

export const map = (page) => page.getByRole('group', { name: /World map/ });
export const details = (page, name) => page.getByRole('region', { name });

/**
 * Opens the app and waits until the map and the dataset are there (or, for the table and
 * chart views, until the panels are).
 */
export async function openApp(page, path = '/') {
  await page.goto(path);
  if (/view=(table|chart)/.test(path)) {
    await expect(page.locator('.result-summary')).toContainText('entit');
  } else {
    await expect(map(page).locator('path.shape:visible').first()).toBeVisible();
  }
  // A link that asks for another view than the first one (assets/boot.js's rule) is shown
  // once the app has applied it.
  const keeps = new Set(['lang', 'theme', 'accent', 'embed']);
  const asks = [...new URL(path, 'http://x').searchParams.keys()].some((k) => !keeps.has(k));
  if (asks) await takeOver(page);
}

/**
 * The app taken over, as a visitor's first use of a control brings it: a link the build's
 * files draw (a country, an indicator) shows its view without it (assets/first.js), and the
 * app loads only then. The first view's module must be listening: asked again until it is.
 */
export async function takeOver(page) {
  const html = page.locator('html');
  // Loading, or already there: the loading line (src/ui/first/early.rs), or the app's mark.
  const started = () => page.evaluate(() => document.documentElement.hasAttribute('data-atlas')
    || document.getElementById('atlas-loading') !== null);
  await expect(async () => {
    if (!(await started())) await page.locator('#search-input').dispatchEvent('focusin');
    expect(await started()).toBe(true);
  }).toPass({ timeout: 20000 });
  await expect(html).toHaveAttribute('data-atlas', 'ready');
}

/**
 * Clicks with the mouse on a point where `locator`'s shape (or its marker, for a small one)
 * is under the pointer: a country's bounding box centre can be in the sea (France's spans
 * French Guiana).
 */
export async function clickShape(page, locator) {
  const point = await pointOf(page, locator);
  await page.mouse.click(point.x, point.y);
}

/** Moves the mouse over a visible point of `locator`'s shape. */
export async function hoverShape(page, locator) {
  const point = await pointOf(page, locator);
  await page.mouse.move(point.x, point.y);
}

/** Taps (a touch screen) a visible point of `locator`'s shape. */
export async function tapShape(page, locator) {
  const point = await pointOf(page, locator);
  await page.touchscreen.tap(point.x, point.y);
}

async function pointOf(page, locator) {
  const handle = await locator.elementHandle();
  const point = await page.evaluate((el) => {
    const r = el.getBoundingClientRect();
    for (let i = 1; i < 40; i++) {
      for (let j = 1; j < 40; j++) {
        const x = r.left + (r.width * i) / 40;
        const y = r.top + (r.height * j) / 40;
        const hit = document.elementFromPoint(x, y)?.closest('[data-id]');
        if (hit && hit.dataset.id === el.dataset.id) return { x, y };
      }
    }
    return null;
  }, handle);
  expect(point, 'a visible point of the shape').not.toBeNull();
  return point;
}

/** Serves `body` (with `status`) instead of the app's file at `pattern`. */
export async function replaceFile(page, pattern, body, status = 200) {
  await page.route(pattern, (route) =>
    route.fulfill({ status, contentType: 'application/json', body }));
}

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * axe-core's WCAG 2.0–2.2 A/AA violations on the page, one line each. axe is injected as an
 * inline script: the test must run with `bypassCSP`, as the page's policy refuses it.
 */
export async function axeViolations(page) {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  });
}

/**
 * On a phone the search and filters fold to one row above the map: unfolds it, then opens the
 * drawer `name` ("Filters and statistics", "Entities…") as a person would.
 */
export async function openDrawer(page, name) {
  const fold = page.getByRole('button', { name: 'Search and filters panel' });
  if (await fold.isVisible() && (await fold.getAttribute('aria-expanded')) === 'false') await fold.click();
  await page.locator('summary').filter({ hasText: name }).click();
}
