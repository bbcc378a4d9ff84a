// The scanner as it was before it was made linear: the reference the linearity tests compare with.
/**
 * Text where nothing is quoted or cited, blanked with spaces (same length): code spans, HTML
 * comments and URLs in Markdown; comments, math and verbatim in LaTeX; URLs everywhere.
 */
import { matchingBrace } from './cleanMarkup';
import type { Language } from '../../../../src/core/quotes/types';

const URL = String.raw`\bhttps?:\/\/[^\s<>)\]}]+`;
/** Code spans, HTML comments, link destinations, autolinks and URLs, in one pass. */
const MD_MASK = new RegExp(String.raw`(${'`'}+)[^${'`'}][\s\S]*?\1|<!--[\s\S]*?(?:-->|$)|(?<=\]\()[^)\s]+|<https?:[^>\s]*>|` + URL, 'g');
/** Comments, \verb, math and URLs, in one pass. */
const TEX_MASK = new RegExp(String.raw`(?<!\\)%[^\n]*|\\verb\*?([^\sA-Za-z*])[^\n]*?\1|(?<!\\)\$\$[\s\S]*?\$\$|(?<!\\)\$[^$]*\$|\\\([\s\S]*?\\\)|\\\[[\s\S]*?\\\]|` + URL, 'g');
const TEXT_MASK = new RegExp(URL, 'g');
/** `text` with its unquotable parts blanked (the same string when there are none). */
export function maskText(text: string, language: Language): string {
  if (language === 'markdown') {
    const some = text.includes('`') || text.includes('<') || text.includes('](') || text.includes('http');
    return some ? text.replace(MD_MASK, blankKeepingLines) : text;
  }
  if (language === 'latex') {
    const some = text.includes('\\') || text.includes('%') || text.includes('$') || text.includes('http');
    return some ? maskLatexArguments(text.replace(TEX_MASK, blankKeepingLines)) : text;
  }
  return text.includes('http') ? text.replace(TEXT_MASK, blankKeepingLines) : text;
}

function blankKeepingLines(m: string): string {
  return m.replace(/[^\n]/g, ' ');
}

/** `\url{…}`, `\href{url}`, `\label{…}` and friends: arguments that are never prose. */
function maskLatexArguments(text: string): string {
  const re = /\\(?:url|href|label|ref|pageref|eqref|autoref|cref|Cref|includegraphics|input|include|bibliography|bibliographystyle|addbibresource|usepackage|documentclass)\*?(?:\[[^\]]*\])?(?=\{)/g;
  let out = '';
  let at = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const open = m.index + m[0].length;
    const close = matchingBrace(text, open);
    if (close < 0) continue;
    out += text.slice(at, m.index) + ' '.repeat(close + 1 - m.index);
    at = close + 1;
    re.lastIndex = at;
  }
  return out + text.slice(at);
}
