// Taps made before the app's code has arrived are kept and answered (issue 21): the page
// outlines the country and puts its name at the head of the details at once, says the rest is
// loading, and completes them when the code comes. Nothing is done twice.
import { test, expect } from '@playwright/test';
import { map, details, clickShape, tapShape, takeOver } from './helpers.mjs';

/**
 * Holds every WebAssembly file (or every file `pattern` matches) until `release()` is called:
 * the page as a slow network shows it.
 */
async function holdCode(page, pattern = '**/*.wasm') {
  let release;
  const gate = new Promise((done) => { release = done; });
  const held = [];
  await page.route(pattern, async (route) => {
    held.push(route.request().url());
    await gate;
    await route.continue();
  });
  return { release: () => release(), held };
}

test('a tap on a country before the code has arrived is answered at once, then completed', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const code = await holdCode(page);
  const built = await holdCode(page, '**/assets/details/**');
  await page.goto('/');
  const france = map(page).getByRole('button', { name: 'France, member' });
  await expect(france).toBeVisible();
  await expect.poll(() => code.held.length).toBeGreaterThan(0);
  await tapShape(page, france);
  // Answered with no code: the name heads the details, which say they are loading, and the
  // country is outlined on the map.
  const panel = details(page, 'France');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('France');
  await expect(panel.getByRole('status')).toHaveText('Loading…');
  await expect(page.getByRole('status').filter({ hasText: 'Loading the rest of the atlas' })).toBeVisible();
  await expect(map(page).locator('path.selection-outline')).toHaveAttribute('d', await france.getAttribute('d'));
  await expect(page.locator('#layout')).toHaveClass(/\bselected\b/);
  // France's details as the build rendered them arrive, still with no code: complete, the
  // heading still France's.
  expect(built.held).toEqual([expect.stringMatching(/assets\/details\/en\/FRA\.html$/)]);
  built.release();
  await expect(panel).toContainText('Member since Nov 2013');
  await expect(panel).toContainText('Annick Girardin');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('France');
  await expect(panel.getByRole('status')).toHaveCount(0);
  expect(await page.locator('html').getAttribute('data-atlas')).toBeNull();
  // The code arrives: the same tap is completed, once.
  code.release();
  await expect(panel).toContainText('Member since Nov 2013');
  await expect(panel).toContainText('Annick Girardin');
  await expect(page).toHaveURL(/[?&]country=FRA\b/);
  await expect(map(page).locator('path.selection-outline')).toHaveCount(1);
  await expect(page.locator('#atlas-loading')).toHaveCount(0);
  await context.close();
});

test('Enter on a country before the code has arrived is answered, and the later tap wins', async ({ page }) => {
  const code = await holdCode(page);
  await page.goto('/');
  const france = map(page).getByRole('button', { name: 'France, member' });
  await france.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'France', level: 2 })).toBeFocused();
  await clickShape(page, map(page).getByRole('button', { name: 'Ecuador, member' }));
  await expect(details(page, 'Ecuador').getByRole('heading', { level: 2 })).toHaveText('Ecuador');
  code.release();
  await expect(details(page, 'Ecuador')).toContainText('Member since');
  await expect(page).toHaveURL(/[?&]country=ECU\b/);
});

test('in French, the early answer speaks French', async ({ page }) => {
  const code = await holdCode(page);
  const built = await holdCode(page, '**/assets/details/**');
  await page.goto('/?lang=fr');
  const senegal = page.locator('svg.world-map path[data-id="SEN"]');
  await clickShape(page, senegal);
  const panel = details(page, 'Sénégal');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Sénégal');
  await expect(panel.getByRole('status')).toHaveText(/^Chargement/);
  // The build's French details, before the code.
  built.release();
  await expect(panel).toContainText('Observateur depuis 20 sept. 2016');
  await expect(panel.getByRole('button', { name: 'Retour au groupe' })).toBeVisible();
  code.release();
  await expect(page.locator('html')).toHaveAttribute('data-atlas', 'ready');
  await expect(panel).toContainText('Observateur depuis 20 sept. 2016');
});

test('a zoom button pressed before the code has arrived zooms once it has', async ({ page, browser }) => {
  const scale = async (p) => {
    const t = (await p.locator('svg.world-map g.zoom').getAttribute('transform')) ?? '';
    return Number(/scale\(([\d.]+)\)/.exec(t)?.[1] ?? NaN);
  };
  // The home view's scale, on a page left alone.
  const other = await browser.newPage();
  await other.goto('/');
  await expect.poll(() => scale(other)).toBeGreaterThan(0);
  const home = await scale(other);
  await other.close();
  const code = await holdCode(page);
  await page.goto('/');
  await page.getByRole('button', { name: 'Zoom in' }).click();
  code.release();
  await expect.poll(() => scale(page), { timeout: 15000 }).toBeGreaterThan(home * 1.5);
});

test('at idle the page fetches the app, so that the first action finds it; not for a visitor who saves data', async ({ browser }) => {
  // The home view, and a shared link the build's files draw.
  for (const [path, saveData] of [['/', false], ['/', true], ['/?country=COL&indicator=sse-jobs', false], ['/?country=COL&indicator=sse-jobs', true]]) {
    const context = await browser.newContext();
    if (saveData) {
      await context.addInitScript(() => {
        Object.defineProperty(navigator, 'connection', { value: { saveData: true, effectiveType: '4g' } });
      });
    }
    const page = await context.newPage();
    const fetched = [];
    page.on('request', (r) => { if (/\/pack-|ilg-sse\.json/.test(r.url())) fetched.push(r.url()); });
    await page.goto(path);
    await expect(page.locator('svg.world-map path.shape').first()).toBeVisible();
    if (saveData) {
      await page.waitForTimeout(4000);
      expect(fetched, 'nothing fetched unasked').toEqual([]);
      // Its first action fetches what it needs then.
      await page.getByRole('button', { name: 'France, member' }).focus();
      await page.keyboard.press('Enter');
      await expect(details(page, 'France')).toContainText('Member since');
    } else {
      await expect.poll(() => fetched.some((u) => /pack-start-atlas/.test(u)), { timeout: 10000 }).toBe(true);
      expect(fetched.some((u) => /ilg-sse\.json/.test(u))).toBe(true);
      // Not yet started: only fetched.
      await expect(page.locator('html')).not.toHaveAttribute('data-atlas', 'ready');
    }
    await context.close();
  }
});

test('a tap before the code has arrived asks for the app at once, alongside the main module', async ({ browser }) => {
  // Save-Data: no idle warm-up, so only the tap can have asked (the visitor has acted).
  const context = await browser.newContext();
  await context.addInitScript(() => {
    Object.defineProperty(navigator, 'connection', { value: { saveData: true, effectiveType: '4g' } });
  });
  const page = await context.newPage();
  const code = await holdCode(page);
  const asked = [];
  page.on('request', (r) => { if (/\/pack-|ilg-sse\.json/.test(r.url())) asked.push(r.url()); });
  await page.goto('/');
  const france = map(page).getByRole('button', { name: 'France, member' });
  await expect(france).toBeVisible();
  await expect.poll(() => code.held.length).toBeGreaterThan(0);
  expect(asked, 'nothing before the tap').toEqual([]);
  await clickShape(page, france);
  // The main module is still held, so these requests are the page's own.
  await expect.poll(() => asked.some((u) => /pack-start-atlas/.test(u))).toBe(true);
  expect(asked.some((u) => /ilg-sse\.json/.test(u))).toBe(true);
  code.release();
  await expect(details(page, 'France')).toContainText('Member since Nov 2013');
  await context.close();
});

test('a link whose view needs the app asks for its packs with the page', async ({ page }) => {
  const code = await holdCode(page);
  await page.goto('/?indicator=sse-jobs&region=south-america');
  // Asked while the main module is still held: by the boot script, not by the module.
  await expect.poll(() => code.held.some((u) => /pack-start-atlas/.test(u))).toBe(true);
  code.release();
  await expect(page.locator('html')).toHaveAttribute('data-atlas', 'ready');
  await expect(page).toHaveURL(/indicator=sse-jobs/);
});

test('a shared link to a country and an indicator is drawn from the build\'s files, and the app comes only when the visitor acts', async ({ page }) => {
  // The first view's module may come; the app's packs may not.
  const packs = await holdCode(page, '**/pack-*.wasm');
  const built = await holdCode(page, '**/assets/{details,views}/**');
  await page.goto('/?country=COL&indicator=sse-jobs');
  // The build's files come first, before any pack.
  await expect.poll(() => [...new Set(built.held)].sort()).toEqual([
    expect.stringMatching(/assets\/details\/en\/COL\.html$/),
    expect.stringMatching(/assets\/views\/en\/sse-jobs\.html$/),
  ]);
  await page.waitForTimeout(300);
  expect(packs.held).toEqual([]);
  built.release();
  // The link's view, whole: its country's details, the indicator's legend and colours, the
  // indicator chosen in the filters, the country's row marked in the list.
  await expect(details(page, 'Colombia')).toContainText('Member since');
  await expect(page.locator('html')).not.toHaveClass(/\bwaiting\b/);
  await expect(page.locator('#legend')).toContainText('SSE jobs (jobs), figures of');
  const colombia = map(page).getByRole('button', { name: /^Colombia, member, SSE jobs: / });
  await expect(colombia).toHaveClass(/\bchoro-\d\b/);
  await expect(page.getByLabel('Statistics: colour the map by')).toHaveValue('sse-jobs');
  await expect(page.locator('.entity-row[aria-current="true"]')).toHaveAttribute('data-id', 'COL');
  // The module is there and leaves the app unloaded: nothing says it is loading.
  await expect(page.locator('html')).toHaveClass(/\bdetails-shown\b/);
  await page.waitForTimeout(1000);
  await expect(page.locator('#atlas-loading')).toHaveCount(0);
  expect(await page.locator('html').getAttribute('data-atlas')).toBeNull();
  // Its packs are only fetched into the cache once the view is on screen; the first action
  // brings the app, which keeps the view as it is.
  const legend = await page.locator('#legend').ariaSnapshot();
  const colombiaClass = await colombia.getAttribute('class');
  packs.release();
  await takeOver(page);
  expect(await page.locator('#legend').ariaSnapshot()).toBe(legend);
  expect(await colombia.getAttribute('class')).toBe(colombiaClass);
  await expect(page.getByLabel('Statistics: colour the map by')).toHaveValue('sse-jobs');
  await expect(page).toHaveURL(/country=COL/);
});

test('a link to a country shows its details, with its indicator\'s line, before the code, and the app keeps them as they are', async ({ page }) => {
  const code = await holdCode(page);
  await page.goto('/?country=COL&indicator=sse-jobs');
  const panel = details(page, 'Colombia');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Colombia');
  await expect(panel).toContainText('Member since');
  await expect(panel.locator('.chosen-figure')).toHaveCount(1);
  await expect(panel.locator('.chosen-figure')).toContainText('SSE jobs');
  await expect(panel.locator('template')).toHaveCount(0);
  expect(await page.locator('html').getAttribute('data-atlas')).toBeNull();
  // Not focused: the link opened nothing.
  await expect(panel.getByRole('heading', { level: 2 })).not.toBeFocused();
  const before = await panel.ariaSnapshot();
  code.release();
  await takeOver(page);
  await expect(panel).toContainText('Member since');
  expect(await panel.ariaSnapshot()).toBe(before);
});

test('a link whose view the details depend on further waits for the app', async ({ page }) => {
  const code = await holdCode(page);
  await page.goto('/?country=COL&date=2016');
  await expect(page.locator('svg.world-map path.selection-outline')).toHaveCount(0);
  await expect(page.locator('#details-title')).toBeHidden();
  code.release();
  await expect(details(page, 'Colombia')).toContainText('Member since');
});

test('a language chosen with the keyboard before the app has taken over keeps the keyboard on the menu', async ({ page }) => {
  // The main module is there (it listens), the app's packs are not yet.
  const packs = await holdCode(page, '**/pack-*.wasm');
  await page.goto('/?country=FRA');
  await expect.poll(() => packs.held.length).toBeGreaterThan(0);
  const espanol = page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Español' });
  await espanol.focus();
  await page.keyboard.press('Enter');
  packs.release();
  await expect(page.locator('html')).toHaveAttribute('data-atlas', 'ready');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page).toHaveURL(/country=FRA/);
  await expect(page.getByRole('navigation', { name: 'Idioma' }).getByRole('link', { name: 'Español' })).toBeFocused();
});

test('before any code, the language links keep the link\'s view', async ({ page }) => {
  await holdCode(page);
  await page.goto('/?country=FRA&indicator=sse-jobs');
  const espanol = page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Español' });
  await expect(espanol).toHaveAttribute('href', /^\?(?=.*country=FRA)(?=.*indicator=sse-jobs)(?=.*lang=es)/);
});

test('a filter and then a country chosen before the app are two steps in the history: Back returns to the filter', async ({ page }) => {
  // The app's pack held until both choices are made: they are carried into it together.
  const pack = await holdCode(page, '**/pack-start-atlas-*.wasm');
  await page.goto('/');
  await expect(map(page).locator('path.shape:visible').first()).toBeVisible();
  const region = page.getByLabel('Region');
  await region.selectOption('europe');
  // The first view's module may not have listened yet when the choice was made: asked again.
  await expect(async () => {
    if (pack.held.length === 0) await region.dispatchEvent('focusin');
    expect(pack.held.length).toBeGreaterThan(0);
  }).toPass({ timeout: 20000 });
  const list = page.getByRole('list', { name: 'Entities matching the filters' });
  await list.getByRole('button', { name: /France/ }).click();
  await expect(details(page, 'France').getByRole('heading', { level: 2 })).toHaveText('France');
  pack.release();
  await expect(page.locator('html')).toHaveAttribute('data-atlas', 'ready', { timeout: 20000 });
  await expect(page).toHaveURL(/\?country=FRA&region=europe(&|$)/);
  await page.goBack();
  await expect(page).toHaveURL(/\?region=europe$/);
  await expect(region).toHaveValue('europe');
  await expect(details(page, /International Leading Group/)).toBeVisible();
  // And Forward is France again, once.
  await page.goForward();
  await expect(details(page, 'France')).toBeVisible();
  await expect(page).toHaveURL(/\?country=FRA&region=europe(&|$)/);
});

test('a country tapped before the app is taken over once: its details are rendered once, not again at the end', async ({ page }) => {
  // Every time the app puts a country's figures into the page, once it has begun to take over.
  await page.addInitScript(() => {
    window.figuresRendered = 0;
    new MutationObserver((records) => {
      if (!document.documentElement.hasAttribute('data-atlas')) return;
      for (const r of records) {
        for (const n of r.addedNodes) {
          if (n.nodeType === 1 && (n.matches('ul.figures') || n.querySelector('ul.figures'))) window.figuresRendered += 1;
        }
      }
    }).observe(document, { subtree: true, childList: true });
  });
  const pack = await holdCode(page, '**/pack-start-atlas-*.wasm');
  await page.goto('/');
  const france = map(page).getByRole('button', { name: 'France, member' });
  await clickShape(page, france);
  await expect(details(page, 'France').getByRole('heading', { level: 2 })).toHaveText('France');
  await expect.poll(() => pack.held.length).toBeGreaterThan(0);
  pack.release();
  await expect(page.locator('html')).toHaveAttribute('data-atlas', 'ready', { timeout: 20000 });
  await expect(details(page, 'France')).toContainText('Member since Nov 2013');
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => window.figuresRendered)).toBe(1);
  await expect(page).toHaveURL(/[?&]country=FRA\b/);
});

test('on a phone, a country tapped before the app ends framed as a tap on the app frames it (the zoom and centre the link writes)', async ({ browser }) => {
  const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
  const framed = async (early) => {
    const context = await browser.newContext(phone);
    const page = await context.newPage();
    const pack = early ? await holdCode(page, '**/pack-start-atlas-*.wasm') : null;
    await page.goto('/');
    const france = map(page).getByRole('button', { name: 'France, member' });
    if (!early) await takeOver(page);
    await tapShape(page, france);
    await expect(details(page, 'France').getByRole('heading', { level: 2 })).toHaveText('France');
    if (early) {
      await expect.poll(() => pack.held.length).toBeGreaterThan(0);
      pack.release();
    }
    await expect(page.locator('html')).toHaveAttribute('data-atlas', 'ready', { timeout: 20000 });
    await expect(details(page, 'France')).toContainText('Member since Nov 2013');
    // Once the sheet and the map have come to rest.
    await page.waitForTimeout(1200);
    const link = new URL(page.url()).searchParams;
    await context.close();
    return { zoom: link.get('zoom'), center: link.get('center') };
  };
  const live = await framed(false);
  expect(live.zoom).not.toBeNull();
  expect(await framed(true)).toEqual(live);
});
