/**
 * Seeded Markdown documents that try every way to hide, fake or confuse a footnote: code
 * (fenced with every fence length, shorter and longer fences inside, ``` and ~~~, indented,
 * spans across lines), block quotes (nested, lazy), lists, HTML comments and blocks, math,
 * escapes, CRLF, astral characters, named labels, duplicate and unreferenced definitions and
 * references without one. Every note's text holds a unique marker word `mNx`.
 */
export interface GeneratedDocument {
  text: string;
  eol: '\n' | '\r\n';
  features: Set<string>;
}

/** The marker words of notes, as the oracle finds them. */
export const NOTE_MARKER = /m\d+x|NEWNOTE/;

/** A small seeded generator (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMED = ['note', 'a-b', 'Kim', 'q\u{1F600}'];
const WORDS = ['Kim', 'said', 'the', 'plenum', 'in', '1956', 'Moscow', '\u{1F4DC}', 'Pyongyang', 'and', '(1953)'];

/** Generates document number `n` of the seeded series. */
export function generateDocument(seed: number): GeneratedDocument {
  const rnd = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)];
  const chance = (p: number) => rnd() < p;
  const features = new Set<string>();
  const labels = [...Array.from({ length: 1 + Math.floor(rnd() * 6) }, () => String(1 + Math.floor(rnd() * 9))), ...(chance(0.4) ? [pick(NAMED)] : [])];
  let marker = 0;
  const note = () => `m${++marker}x ${pick(WORDS)}`;
  const label = () => {
    const l = pick(labels);
    if (!/^\d+$/.test(l)) features.add('named label');
    return l;
  };
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const inline = (): string => {
    const r = rnd();
    if (r < 0.35) return `${pick(WORDS)}[^${label()}]`;
    const kinds: [string, () => string][] = [
      ['code span', () => `\`${pick(['', '`'])}x [^${label()}] y${pick(['', '`'])}\``],
      ['code span across lines', () => `\`a\n[^${label()}] b\``],
      ['inline math', () => pick([`$a[^${label()}]$`, `$$b [^${label()}]$$`])],
      ['HTML comment', () => `<!-- [^${label()}] -->`],
      ['inline HTML', () => `<span title="[^${label()}]">x</span>`],
      ['escaped reference', () => `\\[^${label()}]`],
      ['astral characters', () => '\u{1F600}\u{10348}'],
      ['link', () => `[see [^${label()}] here](http://x.org)`],
      ['reference without definition', () => `[^${pick(['7', '8', 'zz'])}]`],
      ['label with a bar', () => `[^${label()}|]`],
    ];
    const [name, make] = pick(kinds);
    features.add(name);
    return make();
  };
  const paragraph = () => Array.from({ length: 1 + Math.floor(rnd() * 4) }, () => `${words(1 + Math.floor(rnd() * 3))} ${inline()}`).join(pick([' ', ' ', '\n']));
  const definition = (indent = '') => {
    const l = label();
    features.add(indent ? 'indented definition' : 'definition');
    let text = `${indent}[^${l}]: ${note()}`;
    if (chance(0.2)) {
      features.add('definition continuation');
      text += pick(['\n    more words', '\nlazy words', `\n\n    ${note()} second paragraph`]);
    }
    if (chance(0.1)) {
      features.add('reference inside a note');
      text += ` [^${label()}]`;
    }
    return text;
  };
  const fence = () => {
    const char = pick(['`', '~']);
    const length = 3 + Math.floor(rnd() * 4);
    const open = char.repeat(length);
    features.add(`fence ${open.length}`);
    const inner = chance(0.5) ? char.repeat(3 + Math.floor(rnd() * 5)) : '';
    if (inner.length > 0 && inner.length < length) features.add('shorter fence inside');
    if (inner.length >= length) features.add('longer fence closes');
    return `${open}${chance(0.3) ? 'md' : ''}\n[^${label()}]: ${note()}\nA[^${label()}]\n${inner}\nB[^${label()}]\n${open}`;
  };
  const blocks: [string, () => string][] = [
    ['paragraph', paragraph],
    ['paragraph', paragraph],
    ['fenced code', fence],
    ['indented code', () => `    [^${label()}]: ${note()}\n    x[^${label()}]`],
    ['block quote', () => `> ${paragraph().replace(/\n/g, '\n> ')}${chance(0.4) ? `\n${words(2)} lazy` : ''}`],
    ['nested block quote', () => `> > ${words(2)}[^${label()}]\n> > ${definition()}`],
    ['definition in block quote', () => `> ${definition()}`.replace(/\n(?!$)/g, '\n> ')],
    ['list', () => `- ${paragraph().replace(/\n/g, '\n  ')}\n- ${words(2)}[^${label()}]`],
    ['definition in list', () => `1. ${definition()}`],
    ['HTML comment block', () => `<!--\n[^${label()}]: ${note()}\n[^${label()}]\n-->`],
    ['HTML block', () => `<div>\n[^${label()}]\n</div>`],
    ['display math', () => `$$\na[^${label()}] = b\n[^${label()}]: ${note()}\n$$`],
    ['indented definition', () => definition(' '.repeat(1 + Math.floor(rnd() * 3)))],
    ['definition', () => definition()],
  ];
  const parts: string[] = [];
  for (let i = 0, n = 2 + Math.floor(rnd() * 6); i < n; i++) {
    const [name, make] = pick(blocks);
    features.add(name);
    parts.push(make());
  }
  const defs: string[] = [];
  for (const l of labels) if (chance(0.85)) defs.push(`[^${l}]: ${note()}`);
  if (chance(0.15) && defs.length > 0) {
    features.add('duplicate definition');
    defs.push(`${defs[0].slice(0, defs[0].indexOf(':'))}: ${note()}`);
  }
  if (chance(0.3)) {
    features.add('unreferenced definition');
    defs.push(`[^${pick(['5', '6', 'extra'])}]: ${note()}`);
  }
  let text = `${parts.join('\n\n')}\n\n${defs.join('\n')}${chance(0.8) ? '\n' : ''}`;
  if (chance(0.1)) {
    features.add('unclosed fence at the end');
    text += '\n```\nopen [^1]\n';
  }
  const eol = chance(0.3) ? '\r\n' : '\n';
  if (eol === '\r\n') {
    features.add('CRLF');
    text = text.replace(/\n/g, '\r\n');
  }
  return { text, eol, features };
}
