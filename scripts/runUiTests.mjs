// Runs the UI scenarios (out/test/ui/*.scenario.js) against the packaged extension: installs
// annalist.vsix into a fresh code-server, then drives headless Chromium as a person would.
// Usage: npm run test:ui [-- <scenario name>...]   (packages and installs code-server first)
// Environment: ANNALIST_UI_TIMEOUT_S per scenario (default 180), ANNALIST_KEEP_RUN_DIRS=1,
// ANNALIST_VSIX to test another package than ./annalist.vsix.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import {
  copyWorkspace, installExtension, makeTempDir, removeRunDir, repoRoot, startCodeServer, tail,
} from './codeServer.mjs';

const require = createRequire(import.meta.url);
const vsix = path.resolve(process.env.ANNALIST_VSIX ?? path.join(repoRoot, 'annalist.vsix'));
const sourceDir = path.join(repoRoot, 'test', 'ui');
const compiledDir = path.join(repoRoot, 'out', 'test', 'ui');
const screenshotDir = path.join(repoRoot, 'media', 'screenshots');
const failureDir = path.join(repoRoot, 'test-results');
const timeoutSeconds = Number(process.env.ANNALIST_UI_TIMEOUT_S ?? 180);

/** Compiles the TypeScript when a UI source is newer than its output (test:ui does not compile). */
function ensureCompiled() {
  const modified = (file) => (existsSync(file) ? statSync(file).mtimeMs : 0);
  const stale = readdirSync(sourceDir)
    .filter((file) => file.endsWith('.ts'))
    .some((file) => modified(path.join(sourceDir, file)) > modified(path.join(compiledDir, file.replace(/\.ts$/, '.js'))));
  if (!stale) return;
  console.log('runUiTests: compiling the TypeScript (out/ is older than test/ui/)');
  try {
    execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', repoRoot], { stdio: 'inherit' });
  } catch {
    // tsc still writes out/ when other files have type errors; the scenarios' own errors show above.
  }
}

/** The scenarios to run: every compiled one, or those named on the command line. */
function scenarioFiles() {
  const wanted = process.argv.slice(2);
  return readdirSync(compiledDir)
    .filter((file) => file.endsWith('.scenario.js'))
    .filter((file) => wanted.length === 0 || wanted.includes(file.replace(/\.scenario\.js$/, '')))
    .sort()
    .map((file) => path.join(compiledDir, file));
}

/** Rejects after `seconds`, naming what took too long. */
function deadline(seconds, what) {
  let timer;
  const promise = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${seconds} s (ANNALIST_UI_TIMEOUT_S)`)), seconds * 1000);
  });
  return { promise, cancel: () => clearTimeout(timer) };
}

/** Runs one scenario in its own browser and workspace copy; resolves true when it passed. */
async function runScenario(file, server, runDir) {
  const name = path.basename(file, '.scenario.js');
  const { Harness } = require(path.join(compiledDir, 'harness.js'));
  const { run } = require(file);
  const started = Date.now();
  console.log(`ui: ${name}`);
  const workspaceDir = copyWorkspace('sample', path.join(runDir, name, 'sample'));
  const harness = await Harness.launch({
    workspaceDir,
    workbenchUrl: server.workbenchUrl(workspaceDir),
    profileDir: path.join(runDir, name, 'browser-profile'),
    screenshotDir,
    log: (line) => console.log(line),
  });
  const limit = deadline(timeoutSeconds, `scenario ${name}`);
  try {
    await Promise.race([run(harness), limit.promise]);
    console.log(`  PASS ${name} (${Math.round((Date.now() - started) / 1000)} s)`);
    return true;
  } catch (error) {
    console.log(`  FAIL ${name}: ${error instanceof Error ? error.message : error}`);
    const shot = await harness.screenshot(`${name}-failure`, failureDir).catch(() => undefined);
    if (shot) console.log(`  screenshot of the failure: ${path.relative(repoRoot, shot)}`);
    return false;
  } finally {
    limit.cancel();
    await harness.close().catch(() => undefined);
  }
}

async function main() {
  if (!existsSync(vsix)) {
    console.error(`runUiTests: ${vsix} is missing; build it with: npm run package`);
    process.exit(1);
  }
  ensureCompiled();
  const files = scenarioFiles();
  if (files.length === 0) {
    console.error(`runUiTests: no scenarios matched in ${path.relative(repoRoot, compiledDir)}`);
    console.log('ui: 0 passed, 1 failed');
    process.exit(1);
  }
  const started = Date.now();
  const runDir = await makeTempDir('ui');
  let passed = 0;
  let failed = 0;
  let server;
  try {
    installExtension(runDir, vsix);
    // Each scenario's browser gets its own extension host; end it a minute after the browser
    // closes instead of the default three hours, so scenarios do not pile up hosts in memory.
    server = await startCodeServer({ runDir, extraArgs: ['--reconnection-grace-time', '60'] });
    console.log(`runUiTests: code-server ${server.url} with annalist.vsix (log ${server.logFile})`);
    for (const file of files) {
      if (await runScenario(file, server, runDir)) passed += 1;
      else failed += 1;
    }
  } catch (error) {
    console.error(`runUiTests: ${error instanceof Error ? error.message : error}`);
    failed = Math.max(1, files.length - passed);
  } finally {
    await server?.stop();
  }
  if (failed > 0 && server) console.error(`runUiTests: last lines of the server log:\n${tail(server.logFile, 15)}`);
  if (failed === 0) await removeRunDir(runDir);
  else console.error(`runUiTests: run folder kept for inspection: ${runDir}`);
  console.log(`runUiTests: finished in ${Math.round((Date.now() - started) / 1000)} s`);
  console.log(`ui: ${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
}

await main();
