import type * as vscode from 'vscode';
import * as citation from '../core/citation';
import type { CorpusStore } from './corpusStore';

/** How long after the corpus is ready the engine is loaded: after the first screen has drawn. */
const PRELOAD_DELAY_MS = 500;

/**
 * Loads the citation engine once the corpus is ready. The bundle that loads at activation
 * leaves the engine out (esbuild.mjs puts it in a part loaded on first use); calling it once
 * here loads and compiles it while the writer is still reading, so the first citation, hover
 * or completion does not wait for it.
 */
export function registerCitationEnginePreload(store: CorpusStore): vscode.Disposable {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;
  void store.ready().then(() => {
    // A call, not a bare read, which the minifier would drop; parsing "1" is the smallest one.
    if (!disposed) timer = setTimeout(() => citation.parseLocator('1'), PRELOAD_DELAY_MS);
  });
  return {
    dispose: () => {
      disposed = true;
      if (timer) clearTimeout(timer);
    },
  };
}
