import type { CorpusSnapshot } from './editor/corpusStore';
import type { PassageDropProvider } from './editor/passageDrop';
import type { QuoteCheckTiming } from './editor/quoteDiagnostics';
import type { PassageTreeProvider, PassageViews } from './editor/views';

/**
 * What activate() returns: read-only access for other extensions and for the in-host tests,
 * which read through it the rows each passage view shows, the active filter, and the edits a
 * dropped passage makes.
 */
export interface AnnalistApi {
  corpus(): Promise<CorpusSnapshot>;
  /** The Themes view's data; the same as `views.provider('annalist.themes')`. */
  themesTree: PassageTreeProvider;
  /** The Themes, Sources, People and Timeline views and their shared filter. */
  views: PassageViews;
  /** The provider that turns a passage dropped into an editor into its citation. */
  passageDrop: PassageDropProvider;
  /** How long activate() took, in milliseconds: loading and indexing happen after it. */
  activationMs: number;
  /**
   * When activate() began, as `performance.now()` in the extension host: the start from which
   * the startup figures count (`PassageTreeProvider.firstRowsAt`, the first corpus load).
   */
  activationStartedAt: number;
  /**
   * When a corpus was first usable by the views and the quick pick (the bundled corpus read,
   * or the first load ended), as `performance.now()`; undefined before.
   */
  corpusUsableAt(): number | undefined;
  /** How the quotation checks' slices ran so far: how many, and the longest in milliseconds (the in-host tests reset and read it). */
  quoteCheckTiming: QuoteCheckTiming;
}
