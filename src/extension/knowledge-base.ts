import * as vscode from 'vscode';
import { bundledKnowledgeBase, isBundledDataLoaded, KnowledgeBase, parseKnowledgeBase, setBundledData, stripBom, type BundledData, type KbEntry, type KbProblem } from '../core';
import { describeError, log, reportError } from './log';
import { readText } from './workspace-files';

/** Where a workspace keeps its own entities, merged over the bundled data. */
export const USER_KB_GLOB = '**/.sorot/entities.json';

function toDiagnostic(text: string, problem: KbProblem): vscode.Diagnostic {
  const lines = text.split('\n');
  const line = Math.max(0, problem.line - 1);
  const column = Math.max(0, problem.column - 1);
  const lineLength = (lines[line] ?? '').replace(/\r$/, '').length;
  const range = new vscode.Range(line, column, line, Math.max(column + 1, lineLength));
  const diagnostic = new vscode.Diagnostic(range, problem.message, vscode.DiagnosticSeverity.Error);
  diagnostic.source = 'Sorot';
  return diagnostic;
}

/**
 * The knowledge base in use: the bundled data with every workspace folder's
 * `.sorot/entities.json` merged over it. A file with problems is reported as diagnostics on
 * the exact line, and its last valid version stays in use so highlights do not vanish while
 * a person is halfway through an edit.
 */
export class KnowledgeBaseService implements vscode.Disposable {
  /** Built on first use, not during activation (thousands of entries to expand and index). */
  private merged?: KnowledgeBase;
  /** Last good entries per user file, so one broken file does not drop the others. */
  private readonly userEntries = new Map<string, KbEntry[]>();
  private readonly changed = new vscode.EventEmitter<KnowledgeBase>();
  private readonly disposables: vscode.Disposable[] = [];
  readonly onDidChange = this.changed.event;
  private generationCounter = 0;

  /** Until the bundled data is read: nothing to find, so nothing is highlighted wrongly. */
  private static readonly empty = new KnowledgeBase([]);
  private bundledRead?: Promise<void>;

  /** `dataUri`: the bundled knowledge base's data, dist/knowledge-base.json in the extension. */
  constructor(
    private readonly diagnostics: vscode.DiagnosticCollection,
    private readonly dataUri: vscode.Uri,
  ) {
    const watcher = vscode.workspace.createFileSystemWatcher(USER_KB_GLOB);
    this.disposables.push(
      watcher,
      watcher.onDidCreate((uri) => void this.reloadFile(uri)),
      watcher.onDidChange((uri) => void this.reloadFile(uri)),
      // Trust granted later: the workspace's own entities load then.
      vscode.workspace.onDidGrantWorkspaceTrust(() => void this.load()),
      watcher.onDidDelete((uri) => this.forgetFile(uri)),
      this.changed,
    );
  }

  private get bundled(): KnowledgeBase {
    return bundledKnowledgeBase();
  }

  get current(): KnowledgeBase {
    if (!isBundledDataLoaded()) return KnowledgeBaseService.empty;
    return (this.merged ??= this.bundled);
  }

  /** Reads the bundled data once (about 1 MB of JSON); `load` waits for it. */
  private readBundled(): Promise<void> {
    this.bundledRead ??= (async () => {
      if (isBundledDataLoaded()) return;
      const started = performance.now();
      try {
        setBundledData(JSON.parse(await readText(this.dataUri)) as BundledData);
        log()?.info(`Read the bundled knowledge base's data in ${(performance.now() - started).toFixed(1)} ms.`);
      } catch (error) {
        // A broken installation: the workspace's own entities still work.
        setBundledData({ englishCountries: {}, indonesianCountries: {}, countryAliases: {}, files: [] });
        void reportError(`Sorot could not read its bundled knowledge base (${this.dataUri.toString(true)}): ${describeError(error)}. Only the workspace's own entities are highlighted; reinstalling Sorot should fix this.`);
      }
    })();
    return this.bundledRead;
  }

  /** Increases on every change, so caches of annotations know they are stale. */
  get generation(): number {
    return this.generationCounter;
  }

  /** Loads every workspace file; resolves when the merged knowledge base is ready. */
  async load(): Promise<void> {
    await this.readBundled();
    if (!vscode.workspace.isTrusted) {
      log()?.info('Restricted Mode: the workspace is not trusted, so .sorot/entities.json is not loaded; highlighting uses the bundled knowledge base only.');
      this.rebuild();
      return;
    }
    const files = await vscode.workspace.findFiles(USER_KB_GLOB, '**/node_modules/**');
    for (const uri of files) await this.readFile(uri);
    log()?.info(`Knowledge base: ${this.bundled.size} bundled entities, ${[...this.userEntries.values()].flat().length} from ${files.length} workspace ${files.length === 1 ? 'file' : 'files'}.`);
    this.rebuild();
  }

  async reloadFile(uri: vscode.Uri): Promise<void> {
    if (!vscode.workspace.isTrusted) return;
    await this.readBundled();
    await this.readFile(uri);
    this.rebuild();
  }

  private forgetFile(uri: vscode.Uri): void {
    this.userEntries.delete(uri.toString());
    this.diagnostics.delete(uri);
    this.rebuild();
  }

  private async readFile(uri: vscode.Uri): Promise<void> {
    let text: string;
    try {
      // An open editor may hold newer, unsaved text; the file on disk is what counts here,
      // because the KB should change when the person saves, not on every keystroke.
      text = stripBom(await readText(uri));
    } catch (error) {
      log()?.debug(`Could not read ${uri.toString(true)} (deleted?): ${String(error)}`);
      return; // Deleted between the event and the read: the delete event cleans up.
    }
    const { entries, problems } = parseKnowledgeBase(text);
    this.diagnostics.set(uri, problems.map((problem) => toDiagnostic(text, problem)));
    const name = vscode.workspace.asRelativePath(uri, false);
    for (const problem of problems) log()?.warn(`${name}:${problem.line}:${problem.column}: ${problem.message}`);
    if (problems.length > 0) log()?.warn(`${name} has ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}; its last valid version stays in use. See the Problems panel.`);
    if (problems.length === 0) this.userEntries.set(uri.toString(), entries);
  }

  private rebuild(): void {
    if (!isBundledDataLoaded()) return; // `load` rebuilds once the data is read.
    const entries = [...this.userEntries.values()].flat();
    this.merged = entries.length > 0 ? this.bundled.withUserEntries(entries) : this.bundled;
    this.generationCounter++;
    this.changed.fire(this.merged);
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
