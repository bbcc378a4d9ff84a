import * as vscode from 'vscode';
import { citePassage, formatBibliography } from '../core/citation';
import { citedSources } from '../core/cite/citedSources';
import { citationAt } from '../core/hover/citationAt';
import type { CorpusIndex } from '../core/model';
import { readCitationSettings } from './citationSettings';
import type { CorpusStore } from './corpusStore';
import { passageMarkdown, sourceMarkdown } from './passageMarkdown';
import { appendPlain, untrustedMarkdown } from './plainMarkdown';
import { ESSAY_DOCUMENTS } from './essayDocuments';


/**
 * Hovers on a citation key (Pandoc, LaTeX) or a footnote reference: the quotation, who said
 * it and through whom, its source, its themes and the formatted citation. Corpus text is
 * rendered as plain text in untrusted Markdown.
 */
export function registerCitationHovers(store: CorpusStore): vscode.Disposable {
  return vscode.languages.registerHoverProvider(ESSAY_DOCUMENTS, {
    async provideHover(document, position) {
      const found = citationAt(document.getText(), document.offsetAt(position), document.languageId);
      if (!found) return undefined;
      const { index } = await store.ready();
      const range = new vscode.Range(document.positionAt(found.start), document.positionAt(found.end));
      const { style } = readCitationSettings(document);
      const contents = found.kind === 'key' ? keyHover(found.key, index, style) : footnoteHover(found.definition, index, style);
      return contents ? new vscode.Hover(contents, range) : undefined;
    },
  });
}

type Style = ReturnType<typeof readCitationSettings>['style'];

function keyHover(key: string, index: CorpusIndex, style: Style): vscode.MarkdownString | undefined {
  const passage = index.passageById.get(key);
  if (passage) return passageMarkdown(passage, index, citePassage(passage, index, { style, form: 'note', markup: 'plain' }));
  const source = index.sourceById.get(key);
  if (!source) return undefined;
  const [entry] = formatBibliography([source], { style, markup: 'plain' });
  return sourceMarkdown(source, index, entry);
}

function footnoteHover(definition: string | undefined, index: CorpusIndex, style: Style): vscode.MarkdownString | undefined {
  if (definition === undefined) return undefined;
  const md = untrustedMarkdown();
  appendPlain(md, definition);
  const sources = citedSources(definition, index);
  if (sources.length > 0) {
    md.appendMarkdown('\n\n---\n\n');
    appendPlain(md, formatBibliography(sources, { style, markup: 'plain' }).join('\n\n'));
  }
  return md;
}
