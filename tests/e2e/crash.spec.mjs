// The release build ships no way to panic on purpose. (What a panic shows, a message in the
// page's language with a reload of the same view, is tested in the browser component tests,
// tests/web.rs, where the crash message is called directly.)
import { test, expect } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openApp } from './helpers.mjs';

const dist = join(import.meta.dirname, '..', '..', 'dist');

test('the release build holds no test-only panic', async ({ page }) => {
  await openApp(page, '/?country=FRA');
  expect(await page.evaluate(() => typeof window.wasmBindings?.simulate_panic)).toBe('undefined');
  // Nor does any of its scripts or WebAssembly packs, loaded or not.
  const files = readdirSync(dist).filter((f) => /\.(js|wasm)$/.test(f));
  expect(files.length).toBeGreaterThan(3);
  for (const f of files) {
    const text = readFileSync(join(dist, f)).toString('latin1');
    expect(text.includes('simulate_panic'), f).toBe(false);
    expect(text.includes('simulated panic'), f).toBe(false);
  }
});
