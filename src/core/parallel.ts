import { annotate, type AnnotateOptions } from './annotate';
import { bundledKnowledgeBase } from './kb/bundled';
import type { KnowledgeBase } from './kb/knowledge-base';
import type { KbEntry, Mention } from './types';
import { Interner, packDocument, unpackDocument, type PackedDocument } from './wire';

/**
 * Annotation on other threads. A pool of annotator threads (Node worker threads, or web
 * workers in the browser) each builds the bundled knowledge base once, with the user's
 * entries merged over it, and annotates batches of texts; mentions come back packed
 * (see wire.ts), the form the corpus index keeps them in. The threads themselves are made by the host (`spawn`), so this module
 * needs neither Node nor the DOM.
 */

export type AnnotatorRequest =
  | { kind: 'configure'; userEntries: KbEntry[] }
  | { kind: 'annotate'; batch: number; texts: string[]; options?: AnnotateOptions };

export type AnnotatorReply =
  | { kind: 'annotated'; batch: number; documents: PackedDocument[] }
  | { kind: 'failed'; batch: number; message: string };

/** A thread as the pool sees it; the host adapts `worker_threads` or `Worker` to it. */
export interface AnnotatorThread {
  post(request: AnnotatorRequest): void;
  /** Called with every reply, and with an error when the thread fails or cannot start. */
  listen(onReply: (reply: AnnotatorReply) => void, onError: (error: unknown) => void): void;
  terminate(): void;
}

/**
 * The thread side: answers the pool's requests. `reply` sends an answer with the
 * buffers it may move instead of copying.
 */
export function serveAnnotator(reply: (reply: AnnotatorReply, transfer: ArrayBuffer[]) => void): (request: AnnotatorRequest) => void {
  let kb: KnowledgeBase | undefined;
  return (request) => {
    if (request.kind === 'configure') {
      kb = request.userEntries.length > 0 ? bundledKnowledgeBase().withUserEntries(request.userEntries) : bundledKnowledgeBase();
      return;
    }
    try {
      kb ??= bundledKnowledgeBase();
      const documents = request.texts.map((text) => packDocument(annotate(text, kb!, request.options)));
      reply({ kind: 'annotated', batch: request.batch, documents }, documents.map((doc) => doc.numbers.buffer as ArrayBuffer));
    } catch (error) {
      reply({ kind: 'failed', batch: request.batch, message: error instanceof Error ? error.message : String(error) }, []);
    }
  };
}

/** The entries a knowledge base holds beyond the bundled ones (what a thread must be told). */
export function userEntriesOf(kb: KnowledgeBase): KbEntry[] {
  return [...kb.entries].filter((entry) => kb.isUserEntry(entry.id));
}

const INTERNER_LIMIT = 500_000;

interface Pending {
  texts: string[];
  options?: AnnotateOptions;
  resolve: (documents: PackedDocument[]) => void;
  reject: (error: unknown) => void;
}

interface Slot {
  thread: AnnotatorThread;
  busy: number;
  /** Batches sent to this thread and not answered yet. */
  sent: Map<number, Pending>;
}

/**
 * Annotates batches of texts on `size` threads, each batch on the least busy one. When a
 * thread fails it is dropped and its unanswered batches are annotated on this thread
 * with `kb`; with no thread left, every batch is. Nothing is lost either way.
 */
export class AnnotatorPool {
  private readonly slots: Slot[] = [];
  private kb: KnowledgeBase;
  private nextBatch = 0;
  /** Shares strings across batches; renewed now and then, so texts since edited or removed do not pile up. */
  private interner = new Interner();
  /** Texts annotated so far on the threads, and on this thread. */
  readonly counts = { threads: 0, here: 0 };

  /**
   * `size` threads are started with `spawn`. With `shareHere`, this thread annotates a
   * share of the batches itself (the threads' answers wait meanwhile), which pays when
   * there are no more cores than threads.
   */
  constructor(spawn: () => AnnotatorThread, size: number, kb: KnowledgeBase, private readonly onThreadError?: (error: unknown) => void, private readonly shareHere = false) {
    this.kb = kb;
    for (let i = 0; i < size; i++) {
      let thread: AnnotatorThread;
      try {
        thread = spawn();
      } catch (error) {
        this.onThreadError?.(error);
        break;
      }
      const slot: Slot = { thread, busy: 0, sent: new Map() };
      thread.listen((reply) => this.answered(slot, reply), (error) => this.failed(slot, error));
      this.slots.push(slot);
      this.post(slot, { kind: 'configure', userEntries: userEntriesOf(kb) });
    }
  }

  /** Threads still working. */
  get size(): number {
    return this.slots.length;
  }

  /** Uses `kb` (the bundled entries plus the user's) for every batch from now on. */
  configure(kb: KnowledgeBase): void {
    if (kb === this.kb) return;
    this.kb = kb;
    const userEntries = userEntriesOf(kb);
    for (const slot of [...this.slots]) this.post(slot, { kind: 'configure', userEntries });
  }

  /** The mentions of each text, in order. */
  async annotate(texts: string[], options?: AnnotateOptions): Promise<Mention[][]> {
    return (await this.annotatePacked(texts, options)).map((doc) => unpackDocument(doc));
  }

  /** The same, packed (for `CorpusIndex.setPacked`). */
  annotatePacked(texts: string[], options?: AnnotateOptions): Promise<PackedDocument[]> {
    if (texts.length === 0) return Promise.resolve([]);
    const slot = this.slots.reduce<Slot | undefined>((best, s) => (!best || s.busy < best.busy ? s : best), undefined);
    // This thread takes a share too once every thread has two batches waiting.
    if (!slot || (this.shareHere && slot.busy >= 2 * texts.length)) return Promise.resolve(this.here(texts, options));
    return new Promise((resolve, reject) => {
      const batch = this.nextBatch++;
      slot.sent.set(batch, { texts, options, resolve, reject });
      slot.busy += texts.length;
      this.post(slot, { kind: 'annotate', batch, texts, options });
    });
  }

  private here(texts: string[], options?: AnnotateOptions): PackedDocument[] {
    this.counts.here += texts.length;
    return texts.map((text) => packDocument(annotate(text, this.kb, options)));
  }

  private post(slot: Slot, request: AnnotatorRequest): void {
    try {
      slot.thread.post(request);
    } catch (error) {
      this.failed(slot, error);
    }
  }

  private answered(slot: Slot, reply: AnnotatorReply): void {
    const pending = slot.sent.get(reply.batch);
    if (!pending) return;
    slot.sent.delete(reply.batch);
    slot.busy -= pending.texts.length;
    if (this.interner.size > INTERNER_LIMIT) this.interner = new Interner();
    if (reply.kind === 'annotated') {
      this.counts.threads += pending.texts.length;
      pending.resolve(reply.documents.map((doc) => this.interner.document(doc)));
    } else this.settleHere(pending, new Error(reply.message));
  }

  private failed(slot: Slot, error: unknown): void {
    const at = this.slots.indexOf(slot);
    if (at < 0) return;
    this.slots.splice(at, 1);
    this.onThreadError?.(error);
    try {
      slot.thread.terminate();
    } catch {
      // Already gone.
    }
    for (const pending of slot.sent.values()) this.settleHere(pending, error);
    slot.sent.clear();
  }

  /** A batch a thread could not answer is annotated here; only an error here too rejects it. */
  private settleHere(pending: Pending, cause: unknown): void {
    try {
      pending.resolve(this.here(pending.texts, pending.options));
    } catch (error) {
      pending.reject(error instanceof Error ? error : cause);
    }
  }

  dispose(): void {
    for (const slot of this.slots.splice(0)) {
      slot.thread.terminate();
      for (const pending of slot.sent.values()) pending.reject(new Error('The annotator pool was closed.'));
    }
  }
}

/** Waits for the next turn of the event loop, so that threads' answers are taken in. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export interface FeedOptions {
  options?: AnnotateOptions;
  batchSize?: number;
  /** No new batch is started once this is true. */
  stopped?: () => boolean;
  /** The mentions of a batch the pool rejected (it was closed) while not stopped; without it, the error is thrown. */
  annotateFailed?: (error: unknown, texts: string[]) => PackedDocument[];
}

/**
 * Runs `items` through the pool `batchSize` at a time, keeping every thread two batches
 * ahead. `read` gives what a batch's items hold to annotate (it may leave items out);
 * `done` takes the packed mentions of those, in their order.
 */
export async function feedPool<T, R extends { text: string }>(
  pool: AnnotatorPool,
  items: readonly T[],
  read: (batch: T[]) => R[] | Promise<R[]>,
  done: (batch: T[], read: R[], documents: PackedDocument[]) => void,
  { options, batchSize = 32, stopped = () => false, annotateFailed }: FeedOptions = {},
): Promise<void> {
  let next = 0;
  const feed = async () => {
    while (next < items.length && !stopped()) {
      const batch = items.slice(next, (next += batchSize));
      const articles = await read(batch);
      const texts = articles.map((article) => article.text);
      let documents: PackedDocument[];
      try {
        documents = await pool.annotatePacked(texts, options);
      } catch (error) {
        if (stopped()) return;
        if (!annotateFailed) throw error;
        documents = annotateFailed(error, texts);
      }
      done(batch, articles, documents);
      // A batch annotated here finished without a turn of the event loop: take one.
      await nextTurn();
    }
  };
  await Promise.all(Array.from({ length: pool.size * 2 + 1 }, feed));
}

/** The packed mentions of texts already in memory, annotated on the pool, in order. */
export async function annotateAllPacked(pool: AnnotatorPool, texts: readonly string[], options?: AnnotateOptions): Promise<PackedDocument[]> {
  const out: PackedDocument[] = new Array(texts.length);
  const indices = texts.map((_, i) => i);
  await feedPool(pool, indices, (batch) => batch.map((i) => ({ text: texts[i] })), (batch, _, documents) => batch.forEach((i, k) => (out[i] = documents[k])), { options });
  return out;
}
