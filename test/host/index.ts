import * as fs from 'fs';
import * as path from 'path';
import { format } from 'util';
import MochaImport from 'mocha';

/**
 * Starts every line the suite prints, when the runner asks for one. In code-server the
 * extension host's console reaches the runner mixed with the workbench's own log, so
 * scripts/runHostTests.mjs sets this variable, shows only the marked lines and strips the mark.
 */
const logMarker = process.env.ANNALIST_HOST_LOG_MARKER ?? '';

/**
 * Which tests this extension host runs: `untrusted` runs only `*.untrusted.test.js`, in a
 * workspace that is not trusted; any other value runs the rest (scripts/runHostTests.mjs).
 */
const suite = process.env.ANNALIST_HOST_SUITE ?? 'trusted';

/**
 * Entry point that VS Code loads inside the real extension host (`extensionTestsPath`).
 * Runs every compiled `out/test/host/**\/*.test.js` with mocha (bdd: describe/it), prints the
 * spec report, and ends with the summary line `host: N passed, N failed` that CI reads.
 * Resolves when all tests pass; rejects otherwise (the host then exits with code 1).
 */
export function run(): Promise<void> {
  // mocha 12 is ESM-first: loading it from CommonJS yields a namespace whose default is the class.
  const Mocha = (MochaImport as typeof MochaImport & { default?: typeof MochaImport }).default ?? MochaImport;
  // Reporters pass printf-style arguments; the host forwards them unformatted, so format here.
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => log(format(...args));
  // ANNALIST_HOST_GREP narrows a run to the tests whose titles match, while developing.
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 30_000, grep: process.env.ANNALIST_HOST_GREP });
  for (const file of testFiles(__dirname)) mocha.addFile(file);

  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const passed = runner.stats?.passes ?? 0;
      log(`host: ${passed} passed, ${failures} failed`);
      if (failures > 0) reject(new Error(`${failures} host test(s) failed`));
      else if (passed === 0) reject(new Error('no host tests ran'));
      else resolve();
    });
  });
}

/** Prints each line with the runner's marker (see `logMarker`). */
function log(text: string): void {
  console.log(text.split('\n').map((line) => logMarker + line).join('\n'));
}

/** The suite's `*.test.js` below `dir`, sorted so the run order is stable. */
function testFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.test.js'))
    .filter((name) => name.endsWith('.untrusted.test.js') === (suite === 'untrusted'))
    .sort()
    .map((name) => path.join(dir, name));
}
