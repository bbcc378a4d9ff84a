import { exportBibtex, exportCslJson } from '../core/citation';
import { ExitCode, type CliContext } from './cliContext';
import { USAGES } from './usage';

const EXPORT_USAGE = USAGES.export;

/**
 * `annalist export --format csl-json|bibtex`: every source of the corpus as CSL-JSON (for
 * pandoc `--citeproc` and Zotero) or BibTeX (for LaTeX), on standard output.
 */
export function runExport(args: string[], io: CliContext): number {
  let format: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--format') format = args[++i];
    else if (arg.startsWith('--format=')) format = arg.slice('--format='.length);
    else {
      io.err(`annalist export: unknown argument ${arg}\n${EXPORT_USAGE}`);
      return ExitCode.usage;
    }
  }
  const sources = io.corpus.corpus.sources;
  if (format === 'csl-json') io.out(exportCslJson(sources).trimEnd());
  else if (format === 'bibtex') io.out(exportBibtex(sources).trimEnd());
  else {
    io.err(`annalist export: ${format === undefined ? 'missing --format' : `unknown format "${format}"`}\n${EXPORT_USAGE}`);
    return ExitCode.usage;
  }
  return ExitCode.ok;
}
