// Screenshots of the built app (after scripts/build), for a person to look at and for the
// README. Usage:
//   node scripts/screenshots.mjs [OUT_DIR]   the five sizes of the house rules, home and with a
//                                            selection, as PNG (default target/screenshots)
//   node scripts/screenshots.mjs --readme    the README's pictures in docs/screenshots/:
//                                            desktop, phone with a selection, the presentation
//                                            with its QR code, a country card, the share dialog
//                                            (PNG, each at most 300 KB: the script fails past it)
import { mkdirSync, statSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serve } from './static-server.mjs';

const readme = process.argv.includes('--readme');
const out = readme ? 'docs/screenshots' : (process.argv[2] ?? 'target/screenshots');
const MAX_BYTES = 300 * 1024;
mkdirSync(out, { recursive: true });
const server = await serve('dist', 0);
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 };
const shots = readme
  ? [
    { name: 'desktop', context: { viewport: { width: 1280, height: 800 } }, path: '?country=FRA&indicator=sse-jobs' },
    { name: 'phone', context: phone, path: '?country=COL' },
    // A projector's 16:9 at 1600×900: the 1920×1080 picture is over the README's 300 KB.
    { name: 'presentation', context: { viewport: { width: 1600, height: 900 } }, path: '?present=1&slide=2', wait: '.slide-qr svg.qr' },
    // The country card at an NGO page's column width, and the share dialog with its QR code.
    { name: 'card', context: { viewport: { width: 400, height: 340 } }, path: '?embed=1&card=1&country=SEN', wait: '.country-card h1' },
    { name: 'share', context: { viewport: { width: 1280, height: 800 } }, path: '?country=SEN', open: 'Share or embed…', wait: '#share-dialog svg.qr' },
  ]
  : [
    ['desktop', { viewport: { width: 1280, height: 800 } }],
    ['wide', { viewport: { width: 1920, height: 1080 } }],
    ['phone', phone],
    ['embed', { viewport: { width: 600, height: 450 } }, 'embed=1'],
    ['presentation', { viewport: { width: 1920, height: 1080 } }, 'present=1'],
  ].flatMap(([name, context, extra]) => [
    { name: `${name}-home`, context, path: extra ? `?${extra}` : '' },
    { name: `${name}-france`, context, path: `?country=FRA${extra ? `&${extra}` : ''}` },
  ]);

for (const shot of shots) {
  const context = await browser.newContext({ ...shot.context, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(base + shot.path);
  if (!shot.path.includes('card=1')) {
    await page.waitForSelector('svg.world-map path.shape');
    // A link that asks for more than the first view shows is shown once the build's view of
    // it is in (a country, an indicator) or else once the app is ready (the rule of
    // assets/boot.js); the first view alone never loads the app.
    const keeps = ['lang', 'theme', 'accent', 'embed'];
    const keys = [...new URLSearchParams(shot.path).keys()];
    if (keys.some((k) => !keeps.includes(k))) {
      const built = keys.every((k) => [...keeps, 'country', 'indicator'].includes(k));
      await page.waitForSelector(built ? 'html.details-shown:not(.waiting)' : 'html[data-atlas="ready"]');
    }
  }
  if (shot.open) await page.getByRole('button', { name: shot.open }).click();
  if (shot.wait) await page.waitForSelector(shot.wait);
  // The map frames a selection once the details have come to rest.
  await page.waitForTimeout(1200);
  const file = `${out}/${shot.name}.png`;
  await page.screenshot({ path: file });
  const bytes = statSync(file).size;
  console.log(`${file}: ${Math.round(bytes / 1024)} KB`);
  if (readme && bytes > MAX_BYTES) {
    console.error(`screenshots: ${file} is over 300 KB`);
    process.exitCode = 1;
  }
  await context.close();
}
await browser.close();
server.close();
