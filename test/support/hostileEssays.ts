/**
 * Hostile essays: documents built to make a scanner of essay text backtrack or rescan, one
 * family per pattern that once took quadratic or cubic time. The benchmark, the linearity unit
 * tests, the host test and the UI scenario all read them from here, so they measure the same
 * texts. Every generator is deterministic (a seeded generator where it varies anything).
 */

/** One family of hostile text. */
export type HostileFamily = 'bracketAt' | 'atBrace' | 'bracket' | 'caretBracket' | 'angle' | 'quotedCitations' | 'citeTrigger' | 'footnoteLine';

export const HOSTILE_FAMILIES: readonly HostileFamily[] = ['bracketAt', 'atBrace', 'bracket', 'caretBracket', 'angle', 'quotedCitations', 'citeTrigger', 'footnoteLine'];

/** What each family repeats, for tables. */
export const FAMILY_LABELS: Readonly<Record<HostileFamily, string>> = {
  bracketAt: '`[a @` in a quotation',
  atBrace: '`@{` in a quotation',
  bracket: '`[` in a quotation',
  caretBracket: '`[^` in a quotation',
  angle: '`<a` in a quotation',
  quotedCitations: 'quotations + citations, 1 paragraph',
  citeTrigger: '`\\` + `cite`×n trigger',
  footnoteLine: 'footnote `[^` line',
};

/** A faithful quotation of a bundled passage (`dependency-on-soviet-expertise`). */
const QUOTED = 'necessitated an inordinate dependency on Soviet expertise';

/** The language a family's document is checked in. */
export function familyLanguage(family: HostileFamily): 'markdown' | 'latex' {
  return family === 'citeTrigger' ? 'latex' : 'markdown';
}

/** A document of the family of about `size` characters (UTF-16 code units). */
export function hostileText(family: HostileFamily, size: number): string {
  const fill = (unit: string, head: string, tail: string) => head + unit.repeat(Math.max(1, Math.floor((size - head.length - tail.length) / unit.length))) + tail;
  switch (family) {
    case 'bracketAt':
      return fill('[a @', 'He wrote \u201c', '\u201d and left.\n');
    case 'atBrace':
      return fill('@{', 'He wrote \u201c', '\u201d and left.\n');
    case 'bracket':
      return fill('[', 'He wrote \u201c', '\u201d and left.\n');
    case 'caretBracket':
      return fill('[^', 'He wrote \u201c', '\u201d and left.\n');
    case 'angle':
      return fill('<a', 'He wrote \u201c', '\u201d and left.\n');
    case 'quotedCitations':
      return quotedCitations(size);
    case 'citeTrigger':
      return fill('cite', 'Text \\', '');
    case 'footnoteLine':
      return fill('[^', 'Notes ', '\n');
  }
}

/** Seeded generator (mulberry32). */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Right, wrong, footnoted, narrative and unknown citations. */
const CITES = ['[@msiow-2007-north-korea-soviets, 3]', '[@szalontai-2003-no-political-line]', '[^1]', '@msiow-2007-north-korea-soviets', '[see @nobody-1999, p. 3]'];

/** One paragraph of quotations, each followed by a citation (seeded: the citations vary). */
function quotedCitations(size: number): string {
  const rnd = seeded(1956);
  const parts: string[] = [];
  let length = 0;
  while (length < size) {
    const cite = CITES[Math.floor(rnd() * CITES.length)];
    const part = `As he wrote, \u201c${QUOTED}\u201d ${cite}. `;
    parts.push(part);
    length += part.length;
  }
  return `${parts.join('')}\n\n[^1]: *North Korea and the Soviets 1953-1964*, December 7, 2007.\n`;
}

/**
 * The families an essay opened in the editor mixes: not the two made of `[^`, on which the
 * footnote parser behind footnote renumbering (`src/core/footnotes`, being replaced on
 * another branch) holds the extension host for seconds whatever the quotation checker does.
 */
export const EDITOR_FAMILIES: readonly HostileFamily[] = HOSTILE_FAMILIES.filter((f) => f !== 'caretBracket' && f !== 'footnoteLine' && f !== 'citeTrigger');

/**
 * One large document mixing families of hostile text (each as its own paragraph, and a `\`
 * with `cite` repeated), with a plain misquotation in the middle and at the end: about `size`
 * characters.
 */
export function mixedHostileEssay(size: number, misquote: string, mixed: readonly HostileFamily[] = HOSTILE_FAMILIES): string {
  const families = mixed.filter((f) => f !== 'citeTrigger');
  const per = Math.floor(size / (families.length + 1));
  const paragraphs: string[] = ['# A hostile essay\n'];
  families.forEach((family, i) => {
    paragraphs.push(hostileText(family, per).trimEnd());
    if (i === Math.floor(families.length / 2)) paragraphs.push(`As the ambassador put it, \u201c${misquote}\u201d [@msiow-2007-north-korea-soviets].`);
  });
  paragraphs.push(`\\${'cite'.repeat(Math.floor(per / 4))}`);
  paragraphs.push(`Finally, \u201c${misquote}\u201d [@msiow-2007-north-korea-soviets].`);
  return `${paragraphs.join('\n\n')}\n`;
}

const PROSE = ['the', 'Soviet', 'advisers', 'of', 'Pyongyang', 'and', 'in', 'planners', 'trade', 'credits', 'factories', 'a', 'to', 'with', 'Kim', 'Moscow', 'collectivisation', 'debts', 'was', 'that'];

/**
 * An ordinary essay of about `size` characters, the baseline: paragraphs of seeded prose, each
 * with a quotation and a citation (faithful, misquoted or uncited), and a footnote.
 */
export function plainEssay(size: number): string {
  const rnd = seeded(1957);
  const paragraphs: string[] = [];
  let length = 0;
  for (let n = 0; length < size; n++) {
    const words: string[] = [];
    for (let i = 0; i < 60; i++) words.push(PROSE[Math.floor(rnd() * PROSE.length)]);
    const quote = n % 3 === 1 ? 'necessitated an inordinate dependency on Russian expertise' : QUOTED;
    const cite = n % 4 === 3 ? '' : n % 4 === 2 ? '[^1]' : ' [@msiow-2007-north-korea-soviets, 3]';
    const paragraph = `${words.slice(0, 30).join(' ')}, \u201c${quote}.\u201d${cite} ${words.slice(30).join(' ')}.`;
    paragraphs.push(paragraph);
    length += paragraph.length + 2;
  }
  paragraphs.push('[^1]: *North Korea and the Soviets 1953-1964*, December 7, 2007.');
  return `${paragraphs.join('\n\n')}\n`;
}
