import { snippet } from '../core/describePassage';
import { createPassageSearch } from '../core/search';
import { ExitCode, type CliContext } from './cliContext';
import { passageRecord } from './passagesCommand';
import { escapedJson } from '../core/escape/json';
import { USAGES } from './usage';

/** `annalist search QUERY… [--json] [--limit N]`: passages ranked by the same search as the editor. */
export function runSearch(args: string[], ctx: CliContext): number {
  let json = false;
  let limit = 10;
  const words: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--json') json = true;
    else if (args[i] === '--limit') limit = Number(args[++i]);
    else if (args[i].startsWith('-')) return usage(ctx, `unknown option ${args[i]}`);
    else words.push(args[i]);
  }
  if (words.length === 0) return usage(ctx, 'a query is required');
  if (!Number.isInteger(limit) || limit < 1) return usage(ctx, '--limit takes a whole number above 0');
  const hits = createPassageSearch(ctx.corpus).search(words.join(' '), limit);
  if (json) {
    ctx.out(escapedJson(hits.map((h) => ({ score: h.score, ...passageRecord(h.passage, ctx.corpus) }))));
  } else {
    for (const hit of hits) ctx.out(`${hit.passage.id}\t${snippet(hit.passage.quote ?? hit.passage.text, 90)}`);
    if (hits.length === 0) ctx.err('No passage matches.');
  }
  return hits.length > 0 ? ExitCode.ok : ExitCode.failure;
}

function usage(ctx: CliContext, problem: string): number {
  ctx.err(`annalist search: ${problem}\n${USAGES.search}`);
  return ExitCode.usage;
}
