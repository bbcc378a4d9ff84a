import { formatBibliography } from '../core/citation';
import type { Source } from '../core/model';
import { parseCitationArgs } from './citeCommand';
import { ExitCode, type CliContext } from './cliContext';
import { USAGES } from './usage';

const BIB_USAGE = USAGES.bib;

/**
 * `annalist bib [--style S] [--format M] [ID…]`: the bibliography of the given sources, one
 * entry a line, sorted and deduplicated as the style requires. A passage id stands for the
 * source it is printed in; no ids means every source of the corpus.
 */
export function runBib(args: string[], io: CliContext): number {
  const parsed = parseCitationArgs(args, ['style', 'format']);
  if (typeof parsed === 'string') {
    io.err(`annalist bib: ${parsed}\n${BIB_USAGE}`);
    return ExitCode.usage;
  }
  const sources: Source[] = [];
  for (const id of parsed.positional) {
    const source = io.corpus.sourceById.get(id) ?? io.corpus.sourceById.get(io.corpus.passageById.get(id)?.source ?? '');
    if (!source) {
      io.err(`annalist bib: no source or passage with id "${id}"`);
      return ExitCode.failure;
    }
    sources.push(source);
  }
  const list = parsed.positional.length ? sources : io.corpus.corpus.sources;
  for (const entry of formatBibliography(list, { style: parsed.style, markup: parsed.markup })) io.out(entry);
  return ExitCode.ok;
}
