import { formatBibliography, type StyleId } from '../citation';
import type { TextEdit } from '../insert/textInsert';
import type { CorpusIndex } from '../model';
import { citedSources } from './citedSources';
import { markupForLanguage } from './documentCitation';
import { markdownLineStart } from '../escape/markdownLineStart';


const HEADINGS: Record<StyleId, string> = {
  'chicago-notes-bibliography': 'Bibliography',
  'chicago-notes-bibliography-17th-edition': 'Bibliography',
  'chicago-author-date': 'References',
  'chicago-author-date-17th-edition': 'References',
  'modern-language-association': 'Works Cited',
  apa: 'References',
};

interface BlockSyntax {
  begin: string;
  end: string;
  render(heading: string, entries: string[], eol: string): string;
}

const MARKDOWN: BlockSyntax = {
  begin: '<!-- annalist:bibliography -->',
  end: '<!-- /annalist:bibliography -->',
  render: (heading, entries, eol) => [`## ${heading}`, ...entries.map(markdownLineStart)].join(eol + eol),
};
const LATEX: BlockSyntax = {
  begin: '% annalist:bibliography',
  end: '% /annalist:bibliography',
  render: (heading, entries, eol) =>
    [
      `\\section*{${heading}}`,
      '\\begin{list}{}{\\setlength{\\leftmargin}{2em}\\setlength{\\itemindent}{-2em}}',
      ...entries.map((e) => `\\item ${e.startsWith('[') ? '{}' : ''}${e}`),
      '\\end{list}',
    ].join(eol),
};
const PLAIN: BlockSyntax = {
  begin: '-- annalist:bibliography --',
  end: '-- /annalist:bibliography --',
  render: (heading, entries, eol) => [heading, ...entries].join(eol + eol),
};

function syntaxFor(languageId: string): BlockSyntax {
  const markup = markupForLanguage(languageId);
  return markup === 'markdown' ? MARKDOWN : markup === 'latex' ? LATEX : PLAIN;
}

/**
 * Where Annalist's own bibliography block stands in a text, markers included. A marker counts
 * only on a line of its own, so an entry quoting `% /annalist:bibliography` cannot end the block.
 */
export function findBibliographyBlock(text: string, languageId: string): { start: number; end: number } | undefined {
  const syntax = syntaxFor(languageId);
  const start = markerLine(text, syntax.begin, 0);
  if (start < 0) return undefined;
  const endMarker = markerLine(text, syntax.end, start);
  if (endMarker < 0) return undefined;
  return { start, end: endMarker + syntax.end.length };
}

/** The offset of the first `marker` at or after `from` that fills a line by itself; -1 if none. */
function markerLine(text: string, marker: string, from: number): number {
  for (let at = text.indexOf(marker, from); at >= 0; at = text.indexOf(marker, at + 1)) {
    const after = text[at + marker.length];
    if ((at === 0 || text[at - 1] === '\n') && (after === undefined || after === '\n' || after === '\r')) return at;
  }
  return -1;
}

/**
 * The edit that writes the bibliography of the sources a document cites: it replaces
 * Annalist's earlier block (so running it twice changes nothing), or appends a new block at
 * the end after a blank line. Undefined when the document cites no known source.
 */
export function bibliographyEdit(
  text: string,
  languageId: string,
  index: CorpusIndex,
  style: StyleId,
  eol: '\n' | '\r\n',
): TextEdit | undefined {
  const syntax = syntaxFor(languageId);
  const existing = findBibliographyBlock(text, languageId);
  const sources = citedSources(text, index, existing);
  if (sources.length === 0) return undefined;
  const entries = formatBibliography(sources, { style, markup: markupForLanguage(languageId) });
  const block = [syntax.begin, syntax.render(HEADINGS[style], entries, eol), syntax.end].join(eol);
  if (existing) return { start: existing.start, end: existing.end, text: block };
  const trailing = /(\r?\n)*$/.exec(text)?.[0] ?? '';
  const newlines = (trailing.match(/\n/g) ?? []).length;
  const lead = text.length === 0 ? '' : eol.repeat(Math.max(0, 2 - newlines));
  return { start: text.length, end: text.length, text: `${lead}${block}${eol}` };
}
