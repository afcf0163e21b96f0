// axe-core (WCAG 2.0–2.2 A and AA rules) in every mode of the app: zero violations.
import { test, expect } from '@playwright/test';
import { axeViolations, openApp, openDrawer } from './helpers.mjs';


// axe is injected as an inline script, which the page's Content-Security-Policy refuses.
test.use({ bypassCSP: true });


const modes = [
  ['default', '/'],
  ['a selected country with an indicator', '/?country=COL&indicator=sse-jobs'],
  ['table view', '/?view=table&indicator=sse-jobs'],
  ['chart view with a comparison', '/?view=chart&indicator=sse-jobs&compare=FRA,COL'],
  ['filters set', '/?date=2014-09&status=interested&region=africa'],
  ['embed', '/?embed=1&indicator=sse-jobs'],
  ['presentation', '/?present=1&slide=3'],
  ['dark theme', '/?theme=dark&country=FRA'],
  ['high-contrast theme', '/?theme=contrast&indicator=sse-jobs'],
];

for (const [name, path] of modes) {
  test(`axe: no violations, ${name}`, async ({ page }) => {
    await openApp(page, path);
    if (path.includes('present')) await expect(page.locator('.slide-title')).toBeVisible();
    // Let deferred panels and animations settle.
    await page.waitForTimeout(500);
    const found = await axeViolations(page);
    console.log(`axe ${name}: ${found.length} violations`);
    expect(found, found.join('\n')).toEqual([]);
  });
}

test('axe: no violations with the share dialog open, and on a phone with the drawers open', async ({ page }) => {
  await openApp(page, '/?indicator=sse-jobs');
  await page.getByRole('button', { name: 'Share or embed…' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect(page.getByRole('img', { name: 'QR code of the link to this view' })).toBeVisible();
  let found = await axeViolations(page);
  expect(found, found.join('\n')).toEqual([]);
  await page.setViewportSize({ width: 390, height: 844 });
  await openApp(page, '/?indicator=sse-jobs');
  await openDrawer(page, 'Filters and statistics');
  await openDrawer(page, /^Entities/);
  await page.waitForTimeout(300);
  found = await axeViolations(page);
  console.log(`axe share dialog + phone: ${found.length} violations`);
  expect(found, found.join('\n')).toEqual([]);
});

for (const path of ['/?embed=1&card=1&country=ECU', '/?embed=1&card=1&country=SEN&lang=fr&theme=dark', '/?embed=1&card=1&country=MLI&theme=contrast&accent=%23ffcc00', '/?embed=1&card=1&country=XYZ']) {
  test(`axe: no violations in the card ${path}`, async ({ page }) => {
    await page.setViewportSize({ width: 400, height: 600 });
    await page.goto(path);
    await expect(page.getByRole('article').getByRole('link').last()).toBeVisible();
    const found = await axeViolations(page);
    expect(found, found.join('\n')).toEqual([]);
  });
}

test('axe is really looking: a planted unnamed button and low-contrast text are reported', async ({ page }) => {
  await openApp(page, '/');
  await page.evaluate(() => {
    const b = document.createElement('button');
    document.querySelector('main').append(b);
    const p = document.createElement('p');
    p.textContent = 'faint text';
    p.style.color = '#cccccc';
    document.querySelector('main').append(p);
  });
  const found = await axeViolations(page);
  expect(found.some((v) => v.startsWith('button-name'))).toBe(true);
  expect(found.some((v) => v.startsWith('color-contrast'))).toBe(true);
});
