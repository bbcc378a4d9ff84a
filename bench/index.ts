/**
 * `npm run bench`: every benchmark in turn, each in its own process so that none warms
 * another's caches. Each prints its figures beside a baseline measured in the same run.
 * `npm run bench -- citation search` runs only the named ones.
 */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const BENCHES = ['startup', 'citation', 'csl', 'completionHover', 'quoteCheck', 'quoteEditor', 'hostileText', 'corpusLoad', 'search'];

const wanted = process.argv.slice(2);
const chosen = wanted.length > 0 ? BENCHES.filter((name) => wanted.includes(name)) : BENCHES;
let failed = 0;
for (const name of chosen) {
  console.log(`\n=== ${name} ===`);
  const result = spawnSync(process.execPath, [path.join(__dirname, `${name}.js`)], { stdio: 'inherit' });
  if (result.status !== 0) failed++;
}
process.exitCode = failed > 0 ? 1 : 0;
