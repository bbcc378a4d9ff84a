import * as vscode from 'vscode';
import { citationTarget, latexCitation, pandocCitation } from '../core/cite/documentCitation';
import { planCitation, withoutTrigger } from '../core/cite/planCitation';
import { completionCandidates, type CompletionCandidate } from '../core/completion/completionCandidates';
import { findCitationTrigger, type CitationTrigger } from '../core/completion/citationTrigger';
import { snippet, sourceLabel, themeLabels } from '../core/describePassage';
import { mergeEdits } from '../core/insert/textInsert';
import type { CorpusIndex } from '../core/model';
import { Settings } from '../ids';
import { documentText, toTextEdits } from './applyEdits';
import { readCitationSettings } from './citationSettings';
import type { CorpusStore } from './corpusStore';
import { passageMarkdown } from './passageMarkdown';
import { ESSAY_DOCUMENTS } from './essayDocuments';
import { labelText } from '../core/escape/codicons';


/**
 * Citation completions: `@` and `[@` in Markdown, the `\cite{…}` family in LaTeX, and the
 * plain-text trigger. Items are ranked by Annalist's search (the list is re-queried on each
 * keystroke) and accepting one inserts a key or a whole citation as the settings say.
 */
export function registerCitationCompletions(store: CorpusStore): vscode.Disposable {
  const provider: vscode.CompletionItemProvider = {
    async provideCompletionItems(document, position) {
      const text = document.getText();
      const offset = document.offsetAt(position);
      const trigger = plainTrigger(document);
      const found = findCitationTrigger(text, offset, document.languageId, trigger);
      if (!found) return undefined;
      const { index, search } = await store.ready();
      const list = listContext(document, found, index);
      const candidates = completionCandidates(index, search, found.query);
      const items = candidates.map((candidate, rank) => completionItem(list, candidate, rank));
      return new vscode.CompletionList(items, true);
    },
  };
  return vscode.languages.registerCompletionItemProvider(ESSAY_DOCUMENTS, provider, '@', '{', ',', ';');
}

function plainTrigger(document: vscode.TextDocument): string {
  return vscode.workspace.getConfiguration(undefined, document).get<string>(Settings.completionTrigger) ?? '@@';
}

/** What every item of one list shares, read once per keystroke rather than once per item. */
interface ListContext {
  document: vscode.TextDocument;
  trigger: CitationTrigger;
  index: CorpusIndex;
  typed: string;
  settings: ReturnType<typeof readCitationSettings>;
  /** The text without the typed trigger, for planning, and how to turn its edits into real ones. */
  withoutTrigger: ReturnType<typeof withoutTrigger>;
}

function listContext(document: vscode.TextDocument, trigger: CitationTrigger, index: CorpusIndex): ListContext {
  const doc = documentText(document);
  return {
    document,
    trigger,
    index,
    typed: doc.text.slice(trigger.replaceStart, trigger.replaceEnd),
    settings: readCitationSettings(document),
    withoutTrigger: withoutTrigger(doc, trigger.replaceStart, trigger.replaceEnd),
  };
}

function completionItem(list: ListContext, candidate: CompletionCandidate, rank: number): vscode.CompletionItem {
  const { index, typed } = list;
  const item = new vscode.CompletionItem(itemLabel(candidate, index), vscode.CompletionItemKind.Reference);
  item.filterText = typed; // Annalist ranks and filters; VS Code must not hide fuzzy matches.
  item.sortText = String(rank).padStart(4, '0');
  item.preselect = rank === 0;
  if (candidate.kind === 'passage') {
    const source = index.sourceById.get(candidate.passage.original ?? candidate.passage.source);
    item.detail = source ? bibliographicDetail(source) : undefined;
    item.documentation = passageMarkdown(candidate.passage, index);
  } else {
    item.detail = bibliographicDetail(candidate.source);
  }
  const edits = completionEdits(list, candidate);
  const [main, ...additional] = edits;
  item.range = main.range;
  item.insertText = main.newText;
  item.additionalTextEdits = additional;
  return item;
}

function itemLabel(candidate: CompletionCandidate, index: CorpusIndex): vscode.CompletionItemLabel {
  if (candidate.kind === 'source') {
    return { label: candidate.source.id, description: sourceLabel(candidate.source) };
  }
  const { passage } = candidate;
  return {
    label: labelText(snippet(passage.quote ?? passage.text, 60)),
    detail: passage.speaker ? ` \u2014 ${passage.speaker}` : undefined,
    description: themeLabels(passage, index).join(', '),
  };
}

/** "Szalontai, “You Have No Political Line of Your Own”" — author and short title. */
function bibliographicDetail(source: { author?: { family?: string; literal?: string }[]; title: string; 'title-short'?: string }): string {
  const author = source.author?.[0];
  const name = author?.family ?? author?.literal;
  const title = (source['title-short'] ?? source.title).replace(/^"|"$/g, '');
  return name ? `${name}, ${title}` : title;
}

/** The edits accepting a candidate makes; the first replaces the typed trigger. */
function completionEdits(list: ListContext, candidate: CompletionCandidate): vscode.TextEdit[] {
  const { document, trigger, index, settings } = list;
  const key = candidateKey(candidate, index, trigger.kind);
  if (trigger.kind !== 'citation' || candidate.kind === 'source') {
    const text = trigger.kind === 'citation' ? keyCitation(candidate, index, document.languageId, settings) : key;
    return toTextEdits(document, [{ start: trigger.replaceStart, end: trigger.replaceEnd, text }]);
  }
  const { without, replace } = list.withoutTrigger;
  const planned = replace(planCitation(without, document.languageId, trigger.replaceStart, { passage: candidate.passage }, index, settings));
  const main = planned.find((e) => e.start === trigger.replaceStart && e.end === trigger.replaceEnd);
  const rest = mergeEdits(planned.filter((e) => e !== main));
  return toTextEdits(document, main ? [main] : []).concat(toTextEdits(document, rest));
}

/** The key a candidate inserts inside Pandoc brackets or a LaTeX command. */
function candidateKey(candidate: CompletionCandidate, index: CorpusIndex, kind: CitationTrigger['kind']): string {
  if (candidate.kind === 'source') return candidate.source.id;
  const target = citationTarget(candidate.passage, index);
  if (!target) return candidate.passage.source;
  if (kind === 'pandoc-key' && target.quotedIn) return `${target.source.id}; quoted in @${target.quotedIn.id}`;
  return target.source.id;
}

/** A whole citation of a source typed with a bare `@`: a Pandoc or LaTeX citation. */
function keyCitation(candidate: CompletionCandidate, index: CorpusIndex, languageId: string, settings: ReturnType<typeof readCitationSettings>): string {
  const target = candidate.kind === 'source' ? { source: candidate.source } : citationTarget(candidate.passage, index);
  if (!target) return '';
  return languageId === 'latex' ? latexCitation(target, settings) : pandocCitation(target);
}
