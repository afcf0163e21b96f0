// One rendering (issue 20): the page as it arrives and the page once the app has taken over
// are the same, area by area, in every language: the same accessibility tree, and every text
// at the same place to the pixel. The areas are those of src/ui/areas.rs: the app's own
// components, rendered into the page at build time (src/ui/prerender.rs) and mounted over it.
import { test, expect } from '@playwright/test';
import { takeOver } from './helpers.mjs';

const AREAS = ['alerts', 'lang-links', 'controls-body', 'view-bar', 'legend', 'views', 'details', 'tour', 'embed-credit'];
const LANGS = ['en', 'fr', 'es', 'pt'];
const SIZES = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };

/** Each visible text of area `id`, with where it is drawn. */
async function texts(page, id) {
  return page.evaluate((id) => {
    const area = document.getElementById(id);
    const out = [];
    const walker = document.createTreeWalker(area, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent.trim();
      if (!text) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      const r = range.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      out.push(`${text} @ ${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}x${Math.round(r.height)}`);
    }
    return out;
  }, id);
}

async function look(page) {
  const out = {};
  for (const id of AREAS) {
    out[id] = { tree: await page.locator(`#${id}`).ariaSnapshot(), texts: await texts(page, id) };
  }
  return out;
}

for (const [size, viewport] of Object.entries(SIZES)) {
  for (const lang of LANGS) {
    test(`${lang}, ${size}: the areas arrive as the app renders them`, async ({ browser }) => {
      const context = await browser.newContext({ viewport });
      // As it arrives: the app's code never comes.
      const arriving = await context.newPage();
      await arriving.route('**/*.wasm', () => {});
      await arriving.goto(`/?lang=${lang}`);
      await expect(arriving.locator('svg.world-map path.shape').first()).toBeVisible();
      const arrived = await look(arriving);
      // Taken over: the first use of the search loads the app, which mounts its areas (a
      // phone folds the search away: the page hears the focus all the same, and nothing
      // else moves).
      const page = await context.newPage();
      await page.goto(`/?lang=${lang}`);
      await expect(page.locator('svg.world-map path.shape').first()).toBeVisible();
      await page.locator('#search-input').dispatchEvent('focusin');
      await expect(page.locator('html')).toHaveAttribute('data-atlas', 'ready');
      const live = await look(page);
      for (const id of AREAS) {
        expect(arrived[id].tree, `${id}: accessibility tree`).toBe(live[id].tree);
        expect(arrived[id].texts, `${id}: texts and their places`).toEqual(live[id].texts);
      }
      await context.close();
    });
  }
}

/** What the map says of each entity: its classes, accessible name and tooltip figure. */
async function shapes(page) {
  // The world's layer (the first): the detailed boundaries', once loaded, carry no texts.
  return page.evaluate(() => [...document.querySelector('svg.world-map g.shapes').querySelectorAll('path.entity')]
    .map((p) => [p.getAttribute('data-id'), p.getAttribute('class'), p.getAttribute('aria-label'), p.getAttribute('data-figure')].join(' | ')));
}

// A shared link to a country and an indicator: drawn from the build's files before the app
// (assets/first.js), as the app draws it once it has taken over, the map's colours and names
// included.
for (const [size, viewport] of Object.entries(SIZES)) {
  for (const lang of ['en', 'fr']) {
    test(`a link's view, ${lang}, ${size}: it arrives as the app renders it`, async ({ browser }) => {
      const link = `/?country=COL&indicator=sse-jobs&lang=${lang}`;
      const context = await browser.newContext({ viewport });
      const arriving = await context.newPage();
      await arriving.route('**/*.wasm', () => {});
      await arriving.goto(link);
      await expect(arriving.locator('html')).toHaveClass(/\bdetails-shown\b/);
      await expect(arriving.locator('html')).not.toHaveClass(/\bwaiting\b/);
      const arrived = await look(arriving);
      const arrivedShapes = await shapes(arriving);
      expect(arrivedShapes.some((s) => / choro-\d/.test(s))).toBe(true);
      const page = await context.newPage();
      await page.goto(link);
      await expect(page.locator('html')).toHaveClass(/\bdetails-shown\b/);
      await takeOver(page);
      const live = await look(page);
      for (const id of AREAS) {
        expect(arrived[id].tree, `${id}: accessibility tree`).toBe(live[id].tree);
        expect(arrived[id].texts, `${id}: texts and their places`).toEqual(live[id].texts);
      }
      expect(arrivedShapes).toEqual(await shapes(page));
      await context.close();
    });
  }
}
