// The Content-Security-Policy in force: scripts only from the app's origin (and its hashed
// inline scripts: the boot script, the loader, the first view's texts), no inline script from elsewhere, and the app itself breaks none of it; and
// the embed's messages: the height out, nothing in.
import { test, expect } from '@playwright/test';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp } from './helpers.mjs';
import { serve } from '../../scripts/static-server.mjs';

test('the policy is in the page and the app runs under it without a violation', async ({ page }) => {
  const violations = [];
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) violations.push(m.text()); });
  await openApp(page, '/?indicator=sse-jobs');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("default-src 'self'");
  expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+'){2,3};/);
  expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
  // Use it: select, switch view, export an SVG (blob: URL), open the share dialog.
  await page.getByRole('button', { name: 'Table', exact: true }).click();
  await page.getByRole('button', { name: 'Map', exact: true }).click();
  // French, with the names file fetched.
  await page.getByRole('link', { name: 'Français' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await page.waitForTimeout(300);
  expect(violations).toEqual([]);
  expect(await page.evaluate(() => window.__csp)).toEqual([]);
});

test('an injected inline script does not run', async ({ page }) => {
  await openApp(page, '/');
  const ran = await page.evaluate(async () => {
    window.__ran = false;
    const s = document.createElement('script');
    s.textContent = 'window.__ran = true';
    document.body.append(s);
    await new Promise((r) => setTimeout(r, 50));
    return window.__ran;
  });
  expect(ran).toBe(false);
});

test('messages a host page posts into the frame are ignored; the frame only ever posts its height', async ({ page, baseURL }) => {
  const dir = await mkdtemp(join(tmpdir(), 'sse-host-'));
  await writeFile(join(dir, 'index.html'), `<!doctype html><html lang="en"><title>Host</title><body>
      <script>window.received = []; addEventListener('message', (e) => received.push(e.data));</script>
      <iframe data-sse-atlas title="map" src="${baseURL}?embed=1&country=FRA" style="width:800px;height:600px"></iframe></body></html>`);
  const host = await serve(dir, 0);
  await page.goto(`http://localhost:${host.address().port}/`);
  const frame = page.frameLocator('iframe[data-sse-atlas]');
  await expect(frame.locator('svg.world-map path.shape:visible').first()).toBeVisible();
  await expect(frame.locator('#details-title')).toHaveText('France');
  // The link's view is on screen before the messages come.
  const inside = page.frames().find((f) => f.url().includes('embed=1'));
  await expect(frame.locator('html')).toHaveClass(/\bdetails-shown\b/);
  await expect(frame.locator('html')).not.toHaveClass(/\bwaiting\b/);
  await page.waitForTimeout(600);
  const before = inside.url();
  // Everything a hostile or confused host might send: commands, markup, lies and bulk.
  await page.evaluate(() => {
    const target = document.querySelector('iframe').contentWindow;
    const junk = [
      'reload', '<img src=x onerror="parent.__pwned=1">', { type: 'sse-atlas:navigate', href: 'javascript:parent.__pwned=1' },
      { type: 'sse-atlas:height', height: 1e9 }, { type: 'sse-atlas:state', country: 'ECU', lang: 'fr', data: 'https://evil.example/d.json' },
      { html: '<script>parent.__pwned=1</script>' }, 'x'.repeat(1 << 20), null, 42, [1, [2, [3]]],
    ];
    for (const m of junk) target.postMessage(m, '*');
  });
  await page.waitForTimeout(500);
  expect(inside.url()).toBe(before);
  await expect(frame.locator('#details-title')).toHaveText('France');
  await expect(frame.locator('html')).toHaveAttribute('lang', 'en');
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  const received = await page.evaluate(() => received);
  expect(received.length).toBeGreaterThan(0);
  for (const m of received) expect(Object.keys(m).sort()).toEqual(['height', 'type']);
  expect(new Set(received.map((m) => m.type))).toEqual(new Set(['sse-atlas:height']));
  host.close();
});
