import type * as vscode from 'vscode';

/** The documents Annalist works in: essays in Markdown, LaTeX and plain text. */
export const ESSAY_DOCUMENTS: vscode.DocumentSelector = [
  { language: 'markdown' },
  { language: 'latex' },
  { language: 'tex' },
  { language: 'plaintext' },
];
