import { existsSync } from 'fs';
import * as path from 'path';
import { chromium, type BrowserContext } from 'playwright-core';

/**
 * The system Chromium (Debian's `chromium` package); `CHROMIUM_PATH` overrides it.
 * Playwright's own browser download is never used: it needs the internet.
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that keep headless Chromium quiet, offline and within a container's limits. */
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  // Only the local server is reachable: every other host name fails to resolve.
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
];

/**
 * Launches headless Chromium with a fresh profile in `profileDir`, as the host and UI test
 * runners both need it. Close the returned context to end the browser.
 */
export async function launchChromium(profileDir: string): Promise<BrowserContext> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium not found at ${chromiumPath}; install it: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  }
  return chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
    viewport: { width: 1400, height: 900 },
    // Chromium keeps crash reports and caches under XDG folders: keep them in the profile, not ~.
    env: {
      ...definedVariables(process.env),
      XDG_CONFIG_HOME: path.join(profileDir, 'xdg-config'),
      XDG_CACHE_HOME: path.join(profileDir, 'xdg-cache'),
    },
  });
}

/** The environment without unset entries, as Playwright's `env` option wants it. */
function definedVariables(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined));
}
