import { ENGINE_VERSION } from './engine-version';
import type { KnowledgeBase } from './kb/knowledge-base';
import { ENTITY_TYPES } from './types';
import { PER_MENTION, StringTable, type PackedDocument } from './wire';

/**
 * What the recognizer found in each article, by the article's text, kept between sessions
 * so that opening a workspace again annotates only the articles that changed. An entry
 * answers only for the exact text it was made from (a 64-bit hash and the length), and a
 * whole cache answers only for the engine and knowledge base it was made with (its
 * fingerprint): a new version or a changed entities file starts a new cache.
 *
 * Stored as one binary blob (see `encode`): a header of JSON (fingerprint and every
 * distinct string), then 32-bit numbers, for each article its key, text hash and length,
 * and its packed mentions with string indices into the header's table.
 */
export class AnnotationCache {
  private readonly entries = new Map<string, CacheEntry>();
  private changes = 0;

  constructor(readonly fingerprint: string) {}

  get size(): number {
    return this.entries.size;
  }

  /** Entries added, replaced or dropped since the cache was made, read or last encoded. */
  get unsaved(): number {
    return this.changes;
  }

  /** The mentions recorded for `key` if they were found in this very text. */
  get(key: string, text: string): PackedDocument | undefined {
    const entry = this.entries.get(key);
    if (!entry || entry.length !== text.length) return undefined;
    const [a, b] = textHash(text);
    return entry.a === a && entry.b === b ? entry.doc : undefined;
  }

  /** The length (UTF-16 units) of the text the entry for `key` was made from, if there is one. */
  lengthOf(key: string): number | undefined {
    return this.entries.get(key)?.length;
  }

  set(key: string, text: string, doc: PackedDocument): void {
    const [a, b] = textHash(text);
    this.entries.set(key, { a, b, length: text.length, doc });
    this.changes++;
  }

  delete(key: string): void {
    if (this.entries.delete(key)) this.changes++;
  }

  /** Drops the entries of every key that `keep` says no to (articles gone from the workspace). */
  retain(keep: (key: string) => boolean): void {
    for (const key of this.entries.keys()) if (!keep(key)) this.delete(key);
  }

  encode(): Uint8Array {
    return finish(this.encodeSteps());
  }

  /** The same, pausing every few hundred articles (for a thread that must stay responsive). */
  encodeAsync(pause: () => Promise<void>): Promise<Uint8Array> {
    return finishAsync(this.encodeSteps(), pause);
  }

  /** The encoding as steps: yields between groups of articles, returns the blob. */
  private *encodeSteps(): Generator<void, Uint8Array> {
    // The entries as they are now: those changed while the steps pause stay unsaved.
    const entries = [...this.entries];
    const changes = this.changes;
    const table = new StringTable();
    let total = 0;
    for (const [, entry] of entries) total += ARTICLE_HEADER + entry.doc.numbers.length;
    const numbers = new Int32Array(total);
    let at = 0;
    let article = 0;
    for (const [key, { a, b, length, doc }] of entries) {
      if (++article % ARTICLES_PER_STEP === 0) yield;
      numbers[at++] = table.index(key);
      numbers[at++] = a;
      numbers[at++] = b;
      numbers[at++] = length;
      numbers[at++] = doc.numbers.length / PER_MENTION;
      const remap = doc.strings.map((value) => table.index(value));
      const source = doc.numbers;
      for (let i = 0; i < source.length; i += PER_MENTION) {
        numbers[at++] = source[i];
        numbers[at++] = source[i + 1];
        numbers[at++] = source[i + 2];
        numbers[at++] = remap[source[i + 3]];
        numbers[at++] = remap[source[i + 4]];
        numbers[at++] = remap[source[i + 5]];
      }
    }
    yield;
    const header = new TextEncoder().encode(JSON.stringify({ fingerprint: this.fingerprint, articles: entries.length, strings: table.strings }));
    // The numbers start on a multiple of four bytes, so they can be read in place.
    const numbersAt = align4(PREAMBLE + header.length);
    const out = new Uint8Array(numbersAt + numbers.byteLength);
    out.set(MAGIC, 0);
    const view = new DataView(out.buffer);
    view.setUint32(MAGIC.length, BYTE_ORDER_MARK, true);
    view.setUint32(MAGIC.length + 4, header.length, true);
    out.set(header, PREAMBLE);
    out.fill(0x20, PREAMBLE + header.length, numbersAt);
    out.set(new Uint8Array(numbers.buffer), numbersAt);
    this.changes -= changes;
    return out;
  }

  /**
   * Reads a cache that `encode` wrote. Gives an empty cache for `fingerprint`, with the
   * reason, when the blob was made by another engine or knowledge base or is damaged:
   * a cache can only save work, never change what is found.
   */
  static decode(bytes: Uint8Array, fingerprint: string): DecodedCache {
    return finish(AnnotationCache.decodeSteps(bytes, fingerprint));
  }

  /** The same, pausing every few hundred articles. */
  static decodeAsync(bytes: Uint8Array, fingerprint: string, pause: () => Promise<void>): Promise<DecodedCache> {
    return finishAsync(AnnotationCache.decodeSteps(bytes, fingerprint), pause);
  }

  private static *decodeSteps(bytes: Uint8Array, fingerprint: string): Generator<void, DecodedCache> {
    const cache = new AnnotationCache(fingerprint);
    try {
      const problem = yield* cache.read(bytes);
      if (problem) return { cache: new AnnotationCache(fingerprint), problem };
      cache.changes = 0;
      return { cache };
    } catch (error) {
      return { cache: new AnnotationCache(fingerprint), problem: `damaged (${error instanceof Error ? error.message : String(error)})` };
    }
  }

  private *read(bytes: Uint8Array): Generator<void, string | undefined> {
    if (bytes.length < PREAMBLE || MAGIC.some((unit, i) => bytes[i] !== unit)) return 'not a Sorot cache';
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (view.getUint32(MAGIC.length, true) !== BYTE_ORDER_MARK) return 'from another cache format';
    const headerLength = view.getUint32(MAGIC.length + 4, true);
    const header = JSON.parse(new TextDecoder().decode(bytes.subarray(PREAMBLE, PREAMBLE + headerLength))) as { fingerprint?: unknown; articles?: unknown; strings?: unknown };
    if (header.fingerprint !== this.fingerprint) return 'made by another version of the engine or knowledge base';
    const { strings, articles } = header;
    if (!Array.isArray(strings) || !strings.every((s) => typeof s === 'string') || typeof articles !== 'number') throw new Error('bad header');
    const numbersAt = align4(PREAMBLE + headerLength);
    if ((bytes.byteLength - numbersAt) % 4 !== 0) throw new Error('truncated');
    // A copy of its own that starts on a four-byte boundary, whatever the blob's offset in
    // its buffer (and a Node Buffer's `slice` would be a view, not a copy).
    const copy = new Uint8Array(bytes.byteLength - numbersAt);
    copy.set(bytes.subarray(numbersAt));
    const numbers = new Int32Array(copy.buffer);
    // Per string of the table: its index in the article being read (stamped by article).
    const local = new Int32Array(strings.length);
    const stamp = new Int32Array(strings.length).fill(-1);
    const stringAt = (n: number): number => {
      if (n < 0 || n >= strings.length) throw new Error('bad string index');
      return n;
    };
    let at = 0;
    for (let article = 0; article < articles; article++) {
      if (article > 0 && article % ARTICLES_PER_STEP === 0) yield;
      if (at + ARTICLE_HEADER > numbers.length) throw new Error('truncated');
      const key = strings[stringAt(numbers[at])] as string;
      const a = numbers[at + 1];
      const b = numbers[at + 2];
      const length = numbers[at + 3];
      const count = numbers[at + 4];
      at += ARTICLE_HEADER;
      if (count < 0 || at + count * PER_MENTION > numbers.length) throw new Error('truncated');
      const docNumbers = numbers.slice(at, at + count * PER_MENTION);
      const docStrings: string[] = [];
      for (let i = 0; i < docNumbers.length; i += PER_MENTION) {
        const start = docNumbers[i];
        const code = docNumbers[i + 2];
        if (start < 0 || docNumbers[i + 1] < start || docNumbers[i + 1] > length || code >> 2 >= ENTITY_TYPES.length || (code & 3) > 2) throw new Error('bad mention');
        for (let k = 3; k < PER_MENTION; k++) {
          const n = stringAt(docNumbers[i + k]);
          if (stamp[n] !== article) {
            stamp[n] = article;
            local[n] = docStrings.length;
            docStrings.push(strings[n] as string);
          }
          docNumbers[i + k] = local[n];
        }
      }
      at += count * PER_MENTION;
      this.entries.set(key, { a, b, length, doc: { numbers: docNumbers, strings: docStrings } });
    }
    if (at !== numbers.length) throw new Error('trailing data');
    return undefined;
  }
}

export interface DecodedCache {
  cache: AnnotationCache;
  /** Why the blob was not used, when it was not. */
  problem?: string;
}

/** Articles encoded or decoded between two pauses (some 10-30 ms of work). */
const ARTICLES_PER_STEP = 500;

function finish<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

async function finishAsync<T>(steps: Generator<void, T>, pause: () => Promise<void>): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}

interface CacheEntry {
  a: number;
  b: number;
  length: number;
  doc: PackedDocument;
}

const MAGIC = [0x53, 0x4f, 0x52, 0x4f, 0x54, 0x41, 0x43, 0x31]; // "SOROTAC1"
/** Written little-endian; a reader on a machine of the other byte order sees another number. */
const BYTE_ORDER_MARK = 0x01020304;
const PREAMBLE = MAGIC.length + 8;
/** Key, two hash halves, text length, mention count. */
const ARTICLE_HEADER = 5;

function align4(n: number): number {
  return (n + 3) & ~3;
}

/** Two independent 32-bit hashes of the text's UTF-16 units (FNV-1a and a multiply-xorshift). */
function textHash(text: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x9747b28c ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    a = Math.imul(a ^ unit, 0x01000193);
    b = Math.imul(b ^ unit, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return [a | 0, b | 0];
}

/**
 * What a cache of annotations made with `kb` by this build is keyed by: the engine version
 * and the knowledge base's fingerprint. Undefined when run from unbundled source, which has
 * no engine version to trust a cache by.
 */
export function cacheFingerprint(kb: KnowledgeBase): string | undefined {
  return ENGINE_VERSION === undefined ? undefined : `${ENGINE_VERSION}/${knowledgeBaseFingerprint(kb)}`;
}

/**
 * A fingerprint of what the knowledge base would make the recognizer find: every entry as
 * it is, in order. Worked out once per knowledge base.
 */
export function knowledgeBaseFingerprint(kb: KnowledgeBase): string {
  let fingerprint = fingerprints.get(kb);
  if (fingerprint === undefined) {
    let a = 0;
    let b = 0;
    let length = 0;
    for (const entry of kb.entries) {
      // A workspace entry outranks a bundled one with the same alias.
      const json = (kb.isUserEntry(entry.id) ? 'user ' : '') + JSON.stringify(entry);
      const [x, y] = textHash(json);
      a = (Math.imul(a, 31) + x) | 0;
      b = (Math.imul(b, 37) ^ y) | 0;
      length += json.length;
    }
    fingerprint = `${kb.size}-${length}-${(a >>> 0).toString(16)}${(b >>> 0).toString(16)}`;
    fingerprints.set(kb, fingerprint);
  }
  return fingerprint;
}
const fingerprints = new WeakMap<KnowledgeBase, string>();
