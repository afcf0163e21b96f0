// The size budget, in two parts, against size-budget.json:
// - the first view: the gzip total of what a visitor's browser fetches before the map shows
//   and works (the page with its first view, the WebAssembly's glue, loader and main module;
//   not the dataset, which the page is written from and fetches at idle), which must not grow;
// - the rest of the app, by chunk (split-manifest.json): what each feature costs when it is
//   used, so that a feature that grows is seen, and one that moves into the first view fails.
// More than the tolerance over a recorded figure fails (scripts/test runs it after the release
// build). After a deliberate change, record the new figures with
// `node scripts/size-budget.mjs --record` and say why in the commit.
import { gzipSync } from 'node:zlib';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = 'dist';
const budgetFile = 'size-budget.json';
const gz = (f) => gzipSync(readFileSync(join(dist, f)), { level: 9 }).length;
let manifest;
try {
  manifest = JSON.parse(readFileSync(join(dist, 'split-manifest.json'), 'utf8'));
} catch {
  console.error(`size-budget: no ${dist}/split-manifest.json (run the release build first)`);
  process.exit(1);
}
// The dataset is not in it: the page is written from it, and fetches it at idle (assets/first.js).
const firstView = ['index.html', manifest.glue, manifest.loader, manifest.main];
let total = 0;
console.log('  first view');
for (const f of firstView) {
  const bytes = gz(f);
  total += bytes;
  console.log(`    ${f.padEnd(44)} ${String(bytes).padStart(9)} gzip`);
}
console.log(`    ${'total'.padEnd(44)} ${String(total).padStart(9)} gzip`);
const chunks = {};
console.log('  on demand (each chunk with what it loads first)');
for (const [name, split] of Object.entries(manifest.splits)) {
  chunks[name] = gz(split.file);
  console.log(`    ${name.padEnd(44)} ${String(chunks[name]).padStart(9)} gzip  ${split.file}`);
}
// A country card (?embed=1&card=1) loads the page, the main module and the dataset, then its
// own chunk's packs, and never the map's: its first view is budgeted on its own.
const cardPacks = manifest.splits.start_card?.loads ?? [];
const card = cardPacks.reduce((n, f) => n + gz(f), total + gz('assets/data/ilg-sse.json'));
console.log(`  card first view (the first view + ${cardPacks.join(' + ')})`.padEnd(50) + `${String(card).padStart(9)} gzip`);
const budget = JSON.parse(readFileSync(budgetFile, 'utf8'));
if (process.argv.includes('--record')) {
  budget.first_view_gzip_bytes = total;
  budget.card_first_view_gzip_bytes = card;
  budget.chunk_gzip_bytes = chunks;
  writeFileSync(budgetFile, JSON.stringify(budget, null, 2) + '\n');
  console.log(`size-budget: recorded ${total} bytes for the first view and ${Object.keys(chunks).length} chunks`);
  process.exit(0);
}
const over = [];
const limit = (n) => Math.round(n * (1 + budget.tolerance));
if (total > limit(budget.first_view_gzip_bytes)) {
  over.push(`the first view is ${total} bytes gzip, over ${limit(budget.first_view_gzip_bytes)} (budget ${budget.first_view_gzip_bytes} + ${budget.tolerance * 100} %)`);
}
if (!budget.card_first_view_gzip_bytes || card > limit(budget.card_first_view_gzip_bytes)) {
  over.push(`the card's first view is ${card} bytes gzip, over ${limit(budget.card_first_view_gzip_bytes ?? 0)} (budget ${budget.card_first_view_gzip_bytes})`);
}
for (const [name, bytes] of Object.entries(chunks)) {
  const recorded = budget.chunk_gzip_bytes?.[name];
  if (recorded === undefined) {
    over.push(`chunk ${name} (${bytes} bytes) has no budget: record one`);
  } else if (bytes > limit(recorded)) {
    over.push(`chunk ${name} is ${bytes} bytes gzip, over ${limit(recorded)} (budget ${recorded})`);
  }
}
if (over.length) {
  for (const o of over) console.error(`size-budget: ${o}`);
  process.exit(1);
}
console.log(`size-budget: first view ${total} bytes gzip, within ${limit(budget.first_view_gzip_bytes)}; card ${card}, within ${limit(budget.card_first_view_gzip_bytes)}; every chunk within its budget`);
