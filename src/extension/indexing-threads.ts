import type * as vscode from 'vscode';
import type { KnowledgeBase } from '../core';
import { AnnotatorPool } from '../core/parallel';
import { annotatorThread, spareThreads } from './annotator-threads';
import type { Config } from './config';
import { log } from './log';

/**
 * The annotator threads a full index pass uses (`sorot.indexing.threads`; by default one
 * per spare core). The extension host annotates a share of the batches itself. A thread
 * that cannot start or fails is logged and its work done on the extension host.
 */
export class IndexingThreads implements vscode.Disposable {
  private pool?: AnnotatorPool;
  private size = -1;

  constructor(private readonly context: vscode.ExtensionContext, private readonly config: Config) {}

  /** The pool for a pass with `kb`, or undefined when indexing stays on the extension host. */
  poolFor(kb: KnowledgeBase): AnnotatorPool | undefined {
    const setting = this.config.settings.indexingThreads;
    const wanted = setting ?? spareThreads();
    if (wanted !== this.size) {
      this.pool?.dispose();
      this.size = wanted;
      this.pool = wanted > 0 ? new AnnotatorPool(() => annotatorThread(this.context), wanted, kb, (error) => log()?.warn(`An annotator thread stopped; its articles are annotated on the extension host: ${String(error)}`), true) : undefined;
    }
    this.pool?.configure(kb);
    return this.pool;
  }

  dispose(): void {
    this.pool?.dispose();
  }
}
