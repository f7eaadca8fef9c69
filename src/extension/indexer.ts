import * as vscode from 'vscode';
import type { CorpusIndex } from '../core';
import { feedPool, type AnnotatorPool } from '../core/parallel';
import type { AnnotationCache } from '../core/annotation-cache';
import { packDocument, unpackDocument, type PackedDocument } from '../core/wire';
import type { AnnotationCacheStore } from './annotation-cache-store';
import type { DecisionService } from './decisions';
import type { Config } from './config';
import type { DocumentAnnotations } from './document-annotations';
import { PathFilter } from './glob';
import type { KnowledgeBaseService } from './knowledge-base';
import type { IndexingThreads } from './indexing-threads';
import { LineMap } from './line-map';
import { log } from './log';
import { readArticle } from './workspace-files';

export type SkipReason = 'binary' | 'oversized';
export type IndexState = 'indexing' | 'noArticles' | 'noEntities' | 'ready';

/** Workspaces this large get a notification with a Cancel button instead of a status spinner. */
const NOTIFY_FROM_FILES = 300;
/**
 * Files read at once. Reads are round trips to a file system (in VS Code for the Web, to
 * a server): in the 2,000-article web test a pass from the annotation cache, which only
 * reads, took a median 2.35 s with 16 at once and 1.9 s with 64 (four to six runs each).
 */
const READ_CONCURRENCY = 64;
/** Articles per batch sent to an annotator thread. */
const BATCH_SIZE = 32;
/** Fewer files than this are annotated on the extension host alone. */
const THREADS_FROM_FILES = 1000;
const EDIT_DEBOUNCE_MS = 300;
/** Watcher events are gathered this long, then read in one batch: a storm of 1,000 new files is one pass. */
const WATCH_DEBOUNCE_MS = 150;

const SKIP_TEXT: Record<SkipReason, string> = {
  binary: 'binary (NUL bytes)',
  oversized: 'larger than sorot.files.maxFileSizeMB',
};

/** An article read for the index, with the event version it was read at. */
interface ReadArticle {
  uri: vscode.Uri;
  key: string;
  version: number;
  text: string;
}

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
  /** Files changed on disk, waiting for the watcher batch. */
  private readonly pendingFiles = new Map<string, vscode.Uri>();
  private watchTimer?: ReturnType<typeof setTimeout>;
  private watchBatch: Promise<void> = Promise.resolve();
  /** Bumped on every event for a file: a read that finishes after a newer event is dropped. */
  private readonly fileVersions = new Map<string, number>();
  /** Articles of the current full pass taken from the annotation cache. */
  private cacheHits = 0;

  constructor(
    private readonly index: CorpusIndex,
    private readonly documents: DocumentAnnotations,
    private readonly knowledgeBase: KnowledgeBaseService,
    private readonly config: Config,
    private readonly decisions: DecisionService,
    private readonly threads?: IndexingThreads,
    private readonly cacheStore?: AnnotationCacheStore,
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
      (() => {
        const deletes = vscode.workspace.createFileSystemWatcher('**/*', true, true, false);
        deletes.onDidDelete((uri) => this.folderDeleted(uri));
        return deletes;
      })(),
      new vscode.Disposable(index.onDidChange(() => {
        if (this.stateValue !== 'indexing') this.setState(this.settledState());
      })),
    );
  }

  /** The annotation cache, if one is open for the knowledge base in use. */
  private get cache(): AnnotationCache | undefined {
    return this.cacheStore?.current(this.knowledgeBase.current);
  }

  get state(): IndexState {
    return this.stateValue;
  }

  /** Positions of mentions in `file` as last indexed. */
  lineMapOf(file: string): LineMap | undefined {
    return this.lineMaps.get(file);
  }

  /** Resolves when the current full pass (if any) and the file changes seen so far are indexed. */
  async whenIdle(): Promise<void> {
    for (;;) {
      const running = this.running;
      const batch = this.watchBatch;
      await Promise.all([running, batch]);
      if (this.watchTimer !== undefined) {
        await new Promise((resolve) => setTimeout(resolve, WATCH_DEBOUNCE_MS));
        continue;
      }
      if (running === this.running && batch === this.watchBatch) return;
    }
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
    this.watcher.onDidCreate((uri) => this.queue(uri));
    this.watcher.onDidChange((uri) => this.queue(uri));
    this.watcher.onDidDelete((uri) => this.deleted(uri));
  }

  /** Gone on disk: forgotten now, even if an editor still shows it; reads still on their way are dropped. */
  private deleted(uri: vscode.Uri): void {
    const key = uri.toString();
    this.bump(key);
    this.pendingFiles.delete(key);
    this.forget(key);
  }

  /** A deleted folder sends one event for itself, none for its articles: forget those too. */
  private folderDeleted(uri: vscode.Uri): void {
    const prefix = uri.toString().replace(/\/?$/, '/');
    for (const file of [...this.index.files(), ...this.skipped.keys()]) {
      if (file.startsWith(prefix)) this.deleted(vscode.Uri.parse(file));
    }
  }

  /** A watcher event: the file is read again (or found gone) in the next batch. */
  private queue(uri: vscode.Uri): void {
    const key = uri.toString();
    this.bump(key);
    this.pendingFiles.set(key, uri);
    clearTimeout(this.watchTimer);
    this.watchTimer = setTimeout(() => this.flushWatched(), WATCH_DEBOUNCE_MS);
  }

  private bump(key: string): number {
    const version = (this.fileVersions.get(key) ?? 0) + 1;
    this.fileVersions.set(key, version);
    return version;
  }

  private flushWatched(): void {
    this.watchTimer = undefined;
    const uris = [...this.pendingFiles.values()];
    this.pendingFiles.clear();
    if (uris.length === 0) return;
    const started = Date.now();
    this.watchBatch = this.watchBatch.then(async () => {
      let next = 0;
      const worker = async () => {
        while (next < uris.length) {
          await this.indexFile(uris[next++]);
          if (next % 32 === 0) await new Promise((resolve) => setTimeout(resolve, 0));
        }
      };
      await Promise.all(Array.from({ length: READ_CONCURRENCY }, worker));
      log()?.[uris.length > 1 ? 'info' : 'debug'](`Index updated from ${uris.length} changed ${uris.length === 1 ? 'file' : 'files'} in ${Date.now() - started} ms: ${this.index.fileCount} articles, ${this.index.entityCount} entities.`);
      this.cacheStore?.scheduleSave();
      this.updated.fire();
    }).catch((error: unknown) => log()?.error(`Updating the index from file changes failed: ${String(error)}`));
  }

  /** Whether file changes are waiting or being read. */
  get settling(): boolean {
    return this.watchTimer !== undefined || this.pendingFiles.size > 0;
  }

  /** Indexes the whole workspace again; a pass already running is cancelled first. */
  reindexAll(): Promise<void> {
    this.run?.cancel();
    const run = new vscode.CancellationTokenSource();
    this.run = run;
    this.setState('indexing');
    this.running = this.indexWorkspace(run.token)
      .finally(() => {
        if (this.run === run) {
          this.setState(this.settledState());
          this.updated.fire();
        }
        run.dispose();
      })
      .then(() => this.cacheStore?.save());
    return this.running;
  }

  private async indexWorkspace(token: vscode.CancellationToken): Promise<void> {
    const started = Date.now();
    log()?.info(`Indexing started (include ${this.config.settings.include}).`);
    let found: vscode.Uri[];
    try {
      found = await vscode.workspace.findFiles(this.config.settings.include);
    } catch (error) {
      log()?.error(`Could not list the workspace's articles: ${String(error)}`);
      return;
    }
    if (token.isCancellationRequested) {
      log()?.debug('Indexing cancelled: a newer pass started.');
      return;
    }
    const files = found.filter((uri) => !this.filter.isExcluded(vscode.workspace.asRelativePath(uri, false)));
    const keep = new Set(files.map((uri) => uri.toString()));
    for (const file of this.index.files()) if (!keep.has(file)) this.forget(file);
    for (const file of [...this.skipped.keys()]) if (!keep.has(file)) this.skipped.delete(file);
    const kb = this.knowledgeBase.current;
    const cache = await this.cacheStore?.open(kb);
    if (token.isCancellationRequested) return;
    // Threads pay for themselves only on many articles to annotate: each first builds its knowledge base.
    const toAnnotate = files.length - Math.min(files.length, cache?.size ?? 0);
    const threads = toAnnotate >= THREADS_FROM_FILES ? this.threads : undefined;
    const pool = threads?.poolFor(kb);
    try {
      await this.indexFiles(files, token, pool, started);
    } finally {
      threads?.release();
    }
    // What the pass did not see is gone from the workspace; the rest is written for next
    // time once the pass is over (see reindexAll).
    if (cache && !token.isCancellationRequested) cache.retain((key) => keep.has(key));
  }

  private async indexFiles(files: vscode.Uri[], token: vscode.CancellationToken, pool: AnnotatorPool | undefined, started: number): Promise<void> {
    const threadsBefore = pool?.counts.threads ?? 0;
    this.cacheHits = 0;
    const where = pool?.size ? `${pool.size} annotator ${pool.size === 1 ? 'thread' : 'threads'} and the extension host` : 'the extension host only';
    log()?.info(`Indexing ${files.length} ${files.length === 1 ? 'file' : 'files'} on ${where}.`);
    const location = files.length >= NOTIFY_FROM_FILES ? vscode.ProgressLocation.Notification : vscode.ProgressLocation.Window;
    await vscode.window.withProgress({ location, title: 'Sorot: indexing articles', cancellable: true }, async (progress, cancel) => {
      const step = 100 / Math.max(1, files.length);
      const stopped = () => token.isCancellationRequested || cancel.isCancellationRequested;
      let done = 0;
      const report = (count: number) => {
        done += count;
        progress.report({ increment: step * count, message: `${done} of ${files.length}` });
      };
      if (pool) await this.indexInBatches(files, pool, stopped, report);
      else {
        let next = 0;
        const worker = async () => {
          while (next < files.length && !stopped()) {
            const uri = files[next++];
            await this.indexFile(uri);
            report(1);
            // annotate() is synchronous: give the extension host room between files.
            if (next % 32 === 0) await new Promise((resolve) => setTimeout(resolve, 0));
          }
        };
        await Promise.all(Array.from({ length: READ_CONCURRENCY }, worker));
      }
      if (cancel.isCancellationRequested) log()?.warn(`Indexing cancelled by the user after ${done} of ${files.length} files.`);
    });
    if (token.isCancellationRequested) {
      log()?.debug('Indexing cancelled: a newer pass started.');
      return;
    }
    const skipped = [...this.skipped.values()];
    const oversized = skipped.filter((reason) => reason === 'oversized').length;
    const onThreads = pool ? `, ${pool.counts.threads - threadsBefore} of them annotated on annotator threads` : '';
    const fromCache = this.cache ? `, ${this.cacheHits} of them unchanged since the annotation cache was written` : '';
    log()?.info(
      `Indexing finished in ${Date.now() - started} ms: ${files.length} files found, ${this.index.fileCount} articles indexed${onThreads}${fromCache}, ` +
        `${this.index.entityCount} entities, ${skipped.length} skipped (${skipped.length - oversized} binary, ${oversized} oversized).`,
    );
  }

  /**
   * A full pass on annotator threads: batches of articles are read here, annotated on the
   * threads (and on this one, for a share), and indexed here as their answers come.
   */
  private async indexInBatches(files: vscode.Uri[], pool: AnnotatorPool, stopped: () => boolean, report: (count: number) => void): Promise<void> {
    const cache = this.cache;
    // Articles the cache knows are indexed as they are read; only the others go to the threads.
    const read = async (batch: vscode.Uri[]) =>
      (await Promise.all(batch.map((uri) => this.readForIndex(uri)))).filter((article): article is ReadArticle => article !== undefined && !this.indexCached(article, cache));
    await feedPool(
      pool,
      files,
      read,
      (batch, articles, documents) => {
        articles.forEach((article, i) => {
          cache?.set(article.key, article.text, documents[i]);
          this.indexPacked(article, documents[i]);
        });
        report(batch.length);
      },
      {
        batchSize: BATCH_SIZE,
        stopped,
        // Only a pool closed under a pass that no newer one replaced gets here.
        annotateFailed: (error, texts) => {
          log()?.warn(`Annotator threads failed (${String(error)}); annotating on the extension host.`);
          return texts.map((text) => packDocument(this.documents.recognize(text)));
        },
      },
    );
  }

  /** Indexes one file from its open editor if there is one, else from the file system. */
  private async indexFile(uri: vscode.Uri): Promise<void> {
    const article = await this.readForIndex(uri);
    if (!article) return;
    const cache = this.cache;
    if (this.indexCached(article, cache)) return;
    const doc = packDocument(this.documents.recognize(article.text));
    cache?.set(article.key, article.text, doc);
    this.indexPacked(article, doc);
  }

  /** Indexes an article from the annotation cache if the cache has its text; says whether it did. */
  private indexCached(article: ReadArticle, cache: AnnotationCache | undefined): boolean {
    const doc = cache?.get(article.key, article.text);
    if (!doc) return false;
    this.cacheHits++;
    this.indexPacked(article, doc);
    return true;
  }

  /**
   * Reads an article for the index. Returns undefined when there is nothing to annotate:
   * not an article, open in an editor (indexed from there), gone, binary, too large, or
   * changed again while it was read.
   */
  private async readForIndex(uri: vscode.Uri): Promise<ReadArticle | undefined> {
    if (!this.isArticle(uri)) return undefined;
    const key = uri.toString();
    const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === key);
    if (open) {
      this.indexDocument(open);
      return undefined;
    }
    const version = this.fileVersions.get(key) ?? 0;
    const { maxFileSizeBytes } = this.config.settings;
    // An article the cache holds had this many UTF-16 units (at most three bytes each) when read.
    const cache = this.cache;
    const cachedLength = cache?.lengthOf(key);
    const verdict = await readArticle(uri, maxFileSizeBytes, cachedLength !== undefined && cachedLength * 4 <= maxFileSizeBytes);
    // A newer event for this file came while reading: its own read decides, not this one.
    if ((this.fileVersions.get(key) ?? 0) !== version) return undefined;
    if (verdict.kind === 'missing') {
      this.forget(key);
      return undefined;
    }
    if (verdict.kind !== 'text') {
      this.forget(key);
      // Not an article any more: the next pass checks its size before reading it.
      cache?.delete(key);
      if (this.skipped.get(key) !== verdict.kind) {
        const size = verdict.kind === 'oversized' ? ` (${(verdict.size / 1024 / 1024).toFixed(2)} MB)` : '';
        log()?.info(`Skipped ${vscode.workspace.asRelativePath(uri, false)}: ${SKIP_TEXT[verdict.kind]}${size}.`);
      }
      this.skipped.set(key, verdict.kind);
      this.updated.fire();
      return undefined;
    }
    this.skipped.delete(key);
    return { uri, key, version, text: verdict.text };
  }

  /** Indexes an article's recognized mentions (annotated here, on a thread or cached), with the person's decisions applied over them. */
  private indexPacked(article: ReadArticle, doc: PackedDocument): void {
    const { uri, key, version, text } = article;
    // Changed, deleted or opened while it was annotated: the newer event decides.
    if ((this.fileVersions.get(key) ?? 0) !== version || vscode.workspace.textDocuments.some((document) => document.uri.toString() === key)) return;
    this.lineMaps.set(key, new LineMap(text));
    if (this.decisions.decisions.length === 0) {
      this.decisions.forget(uri);
      this.index.setPacked(key, doc);
    } else this.index.set(key, this.decisions.apply(uri, text, unpackDocument(doc)));
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
    if (this.skipped.get(key) === 'binary' || this.documents.isOversized(document)) return;
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
    clearTimeout(this.watchTimer);
    this.watcher?.dispose();
    for (const timer of this.pendingEdits.values()) clearTimeout(timer);
    for (const disposable of this.disposables) disposable.dispose();
  }
}
