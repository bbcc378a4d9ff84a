// The demo's code-server: Annalist and the first-screen helper installed, a copy of sample/
// as the workspace, and the URL that opens the sample essay. Used by scripts/demo.mjs and by
// scripts/checkDemo.mjs, which checks the first screen in Chromium.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { copyWorkspace, installExtension, repoRoot, startCodeServer } from './codeServer.mjs';

const require = createRequire(import.meta.url);

/** Packages scripts/demoFirstScreen into the run folder (about a second) and returns the .vsix. */
function packageFirstScreen(runDir) {
  const vsix = path.join(runDir, 'first-screen.vsix');
  const vsce = require.resolve('@vscode/vsce/vsce');
  execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--out', vsix], {
    cwd: path.join(repoRoot, 'scripts', 'demoFirstScreen'),
    stdio: 'ignore',
  });
  return vsix;
}

/**
 * Installs ./annalist.vsix (or ANNALIST_VSIX) and the first-screen helper into `runDir`, copies
 * sample/ there and starts code-server on `port` (0: any free port).
 * @param {string} runDir
 * @param {number} port
 */
export async function startDemoServer(runDir, port) {
  installExtension(runDir, path.resolve(process.env.ANNALIST_VSIX ?? path.join(repoRoot, 'annalist.vsix')));
  installExtension(runDir, packageFirstScreen(runDir));
  const workspace = copyWorkspace('sample', path.join(runDir, 'sample'));
  const server = await startCodeServer({ runDir, port, exitOnSignal: false });
  const url = server.workbenchUrl(workspace, [['openFile', server.remoteUri(path.join(workspace, 'essay.md'))]]);
  return { server, workspace, url };
}
