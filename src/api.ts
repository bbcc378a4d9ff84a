import type { CorpusSnapshot } from './editor/corpusStore';
import type { ThemesTreeProvider } from './editor/themesTree';

/**
 * What activate() returns: read-only access for other extensions and for the in-host tests,
 * which read the rows the Themes view shows through it.
 */
export interface AnnalistApi {
  corpus(): Promise<CorpusSnapshot>;
  themesTree: ThemesTreeProvider;
}
