/** The formats a person writes corpus files in. */
export type AuthoringFormat = 'yaml' | 'json';

/**
 * The text of a new corpus file: one source, one theme and one passage, each field explained
 * in a comment, valid as it stands (a unit test loads it). Ids start with a slug of the file's
 * name, so two new files do not repeat each other's ids. JSON files may hold comments: Annalist
 * reads `*.annalist.json` as JSON with comments.
 */
export function corpusTemplate(format: AuthoringFormat, fileName: string): string {
  const stem = slug(fileName.replace(/\.annalist\.(json|ya?ml)$/i, '').replace(/\.(json|ya?ml)$/i, '')) || 'my';
  const ids = { source: `${stem}-example-book`, theme: `${stem}-example-theme`, passage: `${stem}-example-passage` };
  return format === 'yaml' ? yamlTemplate(ids) : jsonTemplate(ids);
}

interface TemplateIds {
  source: string;
  theme: string;
  passage: string;
}

function yamlTemplate(ids: TemplateIds): string {
  return `# An Annalist corpus file: your own sources, themes and passages.
# Annalist reads every *.annalist.yaml and *.annalist.json file in the workspace with the
# bundled corpus, and reloads them when you save. Problems appear in the Problems panel,
# with the line and the field at fault. Ids are lowercase words joined by hyphens.

sources:
  # A source is a CSL-JSON item. id, type and title are required; leave out what you do
  # not know rather than guess it. Sources imported from Zotero (see the setting
  # annalist.corpus.paths) need not be written here: passages name them by citation key.
  - id: ${ids.source}
    type: book # article-journal, chapter, post-weblog, webpage, manuscript, letter, ...
    title: The Title as Printed
    author:
      - family: Doe
        given: Jane
    publisher: Example Press
    publisher-place: London
    issued:
      date-parts: [[1999]]

themes:
  # Themes file passages in the Themes view. A theme may name a parent theme.
  - id: ${ids.theme}
    label: Example theme
    description: Passages that show how a corpus file is written.

passages:
  # A passage is a verbatim span of its source: copy the words exactly as printed.
  # kind: paraphrase (the source's own words), quotation (its author's words quoted by
  # the source) or actor-quotation (a historical actor's words quoted in it).
  # "Annalist: Add Passage from Selection" adds passages here from any document.
  - id: ${ids.passage}
    source: ${ids.source}
    kind: paraphrase
    text: The words of the passage, exactly as the source prints them.
    page: "12"
    themes: [${ids.theme}]
    people: [] # people the passage speaks of, e.g. [Kim Il Sung]
    places: [] # places it speaks of, e.g. [Pyongyang]
    years: [] # years it speaks of, e.g. [1956]
`;
}

function jsonTemplate(ids: TemplateIds): string {
  return `// An Annalist corpus file: your own sources, themes and passages.
// Annalist reads every *.annalist.json and *.annalist.yaml file in the workspace with the
// bundled corpus, and reloads them when you save. Problems appear in the Problems panel,
// with the line and the field at fault. Ids are lowercase words joined by hyphens.
{
  // A source is a CSL-JSON item. id, type and title are required; leave out what you do
  // not know rather than guess it. Sources imported from Zotero (see the setting
  // annalist.corpus.paths) need not be written here: passages name them by citation key.
  "sources": [
    {
      "id": "${ids.source}",
      "type": "book",
      "title": "The Title as Printed",
      "author": [{ "family": "Doe", "given": "Jane" }],
      "publisher": "Example Press",
      "publisher-place": "London",
      "issued": { "date-parts": [[1999]] }
    }
  ],
  // Themes file passages in the Themes view. A theme may name a parent theme.
  "themes": [
    {
      "id": "${ids.theme}",
      "label": "Example theme",
      "description": "Passages that show how a corpus file is written."
    }
  ],
  // A passage is a verbatim span of its source: copy the words exactly as printed.
  // kind: paraphrase (the source's own words), quotation (its author's words quoted by
  // the source) or actor-quotation (a historical actor's words quoted in it).
  // "Annalist: Add Passage from Selection" adds passages here from any document.
  "passages": [
    {
      "id": "${ids.passage}",
      "source": "${ids.source}",
      "kind": "paraphrase",
      "text": "The words of the passage, exactly as the source prints them.",
      "page": "12",
      "themes": ["${ids.theme}"],
      "people": [],
      "places": [],
      "years": []
    }
  ]
}
`;
}

/** Lowercase ASCII words joined by hyphens, diacritics dropped: the form of Annalist ids. */
export function slug(text: string, maxWords = 8): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, maxWords)
    .join('-');
}
