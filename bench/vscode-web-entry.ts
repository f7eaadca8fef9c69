/**
 * Runs inside VS Code for the Web on the bench corpus (see bench/vscode-web.mjs): waits for
 * the index Sorot builds on opening the folder, then times full passes from the annotation
 * cache, after clearing it, and with neither the cache nor threads. Prints one line,
 * `WEB_BENCH {...}`, that the runner reads.
 */
import * as vscode from 'vscode';
import type { SorotApi } from '../src/extension/extension';

interface Pass {
  label: string;
  ms: number;
  where: string;
  fromCache: number;
}

const FINISHED = /Indexing finished in (\d+) ms: .* (\d+) articles indexed/;

function passOf(label: string, lines: readonly string[]): Pass {
  const finished = lines.map((line) => FINISHED.exec(line)).find(Boolean);
  if (!finished) throw new Error(`no finished pass for ${label}: ${lines.join('\n')}`);
  const where = lines.map((line) => /Indexing \d+ files on (.*)\./.exec(line)?.[1]).find(Boolean) ?? '?';
  const fromCache = Number(lines.map((line) => /(\d+) of them unchanged since the annotation cache/.exec(line)?.[1]).find(Boolean) ?? 0);
  return { label, ms: Number(finished[1]), where, fromCache };
}

export async function run(): Promise<void> {
  const api = await vscode.extensions.getExtension<SorotApi>('sorot.sorot')!.activate();
  await api.whenIndexed();
  const passes: Pass[] = [passOf('opening the folder (first pass)', api.log.recent)];
  const section = vscode.workspace.getConfiguration('sorot');
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve, 500));
    await api.whenIndexed();
  };
  const refresh = async (label: string) => {
    const from = api.log.recent.length;
    await vscode.commands.executeCommand('sorot.refreshIndex');
    await api.whenIndexed();
    passes.push(passOf(label, api.log.recent.slice(from)));
  };
  await refresh('again, from the annotation cache');
  await refresh('again, from the annotation cache');
  await vscode.commands.executeCommand('sorot.clearAnnotationCache');
  await refresh('after Clear Annotation Cache');
  await section.update('indexing.cache', false, vscode.ConfigurationTarget.Workspace);
  await section.update('indexing.threads', 0, vscode.ConfigurationTarget.Workspace);
  await settle();
  await refresh('no cache, no threads');
  await section.update('indexing.threads', undefined, vscode.ConfigurationTarget.Workspace);
  await section.update('indexing.cache', undefined, vscode.ConfigurationTarget.Workspace);
  await settle();
  const activation = Number(/Activated in ([\d.]+) ms/.exec(api.log.recent.find((line) => /Activated in/.test(line)) ?? '')?.[1] ?? NaN);
  console.log(`WEB_BENCH ${JSON.stringify({ files: api.services.index.fileCount, entities: api.services.index.entityCount, activationMs: activation, passes })}`);
}
