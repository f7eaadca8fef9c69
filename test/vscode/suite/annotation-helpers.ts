import * as assert from 'assert';
import * as vscode from 'vscode';
import type { Decision } from '../../../src/core';
import type { SorotApi } from '../../../src/extension/extension';
import { waitFor, workspaceUri } from './helpers';

export const decisionsUri = () => workspaceUri('.sorot', 'decisions.jsonl');

/** The decisions as written on disk (not as held in memory). */
export async function decisionsOnDisk(): Promise<Decision[]> {
  let text = '';
  try {
    text = new TextDecoder().decode(await vscode.workspace.fs.readFile(decisionsUri()));
  } catch {
    return [];
  }
  return text.split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line) as Decision);
}

/** Forgets every decision and waits for the index to show the recognizer's mentions again. */
export async function clearDecisions(api: SorotApi): Promise<void> {
  const store = api.services.decisions.store;
  assert.ok(store, 'the decision store needs the workspace folder');
  await store.remove(() => true);
  await api.whenIndexed();
  await waitFor(() => api.services.decisions.decisions.length === 0, 'decisions cleared');
}

/** The mentions of an indexed file as comparable strings. */
export function mentionsOf(api: SorotApi, ...path: string[]): string[] {
  return api.services.index.mentionsIn(workspaceUri(...path).toString()).map((m) => `${m.start}-${m.end} ${m.type} ${m.text} ${m.entity.id}`);
}

/** Every indexed file's mentions, keyed by path. */
export function snapshot(api: SorotApi): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const file of api.services.index.files().sort()) {
    result[vscode.workspace.asRelativePath(vscode.Uri.parse(file), false)] = api.services.index.mentionsIn(file).map((m) => `${m.start}-${m.end} ${m.type} ${m.text} ${m.entity.id}`);
  }
  return result;
}

export async function removeIfExists(uri: vscode.Uri): Promise<void> {
  await vscode.workspace.fs.delete(uri, { recursive: true }).then(undefined, () => undefined);
}
