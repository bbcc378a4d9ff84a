import { visibleControls } from './controls';

/**
 * Workspace text (a file name, a passage id from a link) made safe for a VS Code
 * notification. Notifications turn `[label](https://…)`, `[label](command:…)` and
 * `[label](file:…)` into links (`parseLinkedText`), with no escape syntax; a zero-width space
 * after each `]` keeps `](` from ever forming, and controls are shown as `<U+XXXX>`.
 */
export function messageText(text: string): string {
  return visibleControls(text).split(']').join(']\u200b');
}
