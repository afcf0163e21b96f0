// The JSON Schema that editors use (assets/data/ilg-sse.schema.json) held to the app's own
// check (src/core/check): every file the check accepts, the schema accepts too, so that an
// editor's schema never refuses a file the page shows whole. The check is stricter (it also
// resolves ids and checks calendar dates), so the schema may accept what the check refuses.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const schema = JSON.parse(read('assets/data/ilg-sse.schema.json'));
const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema);
const verdict = (text) => {
  let value;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { json: false, ok: false };
  }
  return { json: true, ok: validate(value), errors: validate.errors };
};

test('the schema accepts the built-in dataset and the fixtures the check accepts', () => {
  for (const path of ['assets/data/ilg-sse.json', 'tests/fixtures/minimal-dataset.json']) {
    const v = verdict(read(path));
    expect(v.ok, `${path}: ${JSON.stringify(v.errors, null, 1)}`).toBe(true);
  }
});

test('over the corpus, the schema accepts every file the check accepts and refuses none it shows whole', () => {
  const cases = JSON.parse(read('tests/corpus/cases.json')).filter((c) => c.entry === 'dataset' && c.file);
  expect(cases.length).toBeGreaterThan(10);
  let refusedByBoth = 0;
  for (const c of cases) {
    const v = verdict(read(`tests/corpus/${c.file}`));
    if (c.outcome === 'accepted') {
      expect(v.ok, `${c.file}: the check accepts it, the schema says ${JSON.stringify(v.errors)}`).toBe(true);
    }
    if (!v.ok) {
      expect(c.outcome, `${c.file}: the schema refuses it, the check did not find a problem`).not.toBe('accepted');
      refusedByBoth += 1;
    }
  }
  // The corpus is mostly broken files: the schema must see most of them too.
  expect(refusedByBoth).toBeGreaterThan(cases.length / 2);
});

test('a file without its empty lists is valid for both', () => {
  const d = JSON.parse(read('tests/fixtures/minimal-dataset.json'));
  for (const e of d.entities) for (const k of ['statements', 'laws', 'bodies']) delete e[k];
  delete d.group.statements;
  expect(verdict(JSON.stringify(d)).ok, JSON.stringify(validate.errors)).toBe(true);
});
