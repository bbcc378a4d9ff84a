import * as vscode from 'vscode';
import { citePassage } from '../core/citation';
import { attributionChain } from '../core/describePassage';
import type { CorpusIndex, Passage } from '../core/model';
import type { DiffPart, QuoteFinding } from '../core/quotes';
import { readCitationSettings } from './citationSettings';
import type { CorpusStore } from './corpusStore';
import { passageMarkdown } from './passageMarkdown';
import { appendPlain, untrustedMarkdown } from './plainMarkdown';
import { CHECKED_SELECTOR } from './quoteCheckSettings';
import type { QuoteDiagnostics } from './quoteDiagnostics';

/** Marks the place where one side has words the other lacks. */
const GAP = '\u2038';

/**
 * Hovers on a quotation of a corpus passage. On a misquotation: the source's words and the
 * essay's words one above the other, the differing words in bold, and who said them. On a
 * faithful quotation: that it agrees with its source, then the passage — the quotation, who
 * said it and through whom, its themes — and its citation in the document's style. Corpus and
 * essay text are appended as plain text in untrusted Markdown; only the bold marks are Markdown.
 */
export function registerQuoteHover(store: CorpusStore, diagnostics: QuoteDiagnostics): vscode.Disposable {
  return vscode.languages.registerHoverProvider(CHECKED_SELECTOR, {
    async provideHover(document, position) {
      const { index } = await store.ready();
      const current = diagnostics.current(document);
      if (!current) return undefined;
      const offset = document.offsetAt(position);
      const cite = (passage: Passage) => citePassage(passage, index, { style: readCitationSettings(document).style, form: 'note', markup: 'plain' });
      const misquote = current.findings.find(
        ({ finding: f }) => f.rule === 'misquote' && f.quotation && f.quotation.start <= offset && offset <= f.quotation.end,
      );
      if (misquote) {
        const passage = misquote.finding.passageId ? index.passageById.get(misquote.finding.passageId) : undefined;
        const contents = passage && misquote.finding.diff ? misquoteMarkdown(misquote.finding, passage, document.getText(), index, cite(passage)) : undefined;
        return contents ? new vscode.Hover(contents, misquote.diagnostic.range) : undefined;
      }
      const found = current.checker.quotationAt(offset);
      if (!found || !found.match.exact || found.match.strength !== 'quotation') return undefined;
      const { quotation, match } = found;
      const range = new vscode.Range(document.positionAt(quotation.contentStart), document.positionAt(quotation.contentEnd));
      return new vscode.Hover(agreesMarkdown(match.passage, index, cite(match.passage)), range);
    },
  });
}

/** The hover of a misquotation: source against essay, differing words in bold, then who said it and the citation. */
function misquoteMarkdown(finding: QuoteFinding, passage: Passage, documentText: string, index: CorpusIndex, citation: string): vscode.MarkdownString | undefined {
  const diff = finding.diff;
  if (!diff || diff.parts.length === 0) return undefined;
  const md = untrustedMarkdown();
  md.appendMarkdown('**Misquotation** of passage ');
  md.appendText(passage.id);
  md.appendMarkdown('\n\n');
  md.appendMarkdown('Source: ');
  appendMarked(md, passage.text, diff.parts.map((p) => ({ start: p.sourceStart, end: p.sourceEnd, strong: differs(p) })), diff.source);
  md.appendMarkdown('\n\n');
  md.appendMarkdown('Essay: ');
  appendMarked(md, documentText, diff.parts.map((p) => ({ start: p.essayStart, end: p.essayEnd, strong: differs(p) })), diff.essay);
  md.appendMarkdown('\n\n');
  appendPlain(md, attributionChain(passage, index).join(' \u2192 '));
  md.appendMarkdown('\n\n---\n\n');
  appendPlain(md, citation);
  return md;
}

/** The hover of a quotation whose words agree with its source: that, then the passage card. */
function agreesMarkdown(passage: Passage, index: CorpusIndex, citation: string): vscode.MarkdownString {
  const md = untrustedMarkdown();
  md.appendMarkdown('Quotation of passage ');
  md.appendText(passage.id);
  md.appendMarkdown(': the words agree with the source.\n\n---\n\n');
  // Already escaped: the card appends every corpus text as plain text.
  md.appendMarkdown(passageMarkdown(passage, index, citation).value);
  return md;
}

/** A part where source and essay differ: shown in bold on both lines (a gap mark on the side without words). */
function differs(p: DiffPart): boolean {
  return p.kind === 'changed' || p.kind === 'deleted' || p.kind === 'inserted';
}

interface Piece {
  start: number;
  end: number;
  strong: boolean;
}

/**
 * Appends `text` from the first piece's start to the last piece's end in curly quotation marks,
 * on one line, each strong piece in bold and an empty strong piece (words only the other side
 * has) as a gap mark. Falls back to `whole` when the offsets do not fit the text.
 */
function appendMarked(md: vscode.MarkdownString, text: string, pieces: readonly Piece[], whole: string): void {
  const sorted = [...pieces].sort((a, b) => a.start - b.start || a.end - b.end);
  const from = sorted[0]?.start ?? 0;
  const to = Math.max(...sorted.map((p) => p.end));
  const fits = sorted.length > 0 && from >= 0 && to <= text.length && sorted.every((p, i) => p.start <= p.end && (i === 0 || p.start >= sorted[i - 1].end));
  const runs: { text: string; strong: boolean }[] = [];
  if (!fits) runs.push({ text: whole, strong: false });
  else {
    let at = from;
    for (const p of sorted) {
      if (p.start > at) runs.push({ text: text.slice(at, p.start), strong: false });
      const words = text.slice(p.start, p.end);
      if (!p.strong) runs.push({ text: words, strong: false });
      else if (words.trim() === '') runs.push({ text: ' ', strong: false }, { text: GAP, strong: true }, { text: ' ', strong: false });
      else runs.push({ text: /^\s/.test(words) ? ' ' : '', strong: false }, { text: words.trim(), strong: true }, { text: /\s$/.test(words) ? ' ' : '', strong: false });
      at = p.end;
    }
  }
  let line = '\u201c';
  const flush = () => {
    appendPlain(md, line);
    line = '';
  };
  runs.forEach((run, i) => {
    const flat = oneLine(run.text);
    if (!run.strong) {
      line += i === 0 ? flat.trimStart() : i === runs.length - 1 ? flat.trimEnd() : flat;
      return;
    }
    // Bold marks need a space or punctuation beside them to count as Markdown emphasis.
    if (/[\p{L}\p{N}]$/u.test(line)) line += ' ';
    flush();
    md.appendMarkdown('**');
    appendPlain(md, flat);
    md.appendMarkdown('**');
    const next = runs.slice(i + 1).find((r) => r.text !== '');
    if (next && !next.strong && /^[\p{L}\p{N}]/u.test(next.text)) line += ' ';
  });
  line += '\u201d';
  flush();
}

/** One line: line breaks and block-quotation markers become single spaces. */
function oneLine(text: string): string {
  return text.replace(/[ \t]*\r?\n[ \t]*(?:>[ \t]*)*/g, ' ');
}
