import type { CorpusIndex } from '../core/model';

/** What every CLI command gets: output streams and the loaded corpus. */
export interface CliContext {
  out(text: string): void;
  err(text: string): void;
  corpus: CorpusIndex;
}

/** Exit codes: 0 success, 1 findings or not found, 2 wrong usage. */
export const ExitCode = { ok: 0, failure: 1, usage: 2 } as const;
