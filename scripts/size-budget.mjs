// The first view's size budget: the gzip total of what an English visitor's browser fetches
// before the map shows (page, loader, WebAssembly, dataset, 1:110m boundaries, Quebec), against
// size-budget.json. More than 5 % over the recorded budget fails (scripts/test runs it after the
// release build). After a deliberate increase, record the new figure with
// `node scripts/size-budget.mjs --record` and say why in the commit.
import { gzipSync } from 'node:zlib';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = 'dist';
const budgetFile = 'size-budget.json';
const hashed = (re) => {
  const f = readdirSync(dist).find((n) => re.test(n));
  if (!f) throw new Error(`size-budget: no ${re} in ${dist}/ (run the release build first)`);
  return f;
};
const files = [
  'index.html',
  hashed(/^sse-atlas-[0-9a-f]+\.js$/),
  hashed(/^sse-atlas-[0-9a-f]+_bg\.wasm$/),
  'assets/data/ilg-sse.json',
  'assets/geo/countries-110m.geojson',
  'assets/geo/quebec-50m.geojson',
];
let total = 0;
for (const f of files) {
  const bytes = gzipSync(readFileSync(join(dist, f)), { level: 9 }).length;
  total += bytes;
  console.log(`  ${f.padEnd(40)} ${String(bytes).padStart(9)} gzip`);
}
const budget = JSON.parse(readFileSync(budgetFile, 'utf8'));
const limit = Math.round(budget.first_view_gzip_bytes * (1 + budget.tolerance));
if (process.argv.includes('--record')) {
  budget.first_view_gzip_bytes = total;
  writeFileSync(budgetFile, JSON.stringify(budget, null, 2) + '\n');
  console.log(`size-budget: recorded ${total} bytes`);
} else if (total > limit) {
  console.error(`size-budget: the first view is ${total} bytes gzip, over the limit of ${limit} (budget ${budget.first_view_gzip_bytes} + ${budget.tolerance * 100} %)`);
  process.exit(1);
} else {
  console.log(`size-budget: ${total} bytes gzip, within ${limit} (budget ${budget.first_view_gzip_bytes} + ${budget.tolerance * 100} %)`);
}
