// `npm run test:demo`: starts the demo as `npm run demo` does and checks, in headless Chromium,
// the first screen a new user sees: the sample essay open, the Annalist view in the side bar
// with its theme rows, and the Get Started walkthrough. Prints how long each took after the
// page was opened and writes a screenshot to test-results/demo-first-screen.png.
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { makeTempDir, removeRunDir, repoRoot, tail } from './codeServer.mjs';
import { startDemoServer } from './demoServer.mjs';

const require = createRequire(import.meta.url);
const { launchChromium } = require(path.join(repoRoot, 'out', 'test', 'ui', 'browser.js'));
const TIMEOUT_MS = Number(process.env.ANNALIST_DEMO_TIMEOUT_S ?? 120) * 1000;

/** Waits until `check` returns a value other than undefined; fails after TIMEOUT_MS. */
async function waitFor(page, what, check, opened) {
  while (Date.now() - opened < TIMEOUT_MS) {
    const value = await check().catch(() => undefined);
    if (value !== undefined) {
      console.log(`checkDemo: ${what} after ${((Date.now() - opened) / 1000).toFixed(1)} s`);
      return value;
    }
    await page.waitForTimeout(250);
  }
  throw new Error(`the demo's first screen never showed ${what} (${TIMEOUT_MS / 1000} s)`);
}

const runDir = await makeTempDir('demo-check');
let server;
let context;
let failed = false;
try {
  const demo = await startDemoServer(runDir, 0);
  server = demo.server;
  context = await launchChromium(path.join(runDir, 'browser-profile'));
  const page = context.pages()[0] ?? (await context.newPage());
  const opened = Date.now();
  await page.goto(demo.url);
  const tabs = () => page.locator('.tabs-container .tab').allInnerTexts();
  await waitFor(page, 'the essay open in an editor', async () => ((await tabs()).some((t) => t.replace(/\s+/g, '') === 'essay.md') ? true : undefined), opened);
  await waitFor(page, 'the Annalist view in the side bar', async () => ((await page.locator('.sidebar .composite.title').allInnerTexts()).some((t) => /annalist/i.test(t)) ? true : undefined), opened);
  const rows = await waitFor(page, 'theme rows in the Themes view', async () => {
    const texts = await page.locator('.sidebar .monaco-list-row').allInnerTexts();
    return texts.some((t) => t.includes('Relations with the socialist bloc')) ? texts : undefined;
  }, opened);
  await waitFor(page, 'the Get Started walkthrough', async () => ((await page.getByText('Get Started with Annalist').count()) > 0 ? true : undefined), opened);
  console.log(`checkDemo: first rows: ${rows.slice(0, 3).join(' | ')}`);
  mkdirSync(path.join(repoRoot, 'test-results'), { recursive: true });
  await page.screenshot({ path: path.join(repoRoot, 'test-results', 'demo-first-screen.png') });
} catch (error) {
  failed = true;
  console.error(`checkDemo: FAILED: ${error instanceof Error ? error.message : error}`);
  if (server) console.error(tail(server.logFile));
} finally {
  await context?.close();
  await server?.stop();
  await removeRunDir(runDir);
}
console.log(`checkDemo: ${failed ? 'failed' : 'passed'}`);
process.exit(failed ? 1 : 0);
