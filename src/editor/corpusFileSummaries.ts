import type * as vscode from 'vscode';
import type { ParsedCorpusFile } from '../core/corpus';
import type { CorpusProblem } from '../core/model';
import type { CorpusFileSummary } from './corpusStore';

/** One file of a load, as read. */
export interface LoadEntry {
  uri: vscode.Uri;
  label: string;
  origin: CorpusFileSummary['origin'];
  parsed: ParsedCorpusFile;
  /** False when the file had not changed since the last load and was not read again. */
  reread: boolean;
}

/** What the log and the status bar say about each file of a load: its records and problems. */
export function summarizeFiles(entries: readonly LoadEntry[], problems: readonly CorpusProblem[]): CorpusFileSummary[] {
  return entries.map(({ uri, label, origin, parsed, reread }) => {
    const own = problems.filter((p) => p.file === label);
    return {
      uri,
      label,
      origin,
      format: parsed.format,
      sources: parsed.sources.length,
      themes: parsed.themes.length,
      passages: parsed.passages.length,
      errors: own.filter((p) => p.severity === 'error').length,
      warnings: own.filter((p) => p.severity === 'warning').length,
      notes: parsed.notes ?? [],
      reread,
    };
  });
}
