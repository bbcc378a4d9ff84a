// Runs the same host suite (out/test/host/index.js) in VS Code desktop through
// @vscode/test-electron, for a developer's laptop or a CI machine with internet.
// Usage: npm run test:electron   (on Linux without a display: xvfb-run -a npm run test:electron)
// Environment: VSCODE_TEST_VERSION (default "stable"). Offline, use npm run test:host instead.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { copyWorkspace, makeTempDir, removeRunDir, repoRoot } from './codeServer.mjs';

const testsEntry = path.join(repoRoot, 'out', 'test', 'host', 'index.js');

function fail(message, ...fixes) {
  console.error(`runElectronTests: ${message}`);
  for (const fix of fixes) console.error(`  fix: ${fix}`);
  process.exit(1);
}

if (!existsSync(path.join(repoRoot, 'dist', 'extension.js'))) fail('dist/extension.js is missing.', 'npm run build');
if (!existsSync(testsEntry)) fail('out/test/host/index.js is missing.', 'npm run compile');
if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  fail('VS Code desktop needs a display and none is set.', 'xvfb-run -a npm run test:electron');
}

let vscodeExecutablePath;
try {
  // One attempt with a short timeout: offline machines fail here at once instead of retrying.
  vscodeExecutablePath = await downloadAndUnzipVSCode({
    version: process.env.VSCODE_TEST_VERSION ?? 'stable',
    extensionDevelopmentPath: repoRoot,
    timeout: 15_000,
  });
} catch (error) {
  fail(
    `could not download VS Code (${error instanceof Error ? error.message : error}).`,
    'this needs https://update.code.visualstudio.com; without internet run the same suite in code-server: npm run test:host',
  );
}

const runDir = await makeTempDir('electron');
const workspace = copyWorkspace('test/fixtures/workspace', path.join(runDir, 'workspace'));
let exitCode = 1;
try {
  exitCode = await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: testsEntry,
    launchArgs: [
      workspace,
      '--disable-extensions',
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
      '--user-data-dir', path.join(runDir, 'user-data'),
      '--extensions-dir', path.join(runDir, 'extensions'),
    ],
  });
} catch (error) {
  console.error(`runElectronTests: ${error instanceof Error ? error.message : error}`);
}
await removeRunDir(runDir);
process.exitCode = exitCode;
