import * as vscode from 'vscode';
import type { CorpusIndex } from '../core';
import type { DecisionService } from './decisions';
import type { Config } from './config';
import type { DocumentAnnotations } from './document-annotations';
import { PathFilter } from './glob';
import type { KnowledgeBaseService } from './knowledge-base';
import { LineMap } from './line-map';
import { readArticle } from './workspace-files';

export type SkipReason = 'binary' | 'oversized';
export type IndexState = 'indexing' | 'noArticles' | 'noEntities' | 'ready';

/** Workspaces this large get a notification with a Cancel button instead of a status spinner. */
const NOTIFY_FROM_FILES = 300;
const READ_CONCURRENCY = 16;
const EDIT_DEBOUNCE_MS = 300;

/**
 * Keeps the corpus index equal to the workspace's articles: a full pass with progress and
 * cancellation, then single-file updates from the file watcher and from editors, whose
 * unsaved text wins over the file on disk.
 */
export class WorkspaceIndexer implements vscode.Disposable {
  readonly skipped = new Map<string, SkipReason>();
  private readonly lineMaps = new Map<string, LineMap>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly pendingEdits = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly updated = new vscode.EventEmitter<void>();
  readonly onDidUpdate = this.updated.event;
  private filter!: PathFilter;
  private run?: vscode.CancellationTokenSource;
  private running: Promise<void> = Promise.resolve();
  private watcher?: vscode.FileSystemWatcher;
  private stateValue: IndexState = 'indexing';

  constructor(
    private readonly index: CorpusIndex,
    private readonly documents: DocumentAnnotations,
    knowledgeBase: KnowledgeBaseService,
    private readonly config: Config,
    private readonly decisions: DecisionService,
  ) {
    this.updateFilter();
    this.disposables.push(
      this.updated,
      vscode.workspace.onDidOpenTextDocument((document) => this.indexDocument(document)),
      vscode.workspace.onDidChangeTextDocument((event) => this.scheduleDocument(event.document)),
      vscode.workspace.onDidCloseTextDocument((document) => this.afterClose(document)),
      config.onDidChange(() => {
        this.updateFilter();
        void this.reindexAll();
      }),
      knowledgeBase.onDidChange(() => void this.reindexAll()),
      // A decision about one article re-indexes that article; a workspace-wide one, all.
      decisions.onDidChange((files) => {
        if (!files) void this.reindexAll();
        else this.running = Promise.all([this.running, ...files.map((file) => this.indexFile(this.uriOf(file)))]).then(() => this.updated.fire());
      }),
      // The watcher can turn an empty workspace into one with articles, and back.
      new vscode.Disposable(index.onDidChange(() => {
        if (this.stateValue !== 'indexing') this.setState(this.settledState());
      })),
    );
  }

  get state(): IndexState {
    return this.stateValue;
  }

  /** Positions of mentions in `file` as last indexed. */
  lineMapOf(file: string): LineMap | undefined {
    return this.lineMaps.get(file);
  }

  /** Resolves when the current full pass (if any) has finished. */
  whenIdle(): Promise<void> {
    return this.running;
  }

  isArticle(uri: vscode.Uri): boolean {
    if (!vscode.workspace.getWorkspaceFolder(uri)) return false;
    return this.filter.matches(vscode.workspace.asRelativePath(uri, false));
  }

  private updateFilter(): void {
    const { include, exclude } = this.config.settings;
    // The watcher and open documents are not filtered by `findFiles`, so apply `files.exclude` too.
    const filesExclude = vscode.workspace.getConfiguration('files').get<Record<string, unknown>>('exclude') ?? {};
    const excludes = [exclude, ...Object.keys(filesExclude).filter((glob) => filesExclude[glob] === true)];
    this.filter = new PathFilter(include, excludes);
    this.watcher?.dispose();
    this.watcher = vscode.workspace.createFileSystemWatcher(include);
    this.watcher.onDidCreate((uri) => void this.indexFile(uri));
    this.watcher.onDidChange((uri) => void this.indexFile(uri));
    this.watcher.onDidDelete((uri) => this.forget(uri.toString()));
  }

  /** Indexes the whole workspace again; a pass already running is cancelled first. */
  reindexAll(): Promise<void> {
    this.run?.cancel();
    const run = new vscode.CancellationTokenSource();
    this.run = run;
    this.setState('indexing');
    this.running = this.indexWorkspace(run.token).finally(() => {
      if (this.run === run) {
        this.setState(this.settledState());
        this.updated.fire();
      }
      run.dispose();
    });
    return this.running;
  }

  private async indexWorkspace(token: vscode.CancellationToken): Promise<void> {
    const found = await vscode.workspace.findFiles(this.config.settings.include);
    if (token.isCancellationRequested) return;
    const files = found.filter((uri) => !this.filter.isExcluded(vscode.workspace.asRelativePath(uri, false)));
    const keep = new Set(files.map((uri) => uri.toString()));
    for (const file of this.index.files()) if (!keep.has(file)) this.forget(file);
    for (const file of [...this.skipped.keys()]) if (!keep.has(file)) this.skipped.delete(file);

    const location = files.length >= NOTIFY_FROM_FILES ? vscode.ProgressLocation.Notification : vscode.ProgressLocation.Window;
    await vscode.window.withProgress({ location, title: 'Sorot: indexing articles', cancellable: true }, async (progress, cancel) => {
      const step = 100 / Math.max(1, files.length);
      let next = 0;
      const worker = async () => {
        while (next < files.length && !token.isCancellationRequested && !cancel.isCancellationRequested) {
          const uri = files[next++];
          await this.indexFile(uri);
          progress.report({ increment: step, message: `${next} of ${files.length}` });
          // annotate() is synchronous: give the extension host room between files.
          if (next % 32 === 0) await new Promise((resolve) => setTimeout(resolve, 0));
        }
      };
      await Promise.all(Array.from({ length: READ_CONCURRENCY }, worker));
    });
  }

  /** Indexes one file from its open editor if there is one, else from the file system. */
  private async indexFile(uri: vscode.Uri): Promise<void> {
    if (!this.isArticle(uri)) return;
    const key = uri.toString();
    const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === key);
    if (open) return this.indexDocument(open);
    const verdict = await readArticle(uri, this.config.settings.maxFileSizeBytes);
    if (verdict.kind === 'missing') return this.forget(key);
    if (verdict.kind !== 'text') {
      this.forget(key);
      this.skipped.set(key, verdict.kind);
      this.updated.fire();
      return;
    }
    this.skipped.delete(key);
    this.lineMaps.set(key, new LineMap(verdict.text));
    this.index.set(key, this.documents.annotateText(uri, verdict.text));
  }

  /** The URI of a workspace-relative path (decisions and exports use those). */
  uriOf(file: string): vscode.Uri {
    const folder = vscode.workspace.workspaceFolders?.[0];
    return folder ? vscode.Uri.joinPath(folder.uri, ...file.split('/')) : vscode.Uri.parse(file);
  }

  private indexDocument(document: vscode.TextDocument): void {
    if (!this.isArticle(document.uri)) return;
    const key = document.uri.toString();
    // An editor can open a file the index skipped; what was skipped on disk stays skipped.
    if (this.skipped.get(key) === 'binary' || document.getText().length > this.config.settings.maxFileSizeBytes) return;
    this.skipped.delete(key);
    this.lineMaps.set(key, new LineMap(document.getText()));
    this.index.set(key, this.documents.mentionsOf(document));
  }

  private scheduleDocument(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.pendingEdits.get(key));
    this.pendingEdits.set(key, setTimeout(() => {
      this.pendingEdits.delete(key);
      if (document.isClosed) return;
      if (document.isDirty) return this.indexDocument(document);
      // A file deleted on disk while its model lives on also sends change events: do not bring it back.
      void vscode.workspace.fs.stat(document.uri).then(
        () => !document.isClosed && this.indexDocument(document),
        () => this.forget(key),
      );
    }, EDIT_DEBOUNCE_MS));
  }

  /** A document closed without saving leaves the file as it was on disk. */
  private afterClose(document: vscode.TextDocument): void {
    clearTimeout(this.pendingEdits.get(document.uri.toString()));
    if (this.isArticle(document.uri)) void this.indexFile(document.uri);
  }

  private forget(file: string): void {
    this.lineMaps.delete(file);
    this.decisions.forget(vscode.Uri.parse(file));
    const hadSkip = this.skipped.delete(file);
    if (!this.index.remove(file) && hadSkip) this.updated.fire();
  }

  private settledState(): IndexState {
    return this.index.fileCount === 0 ? 'noArticles' : this.index.entityCount === 0 ? 'noEntities' : 'ready';
  }

  private setState(state: IndexState): void {
    if (state === this.stateValue && state !== 'indexing') return;
    this.stateValue = state;
    void vscode.commands.executeCommand('setContext', 'sorot.indexState', state);
  }

  dispose(): void {
    this.run?.cancel();
    this.watcher?.dispose();
    for (const timer of this.pendingEdits.values()) clearTimeout(timer);
    for (const disposable of this.disposables) disposable.dispose();
  }
}
