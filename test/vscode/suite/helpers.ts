import * as assert from 'assert';
import * as vscode from 'vscode';
import type { SorotApi } from '../../../src/extension/extension';

export const EXTENSION_ID = 'sorot.sorot';

export async function getApi(): Promise<SorotApi> {
  const extension = vscode.extensions.getExtension<SorotApi>(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not loaded`);
  const api = await extension.activate();
  await api.whenIndexed();
  return api;
}

export function workspaceUri(...path: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests need the fixture folder open');
  return vscode.Uri.joinPath(folder.uri, ...path);
}

/** Polls until `condition` holds: debounced work (edits, watcher events) settles on its own time. */
export async function waitFor(condition: () => boolean | Promise<boolean>, message: string, timeoutMs = 8000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) assert.fail(`timed out waiting: ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function openArticle(...path: string[]): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(...path));
  return vscode.window.showTextDocument(document, { preview: false });
}

/** The range of the `nth` (0-based) occurrence of `text` in the document. */
export function rangeOf(document: vscode.TextDocument, text: string, nth = 0): vscode.Range {
  const content = document.getText();
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = content.indexOf(text, at + 1);
    assert.ok(at >= 0, `"${text}" #${nth} not in ${document.uri.path}`);
  }
  return new vscode.Range(document.positionAt(at), document.positionAt(at + text.length));
}

/** Every range of `text` in the document, in order. */
export function rangesOf(document: vscode.TextDocument, ...texts: string[]): vscode.Range[] {
  const content = document.getText();
  const ranges: vscode.Range[] = [];
  for (const text of texts) {
    for (let at = content.indexOf(text); at !== -1; at = content.indexOf(text, at + 1)) {
      ranges.push(new vscode.Range(document.positionAt(at), document.positionAt(at + text.length)));
    }
  }
  return ranges.sort((a, b) => a.start.compareTo(b.start));
}

/** Ranges as "line:char-line:char" strings, so assertion failures are readable. */
export function show(ranges: readonly vscode.Range[]): string[] {
  return ranges.map((r) => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`);
}

export async function writeText(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** The Markdown of a hover without backslash escapes, as a person reads it. */
export function readable(markdown: string): string {
  return markdown.replace(/\\(.)/g, '$1');
}
