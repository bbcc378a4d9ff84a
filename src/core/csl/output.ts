/**
 * Turns the engine's marked strings (`markers.ts`) into plain text, HTML (as citeproc-js writes
 * it, the CSL test suite's convention), Markdown or LaTeX. Every character that is not a marker
 * is escaped for the target, so item text can never become markup. Nested quotes and nested
 * italics/bold/small caps flip (flip-flop), and with `punctuation-in-quote` a period or comma
 * after a closing quote moves inside it.
 */
import { M, isMarker } from './markers';

/** The output formats the engine writes. */
export type OutputFormat = 'text' | 'html' | 'markdown' | 'latex';

/** The quotation marks of the locale (outer and inner). */
export interface QuoteMarks {
  open: string; close: string; openInner: string; closeInner: string;
}

const CLOSERS = new Set<string>([M.italicOff, M.normalOff, M.boldOff, M.weightNormalOff, M.scOff, M.variantNormalOff, M.underlineOff, M.supOff, M.subOff, M.baselineOff, M.quoteOff, M.nocaseOff, M.displayOff, M.nodecorOff]);

/** Moves a period or comma that follows closing quotes (and other closers) inside the first closing quote. */
export function punctuationInQuote(s: string): string {
  if (!s.includes(M.quoteOff)) return s;
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if ((ch === '.' || ch === ',') && out.length > 0) {
      let j = out.length - 1;
      let firstQuote = -1;
      while (j >= 0 && CLOSERS.has(out[j])) {
        if (out[j] === M.quoteOff) firstQuote = j;
        j--;
      }
      if (firstQuote >= 0) {
        const prev = j >= 0 ? out[j] : '';
        if (!((ch === '.' && (prev === '.' || prev === '!' || prev === '?')) || (prev === ',' && ch === ','))) out.splice(firstQuote, 0, ch);
        continue;
      }
    }
    out.push(ch);
  }
  return out.join('');
}

type Kind = 'italic' | 'bold' | 'sc' | 'quote';

interface Writer {
  esc(text: string): string;
  open(marker: string, nested: boolean): string;
  close(marker: string, nested: boolean): string;
}

const HTML_TAGS: Record<string, [string, string, string?, string?]> = {
  [M.italicOn]: ['<i>', '</i>', '<span style="font-style:normal;">', '</span>'],
  [M.normalOn]: ['<span style="font-style:normal;">', '</span>'],
  [M.boldOn]: ['<b>', '</b>', '<span style="font-weight:normal;">', '</span>'],
  [M.weightNormalOn]: ['<span style="font-weight:normal;">', '</span>'],
  [M.scOn]: ['<span style="font-variant:small-caps;">', '</span>', '<span style="font-variant:normal;">', '</span>'],
  [M.variantNormalOn]: ['<span style="font-variant:normal;">', '</span>'],
  [M.underlineOn]: ['<span style="text-decoration:underline;">', '</span>'],
  [M.supOn]: ['<sup>', '</sup>'],
  [M.subOn]: ['<sub>', '</sub>'],
  [M.baselineOn]: ['<span style="baseline">', '</span>'],
  [M.nocaseOn]: ['', ''],
  [M.blockOn]: ['\n\n    <div class="csl-block">', '</div>\n'],
  [M.leftMarginOn]: ['\n    <div class="csl-left-margin">', '</div>'],
  [M.rightInlineOn]: ['<div class="csl-right-inline">', '</div>\n  '],
  [M.indentOn]: ['<div class="csl-indent">', '</div>\n  '],
};

const LATEX_TAGS: Record<string, [string, string, string?, string?]> = {
  [M.italicOn]: ['\\textit{', '}', '\\textup{', '}'],
  [M.normalOn]: ['\\textup{', '}'],
  [M.boldOn]: ['\\textbf{', '}', '\\textmd{', '}'],
  [M.weightNormalOn]: ['\\textmd{', '}'],
  [M.scOn]: ['\\textsc{', '}', '\\textnormal{', '}'],
  [M.variantNormalOn]: ['\\textnormal{', '}'],
  [M.underlineOn]: ['\\underline{', '}'],
  [M.supOn]: ['\\textsuperscript{', '}'],
  [M.subOn]: ['\\textsubscript{', '}'],
  [M.baselineOn]: ['', ''],
  [M.nocaseOn]: ['', ''],
  [M.blockOn]: ['', ''],
  [M.leftMarginOn]: ['', ''],
  [M.rightInlineOn]: [' ', ''],
  [M.indentOn]: ['', ''],
};

const MD_TAGS: Record<string, [string, string, string?, string?]> = {
  [M.italicOn]: ['*', '*', '', ''],
  [M.boldOn]: ['**', '**', '', ''],
  [M.supOn]: ['^', '^'],
  [M.subOn]: ['~', '~'],
  [M.rightInlineOn]: [' ', ''],
};

function tableWriter(table: Record<string, [string, string, string?, string?]>, esc: (t: string) => string): Writer {
  return {
    esc,
    open: (m, nested) => { const t = table[m]; return t ? (nested && t[2] !== undefined ? t[2] : t[0]) : ''; },
    close: (m, nested) => { const t = table[m]; return t ? (nested && t[3] !== undefined ? t[3] : t[1]) : ''; },
  };
}

const SUPERSCRIPTS: Record<string, string> = {
  'ª': 'a', 'º': 'o', 'ʳ': 'r', 'ᵉ': 'e', 'ˢ': 's', 'ᵗ': 't', 'ʰ': 'h', 'ⁿ': 'n', 'ᵈ': 'd', 'ᵃ': 'a', 'ᵒ': 'o', 'ᵐ': 'm', 'ˡ': 'l', 'ᵛ': 'v',
  '¹': '1', '²': '2', '³': '3', '⁰': '0', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9',
};
const escHtml = (t: string): string => t.replace(/[&<>ªºʳᵉˢᵗʰⁿᵈᵃᵒᵐˡᵛ¹²³⁰⁴-⁹]/g, (c) => (c === '&' ? '&#38;' : c === '<' ? '&#60;' : c === '>' ? '&#62;' : `<sup>${SUPERSCRIPTS[c] ?? c}</sup>`));
const LATEX_ESC: Record<string, string> = { '\\': '\\textbackslash{}', '{': '\\{', '}': '\\}', $: '\\$', '&': '\\&', '#': '\\#', '^': '\\textasciicircum{}', _: '\\_', '%': '\\%', '~': '\\textasciitilde{}' };
const escLatex = (t: string): string => t.replace(/[\\{}$&#^_%~]/g, (c) => LATEX_ESC[c]);
const escMarkdown = (t: string): string => t.replace(/[\\`*_[\]<>#|~^$]/g, (c) => `\\${c}`);

const WRITERS: Record<OutputFormat, Writer> = {
  html: tableWriter(HTML_TAGS, escHtml),
  latex: tableWriter(LATEX_TAGS, escLatex),
  markdown: tableWriter(MD_TAGS, escMarkdown),
  text: tableWriter({}, (t) => t),
};

const KIND: Record<string, Kind> = { [M.italicOn]: 'italic', [M.boldOn]: 'bold', [M.scOn]: 'sc', [M.quoteOn]: 'quote' };
const RESET: Record<string, Kind> = { [M.normalOn]: 'italic', [M.weightNormalOn]: 'bold', [M.variantNormalOn]: 'sc' };

/** Writes a marked string in the given format, resolving flip-flop nesting and quote levels. */
export function render(s: string, format: OutputFormat, quotes: QuoteMarks): string {
  const w = WRITERS[format];
  const depth: Record<Kind, number> = { italic: 0, bold: 0, sc: 0, quote: 0 };
  const stack: { marker: string; nested: boolean; saved?: [Kind, number]; resets?: [string, Kind, number][]; silent?: boolean }[] = [];
  let out = '';
  let run = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (!isMarker(ch)) { run += ch; continue; }
    if (run) { out += w.esc(run); run = ''; }
    if (ch === M.fieldQuoteOn || ch === M.fieldQuoteOff) {
      if (run) { out += w.esc(run); run = ''; }
    }
    if (ch === M.nodecorOn) {
      const resets: [string, Kind, number][] = [];
      for (const [k, m] of [['italic', M.normalOn], ['bold', M.weightNormalOn], ['sc', M.variantNormalOn]] as [Kind, string][]) {
        if (depth[k] % 2 === 1) { resets.push([m, k, depth[k]]); out += w.open(m, false); depth[k] = 0; }
      }
      stack.push({ marker: ch, nested: false, resets });
    } else if (ch === M.nodecorOff) {
      const top = stack.pop();
      if (!top) continue;
      for (const [m, k, d] of (top.resets ?? []).reverse()) { out += w.close(m, false); depth[k] = d; }
    } else if (ch === M.quoteOn || ch === M.fieldQuoteOn) {
      const inner = depth.quote % 2 === 1;
      out += w.esc(inner ? quotes.openInner : quotes.open);
      depth.quote++;
      stack.push({ marker: M.quoteOn, nested: inner });
    } else if (ch === M.quoteOff || ch === M.fieldQuoteOff || ch === M.italicOff || ch === M.normalOff || ch === M.boldOff || ch === M.weightNormalOff || ch === M.scOff || ch === M.variantNormalOff || ch === M.underlineOff || ch === M.supOff || ch === M.subOff || ch === M.baselineOff || ch === M.nocaseOff || ch === M.displayOff) {
      if (stack[stack.length - 1]?.marker === M.nodecorOn) continue;
      const top = stack.pop();
      if (!top) continue;
      if (top.marker === M.quoteOn) {
        depth.quote--;
        out += w.esc(top.nested ? quotes.closeInner : quotes.close);
        continue;
      }
      const k = KIND[top.marker];
      if (k) depth[k]--;
      if (top.saved) depth[top.saved[0]] = top.saved[1];
      if (!top.silent) out += w.close(top.marker, top.nested);
    } else {
      const k = KIND[ch];
      const reset = RESET[ch];
      let nested = false;
      let saved: [Kind, number] | undefined;
      if (k) { nested = depth[k] % 2 === 1; depth[k]++; }
      let silent = false;
      if (reset) { silent = depth[reset] % 2 === 0; saved = [reset, depth[reset]]; depth[reset] = 0; }
      stack.push({ marker: ch, nested, saved, silent });
      if (!silent) out += w.open(ch, nested);
    }
  }
  if (run) out += w.esc(run);
  while (stack.length > 0) {
    const top = stack.pop()!;
    out += top.marker === M.quoteOn ? w.esc(top.nested ? quotes.closeInner : quotes.close) : w.close(top.marker, top.nested);
  }
  return out;
}
