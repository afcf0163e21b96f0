// Downloads of the current view: SVG and PNG with title, legend, date and sources printed on
// them, and the data as CSV.
import { test, expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { openApp } from './helpers.mjs';

async function download(page, name) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name }).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

test('the SVG download parses as SVG and carries title, legend, date and sources', async ({ page }) => {
  await openApp(page, '/?indicator=sse-jobs');
  const { name, bytes } = await download(page, 'Download the map as SVG');
  expect(name).toMatch(/^sse-atlas-.*sse-jobs\.svg$/);
  const text = bytes.toString('utf8');
  console.log(`SVG export (indicator sse-jobs, the home region): ${bytes.length} bytes`);
  const parsed = await page.evaluate((t) => {
    const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.localName,
      text: doc.documentElement.textContent,
      paths: doc.querySelectorAll('path').length,
    };
  }, text);
  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe('svg');
  // The map as shown: the group's region, with its neighbours around it.
  expect(parsed.paths).toBeGreaterThan(100);
  // From Costa Rica's census of 2012 to the newest figure.
  expect(parsed.text).toContain('SSE jobs (jobs), figures of 2012–2023');
  expect(parsed.text).toContain('No comparable data');
  expect(parsed.text).toContain('As of 8 Jul 2017');
  expect(parsed.text).toMatch(/Source: .*http/);
  expect(parsed.text).toContain('Natural Earth');
});

test('the status map exports its status legend; the PNG is a PNG', async ({ page }) => {
  await openApp(page, '/?date=2014-09&country=FRA');
  const svg = await download(page, 'Download the map as SVG');
  const text = svg.bytes.toString('utf8');
  for (const label of ['Status in the group', 'Member', 'Observer', 'Interested', 'As of Sep 2014']) {
    expect(text).toContain(label);
  }
  console.log(`SVG export (statuses, zoomed on France): ${svg.bytes.length} bytes`);
  const png = await download(page, 'Download the map as PNG');
  expect(png.name).toMatch(/\.png$/);
  expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  // The width in the IHDR chunk: 2 px per CSS px of a 1040 px sheet.
  expect(png.bytes.readUInt32BE(16)).toBe(2080);
  // A drawn map, not an empty canvas (which would compress to a few kilobytes).
  expect(png.bytes.length).toBeGreaterThan(100_000);
  console.log(`PNG export: ${png.bytes.length} bytes, ${png.bytes.readUInt32BE(16)}×${png.bytes.readUInt32BE(20)} px`);
});

test('the CSV download from the map view holds the rows of what the filters leave', async ({ page }) => {
  await openApp(page, '/?date=2014-09&status=interested');
  const csv = await download(page, 'Download the data as CSV');
  const lines = csv.bytes.toString('utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
  expect(lines).toHaveLength(4);
  expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['Mali', 'Senegal', 'Togo']);
});
