import * as vscode from 'vscode';

/**
 * Appends text to a Markdown string as escaped plain text — it can never become a link, a
 * command, HTML or emphasis — with ordinary spaces between words, so a long quotation wraps.
 * (`appendText` alone turns every space into `&nbsp;`, and the text then breaks only at
 * hyphens or runs off the widget.) Each line break starts a new paragraph.
 */
export function appendPlain(md: vscode.MarkdownString, text: string): void {
  text.split(/\r?\n/).forEach((line, i) => {
    if (i > 0) md.appendMarkdown('\n\n');
    line.split(/(\s+)/).forEach((part, j) => {
      if (j % 2 === 1) md.appendMarkdown(' ');
      else if (part !== '') md.appendText(part);
    });
  });
}

/** An empty Markdown string that is never trusted and renders no HTML. */
export function untrustedMarkdown(): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, false);
  md.isTrusted = false;
  md.supportHtml = false;
  return md;
}
