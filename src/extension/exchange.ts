import * as vscode from 'vscode';
import { describeError, reportError } from './log';
import {
  bratAnnotationConf, checkMentionText, slugify, decisionsFromImport, fromBrat, fromConll, fromCsv, fromJsonl,
  toBrat, toConll, toCsv, toDoccanoJsonl, toJsonl, EXPORT_FORMATS, type AnnotatedDocument, type Decision, type ExportFormat, type Mention,
} from '../core';
import type { Services } from './services';
import { relativePath } from './storage';
import { readText } from './workspace-files';

const encoder = new TextEncoder();
const EXTENSION: Record<ExportFormat, string> = { jsonl: 'jsonl', doccano: 'jsonl', conll: 'conll', csv: 'csv', brat: '' };
const FORMAT_LABEL: Record<ExportFormat, string> = {
  jsonl: 'Sorot JSONL (one mention per line, with entities)',
  doccano: 'doccano JSONL (one article per line)',
  conll: 'CoNLL BIO (tokens and tags)',
  brat: 'brat standoff (.ann files in a folder)',
  csv: 'CSV (one mention per row)',
};

export interface ImportResult {
  files: number;
  decisions: number;
  unmatched: string[];
}

function toUri(value: unknown): vscode.Uri | undefined {
  if (value instanceof vscode.Uri) return value;
  return typeof value === 'string' ? vscode.Uri.parse(value) : undefined;
}

const withoutExtension = (path: string) => path.replace(/\.[^./]*$/, '');

/** Every indexed article with its current mentions (decisions applied), sorted by path. */
export async function workspaceDocuments(services: Services): Promise<Array<AnnotatedDocument & { uri: vscode.Uri }>> {
  await services.indexer.whenIdle();
  const documents: Array<AnnotatedDocument & { uri: vscode.Uri }> = [];
  for (const key of services.index.files()) {
    const uri = vscode.Uri.parse(key);
    const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === key);
    const text = open ? open.getText() : await readText(uri).catch(() => undefined);
    if (text === undefined) continue;
    documents.push({ uri, file: relativePath(uri), text, mentions: [...services.index.mentionsIn(key)] });
  }
  return documents.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

async function write(uri: vscode.Uri, content: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, encoder.encode(content));
}

/** Writes the workspace's annotations; returns the file (or brat folder) written. */
export async function exportAnnotations(services: Services, format?: unknown, target?: unknown): Promise<vscode.Uri | undefined> {
  let chosen = EXPORT_FORMATS.find((f) => f === format);
  if (!chosen) {
    const pick = await vscode.window.showQuickPick(EXPORT_FORMATS.map((f) => ({ label: f, description: FORMAT_LABEL[f], format: f })), { title: 'Export annotations as' });
    chosen = pick?.format;
  }
  if (!chosen) return undefined;
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  let uri = toUri(target);
  if (!uri && chosen === 'brat') {
    uri = (await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, openLabel: 'Export brat files here', defaultUri: folder }))?.[0];
  } else if (!uri) {
    const defaultUri = folder && vscode.Uri.joinPath(folder, `annotations${chosen === 'doccano' ? '.doccano' : ''}.${EXTENSION[chosen]}`);
    uri = await vscode.window.showSaveDialog({ defaultUri, title: `Export annotations (${chosen})`, filters: { [chosen]: [EXTENSION[chosen]] } });
  }
  if (!uri) return undefined;
  const documents = await workspaceDocuments(services);
  const plain = documents.map(({ file, text, mentions }) => ({ file, text, mentions }));
  try {
    if (chosen === 'brat') {
      await vscode.workspace.fs.createDirectory(uri);
      await write(vscode.Uri.joinPath(uri, 'annotation.conf'), bratAnnotationConf());
      for (const doc of plain) {
        const base = withoutExtension(doc.file).split('/');
        base[base.length - 1] += '.txt';
        await write(vscode.Uri.joinPath(uri, ...base), doc.text);
        base[base.length - 1] = base[base.length - 1].replace(/\.txt$/, '.ann');
        await write(vscode.Uri.joinPath(uri, ...base), toBrat(doc));
      }
    } else {
      const content = { jsonl: toJsonl, doccano: toDoccanoJsonl, conll: toConll, csv: toCsv }[chosen](plain);
      await write(uri, content);
    }
  } catch (error) {
    void reportError(`Sorot could not export to ${uri.toString(true)}: ${describeError(error)}. Choose another location that is writable.`);
    return undefined;
  }
  const count = plain.reduce((sum, doc) => sum + doc.mentions.length, 0);
  void vscode.window.showInformationMessage(`Sorot: exported ${count} mentions of ${plain.length} articles as ${chosen}.`);
  return uri;
}

/** Paths of the `.ann` files under a folder, relative to it. */
async function annFiles(folder: vscode.Uri, prefix = ''): Promise<string[]> {
  const found: string[] = [];
  for (const [name, type] of await vscode.workspace.fs.readDirectory(folder)) {
    const rel = prefix + name;
    if (type & vscode.FileType.Directory) found.push(...(await annFiles(vscode.Uri.joinPath(folder, name), rel + '/')));
    else if (name.endsWith('.ann')) found.push(rel);
  }
  return found;
}

/** Reads an annotation set (JSONL/doccano, CSV, CoNLL, or a brat folder) as mentions per relative path. */
export async function readAnnotationSet(services: Services, uri: vscode.Uri): Promise<Map<string, Mention[]>> {
  const stat = await vscode.workspace.fs.stat(uri);
  if (stat.type & vscode.FileType.Directory) {
    const documents = await workspaceDocuments(services);
    const byBase = new Map(documents.map((doc) => [withoutExtension(doc.file), doc]));
    const result = new Map<string, Mention[]>();
    for (const rel of await annFiles(uri)) {
      const ann = vscode.Uri.joinPath(uri, ...rel.split('/'));
      const doc = byBase.get(withoutExtension(rel));
      if (!doc) {
        result.set(rel, []);
        continue;
      }
      result.set(doc.file, fromBrat(await readText(ann), doc.text));
    }
    return result;
  }
  const text = await readText(uri);
  if (/\.csv$/i.test(uri.path)) return fromCsv(text);
  if (/\.(conll|bio|iob)$/i.test(uri.path)) {
    // CoNLL keeps no file names: documents are matched to the articles in export order (sorted paths).
    const documents = await workspaceDocuments(services);
    const parsed = fromConll(text, documents.map((doc) => doc.text));
    // Its entities are made up from the text: resolve them like those of other formats without entities.
    const blank = (m: Mention): Mention => ({ ...m, entity: { id: '', name: m.text } });
    return new Map(parsed.map((doc, i) => [documents[i]?.file ?? `doc-${i + 1}`, doc.mentions.map(blank)]));
  }
  return fromJsonl(text);
}

const PREFIX: Record<Mention['type'], string> = { LEADER: 'leader', PERSON: 'person', ORGANIZATION: 'org', PLACE: 'place', COUNTRY: 'country' };

/**
 * Formats without entities (CoNLL, doccano, brat without notes) give mentions with an empty
 * entity: take the current mention's at that span, else the knowledge base's entry for the
 * text and type, else an id made from the text.
 */
function withEntity(services: Services, current: readonly Mention[], mention: Mention): Mention {
  if (mention.entity.id) return mention;
  const same = current.find((m) => m.start === mention.start && m.end === mention.end);
  if (same) return { ...mention, entity: same.entity };
  const entry = services.knowledgeBase.current.lookup(mention.text).find((e) => e.type === mention.type);
  const entity = entry ? { id: entry.id, name: entry.name } : { id: `${PREFIX[mention.type]}:${slugify(mention.text)}`, name: mention.text };
  return { ...mention, entity };
}

/** Turns an annotation set into decisions over the workspace's current annotations. */
export async function importAnnotations(services: Services, source?: unknown): Promise<ImportResult | undefined> {
  let uri = toUri(source);
  if (!uri) {
    uri = (await vscode.window.showOpenDialog({
      canSelectFiles: true,
      canSelectFolders: true,
      openLabel: 'Import annotations',
      title: 'Import annotations: a JSONL/doccano, CSV or CoNLL file, or a folder of brat .ann files',
      defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
    }))?.[0];
  }
  if (!uri) return undefined;
  let imported: Map<string, Mention[]>;
  try {
    imported = await readAnnotationSet(services, uri);
  } catch (error) {
    void reportError(`Sorot could not read ${uri.toString(true)}: ${describeError(error)}. Check that it is a JSONL/doccano, CSV or CoNLL file, or a folder of brat .ann files.`);
    return undefined;
  }
  const documents = new Map((await workspaceDocuments(services)).map((doc) => [doc.file, doc]));
  const decisions: Decision[] = [];
  const unmatched: string[] = [];
  let files = 0;
  for (const [file, mentions] of imported) {
    const doc = documents.get(file);
    try {
      if (!doc) throw new Error('no such article');
      for (const mention of mentions) checkMentionText(doc.text, mention);
    } catch {
      unmatched.push(file);
      continue;
    }
    files++;
    decisions.push(...decisionsFromImport(file, doc.text, mentions.map((m) => withEntity(services, doc.mentions, m)), doc.mentions));
  }
  if (decisions.length > 0) await services.decisions.add(...decisions);
  await services.indexer.whenIdle();
  const skipped = unmatched.length > 0 ? ` ${unmatched.length} not matched to an article or not matching its text: ${unmatched.slice(0, 5).join(', ')}${unmatched.length > 5 ? ', …' : ''}.` : '';
  void vscode.window.showInformationMessage(`Sorot: imported annotations of ${files} articles as ${decisions.length} decisions.${skipped}`);
  return { files, decisions: decisions.length, unmatched };
}

export function activate(context: vscode.ExtensionContext, services: Services): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('sorot.exportAnnotations', (format?: unknown, target?: unknown) => exportAnnotations(services, format, target)),
    vscode.commands.registerCommand('sorot.importAnnotations', (source?: unknown) => importAnnotations(services, source)),
  );
}
