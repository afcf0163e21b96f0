// Offline: after one visit the service worker has stored the app, and a reload with the
// server stopped still shows the map.
import { test, expect } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { serve } from '../../scripts/static-server.mjs';

test.use({ serviceWorkers: 'allow' });

test('after a first visit, the map still loads with the server stopped', async ({ page }) => {
  const dist = fileURLToPath(new URL('../../dist', import.meta.url));
  const server = await serve(dist, 0);
  const base = `http://127.0.0.1:${server.address().port}/`;
  try {
    await page.goto(`${base}?present=1`);
    await expect(page.locator('svg.world-map path.shape').first()).toBeVisible();
    // Presentation mode says when the app is stored.
    await expect(page.getByText('Offline ready')).toBeVisible({ timeout: 20_000 });
    const stored = await page.evaluate(async () => {
      const names = await caches.keys();
      let bytes = 0;
      let entries = 0;
      for (const n of names) {
        const cache = await caches.open(n);
        for (const req of await cache.keys()) {
          entries += 1;
          bytes += (await (await cache.match(req)).arrayBuffer()).byteLength;
        }
      }
      return { names, entries, bytes };
    });
    console.log(`service worker cache: ${stored.entries} entries, ${stored.bytes} bytes`);
    expect(stored.names).toHaveLength(1);
    expect(stored.names[0]).toMatch(/^sse-atlas-[0-9a-f]{16}$/);
    expect(stored.entries).toBeGreaterThanOrEqual(10);
  } finally {
    await new Promise((done) => server.close(done));
    server.closeAllConnections?.();
  }
  await page.goto(`${base}?country=FRA`);
  await expect(page.locator('svg.world-map path.shape').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'France' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});
