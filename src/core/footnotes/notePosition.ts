import { citedSources } from '../cite/citedSources';
import type { CorpusIndex } from '../model';
import { parseMarkdownFootnotes } from './markdownFootnotes';

/**
 * Where a new note stands among the notes citing its source: the `first` is a full note,
 * a `subsequent` one is shortened, and one that `repeat`s the note just before it is
 * shortened (or "Ibid." where the writer chose it).
 */
export type NotePosition = 'first' | 'subsequent' | 'repeat';

/** The texts of the notes that come before `offset`, in reading order. */
export function notesBefore(text: string, offset: number, languageId: string): string[] {
  if (languageId === 'latex' || languageId === 'tex') return latexFootnotes(text.slice(0, offset));
  const { references, definitions } = parseMarkdownFootnotes(text);
  const byLabel = new Map([...definitions].reverse().map((d) => [d.id, d.text]));
  const seen = new Set<string>();
  const notes: string[] = [];
  for (const ref of references) {
    if (ref.start >= offset || seen.has(ref.id)) continue;
    seen.add(ref.id);
    const note = byLabel.get(ref.id);
    if (note !== undefined) notes.push(note);
  }
  return notes;
}

/** The position of a note citing `sourceId`, given the notes before it. */
export function notePosition(sourceId: string, earlier: readonly string[], index: CorpusIndex): NotePosition {
  const cites = (note: string) => sourcesOfNote(note, index);
  const last = earlier[earlier.length - 1];
  if (last !== undefined && cites(last)[0] === sourceId) return 'repeat';
  return earlier.some((note) => cites(note).includes(sourceId)) ? 'subsequent' : 'first';
}

/** Notes already read, per corpus index: completions ask about the same notes for every item and keystroke. */
const notesByIndex = new WeakMap<CorpusIndex, Map<string, readonly string[]>>();
const NOTE_CACHE_SIZE = 4096;

/** The ids of the sources a note cites, in order of appearance. */
function sourcesOfNote(note: string, index: CorpusIndex): readonly string[] {
  let cache = notesByIndex.get(index);
  if (!cache) notesByIndex.set(index, (cache = new Map()));
  let ids = cache.get(note);
  if (!ids) {
    if (cache.size >= NOTE_CACHE_SIZE) cache.clear();
    ids = citedSources(note, index).map((s) => s.id);
    cache.set(note, ids);
  }
  return ids;
}

/** The bodies of `\footnote{…}` commands, with nested braces. */
function latexFootnotes(text: string): string[] {
  const notes: string[] = [];
  for (const match of text.matchAll(/\\footnote\s*(?:\[[^\]]*\])?\{/g)) {
    let depth = 1;
    let i = (match.index ?? 0) + match[0].length;
    const start = i;
    for (; i < text.length && depth > 0; i++) {
      if (text[i] === '\\') i++;
      else if (text[i] === '{') depth++;
      else if (text[i] === '}') depth--;
    }
    if (depth === 0) notes.push(text.slice(start, i - 1));
  }
  return notes;
}
