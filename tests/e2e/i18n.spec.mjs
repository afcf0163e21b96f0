// Four languages: the link's `lang=`, else the browser's; French, Spanish and Portuguese UI
// texts, numbers and dates by the browser's Intl, country names from CLDR, the data's own
// translations, and English fragments marked as such. axe and the keyboard journey per language.
import { test, expect } from '@playwright/test';
import { axeViolations } from './helpers.mjs';

const worldMap = (page) => page.locator('svg.world-map');

async function open(page, path) {
  await page.goto(path);
  await expect(worldMap(page).locator('path.shape:visible').first()).toBeVisible();
}

test('lang=fr: French texts, French numbers and dates, French country names', async ({ page }) => {
  await open(page, '/?lang=fr&indicator=sse-jobs&country=COL');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page).toHaveTitle(/Groupe pilote international/);
  await expect(page.getByRole('link', { name: 'Aller à la carte' })).toBeAttached();
  await expect(page.getByRole('button', { name: 'Carte', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Colombie', level: 2 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Chiffres de l’ESS' })).toBeVisible();
  // Intl's French grouping: a narrow no-break space (U+202F), "2 600 000".
  const legend = page.locator('.legend');
  await expect(legend).toContainText('2\u202f600\u202f000 emplois');
  await expect(legend).toContainText('Emplois de l’ESS');
  // Colombia's 215,000 SSE organisations, with the data's French qualifier.
  await expect(page.locator('#details')).toContainText('plus de 215\u202f000 organisations');
  // Dates: "juil. 2017" on the timeline, in French.
  await expect(page.locator('.result-summary')).toContainText('8 juil. 2017');
  // The map's accessible names are French too.
  await expect(worldMap(page)).toHaveAttribute('aria-label', /^Carte du monde/);
  await expect(worldMap(page).getByRole('button', { name: /^Équateur, membre, Emplois de l’ESS/ })).toBeAttached();
});

test('a French page has its French title and description before any code', async ({ page }) => {
  await page.route('**/*.wasm', () => {});
  await page.goto('/?lang=fr');
  await expect(page).toHaveTitle('SSE Atlas : le Groupe pilote international de l’économie sociale et solidaire');
  await expect(page.locator('meta[name=description]')).toHaveAttribute('content', /^Carte interactive des États membres/);
});

test('lang=es and lang=pt: Spanish and Portuguese numbers and names', async ({ page }) => {
  await open(page, '/?lang=es&indicator=sse-jobs');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.locator('.legend')).toContainText('2.600.000');
  await expect(page.getByRole('button', { name: 'Mapa', exact: true })).toBeVisible();
  await open(page, '/?lang=pt&indicator=sse-jobs');
  await expect(page.locator('html')).toHaveAttribute('lang', 'pt');
  await expect(page.locator('.legend')).toContainText('2.600.000');
  await expect(worldMap(page).getByRole('button', { name: /^Colômbia, membro/ })).toBeAttached();
});

test('the browser’s language is the default; the link’s wins', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'pt-BR' });
  const page = await context.newPage();
  await open(page, '/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'pt');
  await expect(page.getByRole('button', { name: 'Mapa', exact: true })).toBeVisible();
  await open(page, '/?lang=en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: 'Map', exact: true })).toBeVisible();
  await context.close();
});

test('the language menu switches in place, keeps the view, and puts lang= in the link', async ({ page }) => {
  await open(page, '/?country=FRA&indicator=sse-jobs');
  const menu = page.getByRole('navigation', { name: 'Language' });
  await expect(menu.getByRole('link', { name: 'English' })).toHaveAttribute('aria-current', 'page');
  const espanol = menu.getByRole('link', { name: 'Español' });
  await expect(espanol).toHaveAttribute('hreflang', 'es');
  await expect(espanol).toHaveAttribute('href', /lang=es/);
  await espanol.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page).toHaveURL(/lang=es/);
  await expect(page).toHaveURL(/country=FRA/);
  await expect(page.getByRole('heading', { name: 'Francia', level: 2 })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Idioma' })).toBeVisible();
  // The keyboard stays on the menu.
  await expect(page.getByRole('link', { name: 'Español' })).toBeFocused();
  // The static chrome follows.
  await expect(page.getByRole('link', { name: 'Ir al mapa' })).toBeAttached();
});

test('foreign fragments carry their own lang: a French law in English, English data in French', async ({ page }) => {
  await open(page, '/?country=FRA');
  const law = page.locator('#details [lang="fr"]', { hasText: 'Loi n° 2014-856' });
  await expect(law.first()).toBeVisible();
  await open(page, '/?lang=fr&country=COL');
  // The statement's summary exists only in English: marked lang="en" inside the French page.
  const summary = page.locator('#details [lang="en"]', { hasText: 'constitutional duty' });
  await expect(summary.first()).toBeVisible();
  // The language menu names each language in itself.
  await expect(page.locator('.lang-menu a[lang="pt"]')).toHaveText('Português');
});

test('search finds countries by their name in the page’s language', async ({ page }) => {
  await open(page, '/?lang=fr');
  await page.getByRole('combobox', { name: /^Rechercher/ }).fill('equateur');
  await expect(page.getByRole('option', { name: /Équateur/ })).toBeVisible();
});

test('the tour speaks the page’s language', async ({ page }) => {
  await page.goto('/?present=1&lang=es');
  await expect(page.locator('.slide-title')).toHaveAttribute('lang', 'es');
  await expect(page.locator('.slide-title')).toContainText('Grupo Piloto Internacional');
});


test.describe('axe per language', () => {
  // axe is injected as an inline script, which the page's Content-Security-Policy refuses.
  test.use({ bypassCSP: true });
  for (const lang of ['fr', 'es', 'pt']) {
    test(`axe: no violations in ${lang}, with a country, an indicator and the table`, async ({ page }) => {
      for (const path of [`/?lang=${lang}&country=COL&indicator=sse-jobs`, `/?lang=${lang}&view=table&indicator=sse-jobs`]) {
        await page.goto(path);
        await expect(page.locator('.result-summary')).toContainText(/\d/);
        await page.waitForTimeout(500);
        const found = await axeViolations(page);
        console.log(`axe ${lang} ${path}: ${found.length} violations`);
        expect(found, found.join('\n')).toEqual([]);
      }
    });
  }
});

test('keyboard journey in French: Tab to the map, arrows to Colombie, Enter, its figure, Esc', async ({ page }) => {
  await open(page, '/?lang=fr&indicator=sse-jobs');
  const inMap = () => page.evaluate(() => !!document.activeElement?.closest('svg.world-map'));
  const focusedId = () => page.evaluate(() => document.activeElement?.closest('[data-id]')?.dataset.id ?? null);
  await page.locator('body').press('Tab');
  for (let tabs = 1; !(await inMap()) && tabs < 120; tabs++) await page.keyboard.press('Tab');
  expect(await inMap()).toBe(true);
  for (let i = 0; i < 12 && (await focusedId()) !== 'COL'; i++) await page.keyboard.press('ArrowRight');
  await expect(worldMap(page).getByRole('button', { name: /^Colombie, membre, Emplois de l’ESS : .+ \(\d{4}\)$|^Colombie, membre, Emplois de l’ESS: .+ \(\d{4}\)$/ })).toBeFocused();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('region', { name: 'Colombie' });
  await expect(panel).toContainText('Emplois de l’ESS');
  await expect(panel).toContainText('197\u202f330');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('region', { name: /Groupe pilote international/ })).toBeVisible();
});
