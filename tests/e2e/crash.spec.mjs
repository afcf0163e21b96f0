// A panic in the WebAssembly is not a silent dead page: the panic hook logs it and shows a
// message with a reload link, in the page's language.
import { test, expect } from '@playwright/test';

for (const [lang, text, reload] of [
  ['en', 'Something went wrong', 'Reload the page'],
  ['fr', 'Une erreur s’est produite', 'Recharger la page'],
]) {
  test(`a panic shows "${text}" with a reload link (${lang}), and is logged`, async ({ page }) => {
    const errors = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto(`/?country=FRA&lang=${lang}`);
    await expect(page.locator('svg.world-map path.shape:visible').first()).toBeVisible();
    // The test hook panics like a bug would; the call itself fails (the instance aborts).
    const threw = await page.evaluate(() => {
      try { window.wasmBindings.simulate_panic(); return false; } catch { return true; }
    });
    expect(threw).toBe(true);
    const alert = page.locator('#crash[role="alert"]');
    await expect(alert).toContainText(text);
    const link = alert.getByRole('link', { name: reload });
    await expect(link).toHaveAttribute('href', /country=FRA/);
    expect(errors.join('\n')).toContain('simulated panic (test hook)');
    // The reload brings the app back, on the same view.
    await link.click();
    await expect(page.locator('#crash')).toHaveCount(0);
    await expect(page.locator('svg.world-map path.shape:visible').first()).toBeVisible();
  });
}
