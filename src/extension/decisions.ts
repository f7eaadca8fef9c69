import * as vscode from 'vscode';
import { applyDecisions, DecisionStore, DECISIONS_FILE, type Decision, type Mention } from '../core';
import { LineMap } from './line-map';
import { describeError, log, reportError } from './log';
import { relativePath, workspaceStorage, type WorkspaceStorage } from './storage';

const ACTION_LABEL: Record<Decision['action'], string> = {
  accept: 'accept',
  reject: 'reject',
  retype: 'change type',
  link: 'link',
  add: 'add',
};

/**
 * The person's decisions (`.sorot/decisions.jsonl`) as the extension sees them: applied
 * over the recognizer's mentions of every document, reloaded when the file changes on disk,
 * stale ones (their text is gone) reported in the Problems panel and kept on disk.
 */
export class DecisionService implements vscode.Disposable {
  readonly store?: DecisionStore;
  readonly storage?: WorkspaceStorage;
  private readonly changed = new vscode.EventEmitter<readonly string[] | undefined>();
  /** Fires with the relative paths the change concerns, or undefined for all files. */
  readonly onDidChange = this.changed.event;
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('sorot-decisions');
  private readonly disposables: vscode.Disposable[] = [this.changed, this.diagnostics];
  private generationCounter = 0;
  private signature = '[]';
  private pendingFiles: Set<string> | undefined | null = null;

  constructor() {
    this.storage = workspaceStorage();
    if (!this.storage) return;
    const store = new DecisionStore(this.storage, DECISIONS_FILE);
    this.store = store;
    const unsubscribe = store.onDidChange(() => this.afterChange());
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(this.storage.root, DECISIONS_FILE));
    const reload = () => void this.load();
    this.disposables.push(watcher, watcher.onDidCreate(reload), watcher.onDidChange(reload), watcher.onDidDelete(reload), new vscode.Disposable(unsubscribe));
  }

  /** Increases on every change, so caches of annotations know they are stale. */
  get generation(): number {
    return this.generationCounter;
  }

  get decisions(): readonly Decision[] {
    return this.store?.decisions ?? [];
  }

  async load(): Promise<void> {
    if (!this.store) return;
    this.pendingFiles = undefined;
    try {
      await this.store.load();
      log()?.debug(`Loaded ${this.decisions.length} decisions from ${DECISIONS_FILE}.`);
    } catch (error) {
      void reportError(`Sorot could not read ${DECISIONS_FILE}: ${describeError(error)}. Highlights show the recognizer's mentions without your decisions.`, {
        [`Open ${DECISIONS_FILE}`]: () => this.openFile(),
      });
    }
    this.reportProblems();
  }

  private async openFile(): Promise<void> {
    if (this.storage) await vscode.window.showTextDocument(this.storage.uri(DECISIONS_FILE));
  }

  /** Records decisions and writes the file; a failed write is shown and the decisions stay in memory. */
  async add(...decisions: Decision[]): Promise<boolean> {
    if (!this.store) {
      void vscode.window.showWarningMessage('Sorot: open a folder to record annotation decisions.');
      return false;
    }
    if (!vscode.workspace.isTrusted) {
      void reportError(`Sorot does not write ${DECISIONS_FILE} in Restricted Mode. Trust the workspace to record annotation decisions.`, {
        'Manage Workspace Trust': () => vscode.commands.executeCommand('workbench.trust.manage'),
      }, 'warn');
      return false;
    }
    this.pendingFiles = decisions.some((d) => d.scope === 'workspace') ? undefined : new Set(decisions.map((d) => d.file!));
    try {
      await this.store.add(...decisions);
      log()?.debug(`Recorded ${decisions.length} ${decisions.length === 1 ? 'decision' : 'decisions'} in ${DECISIONS_FILE}.`);
      return true;
    } catch (error) {
      void reportError(`Sorot could not save ${DECISIONS_FILE}: ${describeError(error)}. The decision is kept in memory until the next successful save; check that the folder is writable.`);
      return false;
    }
  }

  private afterChange(): void {
    const files = this.pendingFiles;
    this.pendingFiles = null;
    // Our own writes come back through the watcher: an unchanged file changes nothing.
    const signature = JSON.stringify(this.decisions);
    if (signature === this.signature) return;
    this.signature = signature;
    this.generationCounter++;
    this.changed.fire(files ? [...files] : undefined);
  }

  /** The mentions of a document with the person's decisions applied; stale ones become diagnostics. */
  apply(uri: vscode.Uri, text: string, mentions: readonly Mention[]): Mention[] {
    const decisions = this.decisions;
    if (decisions.length === 0) {
      if (this.diagnostics.has(uri)) this.diagnostics.delete(uri);
      return [...mentions];
    }
    const file = vscode.workspace.getWorkspaceFolder(uri) ? relativePath(uri) : uri.toString();
    const result = applyDecisions(file, text, mentions, decisions);
    this.report(uri, text, result.stale);
    return result.mentions;
  }

  forget(uri: vscode.Uri): void {
    this.diagnostics.delete(uri);
  }

  private report(uri: vscode.Uri, text: string, stale: readonly Decision[]): void {
    if (stale.length === 0) {
      if (this.diagnostics.has(uri)) this.diagnostics.delete(uri);
      return;
    }
    const lines = new LineMap(text);
    this.diagnostics.set(uri, stale.map((decision) => {
      const at = Math.min(decision.start ?? 0, text.length);
      const position = lines.positionAt(at);
      const range = new vscode.Range(position, position.translate(0, 1));
      const message = `Stale Sorot decision: "${decision.text}" (${ACTION_LABEL[decision.action]}) is no longer in this article. It stays in ${DECISIONS_FILE}; remove it there or restore the text.`;
      const diagnostic = new vscode.Diagnostic(range, message, vscode.DiagnosticSeverity.Warning);
      diagnostic.source = 'Sorot';
      return diagnostic;
    }));
  }

  /** Lines of the decisions file that could not be read, on their line. */
  private reportProblems(): void {
    if (!this.store || !this.storage) return;
    const uri = this.storage.uri(DECISIONS_FILE);
    for (const problem of this.store.problems) log()?.warn(`${DECISIONS_FILE}:${problem.line}: ${problem.message}; the line is skipped, the other decisions apply.`);
    this.diagnostics.set(uri, this.store.problems.map((problem) => {
      const diagnostic = new vscode.Diagnostic(new vscode.Range(problem.line - 1, 0, problem.line - 1, 1000), `Sorot cannot read this decision: ${problem.message}`, vscode.DiagnosticSeverity.Error);
      diagnostic.source = 'Sorot';
      return diagnostic;
    }));
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
