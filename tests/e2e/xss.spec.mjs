// Hostile text in the data files is shown as text, never run as HTML: every display string of
// the dataset, the tour, the names file and the boundary files starts with an <img onerror>
// payload, and every place a person can reach must show that payload as plain text.
//
// The page's Content Security Policy would refuse the payload's inline handler even if it were
// ever parsed as HTML; the tests turn it off (`bypassCSP`) so that an injection would really
// run, and they watch for it three ways: the payload's own `window.__pwned`, any element the
// page adds that the payload would create (<img src=x>, an `onerror` attribute), and any
// request for the payload's `x` image.
import { readFile } from 'node:fs/promises';
import { test as base, expect } from '@playwright/test';
import { map, details, hoverShape, clickShape } from './helpers.mjs';

const PAYLOAD = '<img src=x onerror="window.__pwned=(window.__pwned||0)+1">';
/** What a reader sees where the payload is shown as text. */
const SHOWN = '<img src=x onerror=';

const DATASET = '**/assets/data/ilg-sse.json';
const TOUR = '**/assets/data/tour.json';
const NAMES = '**/assets/data/names.json';
const BOUNDARIES = '**/assets/geo/*.geojson';

/** Keys whose strings are not display text: ids and references, dates, addresses, enums, codes. */
const NOT_TEXT = new Set([
  '$schema', 'format', 'id', 'updated', 'date', 'since', 'url', 'year', 'status', 'kind',
  'certainty', 'lang', 'local_lang', 'source', 'more_sources', 'indicator', 'issue_areas',
  'parent', 'view',
]);
/** Name-like keys: kept under 200 characters in all (the app may limit names' length). */
const SHORT = new Set([
  'name', 'short_name', 'local_name', 'title', 'label', 'publisher', 'stated_by', 'unit',
  'person', 'role', 'organisation', 'on_behalf_of', 'place', 'qualifier', 'aliases',
]);
const SHORT_LIMIT = 199;

function poisonText(text, key) {
  const room = SHORT.has(key) ? SHORT_LIMIT - PAYLOAD.length : Infinity;
  return PAYLOAD + [...text].slice(0, room).join('');
}

/** Every display string under `value` (by its key, or its array's key) with the payload first. */
function poison(value, key = '', keep = new Set()) {
  if (typeof value === 'string') {
    return NOT_TEXT.has(key) || keep.has(key) ? value : poisonText(value, key);
  }
  if (Array.isArray(value)) return value.map((v) => poison(v, key, keep));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, k, keep)]));
  }
  return value;
}

/** The dataset as the tests serve it. */
function hostileDataset(original, { qualifiers }) {
  const data = structuredClone(original);
  // No group statement lacks an organisation in the real data: without one, the role is
  // worded "role, for on_behalf_of" and search names the group by its short name. One is
  // dropped so that both are shown too.
  delete data.group.statements.at(-1).organisation;
  // On a page in another language, a translated qualifier is found by the English word
  // (`qualifier.about`): those tests keep the English words to show the translations.
  return poison(data, '', qualifiers ? new Set() : new Set(['qualifier']));
}

/** Boundary files: the names the app reads from each feature's properties. */
function hostileBoundaries(fc) {
  for (const f of fc.features ?? []) {
    for (const k of ['name', 'region', 'subregion']) {
      if (typeof f.properties?.[k] === 'string') f.properties[k] = poisonText(f.properties[k], 'name');
    }
  }
  return fc;
}

const test = base.extend({
  // Serves the hostile files and watches the page; after the test, checks nothing ran.
  hostile: async ({ page }, use) => {
    const hits = [];
    const served = {};
    await page.exposeBinding('__xssHit', (_source, what) => { hits.push(what); });
    await page.addInitScript(() => {
      const report = (what) => window.__xssHit?.(what);
      let pwned;
      Object.defineProperty(window, '__pwned', {
        configurable: true,
        get: () => pwned,
        set: (v) => { pwned = v; report('the payload ran'); },
      });
      const suspect = 'img[src="x"], img[src$="/x"], [onerror]';
      const check = (node) => {
        if (node.nodeType !== Node.ELEMENT_NODE) return;
        const found = node.matches(suspect) ? [node] : [];
        found.push(...node.querySelectorAll(suspect));
        for (const el of found) report(`element in the page: ${el.outerHTML.slice(0, 160)}`);
      };
      new MutationObserver((records) => {
        for (const r of records) r.addedNodes.forEach(check);
      }).observe(document, { childList: true, subtree: true });
      document.addEventListener('securitypolicyviolation', (e) => report(`CSP ${e.violatedDirective}: ${e.sample}`));
    });
    page.on('request', (r) => {
      if (/\/x$/.test(new URL(r.url()).pathname)) hits.push(`request for ${r.url()}`);
    });
    const json = (pattern, change) => page.route(pattern, async (route) => {
      const response = await route.fetch();
      const body = change(await response.json());
      await route.fulfill({ response, body: JSON.stringify(body) });
    });
    await json(DATASET, (d) => (served.data = hostileDataset(d, served.options ?? { qualifiers: true })));
    await json(TOUR, (t) => (served.tour = poison(t)));
    await json(NAMES, (n) => (served.names = poison(n)));
    await json(BOUNDARIES, hostileBoundaries);
    // The context the expectations need: what was served, and the page's language.
    const ctx = (lang = 'en') => {
      expect(served.data, 'the dataset was served').toBeTruthy();
      return { d: served.data, tour: served.tour, names: served.names, lang };
    };
    await use({ served, hits, ctx });

    expect(hits, 'nothing of the data ran as HTML').toEqual([]);
    if (!page.isClosed()) {
      const after = await page.evaluate(() => ({
        pwned: window.__pwned,
        images: document.querySelectorAll('img[src="x"], img[src$="/x"]').length,
      }));
      expect(after.pwned).toBeUndefined();
      expect(after.images).toBe(0);
    }
  },
});

test.use({ bypassCSP: true });

// --- What each place shows, from the served data (mirrors the app's choice of language) ---

const tr = ({ d, lang }, key, english) => (lang !== 'en' && d.translations?.[lang]?.[key]) || english;
const entityName = (ctx, e) => (ctx.lang !== 'en' && ctx.names?.countries?.[e.id]?.[ctx.lang]) || e.name;
const indicatorName = (ctx, i) => tr(ctx, `indicator.${i.id}.name`, i.name);
const indicatorUnit = (ctx, i) => tr(ctx, `indicator.${i.id}.unit`, i.unit);
const indicatorDefinition = (ctx, i) => tr(ctx, `indicator.${i.id}.definition`, i.definition);
const areaName = (ctx, a) => tr(ctx, `area.${a.id}.name`, a.name);
const qualifier = (ctx, q) => tr(ctx, `qualifier.${q.replaceAll(' ', '-')}`, q);

/** The figure the map, table and chart show: the latest year, the first of equals. */
function headline(e, indicator) {
  let best = null;
  for (const f of e.figures.filter((f) => f.indicator === indicator)) {
    if (!best || (f.year ?? -Infinity) > (best.year ?? -Infinity)) best = f;
  }
  return best;
}

/** Texts (and source titles, shown as tooltips) of a citation. */
function citeTexts({ d }, cite, out) {
  for (const id of [cite.source, ...(cite.more_sources ?? [])]) {
    const s = d.sources.find((x) => x.id === id);
    out.texts.push(s.publisher);
    out.titles.push(s.title);
  }
  if (cite.note) out.texts.push(cite.note);
}

function statementTexts(ctx, s, out) {
  out.texts.push(s.person, s.role);
  if (s.organisation) out.texts.push(s.organisation);
  else if (s.on_behalf_of) out.texts.push(s.on_behalf_of);
  if (s.summary) out.texts.push(s.summary);
  out.texts.push(...s.quotes);
  for (const id of s.issue_areas ?? []) out.texts.push(areaName(ctx, ctx.d.issue_areas.find((a) => a.id === id)));
  citeTexts(ctx, { source: s.source }, out);
}

/** Everything the details panel shows of entity `e`. */
function entityTexts(ctx, e) {
  const { d } = ctx;
  const out = { texts: [entityName(ctx, e)], titles: [] };
  if (e.local_name) out.texts.push(e.local_name);
  const parent = e.parent && d.entities.find((p) => p.id === e.parent);
  if (parent) out.texts.push(entityName(ctx, parent));
  for (const c of e.status_history) citeTexts(ctx, c, out);
  for (const s of e.statements) statementTexts(ctx, s, out);
  e.laws.forEach((l, i) => {
    out.texts.push(l.title, tr(ctx, `entity.${e.id}.laws.${i}.summary`, l.summary));
    citeTexts(ctx, l, out);
  });
  e.bodies.forEach((b, i) => {
    out.texts.push(b.name, tr(ctx, `entity.${e.id}.bodies.${i}.summary`, b.summary));
    citeTexts(ctx, b, out);
  });
  for (const f of e.figures) {
    const i = d.indicators.find((x) => x.id === f.indicator);
    out.texts.push(f.label, indicatorName(ctx, i), indicatorUnit(ctx, i));
    if (f.qualifier) out.texts.push(qualifier(ctx, f.qualifier));
    if (f.stated_by) out.texts.push(f.stated_by);
    if (f.quote) out.texts.push(f.quote);
    citeTexts(ctx, f, out);
  }
  return out;
}

/** Everything the group overview shows. */
function groupTexts(ctx) {
  const { d } = ctx;
  const g = d.group;
  const out = {
    texts: [tr(ctx, 'group.name', g.name), tr(ctx, 'group.summary', g.summary), ...g.aliases],
    titles: [],
  };
  citeTexts(ctx, { source: g.source }, out);
  g.events.forEach((e, i) => {
    out.texts.push(tr(ctx, `event.${i}.title`, e.title), tr(ctx, `event.${i}.summary`, e.summary));
    if (e.place) out.texts.push(e.place);
    citeTexts(ctx, e, out);
  });
  for (const s of g.statements) statementTexts(ctx, s, out);
  for (const a of d.issue_areas) out.texts.push(areaName(ctx, a));
  citeTexts(ctx, { source: d.issue_areas[0].source }, out);
  return out;
}

// --- Checks ---

/**
 * `locator` shows each of `texts` whole, as text (so each with its payload), and a reader sees
 * the payload there.
 */
async function expectShown(locator, texts, what, { visible = true } = {}) {
  const wanted = [...new Set(texts)];
  for (const t of wanted) expect(t.startsWith(PAYLOAD), `${what}: "${t.slice(0, 80)}" is hostile`).toBe(true);
  await expect.poll(async () => {
    const content = await locator.evaluate((el) => el.textContent ?? '');
    return wanted.filter((t) => !content.includes(t));
  }, { message: `${what}: data texts not shown as text`, timeout: 8000 }).toEqual([]);
  if (visible) await expect(locator.getByText(SHOWN).first(), `${what}: the payload is visible`).toBeVisible();
}

/** Tooltips (`title`) inside `locator` carry each source title whole. */
async function expectTitles(locator, titles, what) {
  const shown = await locator.evaluate((el) =>
    [...el.querySelectorAll('[title]')].map((e) => e.getAttribute('title')));
  expect([...new Set(titles)].filter((t) => !shown.includes(t)), `${what}: source titles`).toEqual([]);
}

/** The option texts of a <select>. */
const optionTexts = (select) => select.evaluate((el) => [...el.options].map((o) => o.textContent));

/**
 * Opens `path` on the hostile files once the app has taken over from the first view (which
 * was written from the built-in files). The boundary file is given as a host's own: the
 * built-in map comes pre-projected with the page, so only a host's file brings names in.
 */
async function openIn(page, path = '/') {
  await page.goto(`${path}${path.includes('?') ? '&' : '?'}boundaries=assets/geo/countries-110m.geojson`);
  await expect(page.locator('svg.world-map path.shape:visible').first()).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-atlas', 'ready');
}

/** Back to the whole world, if the map is zoomed. */
async function wholeWorld(page) {
  const reset = page.getByRole('button', { name: 'Show the whole world' });
  if (await reset.isEnabled()) await reset.click();
}

// --- The tests ---

test('map, tooltip, legend, list, timeline, map in words, search and the group overview show data as text', async ({ page, hostile }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openIn(page);
  const ctx = hostile.ctx();
  const { d } = ctx;
  const names = d.entities.map((e) => e.name);

  // The group overview: name, summary, aliases, milestones, the agencies' statements, areas.
  const group = groupTexts(ctx);
  const overview = details(page, d.group.name);
  await expect(page.locator('#details-title')).toHaveText(d.group.name);
  await expectShown(overview, group.texts, 'group overview');
  await expectTitles(overview, group.titles, 'group overview');

  // The map's countries, named by the data.
  for (const e of d.entities) {
    await expect(map(page).getByRole('button', { name: e.name })).not.toHaveCount(0);
  }
  // The tooltip: name and newest figure (its unit); a country not in the group, by the
  // boundary file's name.
  const france = d.entities.find((e) => e.id === 'FRA');
  await hoverShape(page, map(page).locator('path[data-id="FRA"]:visible'));
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip.locator('strong')).toHaveText(france.name);
  const newest = [...france.figures].sort((a, b) => (b.year ?? -1e9) - (a.year ?? -1e9))[0];
  await expect(tooltip).toContainText(indicatorUnit(ctx, d.indicators.find((i) => i.id === newest.indicator)));
  await hoverShape(page, map(page).locator('path[data-id="DEU"]:visible'));
  await expect(tooltip.locator('strong')).toContainText(`${PAYLOAD}Germany`);
  await expect(tooltip.getByText(SHOWN)).toBeVisible();

  // The legend and the list name every entity.
  // The compact legend over the map names the countries only where there is room (the list
  // names them everywhere): the names are there as text, if not shown at this size.
  await expectShown(page.getByRole('region', { name: /^Status in the group/ }), names, 'legend', { visible: false });
  const list = page.getByRole('list', { name: 'Entities matching the filters' });
  await expectShown(list, names, 'entity list');
  await expect(list.getByRole('button', { name: france.name })).toBeVisible();

  // The map in words.
  await page.getByText('The map in words').click();
  await expectShown(page.locator('#map-description'), names, 'the map in words');

  // Region filter: the boundary files' region names.
  const regions = await optionTexts(page.getByLabel('Region'));
  expect(regions.slice(1).filter((r) => !r.includes(SHOWN)), 'region options').toEqual([]);

  // The timeline: each step named by its milestone, if any.
  const titles = d.group.events.map((e) => e.title);
  const ticks = page.locator('.timeline .ticks button');
  const caption = page.locator('.timeline-caption');
  let withEvent = 0;
  for (let i = 0; i < await ticks.count(); i++) {
    await ticks.nth(i).click();
    await expect(ticks.nth(i)).toHaveAttribute('aria-pressed', 'true');
    const text = await caption.textContent();
    if (text.includes(SHOWN)) {
      withEvent++;
      expect(titles.some((t) => text.endsWith(`: ${t}`)), `timeline caption "${text}"`).toBe(true);
      await expect(caption.getByText(SHOWN)).toBeVisible();
      await expect(page.getByRole('slider', { name: 'Date of the membership shown' })).toHaveAttribute('aria-valuetext', text);
    }
  }
  expect(withEvent, 'timeline steps with a milestone').toBeGreaterThan(0);

  // Search: entities (and their local name), people (with role, organisation or the
  // group's short name), laws and bodies.
  const box = page.getByRole('combobox', { name: 'Search countries, people and laws' });
  const original = (s) => s.slice(PAYLOAD.length);
  const quebec = d.entities.find((e) => e.id === 'CA-QC');
  const colombia = d.entities.find((e) => e.id === 'COL');
  const law = france.laws[0];
  const body = france.bodies[0];
  const agency = d.group.statements.at(-1);
  const searches = [
    [original(quebec.name), quebec.name, quebec.local_name],
    [original(colombia.statements[0].person), colombia.statements[0].person, colombia.name, colombia.statements[0].role],
    [original(agency.person), agency.person, d.group.short_name, agency.role],
    [original(law.title).slice(0, 40), law.title, france.name],
    [original(body.name).slice(0, 40), body.name, france.name],
  ];
  for (const [query, label, ...context] of searches) {
    await box.fill(query);
    const option = page.getByRole('option', { name: label }).first();
    await expect(option).toBeVisible();
    await expectShown(option, [label, ...context], `search "${query}"`);
  }
  await page.getByRole('option', { name: body.name }).first().click();
  await expect(details(page, france.name)).toBeVisible();

  // A country not in the group: its details are headed with the boundary file's name.
  await wholeWorld(page);
  await clickShape(page, map(page).locator('path[data-id="DEU"]:visible'));
  await expect(page.locator('#details-title')).toContainText(`${PAYLOAD}Germany`);
  await expect(page.locator('#details-title')).toBeVisible();

  // Embedded on another site: the same panels, in a drawer.
  await page.goto('/?embed=1&country=FRA');
  await expect(page.locator('svg.world-map path.shape:visible').first()).toBeVisible();
  await page.getByText('Search, filters and details').click();
  await expect(details(page, france.name)).toBeVisible();
  await expectShown(details(page, france.name), entityTexts(ctx, france).texts, 'embedded details of FRA');
});

test('every entity\'s details show each statement, law, body, figure, note and source as text', async ({ page, hostile }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openIn(page);
  const ctx = hostile.ctx();
  const list = page.getByRole('list', { name: 'Entities matching the filters' });
  for (const e of ctx.d.entities) {
    await list.getByRole('button', { name: e.name }).click();
    const panel = details(page, e.name);
    await expect(page.locator('#details-title')).toHaveText(e.name);
    const want = entityTexts(ctx, e);
    await expectShown(panel, want.texts, `details of ${e.id}`);
    await expectTitles(panel, want.titles, `details of ${e.id}`);
  }
});

test('indicators, issue areas, table, chart, exports and the share dialog show data as text', async ({ page, hostile }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openIn(page);
  const ctx = hostile.ctx();
  const { d } = ctx;
  const withFigures = d.indicators.filter((i) => d.entities.some((e) => headline(e, i.id)));

  // The indicator and issue-area options.
  const pick = page.getByLabel('Statistics: colour the map by');
  const options = await optionTexts(pick);
  for (const i of d.indicators) expect(options).toContain(`${i.name} (${i.unit})`);
  const areas = await optionTexts(page.getByLabel('Issue area'));
  for (const a of d.issue_areas) expect(areas).toContain(a.name);
  await page.getByLabel('Issue area').selectOption(d.issue_areas[0].id);
  await expect(page.locator('.result-summary')).toContainText('entit');
  await page.getByLabel('Issue area').selectOption('');

  // Each indicator's legend: name, unit and definition.
  for (const i of d.indicators) {
    await pick.selectOption(i.id);
    await expectShown(page.getByRole('region', { name: i.name }), [i.name, i.unit, i.definition], `legend of ${i.id}`);
  }

  // With SSE jobs: the tooltip's figure and definition, the details' chosen figure, the map
  // in words and the map's name.
  const jobs = d.indicators.find((i) => i.id === 'sse-jobs');
  await pick.selectOption(jobs.id);
  const colombia = d.entities.find((e) => e.id === 'COL');
  const figure = headline(colombia, jobs.id);
  await expect(map(page)).toHaveAccessibleName(new RegExp(`coloured by ${jobs.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  // The legend over the map's corner, with the payload in every one of its texts, is taller
  // than any real one: the whole world shows Colombia clear of it.
  await wholeWorld(page);
  await hoverShape(page, map(page).locator('path[data-id="COL"]:visible'));
  await expectShown(page.getByRole('tooltip'), [colombia.name, figure.label, jobs.unit, figure.qualifier].filter(Boolean), 'tooltip with an indicator');
  await page.getByRole('list', { name: 'Entities matching the filters' }).getByRole('button', { name: colombia.name }).click();
  await expectShown(details(page, colombia.name).locator('.chosen-figure'), [jobs.name, jobs.unit, figure.qualifier], 'the figure the map shows');
  await page.getByText('The map in words').click();
  await expectShown(page.locator('#map-description'), [jobs.name], 'the map in words, coloured');

  // Exports: the SVG carries the data as escaped text; the PNG draws; the CSV quotes it.
  const download = async (name) => {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
    return readFile(await file.path());
  };
  const svg = (await download('Download the map as SVG')).toString('utf8');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      text: doc.documentElement.textContent,
      elements: doc.querySelectorAll('img, [onerror], foreignObject, script').length,
    };
  }, svg);
  expect(parsed.error).toBeNull();
  expect(parsed.elements, 'elements from the data in the SVG').toBe(0);
  expect(parsed.text).toContain(`${jobs.name} (${jobs.unit})`);
  expect(parsed.text).toContain(d.sources.find((s) => s.id === figure.source).publisher);
  const png = await download('Download the map as PNG');
  expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  const csv = (await download('Download the data as CSV')).toString('utf8');
  expect(csv).toContain(`"${colombia.name.replaceAll('"', '""')}"`);
  await expect(page.getByRole('alert')).toHaveCount(0);

  // The share dialog holds no data text, and nothing of it turns into HTML.
  await page.getByRole('button', { name: 'Share or embed…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share or embed this map' });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('img')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Close' }).click();

  // The table, for each indicator: names, regions, sources; the figure's qualifier and label.
  await page.getByRole('button', { name: 'Table', exact: true }).click();
  const table = page.getByRole('table');
  for (const i of withFigures) {
    await pick.selectOption(i.id);
    await expectShown(table.locator('thead'), [`${i.name} (${i.unit})`], `table head, ${i.id}`);
    const texts = d.entities.map((e) => e.name);
    for (const e of d.entities) {
      const f = headline(e, i.id);
      if (f) texts.push(f.label, d.sources.find((s) => s.id === f.source).publisher);
      if (f?.qualifier) texts.push(f.qualifier);
    }
    await expectShown(table.locator('tbody'), texts, `table rows, ${i.id}`);
    // Name, region and status source of every row are the data's text.
    const cells = await table.locator('tbody tr').evaluateAll((rows) =>
      rows.map((r) => [...r.children].slice(0, 5).map((c) => c.textContent)));
    expect(cells.flatMap((r) => [r[0], r[3], r[4]]).filter((t) => !t.includes(SHOWN)), `table cells, ${i.id}`).toEqual([]);
  }

  // The chart, for each indicator: title, bars, picker and notes.
  await page.getByRole('button', { name: 'Chart', exact: true }).click();
  const chartPick = page.getByLabel('Indicator', { exact: true });
  for (const i of withFigures) {
    await chartPick.selectOption(i.id);
    const ranked = d.entities.filter((e) => headline(e, i.id));
    await expectShown(page.locator('.chart-title'), [i.name, i.unit], `chart title, ${i.id}`);
    const names = ranked.map((e) => e.name);
    await expectShown(page.locator('svg.bar-chart'), names, `chart bars, ${i.id}`, { visible: false });
    await expect(page.locator('svg.bar-chart text.bar-name')).toHaveCount(ranked.length);
    const notes = [...names];
    for (const e of ranked) {
      const f = headline(e, i.id);
      notes.push(f.label);
      for (const id of [f.source, ...(f.more_sources ?? [])]) notes.push(d.sources.find((s) => s.id === id).publisher);
    }
    await expectShown(page.locator('.chart-notes'), notes, `chart notes, ${i.id}`);
    if (ranked.length > 2) {
      for (const e of ranked) await expect(page.getByRole('checkbox', { name: e.name })).toHaveCount(1);
    }
  }
});

test('the tour shows every slide\'s title, caption and source as text', async ({ page, hostile }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/?present=1');
  await expect(page.locator('.slide-title')).toBeVisible();
  const { d, tour } = hostile.ctx();
  await expectShown(page.locator('.tour-title'), [tour.title], 'tour title');
  for (const [n, slide] of tour.slides.entries()) {
    await expect(page.locator('.slide-number')).toHaveText(`Slide ${n + 1} of ${tour.slides.length}`);
    await expect(page.locator('.slide-title')).toHaveText(slide.title);
    await expect(page.locator('.slide-caption')).toHaveText(slide.caption);
    await expect(page.locator('.slide-title').getByText(SHOWN)).toBeVisible();
    if (slide.source) {
      const s = d.sources.find((x) => x.id === slide.source);
      await expectShown(page.locator('.slide-source'), [s.publisher, s.title], `slide ${n + 1} source`);
    }
    await page.keyboard.press('ArrowRight');
  }
  // A question from the floor: the country picked is named by the data.
  await page.keyboard.press('Home');
  await expect(page.locator('.slide-number')).toHaveText(`Slide 1 of ${tour.slides.length}`);
  await wholeWorld(page);
  const colombia = d.entities.find((e) => e.id === 'COL');
  await clickShape(page, map(page).locator('path[data-id="COL"]:visible'));
  await expectShown(page.getByRole('status').filter({ hasText: 'Showing' }), [colombia.name], 'showing a country');
});

test('in French, the data\'s translations and the names file are shown as text', async ({ page, hostile }) => {
  hostile.served.options = { qualifiers: false };
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openIn(page, '/?lang=fr');
  const ctx = hostile.ctx('fr');
  const { d } = ctx;
  // The translations are what is shown: check that the file has them.
  expect(Object.keys(d.translations.fr).length).toBeGreaterThan(50);

  const group = groupTexts(ctx);
  await expect(page.locator('#details-title')).toHaveText(d.translations.fr['group.name']);
  await expectShown(details(page, d.translations.fr['group.name']), group.texts, 'group overview (fr)');

  // Indicators (name, unit, definition) and issue areas in French.
  const pick = page.locator('#indicator-filter');
  const options = await optionTexts(pick);
  for (const i of d.indicators) expect(options).toContain(`${indicatorName(ctx, i)} (${indicatorUnit(ctx, i)})`);
  const areas = await optionTexts(page.locator('#area-filter'));
  for (const a of d.issue_areas) expect(areas).toContain(areaName(ctx, a));
  for (const i of d.indicators) {
    await pick.selectOption(i.id);
    await expectShown(page.getByRole('region', { name: indicatorName(ctx, i) }),
      [indicatorName(ctx, i), indicatorUnit(ctx, i), indicatorDefinition(ctx, i)], `legend of ${i.id} (fr)`);
  }
  await pick.selectOption('');

  // Every entity, named by the names file, with translated summaries and qualifiers.
  const list = page.locator('.entity-list');
  await expectShown(list, d.entities.map((e) => entityName(ctx, e)), 'entity list (fr)');
  for (const e of d.entities) {
    const name = entityName(ctx, e);
    await list.getByRole('button', { name }).click();
    await expect(page.locator('#details-title')).toHaveText(name);
    const want = entityTexts(ctx, e);
    await expectShown(details(page, name), want.texts, `details of ${e.id} (fr)`);
  }
});

test('in French, Spanish and Portuguese, the tour\'s and the group\'s translations are shown as text', async ({ page, hostile }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/?present=1&lang=fr');
  await expect(page.locator('.slide-title')).toBeVisible();
  const { tour } = hostile.ctx('fr');
  for (const [n, slide] of tour.slides.entries()) {
    await expect(page.locator('.slide-number')).toContainText(`${n + 1}`);
    await expect(page.locator('.slide-title')).toHaveText(slide.translations?.fr?.title ?? slide.title);
    await expect(page.locator('.slide-caption')).toHaveText(slide.translations?.fr?.caption ?? slide.caption);
    await page.keyboard.press('ArrowRight');
  }
  for (const lang of ['es', 'pt']) {
    await openIn(page, `/?lang=${lang}`);
    const ctx = hostile.ctx(lang);
    const { d } = ctx;
    await expect(page.locator('#details-title')).toHaveText(d.translations[lang]['group.name']);
    await expectShown(page.locator('#details'), groupTexts(ctx).texts, `group overview (${lang})`);
    await page.goto(`/?present=1&lang=${lang}&slide=2`);
    const slide = ctx.tour.slides[1];
    await expect(page.locator('.slide-title')).toHaveText(slide.translations?.[lang]?.title ?? slide.title);
    await expect(page.locator('.slide-caption')).toHaveText(slide.translations?.[lang]?.caption ?? slide.caption);
  }
});
