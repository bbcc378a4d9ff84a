import { attributionChain, snippet, themeLabels } from '../core/describePassage';
import type { CorpusIndex, Passage } from '../core/model';
import { ExitCode, type CliContext } from './cliContext';
import { escapedJson } from '../core/escape/json';
import { USAGES } from './usage';

/** A passage with everything a script needs to use it: source, kind, attribution, themes. */
export function passageRecord(passage: Passage, index: CorpusIndex) {
  return {
    id: passage.id,
    kind: passage.kind,
    text: passage.text,
    ...(passage.quote !== undefined ? { quote: passage.quote } : {}),
    source: index.sourceById.get(passage.source),
    ...(passage.original !== undefined ? { original: index.sourceById.get(passage.original) } : {}),
    ...(passage.speaker !== undefined ? { speaker: passage.speaker } : {}),
    attribution: attributionChain(passage, index),
    themes: passage.themes.map((id) => ({ id, label: index.themeById.get(id)?.label ?? id })),
    people: passage.people,
    places: passage.places,
    years: passage.years,
    ...(passage.editorial ? { editorial: passage.editorial } : {}),
  };
}

/** `annalist passages [--json]`: every passage, as JSON or one line each. */
export function runPassages(args: string[], ctx: CliContext): number {
  const unknown = args.filter((a) => a !== '--json');
  if (unknown.length > 0) {
    ctx.err(`annalist passages: unknown argument ${unknown[0]}\n${USAGES.passages}`);
    return ExitCode.usage;
  }
  const { passages } = ctx.corpus.corpus;
  if (args.includes('--json')) {
    ctx.out(escapedJson(passages.map((p) => passageRecord(p, ctx.corpus))));
  } else {
    for (const p of passages) ctx.out(`${p.id}\t${p.kind}\t${themeLabels(p, ctx.corpus).join(', ')}\t${snippet(p.text, 60)}`);
  }
  return ExitCode.ok;
}
