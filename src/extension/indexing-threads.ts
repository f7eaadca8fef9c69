import type * as vscode from 'vscode';
import type { KnowledgeBase } from '../core';
import { AnnotatorPool } from '../core/parallel';
import { annotatorThread, spareThreads } from './annotator-threads';
import type { Config } from './config';
import { log } from './log';

/** At most this many threads unless the setting asks for more: each holds a knowledge base (some 50–80 MB). */
const DEFAULT_MAX_THREADS = 4;
/** Threads idle this long after a pass are stopped, and started again by the next pass. */
const IDLE_MS = 60_000;

/**
 * The annotator threads a full index pass uses (`sorot.indexing.threads`; by default one
 * per spare core, up to four). The extension host annotates a share of the batches
 * itself. A thread that cannot start or fails is logged and its work done on the
 * extension host. Between passes the threads stop once idle, so that they hold no memory.
 */
export class IndexingThreads implements vscode.Disposable {
  private pool?: AnnotatorPool;
  private size = -1;
  private idleTimer?: ReturnType<typeof setTimeout>;
  /** Passes between `poolFor` and `release`. */
  private active = 0;

  constructor(private readonly context: vscode.ExtensionContext, private readonly config: Config) {}

  /**
   * The pool for a pass with `kb`, or undefined when indexing stays on the extension
   * host. Every call is paired with a `release` when the pass ends.
   */
  poolFor(kb: KnowledgeBase): AnnotatorPool | undefined {
    clearTimeout(this.idleTimer);
    this.active++;
    const setting = this.config.settings.indexingThreads;
    const wanted = setting ?? Math.min(DEFAULT_MAX_THREADS, spareThreads());
    if (wanted !== this.size || !this.pool) {
      this.pool?.dispose();
      this.size = wanted;
      this.pool = wanted > 0 ? new AnnotatorPool(() => annotatorThread(this.context), wanted, kb, (error) => log()?.warn(`An annotator thread stopped; its articles are annotated on the extension host: ${String(error)}`), true) : undefined;
    }
    this.pool?.configure(kb);
    return this.pool;
  }

  /** A pass is over: once no pass runs, the threads stop if no other pass starts soon. */
  release(): void {
    this.active = Math.max(0, this.active - 1);
    if (this.active > 0) return;
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      if (this.active > 0) return;
      this.pool?.dispose();
      this.pool = undefined;
    }, IDLE_MS);
  }

  dispose(): void {
    clearTimeout(this.idleTimer);
    this.pool?.dispose();
    this.pool = undefined;
  }
}
