// Starts Annalist in a real VS Code in the browser, on a copy of sample/ (the repository's
// sample stays untouched). Usage: npm run demo   (packages the extension and installs
// code-server first). Open the printed URL; Ctrl-C stops the server. The page opens ready to
// write: the sample essay, the Annalist view in the side bar and the Get Started walkthrough
// beside the essay (scripts/demoFirstScreen, a helper installed only in the demo's server).
// Environment: PORT (default 8080; the next free port is taken when it is busy), ANNALIST_VSIX
// to show another package than ./annalist.vsix.
import { rmSync } from 'node:fs';
import { freePort, makeTempDir, tail } from './codeServer.mjs';
import { startDemoServer } from './demoServer.mjs';

const preferredPort = Number(process.env.PORT ?? 8080);

/** The preferred port if free, else the next free one above it, else any free port. */
async function pickPort() {
  for (let port = preferredPort; port < preferredPort + 20; port += 1) {
    if ((await freePort(port)) === port) return port;
  }
  return freePort();
}

const runDir = await makeTempDir('demo');
const cleanUp = () => rmSync(runDir, { recursive: true, force: true });
process.once('exit', cleanUp);
try {
  const { server, workspace, url } = await startDemoServer(runDir, await pickPort());
  console.log('');
  console.log('  Annalist demo is running in VS Code (code-server):');
  console.log(`    ${url}`);
  console.log('');
  console.log(`  Workspace: ${workspace} (a copy of sample/; edits are discarded)`);
  console.log(`  Server log: ${server.logFile}`);
  console.log('  Press Ctrl-C to stop.');
  let stopping = false;
  const stop = async (signal) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n  ${signal}: stopping the server…`);
    await server.stop();
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => void stop(signal));
  await server.exited;
  if (!stopping) {
    console.error(`demo: code-server stopped unexpectedly; its log:\n${tail(server.logFile)}`);
    process.exit(1);
  }
} catch (error) {
  console.error(`demo: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
