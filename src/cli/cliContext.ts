import { terminalText } from '../core/escape/terminalText';
import type { CorpusIndex, Source } from '../core/model';

/** What every CLI command gets: output streams and the loaded corpus. */
export interface CliContext {
  out(text: string): void;
  err(text: string): void;
  corpus: CorpusIndex;
  /**
   * The sources of the writer's own corpus files (those `--corpus` names, or the folder's),
   * which `cite --all` cites; every source of `corpus` when not given.
   */
  ownSources?: readonly Source[];
}

/** Exit codes: 0 success, 1 findings or not found, 2 wrong usage. */
export const ExitCode = { ok: 0, failure: 1, usage: 2 } as const;

/**
 * Output streams whose every line passes through `terminalText`: corpus and essay text can
 * hold ESC sequences and bidirectional controls, which are printed as `<U+001B>` instead of
 * acting on the terminal.
 */
export function terminalOutput(io: Pick<CliContext, 'out' | 'err'>): Pick<CliContext, 'out' | 'err'> {
  return { out: (text) => io.out(terminalText(text)), err: (text) => io.err(terminalText(text)) };
}
