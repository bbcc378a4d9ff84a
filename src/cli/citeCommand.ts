import {
  FORMS, MARKUPS, STYLES, citePassage, formatCitation, parseLocator,
  type CitationForm, type CitationOptions, type Markup, type StyleId,
} from '../core/citation';
import { escapedJson } from '../core/escape/json';
import { ExitCode, type CliContext } from './cliContext';
import { USAGES } from './usage';

const CITE_USAGE = USAGES.cite;

/** Options shared by `cite` and `bib`, and the positional arguments left over. */
export interface ParsedArgs {
  style: StyleId;
  form: CitationForm;
  markup: Markup;
  locator?: string;
  /** `--all`: every source of the writer's corpus files. */
  all: boolean;
  /** `--json`: one JSON object mapping ids to citations. */
  json: boolean;
  positional: string[];
}

/** Options that take no value. */
const FLAGS = ['all', 'json'];

/**
 * Reads `--style`, `--form`, `--format` and `--locator` (as `--opt value` or `--opt=value`)
 * from `args`, and the flags `--all` and `--json`; `allowed` names the options the command accepts. Returns an error message for
 * an unknown option, a missing value or a value outside the allowed set.
 */
export function parseCitationArgs(args: string[], allowed: readonly string[]): ParsedArgs | string {
  const parsed: ParsedArgs = { style: 'chicago-notes-bibliography', form: 'note', markup: 'plain', all: false, json: false, positional: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      parsed.positional.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      parsed.positional.push(arg);
      continue;
    }
    if (!arg.startsWith('--')) return `unknown option ${arg}`;
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
    if (!allowed.includes(name)) return `unknown option --${name}`;
    if (FLAGS.includes(name)) {
      if (eq >= 0) return `option --${name} takes no value`;
      parsed[name as 'all' | 'json'] = true;
      continue;
    }
    const value = eq >= 0 ? arg.slice(eq + 1) : args[++i];
    if (value === undefined || value === '') return `option --${name} needs a value`;
    switch (name) {
      case 'style':
        if (/\.csl$|[\\/]/i.test(value)) return `not supported yet: a .csl path ("${value}"); --style takes one of: ${STYLES.map((s) => s.id).join(', ')}`;
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
 * `annalist cite ID [--style S] [--form F] [--format M] [--locator L] [--json]`: one citation
 * of a passage (quotations with a known original are cited "quoted in" the passage's source)
 * or of a source. Defaults: Chicago notes and bibliography (18th ed.), full note, plain text.
 * `--all` cites every source of the writer's own corpus files instead, each as a first
 * citation: one `ID<TAB>CITATION` line each, or with `--json` one object mapping id to citation.
 */
export function runCite(args: string[], io: CliContext): number {
  const parsed = parseCitationArgs(args, ['style', 'form', 'format', 'locator', 'all', 'json']);
  if (typeof parsed === 'string') {
    io.err(`annalist cite: ${parsed}\n${CITE_USAGE}`);
    return ExitCode.usage;
  }
  const wanted = parsed.all ? 0 : 1;
  if (parsed.positional.length !== wanted) {
    const problem = parsed.all ? '--all takes no id' : parsed.positional.length ? 'give one id' : 'missing passage or source id';
    io.err(`annalist cite: ${problem}\n${CITE_USAGE}`);
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
  if (parsed.all) return citeAll(options, parsed.json, io);
  const [id] = parsed.positional;
  const passage = io.corpus.passageById.get(id);
  const source = io.corpus.sourceById.get(id);
  if (!passage && !source) {
    io.err(`annalist cite: no passage or source with id "${id}"`);
    return ExitCode.failure;
  }
  const cited = io.corpus.corpus.sources;
  const citation = passage ? citePassage(passage, io.corpus, { ...options, cited }) : formatCitation({ source: source! }, { ...options, cited });
  io.out(parsed.json ? escapedJson({ [id]: citation }) : citation);
  return ExitCode.ok;
}

/** Every source of the writer's files, each cited as a first citation in a document citing them all. */
function citeAll(options: CitationOptions, json: boolean, io: CliContext): number {
  const sources = io.ownSources ?? io.corpus.corpus.sources;
  const citations = sources.map((source) => [source.id, formatCitation({ source }, { ...options, cited: sources })] as const);
  if (json) io.out(escapedJson(Object.fromEntries(citations)));
  else for (const [id, citation] of citations) io.out(`${id}\t${citation}`);
  if (sources.length === 0) io.err('annalist cite: the corpus files hold no source');
  return sources.length > 0 ? ExitCode.ok : ExitCode.failure;
}
