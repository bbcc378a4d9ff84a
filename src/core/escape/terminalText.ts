import { visibleControls } from './controls';

/**
 * Text for a terminal: every control character but tab and newline (ESC sequences, CR, DEL,
 * C1) and every bidirectional control shown as `<U+XXXX>`, so corpus or essay text can
 * neither move the cursor, rewrite the screen nor reorder what is printed.
 */
export function terminalText(text: string): string {
  return visibleControls(text, '\t\n');
}
