import * as vscode from 'vscode';
import { CORPUS_PATHS_SETTING, INCLUDE_BUNDLED_SETTING, corpusPathEntries } from '../core/corpus';

/** The settings of people's own corpora, under `annalist.corpus.`. */
export const CorpusSettings = {
  /** Files, folders or globs of corpus files and Zotero exports; restricted in untrusted workspaces. */
  paths: CORPUS_PATHS_SETTING,
  /** Whether the bundled corpus loads with the workspace's. */
  includeBundled: INCLUDE_BUNDLED_SETTING,
} as const;

/** The corpus settings as one typed snapshot; `scope` is a workspace folder for `paths`. */
export interface CorpusSettingsSnapshot {
  paths: string[];
  includeBundled: boolean;
}

/** Reads the corpus settings, treating anything malformed as its default. */
export function readCorpusSettings(scope?: vscode.Uri): CorpusSettingsSnapshot {
  const config = vscode.workspace.getConfiguration(undefined, scope);
  const paths = config.get<unknown>(CorpusSettings.paths, []);
  const includeBundled = config.get<unknown>(CorpusSettings.includeBundled, true);
  return {
    paths: corpusPathEntries(paths),
    includeBundled: includeBundled !== false,
  };
}

/** True when a configuration change touches the corpus settings. */
export function affectsCorpusSettings(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration('annalist.corpus');
}
