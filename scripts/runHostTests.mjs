// Runs the host tests (out/test/host/**/*.test.js) with mocha inside the real extension host
// of code-server, driven by headless Chromium through VS Code's smoke-test driver.
// Usage: npm run test:host   (builds, compiles and installs code-server first)
// Two suites, each in its own code-server: "trusted" (every test) and "untrusted" (restricted
// mode, *.untrusted.test.js). ANNALIST_HOST_SUITES=untrusted runs only the named ones;
// ANNALIST_HOST_GREP=pattern only the tests whose titles match.
// Environment: ANNALIST_HOST_TIMEOUT_S (default 1200), ANNALIST_KEEP_RUN_DIRS=1 keeps the run folder,
// ANNALIST_HOST_VERBOSE=1 also prints the workbench's own log.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { copyWorkspace, makeTempDir, removeRunDir, repoRoot, startCodeServer, tail } from './codeServer.mjs';

const require = createRequire(import.meta.url);
const timeoutSeconds = Number(process.env.ANNALIST_HOST_TIMEOUT_S ?? 1200);
const testsEntry = path.join(repoRoot, 'out', 'test', 'host', 'index.js');
const SUMMARY = /^host: \d+ passed, \d+ failed$/;
/** test/host/index.ts starts each of its lines with this (ANNALIST_HOST_LOG_MARKER); the rest is workbench log. */
const LOG_MARKER = '[annalist-host] ';
const verbose = Boolean(process.env.ANNALIST_HOST_VERBOSE);

/** Exits early, with a fix, when the build outputs the host needs are missing. */
function checkBuildOutputs() {
  const missing = [
    [path.join(repoRoot, 'dist', 'extension.js'), 'npm run build'],
    [testsEntry, 'npm run compile'],
    [path.join(repoRoot, 'out', 'test', 'ui', 'browser.js'), 'npm run compile'],
  ].filter(([file]) => !existsSync(file));
  for (const [file, fix] of missing) console.error(`runHostTests: ${path.relative(repoRoot, file)} is missing; run: ${fix}`);
  if (missing.length > 0) process.exit(1);
}

/**
 * Opens the workbench with the test payload and resolves with the code the extension host
 * reported through codeAutomationExit. Mocha's report arrives through codeAutomationLog.
 * @returns {Promise<{ code: number, summary: string | undefined }>}
 */
async function runInBrowser(server, workspace, profileDir) {
  const { launchChromium } = require(path.join(repoRoot, 'out', 'test', 'ui', 'browser.js'));
  const context = await launchChromium(profileDir);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    let summary;
    let reportExit;
    const exited = new Promise((resolve) => (reportExit = resolve));
    const workbenchLog = []; // the last lines, shown when the suite never reports
    await page.exposeFunction('codeAutomationLog', (_level, ...parts) => {
      for (const line of parts.map(String).join(' ').split('\n')) {
        const at = line.indexOf(LOG_MARKER);
        if (at < 0) {
          if (verbose) console.log(line);
          workbenchLog.push(line);
          if (workbenchLog.length > 40) workbenchLog.shift();
          continue;
        }
        const own = line.slice(at + LOG_MARKER.length);
        if (SUMMARY.test(own)) summary = own;
        else console.log(own);
      }
    });
    await page.exposeFunction('codeAutomationExit', (code) => reportExit(Number(code)));
    page.on('crash', () => reportExit(1));
    const payload = [
      ['extensionDevelopmentPath', server.remoteUri(repoRoot)],
      ['extensionTestsPath', server.remoteUri(testsEntry)],
    ];
    await page.goto(server.workbenchUrl(workspace, payload));
    let timer;
    const timedOut = new Promise((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutSeconds * 1000);
    });
    const code = await Promise.race([exited, timedOut]);
    clearTimeout(timer);
    if (summary === undefined && !verbose) {
      console.error(`runHostTests: the suite printed no summary; the workbench's last log lines:\n${workbenchLog.join('\n')}`);
    }
    if (code === 'timeout') {
      console.error(
        `runHostTests: the host tests did not finish within ${timeoutSeconds} s (ANNALIST_HOST_TIMEOUT_S); ` +
          'a test may be waiting for a UI that never appears.',
      );
      return { code: 1, summary };
    }
    return { code, summary };
  } finally {
    await context.close().catch(() => undefined);
  }
}

/**
 * The suites, each in its own code-server: the main one with workspace trust off, and the
 * restricted-mode one in a folder that is never trusted (test/host/index.ts picks the files).
 */
const SUITES = [
  { name: 'trusted', workspace: 'test/fixtures/workspace', workspaceTrust: false },
  { name: 'untrusted', workspace: 'test/fixtures/untrusted-workspace', workspaceTrust: true },
];

/** Runs one suite; resolves with the extension host's exit code and its summary counts. */
async function runSuite(suite) {
  const runDir = await makeTempDir(`host-${suite.name}`);
  const workspace = copyWorkspace(suite.workspace, path.join(runDir, 'workspace'));
  let result = { code: 1, summary: undefined };
  let server;
  try {
    server = await startCodeServer({
      runDir,
      extraArgs: ['--vscode-option', 'enable-smoke-test-driver'],
      workspaceTrust: suite.workspaceTrust,
      // The extension host inherits these.
      env: { ANNALIST_HOST_LOG_MARKER: LOG_MARKER, ANNALIST_HOST_SUITE: suite.name, ANNALIST_HOST_GREP: process.env.ANNALIST_HOST_GREP ?? '' },
    });
    console.log(`runHostTests: ${suite.name} suite, code-server ${server.url} (log ${server.logFile}); running mocha in the extension host`);
    result = await runInBrowser(server, workspace, path.join(runDir, 'browser-profile'));
  } catch (error) {
    console.error(`runHostTests: ${error instanceof Error ? error.message : error}`);
  } finally {
    await server?.stop();
  }
  const passed = result.code === 0;
  if (!passed && server) console.error(`runHostTests: last lines of the server log:\n${tail(server.logFile, 15)}`);
  if (passed) await removeRunDir(runDir);
  else console.error(`runHostTests: run folder kept for inspection: ${runDir}`);
  const [, passes = '0', failures = '1'] = /^host: (\d+) passed, (\d+) failed$/.exec(result.summary ?? '') ?? [];
  console.log(`runHostTests: ${suite.name} suite: ${result.summary ?? 'no summary (crash or timeout)'}`);
  return { passed, passes: Number(passes), failures: Number(failures) || (passed ? 0 : 1), code: result.code };
}

async function main() {
  checkBuildOutputs();
  const started = Date.now();
  const wanted = process.env.ANNALIST_HOST_SUITES?.split(',') ?? SUITES.map((s) => s.name);
  const results = [];
  for (const suite of SUITES.filter((s) => wanted.includes(s.name))) results.push(await runSuite(suite));
  console.log(`runHostTests: finished in ${Math.round((Date.now() - started) / 1000)} s`);
  // The summary comes last: CI reads it. A suite that never reported counts one failure.
  const passes = results.reduce((n, r) => n + r.passes, 0);
  const failures = results.reduce((n, r) => n + r.failures, 0);
  console.log(`host: ${passes} passed, ${failures} failed`);
  const failed = results.find((r) => !r.passed);
  process.exitCode = failed ? failed.code || 1 : 0; // the extension host's own code (1 on a timeout)
}

await main();
