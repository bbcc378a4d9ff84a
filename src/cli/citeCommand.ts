import {
  FORMS, MARKUPS, STYLES, citePassage, formatCitation, parseLocator,
  type CitationForm, type CitationOptions, type Markup, type StyleId,
} from '../core/citation';
import { ExitCode, type CliContext } from './cliContext';

const CITE_USAGE = 'usage: annalist cite ID [--style STYLE] [--form note|short-note|bibliography|in-text|narrative] ' +
  '[--format plain|markdown|latex|html] [--locator 99]';

/** Options shared by `cite` and `bib`, and the positional arguments left over. */
export interface ParsedArgs {
  style: StyleId;
  form: CitationForm;
  markup: Markup;
  locator?: string;
  positional: string[];
}

/**
 * Reads `--style`, `--form`, `--format` and `--locator` (as `--opt value` or `--opt=value`)
 * from `args`; `allowed` names the options the command accepts. Returns an error message for
 * an unknown option, a missing value or a value outside the allowed set.
 */
export function parseCitationArgs(args: string[], allowed: readonly string[]): ParsedArgs | string {
  const parsed: ParsedArgs = { style: 'chicago-notes-bibliography', form: 'note', markup: 'plain', positional: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith('--')) {
      parsed.positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
    if (!allowed.includes(name)) return `unknown option --${name}`;
    const value = eq >= 0 ? arg.slice(eq + 1) : args[++i];
    if (value === undefined || value === '') return `option --${name} needs a value`;
    switch (name) {
      case 'style':
        if (!STYLES.some((s) => s.id === value)) return `unknown style "${value}"; one of: ${STYLES.map((s) => s.id).join(', ')}`;
        parsed.style = value as StyleId;
        break;
      case 'form':
        if (!(FORMS as readonly string[]).includes(value)) return `unknown form "${value}"; one of: ${FORMS.join(', ')}`;
        parsed.form = value as CitationForm;
        break;
      case 'format':
        if (!(MARKUPS as readonly string[]).includes(value)) return `unknown format "${value}"; one of: ${MARKUPS.join(', ')}`;
        parsed.markup = value as Markup;
        break;
      case 'locator':
        parsed.locator = value;
        break;
    }
  }
  return parsed;
}

/**
 * `annalist cite ID [--style S] [--form F] [--format M] [--locator L]`: one citation of a
 * passage (quotations with a known original are cited "quoted in" the passage's source) or
 * of a source. Defaults: Chicago notes and bibliography (18th ed.), full note, plain text.
 */
export function runCite(args: string[], io: CliContext): number {
  const parsed = parseCitationArgs(args, ['style', 'form', 'format', 'locator']);
  if (typeof parsed === 'string') {
    io.err(`annalist cite: ${parsed}\n${CITE_USAGE}`);
    return ExitCode.usage;
  }
  if (parsed.positional.length !== 1) {
    io.err(`annalist cite: ${parsed.positional.length ? 'give one id' : 'missing passage or source id'}\n${CITE_USAGE}`);
    return ExitCode.usage;
  }
  const options: CitationOptions = { style: parsed.style, form: parsed.form, markup: parsed.markup };
  if (parsed.locator !== undefined) {
    const locator = parseLocator(parsed.locator);
    if (!locator) {
      io.err(`annalist cite: cannot read locator "${parsed.locator}" (try 99, "pp. 12-14", "para. 3", "fol. 12r")\n${CITE_USAGE}`);
      return ExitCode.usage;
    }
    options.locator = locator;
  }
  const [id] = parsed.positional;
  const passage = io.corpus.passageById.get(id);
  const source = io.corpus.sourceById.get(id);
  if (!passage && !source) {
    io.err(`annalist cite: no passage or source with id "${id}"`);
    return ExitCode.failure;
  }
  const cited = io.corpus.corpus.sources;
  io.out(passage ? citePassage(passage, io.corpus, { ...options, cited }) : formatCitation({ source: source! }, { ...options, cited }));
  return ExitCode.ok;
}
