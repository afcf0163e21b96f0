// Screenshots of the built app for a person to look at: desktop 1280x800 and phone 390x844,
// the opening view and a selected country. Usage: node scripts/screenshots.mjs [OUT_DIR]
// (after scripts/build). Writes OUT_DIR/{desktop,phone}-{home,france}.png.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serve } from './static-server.mjs';

const out = process.argv[2] ?? 'target/screenshots';
mkdirSync(out, { recursive: true });
const server = await serve('dist', 0);
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
for (const [name, viewport] of [['desktop', { width: 1280, height: 800 }], ['phone', { width: 390, height: 844 }]]) {
  const page = await browser.newPage({ viewport });
  await page.goto(base);
  await page.waitForSelector('svg.world-map path.shape');
  await page.screenshot({ path: `${out}/${name}-home.png` });
  await page.getByRole('button', { name: 'France, member' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForTimeout(200);
  await page.screenshot({ path: `${out}/${name}-france.png`, fullPage: name === 'phone' ? false : false });
  await page.close();
}
await browser.close();
server.close();
console.log(`screenshots in ${out}/`);
