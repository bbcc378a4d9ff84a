import * as vscode from 'vscode';
import { plainMarkdown } from '../core/escape/plainMarkdown';

/**
 * Appends text to a Markdown string as escaped plain text — it can never become a link (bare
 * URLs included), a command, HTML or emphasis, and bidirectional and control characters show
 * as `<U+202E>` — with ordinary spaces between words, so a long quotation wraps. Each line
 * break starts a new paragraph (see `core/escape/plainMarkdown.ts`).
 */
export function appendPlain(md: vscode.MarkdownString, text: string): void {
  md.appendMarkdown(plainMarkdown(text));
}

/** An empty Markdown string that is never trusted and renders no HTML. */
export function untrustedMarkdown(): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, false);
  md.isTrusted = false;
  md.supportHtml = false;
  return md;
}
