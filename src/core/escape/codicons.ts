import { flattenLineBreaks } from './lineBreaks';

/**
 * Codicon syntax in corpus text. VS Code draws `$(name)` as an icon in quick-pick labels,
 * descriptions and details and in completion labels (`supportIcons`), and draws `\$(name)`
 * as the literal text `$(name)` (`renderLabelWithIcons`, whose pattern is
 * `(\\)?\$\(([A-Za-z0-9-]+(?:~[A-Za-z]+)?)\)`). Tree-item labels, completion details and
 * descriptions and quick-pick titles are drawn as plain text and need no escaping.
 */
const ICON = /\$\([A-Za-z0-9-]+(?:~[A-Za-z]+)?\)/g;

/**
 * The text with a backslash before every `$(name)` that VS Code would draw as an icon, so
 * it shows as written. Only complete icon references are escaped: VS Code shows a backslash
 * before anything else.
 */
export function escapeCodicons(text: string): string {
  return text.includes('$(') ? text.replace(ICON, (icon) => `\\${icon}`) : text;
}

/** Corpus text for a one-line label of a quick pick or completion list: line breaks as spaces, codicons escaped. */
export function labelText(text: string): string {
  return escapeCodicons(flattenLineBreaks(text));
}
