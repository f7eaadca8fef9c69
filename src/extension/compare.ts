import * as vscode from 'vscode';
import { describeError, reportError } from './log';
import { compareAnnotations, type Comparison, type Counts, type Disagreement, type Mention } from '../core';
import { readAnnotationSet, workspaceDocuments } from './exchange';
import { openMention } from './mentions';
import type { Services } from './services';

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
const row = (label: string, c: Counts) =>
  `${label.padEnd(14)}${String(c.tp).padStart(6)}${String(c.fp).padStart(6)}${String(c.fn).padStart(6)}${percent(c.precision).padStart(10)}${percent(c.recall).padStart(10)}${percent(c.f1).padStart(10)}`;

const KIND_LABEL: Record<Disagreement['kind'], string> = {
  missing: 'missing here',
  extra: 'only here',
  type: 'other type',
  boundary: 'other boundaries',
};

function describe(d: Disagreement): string {
  const ref = d.reference ? `“${d.reference.text}” ${d.reference.type}` : '';
  const other = d.other ? `“${d.other.text}” ${d.other.type}` : '';
  if (d.kind === 'missing') return `${ref} is not annotated in the workspace`;
  if (d.kind === 'extra') return `${other} is annotated only in the workspace`;
  return `reference ${ref}, workspace ${other}`;
}

/** The report as plain text: per-type precision, recall and F1, agreement, disagreements. */
export function formatReport(source: string, comparison: Comparison): string {
  const lines = [`Sorot: comparison of the workspace's annotations with ${source} (reference)`, ''];
  lines.push(`${'type'.padEnd(14)}${'tp'.padStart(6)}${'fp'.padStart(6)}${'fn'.padStart(6)}${'precision'.padStart(10)}${'recall'.padStart(10)}${'F1'.padStart(10)}`);
  for (const [type, counts] of Object.entries(comparison.perType)) if (counts) lines.push(row(type, counts));
  lines.push(row('all (micro)', comparison.micro), '');
  lines.push(`Exact agreement: ${percent(comparison.exactAgreement)} · ${comparison.disagreements.length} disagreements`);
  for (const d of comparison.disagreements) {
    const at = (d.reference ?? d.other)!;
    lines.push(`  ${d.file}:${at.start}-${at.end} ${KIND_LABEL[d.kind]}: ${describe(d)}`);
  }
  return lines.join('\n') + '\n';
}

export interface CompareResult {
  comparison: Comparison;
  report: string;
}

/**
 * "Sorot: Compare With…": the chosen annotation set is the reference, the workspace's current
 * annotations (decisions applied) the other; the report goes to the "Sorot" output channel
 * and the disagreements to a quick pick that opens each one.
 */
export async function compareWith(services: Services, output: vscode.OutputChannel, source?: unknown): Promise<CompareResult | undefined> {
  let uri = source instanceof vscode.Uri ? source : typeof source === 'string' ? vscode.Uri.parse(source) : undefined;
  const interactive = !uri;
  if (!uri) {
    uri = (await vscode.window.showOpenDialog({ canSelectFiles: true, openLabel: 'Compare', title: 'Compare with an annotation set (JSONL, doccano, CSV)', filters: { Annotations: ['jsonl', 'json', 'csv'] } }))?.[0];
  }
  if (!uri) return undefined;
  let reference: Map<string, Mention[]>;
  try {
    reference = await readAnnotationSet(services, uri);
  } catch (error) {
    void reportError(`Sorot could not read ${uri.toString(true)}: ${describeError(error)}. Check that it is an annotation file Sorot can import.`);
    return undefined;
  }
  const documents = await workspaceDocuments(services);
  const uriOf = new Map(documents.map((doc) => [doc.file, doc.uri]));
  const workspace = new Map(documents.filter((doc) => reference.has(doc.file)).map((doc) => [doc.file, doc.mentions]));
  const comparison = compareAnnotations(reference, workspace);
  const report = formatReport(vscode.workspace.asRelativePath(uri, false), comparison);
  output.replace(report);
  output.show(true);
  if (interactive && comparison.disagreements.length > 0) {
    const pick = await vscode.window.showQuickPick(
      comparison.disagreements.map((d) => ({ label: `${d.file}`, description: KIND_LABEL[d.kind], detail: describe(d), d })),
      { title: `Disagreements (F1 ${percent(comparison.micro.f1)}, exact agreement ${percent(comparison.exactAgreement)})`, matchOnDetail: true },
    );
    const at = pick && (pick.d.reference ?? pick.d.other);
    const file = pick && uriOf.get(pick.d.file);
    if (at && file) await openMention(file.toString(), at.start, at.end);
  }
  return { comparison, report };
}

export function activate(context: vscode.ExtensionContext, services: Services): void {
  const output = vscode.window.createOutputChannel('Sorot');
  context.subscriptions.push(
    output,
    vscode.commands.registerCommand('sorot.compareWith', (source?: unknown) => compareWith(services, output, source)),
  );
}
