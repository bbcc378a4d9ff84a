import * as vscode from 'vscode';
import { attributionChain, kindLabel, themeLabels } from '../core/describePassage';
import { quotationText, type CorpusIndex, type Passage, type Source } from '../core/model';
import { appendPlain, untrustedMarkdown } from './plainMarkdown';

/**
 * A passage as Markdown for tooltips and hovers. Corpus text is appended as plain text, so
 * it can never run a command, load an image or inject HTML.
 */
export function passageMarkdown(passage: Passage, index: CorpusIndex, citation?: string): vscode.MarkdownString {
  const md = untrustedMarkdown();
  md.appendMarkdown('> ');
  appendPlain(md, `\u201c${quotationText(passage)}\u201d`);
  md.appendMarkdown('\n\n');
  appendPlain(md, `${kindLabel(passage)}: ${attributionChain(passage, index).join(' \u2192 ')}`);
  md.appendMarkdown('\n\n');
  appendPlain(md, `Themes: ${themeLabels(passage, index).join(', ')}`);
  for (const note of passage.editorial ?? []) {
    md.appendMarkdown('\n\n');
    appendPlain(md, note.kind === 'sic' ? `[sic] \u201c${note.target}\u201d${note.text ? ` \u2014 ${note.text}` : ''}` : `Note on \u201c${note.target}\u201d: ${note.text ?? ''}`);
  }
  if (citation) {
    md.appendMarkdown('\n\n---\n\n');
    appendPlain(md, citation);
  }
  return md;
}

/** A source as Markdown for hovers: its bibliography entry and how many passages it holds. */
export function sourceMarkdown(source: Source, index: CorpusIndex, entry: string): vscode.MarkdownString {
  const md = untrustedMarkdown();
  appendPlain(md, entry);
  const count = index.corpus.passages.filter((p) => p.source === source.id || p.original === source.id).length;
  md.appendMarkdown('\n\n');
  appendPlain(md, `${count} passage${count === 1 ? '' : 's'} in the corpus`);
  return md;
}
