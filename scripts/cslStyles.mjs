#!/usr/bin/env node
// Loads every independent CSL style in ../shared/csl-all/styles (or the folder given) into
// Annalist's CSL engine and formats a set of varied CSL-JSON items with each: a citation of
// every item (first and subsequent positions, with a locator) and the bibliography. Reports
// how many styles loaded, how many threw (and the first errors), and how many items were
// formatted. The engine is loaded from out/ — run `npx tsc -p .` first.
//
//   node scripts/cslStyles.mjs [STYLES_DIR] [--errors]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const engineJs = join(root, 'out/src/core/csl/index.js');
if (!existsSync(engineJs)) { console.error('out/src/core/csl is missing: run `npx tsc -p .` first.'); process.exit(2); }
const { CslEngine } = require(engineJs);
const { varietyItems } = require(join(root, 'out/bench/cslItems.js'));

const args = process.argv.slice(2);
const showErrors = args.includes('--errors');
const dir = args.find((a) => !a.startsWith('--')) ?? resolve(root, '../shared/csl-all/styles');
const localeDirs = [resolve(root, '../shared/csl-all/locales'), resolve(root, '../shared/csl')];
const cache = new Map();
const locales = (lang) => {
  if (!cache.has(lang)) {
    const f = localeDirs.map((d) => join(d, `locales-${lang}.xml`)).find((p) => existsSync(p));
    cache.set(lang, f ? readFileSync(f, 'utf8') : undefined);
  }
  return cache.get(lang);
};

const items = varietyItems();
const files = readdirSync(dir).filter((f) => f.endsWith('.csl')).sort();
let loaded = 0; let threwLoading = 0; let threwFormatting = 0; let formatted = 0; let citations = 0;
const errors = [];
const started = process.hrtime.bigint();
for (const f of files) {
  let engine;
  try {
    engine = new CslEngine(readFileSync(join(dir, f), 'utf8'), { locales, format: 'html' });
    engine.setItems(items);
    loaded++;
  } catch (e) {
    threwLoading++;
    errors.push(`${f}: load: ${e.message}`);
    continue;
  }
  try {
    const cites = items.map((it, i) => ({ items: [{ id: it.id, locator: i % 3 === 0 ? '12-14' : undefined, label: i % 6 === 0 ? 'chapter' : undefined }], noteIndex: i + 1 }));
    const out = engine.citations([...cites, ...cites.slice(0, 10)]);
    citations += out.length;
    formatted += engine.bibliography().entries.length;
  } catch (e) {
    threwFormatting++;
    errors.push(`${f}: format: ${e.message}`);
  }
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
console.log(`styles: ${files.length}; loaded ${loaded}; threw while loading ${threwLoading}; threw while formatting ${threwFormatting}`);
console.log(`items: ${items.length} per style; citations formatted ${citations}; bibliography entries formatted ${formatted}; ${seconds.toFixed(1)} s`);
if (errors.length) console.log(showErrors ? errors.join('\n') : `first errors (--errors for all):\n${errors.slice(0, 10).join('\n')}`);
process.exitCode = threwLoading + threwFormatting > 0 ? 1 : 0;
