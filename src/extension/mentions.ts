import * as vscode from 'vscode';
import type { Mention } from '../core';
import { locationOf, type Services } from './services';

/** The mention under the cursor of the active editor, if Sorot applies to that document. */
export function entityAtCursor(services: Services): Mention | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !services.config.appliesTo(editor.document)) return undefined;
  return services.documents.mentionAt(editor.document, editor.selection.active);
}

/** Every mention of an entity in the workspace, as editor locations. */
export function mentionLocations(services: Services, id: string): vscode.Location[] {
  return services.index.occurrences(id).map(({ file, mention }) => locationOf(services, file, mention));
}

/** Opens an article and selects a mention, given as UTF-16 offsets into its text. */
export async function openMention(file: string, start: number, end: number): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(file));
  const selection = new vscode.Selection(document.positionAt(start), document.positionAt(end));
  return vscode.window.showTextDocument(document, { selection, preview: true });
}

/**
 * Shows all mentions of an entity in the peek view, anchored at the cursor when the person is
 * in an editor and at the first mention otherwise.
 */
export async function showMentions(services: Services, id: string): Promise<vscode.Location[]> {
  const locations = mentionLocations(services, id);
  if (locations.length === 0) {
    void vscode.window.showInformationMessage('Sorot: no mentions of this entity in the indexed articles.');
    return locations;
  }
  let editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.uri.scheme === 'output') {
    const first = locations[0];
    editor = await vscode.window.showTextDocument(first.uri, { selection: first.range, preview: true });
  }
  await vscode.commands.executeCommand('editor.action.showReferences', editor.document.uri, editor.selection.active, locations);
  return locations;
}
