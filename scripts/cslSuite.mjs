#!/usr/bin/env node
// Runs CSL test-suite fixtures through Annalist's CSL engine (src/core/csl).
//
// The engine is loaded from the TypeScript build in out/ — run `npx tsc -p .` first.
//
//   node scripts/cslSuite.mjs                      all fixtures of ../shared/csl-test-suite/humans, a table per area
//   node scripts/cslSuite.mjs DIR|FIXTURE.txt…     the given fixtures or folders
//   node scripts/cslSuite.mjs --json FIXTURE.txt…  one JSON line per fixture: {"fixture","pass"[,"skipped"]}
//   --verbose                                      with the table: expected and actual output of each failure
//
// Locales are read from ../shared/csl-all/locales (locales-xx-XX.xml), or else the en-US
// locale in ../shared/csl. A fixture whose style needs a locale that is not there is skipped.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const fixtureJs = join(root, 'out/src/core/csl/suite/fixture.js');
if (!existsSync(fixtureJs)) {
  console.error('out/src/core/csl is missing: run `npx tsc -p .` first.');
  process.exit(2);
}
const { parseFixture, runFixture } = require(fixtureJs);

const args = process.argv.slice(2);
const json = args.includes('--json');
const verbose = args.includes('--verbose');
const paths = args.filter((a) => !a.startsWith('--'));
if (paths.length === 0) paths.push(resolve(root, '../shared/csl-test-suite/humans'));

const localeDirs = [resolve(root, '../shared/csl-all/locales'), resolve(root, '../shared/csl')];
const localeCache = new Map();
function locales(lang) {
  if (localeCache.has(lang)) return localeCache.get(lang);
  let text;
  for (const dir of localeDirs) {
    const f = join(dir, `locales-${lang}.xml`);
    if (existsSync(f)) { text = readFileSync(f, 'utf8'); break; }
  }
  localeCache.set(lang, text);
  return text;
}

const files = [];
for (const p of paths) {
  if (statSync(p).isDirectory()) {
    for (const f of readdirSync(p).sort()) if (f.endsWith('.txt')) files.push(join(p, f));
  } else files.push(p);
}

const areas = new Map();
for (const file of files) {
  const name = basename(file, '.txt');
  let result;
  try {
    result = runFixture(parseFixture(readFileSync(file, 'utf8')), locales);
  } catch (e) {
    result = { pass: false, error: String(e) };
  }
  if (json) {
    const line = { fixture: name, pass: result.pass };
    if (result.skipped) line.skipped = result.skipped;
    console.log(JSON.stringify(line));
    continue;
  }
  const area = name.split('_')[0];
  const a = areas.get(area) ?? { pass: 0, fail: 0, skipped: 0, reasons: new Map() };
  if (result.skipped) {
    a.skipped++;
    a.reasons.set(result.skipped, (a.reasons.get(result.skipped) ?? 0) + 1);
  } else if (result.pass) a.pass++;
  else {
    a.fail++;
    if (verbose) console.log(`FAIL ${name}${result.error ? ` (${result.error})` : ''}\n  expected: ${result.expected}\n  actual:   ${result.actual}`);
  }
  areas.set(area, a);
}
if (!json) {
  const rows = [...areas.entries()].sort((x, y) => (y[1].pass + y[1].fail + y[1].skipped) - (x[1].pass + x[1].fail + x[1].skipped));
  const total = { pass: 0, fail: 0, skipped: 0 };
  console.log(`${'area'.padEnd(16)}${'pass'.padStart(6)}${'fail'.padStart(6)}${'skip'.padStart(6)}  rate   skipped because`);
  for (const [area, a] of rows) {
    total.pass += a.pass; total.fail += a.fail; total.skipped += a.skipped;
    const run = a.pass + a.fail;
    const reasons = [...a.reasons.entries()].map(([r, n]) => `${r} (${n})`).join('; ');
    console.log(`${area.padEnd(16)}${String(a.pass).padStart(6)}${String(a.fail).padStart(6)}${String(a.skipped).padStart(6)}  ${run ? `${Math.round((100 * a.pass) / run)}%`.padStart(4) : '   -'}   ${reasons}`);
  }
  const run = total.pass + total.fail;
  console.log(`${'total'.padEnd(16)}${String(total.pass).padStart(6)}${String(total.fail).padStart(6)}${String(total.skipped).padStart(6)}  ${run ? `${Math.round((100 * total.pass) / run)}%` : '-'}`);
}
