import { applyEdits, modify, parseTree, type Edit, type ParseError } from 'jsonc-parser';
import { Document, isMap, isScalar, isSeq, parseDocument, visit, type ParsedNode } from 'yaml';
import type { Passage, PassageKind } from '../model';
import { slug, type AuthoringFormat } from './corpusTemplate';

/** What a person answers when turning selected text into a passage. */
export interface PassageAnswers {
  text: string;
  source: string;
  themes: string[];
  page?: string;
  kind?: PassageKind;
  /** An id to use; by default one is made from the first words of the text. */
  id?: string;
}

/** An edit of a file's text: replace `length` characters at `offset` by `content`. */
export type TextEdit = Edit;

/**
 * A new passage from selected text. The text is kept as selected (line breaks made `\n`,
 * surrounding blank space trimmed); people, places and years start empty, to be filled in
 * by hand rather than guessed; the kind is `paraphrase` unless given.
 */
export function newPassage(answers: PassageAnswers, takenIds: ReadonlySet<string>): Passage {
  const text = answers.text.replace(/\r\n?/g, '\n').trim();
  const passage: Passage = {
    id: answers.id ?? uniqueId(slug(text, 6) || 'passage', takenIds),
    source: answers.source,
    kind: answers.kind ?? 'paraphrase',
    text,
    themes: [...new Set(answers.themes)],
    people: [],
    places: [],
    years: [],
  };
  const page = answers.page?.trim();
  if (page) passage.page = page;
  return orderFields(passage);
}

/** `base`, or `base-2`, `base-3`… whichever is not taken. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** The fields in the order the bundled corpus writes them. */
function orderFields(p: Passage): Passage {
  const { id, source, kind, text, page, themes, people, places, years } = p;
  return { id, source, kind, text, ...(page !== undefined ? { page } : {}), themes, people, places, years };
}

/**
 * The edits that add a passage at the end of the `passages` list of a corpus file, creating
 * the list if the file has none. Everything else in the file — comments, order, layout — is
 * left as it was. Returns a reason instead when the file cannot take the passage as it stands.
 */
export function appendPassageEdits(
  fileText: string,
  format: AuthoringFormat,
  passage: Passage,
  indent = '  ',
): TextEdit[] | { error: string } {
  return format === 'json' ? appendJson(fileText, passage, indent) : appendYaml(fileText, passage);
}

function appendJson(text: string, passage: Passage, indent: string): TextEdit[] | { error: string } {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: false });
  if (text.trim() === '') return [{ offset: 0, length: text.length, content: `${JSON.stringify({ passages: [passage] }, null, indent)}\n` }];
  if (errors.length > 0 || !root) return { error: 'the file has JSON syntax errors; fix them first' };
  if (root.type !== 'object') return { error: 'the file is not a JSON object' };
  const list = root.children?.find((p) => p.children?.[0]?.value === 'passages')?.children?.[1];
  if (list && list.type !== 'array') return { error: '"passages" is not a list' };
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const formattingOptions = { insertSpaces: !indent.includes('\t'), tabSize: indent.includes('\t') ? 1 : indent.length, eol };
  const edits = list
    ? modify(text, ['passages', list.children?.length ?? 0], passage, { formattingOptions, isArrayInsertion: true })
    : modify(text, ['passages'], [passage], { formattingOptions });
  return edits;
}

function appendYaml(text: string, passage: Passage): TextEdit[] | { error: string } {
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length > 0) return { error: 'the file has YAML errors; fix them first' };
  const root = doc.contents as ParsedNode | null;
  const item = yamlItem(passage);
  if (root === null) return [{ offset: 0, length: text.length, content: `${text.trim() === '' ? '' : `${text.trimEnd()}\n`}passages:\n${indentLines(item, '  ')}` }];
  if (!isMap(root)) return { error: 'the file is not a YAML mapping' };
  const pair = root.items.find((p) => (p.key as { value?: unknown } | null)?.value === 'passages');
  const list = pair?.value as ParsedNode | null | undefined;
  let edit: TextEdit;
  if (!pair) {
    const end = text.length;
    const lead = text.endsWith('\n') || text === '' ? '' : '\n';
    edit = { offset: end, length: 0, content: `${lead}\npassages:\n${indentLines(item, '  ')}` };
  } else if (list === null || list === undefined || (isScalar(list) && list.value === null) || (isSeq(list) && list.items.length === 0)) {
    // `passages:` or `passages: []`: the list is written anew after the key.
    const keyEnd = (pair.key as ParsedNode).range[1];
    const colon = text.indexOf(':', keyEnd);
    const end = isSeq(list) ? list.range[1] : colon + 1;
    edit = { offset: colon + 1, length: end - colon - 1, content: `\n${indentLines(item, '  ').replace(/\n$/, '')}` };
  } else if (isSeq(list) && !list.flow) {
    const first = list.items[0] as ParsedNode;
    const lineStart = text.lastIndexOf('\n', first.range[0] - 1) + 1;
    const dash = /^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? '';
    const last = list.items[list.items.length - 1] as ParsedNode;
    const end = last.range[1];
    const lead = text[end - 1] === '\n' ? '' : '\n';
    edit = { offset: end, length: 0, content: `${lead}${indentLines(item, dash)}`.replace(/\n$/, lead === '' ? '\n' : '') };
  } else {
    return { error: '"passages" is not a list written one item per line; add the passage by hand' };
  }
  const result = applyEdits(text, [edit]);
  const check = parseDocument(result, { uniqueKeys: true });
  const added = check.errors.length === 0 ? (check.toJS() as { passages?: unknown[] } | null)?.passages?.at(-1) : undefined;
  if (JSON.stringify(added) !== JSON.stringify(passage)) return { error: 'the passage could not be added without changing the rest of the file' };
  return [edit];
}

/** The passage as one block-list item (`- id: …`), lists of names and years written inline. */
function yamlItem(passage: Passage): string {
  const doc = new Document([passage]);
  visit(doc, {
    Seq(_, node, path) {
      if (path.length > 2) node.flow = true;
    },
  });
  return doc.toString({ lineWidth: 0 });
}

function indentLines(text: string, indent: string): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? line : indent + line))
    .join('\n');
}
