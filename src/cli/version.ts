import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * The version of Annalist, from the package.json beside `dist/` (the bundle) or above
 * `out/src/cli` (the compiled sources), so `annalist --version` always agrees with the package.
 */
export function cliVersion(): string {
  for (const file of [path.resolve(__dirname, '../package.json'), path.resolve(__dirname, '../../../package.json')]) {
    try {
      const manifest: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
      if (manifest && typeof manifest === 'object' && 'name' in manifest && manifest.name === 'annalist' && 'version' in manifest) {
        return String(manifest.version);
      }
    } catch {
      // Not this candidate: try the next.
    }
  }
  return 'unknown';
}
