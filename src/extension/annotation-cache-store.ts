import * as vscode from 'vscode';
import type { KnowledgeBase } from '../core';
import { AnnotationCache, cacheFingerprint } from '../core/annotation-cache';
import type { Config } from './config';
import { describeError, log } from './log';

const FILE_NAME = 'annotations.cache';
/** Changes after a pass (watcher batches, re-indexed articles) are written this long after the last one… */
const SAVE_DELAY_MS = 10_000;
/**
 * …once there are this many: writing re-encodes the whole cache (about half a second for
 * 10,000 articles), too much after every saved edit, and an article the cache missed
 * costs one annotation next time. Fewer changes are written after the next full pass,
 * or when the extension stops.
 */
const SAVE_FROM_CHANGES = 100;

/**
 * The annotation cache of this workspace, kept in VS Code's storage for it (never in the
 * workspace): read once when the first full pass starts, written after each pass and
 * after later changes settle. Off with `sorot.indexing.cache`, which also deletes it.
 */
export class AnnotationCacheStore implements vscode.Disposable {
  private cache?: AnnotationCache;
  private reading?: Promise<void>;
  private saveTimer?: ReturnType<typeof setTimeout>;
  private writing: Promise<void> = Promise.resolve();
  private readonly listener: vscode.Disposable;

  /** `storage` is the extension's folder for this workspace (`ExtensionContext.storageUri`). */
  constructor(readonly storage: vscode.Uri | undefined, private readonly config: Config) {
    this.listener = config.onDidChange((settings) => {
      if (!settings.indexingCache) void this.clear('sorot.indexing.cache is off');
    });
  }

  private get file(): vscode.Uri | undefined {
    return this.storage && vscode.Uri.joinPath(this.storage, FILE_NAME);
  }

  private get enabled(): boolean {
    // No storage without a workspace.
    return this.storage !== undefined && this.config.settings.indexingCache;
  }

  /**
   * The cache for annotations made with `kb`, read from storage the first time. A cache
   * made by another engine or knowledge base is dropped and a new one started.
   */
  async open(kb: KnowledgeBase): Promise<AnnotationCache | undefined> {
    const fingerprint = cacheFingerprint(kb);
    if (!this.enabled || fingerprint === undefined) return undefined;
    this.reading ??= this.read(fingerprint);
    await this.reading;
    if (!this.enabled) return undefined;
    if (this.cache?.fingerprint !== fingerprint) {
      if (this.cache) log()?.info('Annotation cache: the knowledge base changed, so every article is annotated again.');
      this.cache = new AnnotationCache(fingerprint);
    }
    return this.cache;
  }

  /** The open cache if it holds annotations made with `kb` (for single-article updates). */
  current(kb: KnowledgeBase): AnnotationCache | undefined {
    if (!this.enabled || !this.cache) return undefined;
    return this.cache.fingerprint === cacheFingerprint(kb) ? this.cache : undefined;
  }

  private async read(fingerprint: string): Promise<void> {
    const file = this.file!;
    const started = Date.now();
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(file);
    } catch {
      log()?.debug('Annotation cache: none stored yet for this workspace.');
      return;
    }
    const { cache, problem } = await AnnotationCache.decodeAsync(bytes, fingerprint, nextTurn);
    this.cache = cache;
    if (problem) log()?.info(`Annotation cache not used: ${problem}. Every article is annotated again.`);
    else log()?.info(`Annotation cache: ${cache.size} articles read (${megabytes(bytes.length)}) in ${Date.now() - started} ms.`);
  }

  /** Writes the cache soon, once changes stop coming, if enough changed to be worth it. */
  scheduleSave(): void {
    if ((this.cache?.unsaved ?? 0) < SAVE_FROM_CHANGES) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.save(), SAVE_DELAY_MS);
  }

  /** Writes the cache now if it changed; resolves when it is written. */
  save(): Promise<void> {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    this.writing = this.writing.then(async () => {
      const { cache, file, storage } = this;
      if (!cache?.unsaved || !file || !storage || !this.enabled) return;
      const started = Date.now();
      const bytes = await cache.encodeAsync(nextTurn);
      try {
        await vscode.workspace.fs.createDirectory(storage);
        await vscode.workspace.fs.writeFile(file, bytes);
        log()?.debug(`Annotation cache: ${cache.size} articles written (${megabytes(bytes.length)}) in ${Date.now() - started} ms.`);
      } catch (error) {
        log()?.warn(`Could not write the annotation cache: ${describeError(error)}. Indexing works without it.`);
      }
    });
    return this.writing;
  }

  /** Deletes the stored cache and forgets the open one, so that the next full pass annotates every article. */
  async clear(reason: string): Promise<void> {
    clearTimeout(this.saveTimer);
    this.cache = undefined;
    this.reading = undefined;
    const file = this.file;
    if (!file) return;
    await this.writing;
    try {
      await vscode.workspace.fs.delete(file);
      log()?.info(`Annotation cache deleted (${reason}).`);
    } catch {
      // Nothing was stored.
    }
  }

  dispose(): void {
    clearTimeout(this.saveTimer);
    this.listener.dispose();
  }
}

/** Encoding and decoding give the extension host a turn every few hundred articles. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
