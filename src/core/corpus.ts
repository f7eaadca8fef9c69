import type { EntityType, Mention } from './types';
import { mentionCount, mentionsOfEntity, mentionIndexAt, mentionOf, packDocument, PER_MENTION, StringTable, typeAt, unpackDocument, type PackedDocument } from './wire';

export interface EntitySummary {
  id: string;
  name: string;
  type: EntityType;
  mentionCount: number;
  fileCount: number;
}

export interface Occurrence {
  file: string;
  mention: Mention;
}

/**
 * Mentions per file of one entity. Most entities of a large corpus (the names rules find)
 * occur in one article only, so a single file is kept in two numbers; from the second
 * file on, two arrays sorted by file number. Files are numbered in the order they are
 * first seen, so a full pass only appends; a file indexed again is found by binary search.
 */
class FileCounts {
  private file = -1;
  private count = 0;
  private files?: number[];
  private counts?: number[];

  get size(): number {
    return this.files ? this.files.length : this.file < 0 ? 0 : 1;
  }

  set(file: number, count: number): void {
    const { files, counts } = this;
    if (!files || !counts) {
      if (this.file < 0 || this.file === file) {
        this.file = file;
        this.count = count;
      } else if (this.file < file) {
        this.files = [this.file, file];
        this.counts = [this.count, count];
      } else {
        this.files = [file, this.file];
        this.counts = [count, this.count];
      }
      return;
    }
    if (files.length === 0 || files[files.length - 1] < file) {
      files.push(file);
      counts.push(count);
      return;
    }
    const at = this.find(files, file);
    if (at >= 0) counts[at] = count;
    else {
      files.splice(~at, 0, file);
      counts.splice(~at, 0, count);
    }
  }

  delete(file: number): void {
    const { files, counts } = this;
    if (!files || !counts) {
      if (this.file === file) this.file = -1;
      return;
    }
    const at = this.find(files, file);
    if (at < 0) return;
    files.splice(at, 1);
    counts.splice(at, 1);
  }

  private find(files: readonly number[], file: number): number {
    let low = 0;
    let high = files.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (files[mid] < file) low = mid + 1;
      else if (files[mid] > file) high = mid - 1;
      else return mid;
    }
    return ~low;
  }

  entries(): Array<[number, number]> {
    if (this.files && this.counts) {
      const counts = this.counts;
      return this.files.map((file, i) => [file, counts[i]]);
    }
    return this.file < 0 ? [] : [[this.file, this.count]];
  }

  keys(): number[] {
    return this.files ? [...this.files] : this.file < 0 ? [] : [this.file];
  }
}

/** An entity's totals and its mentions per file: one object per entity (there are 100,000 in a large corpus). */
class EntityRecord extends FileCounts {
  mentionCount = 0;

  constructor(
    readonly name: string,
    readonly type: EntityType,
  ) {
    super();
  }
}

/**
 * The mentions of every article in a workspace, with per-entity totals kept up to date
 * as single documents are added, changed or removed: work is proportional to the
 * document that changed, never to the corpus. Each article's mentions are kept packed
 * (see wire.ts): a 10,000-article corpus is some 600,000 mentions, and as objects they
 * would be most of the heap.
 */
export class CorpusIndex {
  private readonly documents = new Map<string, PackedDocument>();
  private readonly entityRecords = new Map<string, EntityRecord>();
  private readonly listeners = new Set<(files: readonly string[]) => void>();
  /** The distinct entities of each file, for co-occurrence counts. */
  private readonly entitiesOfFile = new Map<string, readonly string[]>();
  /** A number for every file path seen, never reused. */
  private readonly fileNumbers = new StringTable();
  /** Co-occurrence answers, valid until the next change. */
  private readonly cooccurrenceCache = new Map<string, Array<[string, number]>>();
  /** Files changed since the entity totals were last settled, with the document the totals still count. */
  private readonly pending = new Map<string, PackedDocument | undefined>();

  /** Replaces the mentions of `file`. */
  set(file: string, mentions: readonly Mention[]): void {
    this.setPacked(file, packDocument(mentions));
  }

  /** Replaces the mentions of `file` with mentions already packed (by an annotator thread). */
  setPacked(file: string, doc: PackedDocument): void {
    this.markPending(file);
    this.documents.set(file, doc);
    this.emit([file]);
  }

  remove(file: string): boolean {
    if (!this.documents.has(file)) return false;
    this.markPending(file);
    this.documents.delete(file);
    this.emit([file]);
    return true;
  }

  clear(): void {
    const files = [...this.documents.keys()];
    this.documents.clear();
    this.pending.clear();
    this.entitiesOfFile.clear();
    this.entityRecords.clear();
    this.emit(files);
  }

  /** Remembers what the entity totals still count for `file`, the first time it changes since they were settled. */
  private markPending(file: string): void {
    if (!this.pending.has(file)) this.pending.set(file, this.documents.get(file));
  }

  /**
   * Brings the entity totals up to date with the files changed since the last query. A
   * full pass sets thousands of articles between two queries; counting them together
   * keeps the entity table in the processor's cache instead of fetching it back after
   * every article's annotation (three times faster on a 10,000-article pass).
   */
  private settle(): void {
    if (this.pending.size === 0) return;
    for (const [file, counted] of this.pending) {
      const number = this.fileNumbers.index(file);
      if (counted) this.uncount(number, counted);
      const doc = this.documents.get(file);
      if (doc) this.entitiesOfFile.set(file, this.count(number, doc));
      else this.entitiesOfFile.delete(file);
    }
    this.pending.clear();
  }

  /** Adds a document's mentions to the entity totals; returns its distinct entities. */
  private count(number: number, doc: PackedDocument): string[] {
    const counts = countByEntity(doc);
    const ids: string[] = [];
    // One update per distinct entity of the article, not one per mention.
    for (let idIndex = 0; idIndex < counts.length; idIndex++) {
      const count = counts[idIndex];
      if (count === 0) continue;
      const id = doc.strings[idIndex];
      ids.push(id);
      let record = this.entityRecords.get(id);
      if (!record) {
        const first = firstMentionOf(doc, idIndex);
        record = new EntityRecord(doc.strings[doc.numbers[first * PER_MENTION + 4]], typeAt(doc, first));
        this.entityRecords.set(id, record);
      }
      record.mentionCount += count;
      record.set(number, count);
    }
    return ids;
  }

  private uncount(number: number, previous: PackedDocument): void {
    const counts = countByEntity(previous);
    for (let idIndex = 0; idIndex < counts.length; idIndex++) {
      if (counts[idIndex] === 0) continue;
      const id = previous.strings[idIndex];
      const record = this.entityRecords.get(id);
      if (!record) continue;
      record.mentionCount -= counts[idIndex];
      record.delete(number);
      if (record.mentionCount <= 0) this.entityRecords.delete(id);
    }
  }

  /** Called with the changed files after every change. Returns a function that unsubscribes. */
  onDidChange(listener: (files: readonly string[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(files: readonly string[]): void {
    this.cooccurrenceCache.clear();
    for (const listener of this.listeners) listener(files);
  }

  get fileCount(): number {
    return this.documents.size;
  }

  get entityCount(): number {
    this.settle();
    return this.entityRecords.size;
  }

  files(): string[] {
    return [...this.documents.keys()];
  }

  has(file: string): boolean {
    return this.documents.has(file);
  }

  mentionsIn(file: string): readonly Mention[] {
    const doc = this.documents.get(file);
    return doc ? unpackDocument(doc) : [];
  }

  /** The mention whose span holds the character at `offset` (start ≤ offset < end). */
  mentionAt(file: string, offset: number): Mention | undefined {
    const doc = this.documents.get(file);
    const at = doc ? mentionIndexAt(doc, offset) : -1;
    return at < 0 ? undefined : mentionOf(doc!, at);
  }

  private summarize(id: string, record: EntityRecord): EntitySummary {
    return { id, name: record.name, type: record.type, mentionCount: record.mentionCount, fileCount: record.size };
  }

  entity(id: string): EntitySummary | undefined {
    this.settle();
    const record = this.entityRecords.get(id);
    return record && this.summarize(id, record);
  }

  /** All entities, optionally of some types, most mentioned first. */
  entities(types?: readonly EntityType[]): EntitySummary[] {
    this.settle();
    const out: EntitySummary[] = [];
    for (const [id, record] of this.entityRecords) {
      if (!types || types.includes(record.type)) out.push(this.summarize(id, record));
    }
    return out.sort((a, b) => b.mentionCount - a.mentionCount || a.name.localeCompare(b.name));
  }

  /** Files that mention `id`, with their mention counts, most first. */
  filesOf(id: string): Array<{ file: string; count: number }> {
    this.settle();
    const record = this.entityRecords.get(id);
    if (!record) return [];
    return record.entries().map(([number, count]) => ({ file: this.fileNumbers.strings[number], count })).sort((a, b) => b.count - a.count || a.file.localeCompare(b.file));
  }

  /** Every mention of `id` across the corpus, by file then position. */
  occurrences(id: string): Occurrence[] {
    const out: Occurrence[] = [];
    for (const { file } of this.filesOf(id)) {
      const doc = this.documents.get(file);
      if (!doc) continue;
      for (const mention of mentionsOfEntity(doc, id)) out.push({ file, mention });
    }
    return out;
  }

  /** Entities that appear in the same articles as `id`, by number of shared articles. */
  cooccurring(id: string, limit = 5): Array<{ entity: EntitySummary; articles: number }> {
    let ranked = this.cooccurrenceCache.get(id);
    if (!ranked) {
      this.settle();
      const record = this.entityRecords.get(id);
      if (!record) return [];
      const shared = new Map<string, number>();
      for (const number of record.keys()) {
        for (const other of this.entitiesOfFile.get(this.fileNumbers.strings[number]) ?? []) {
          if (other !== id) shared.set(other, (shared.get(other) ?? 0) + 1);
        }
      }
      ranked = [...shared].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      this.cooccurrenceCache.set(id, ranked);
    }
    return ranked.slice(0, limit).flatMap(([other, articles]) => {
      const summary = this.entity(other);
      return summary ? [{ entity: summary, articles }] : [];
    });
  }
}

/** Mentions per entity of one article, by the index of the entity's id in its strings. */
function countByEntity(doc: PackedDocument): Int32Array {
  const counts = new Int32Array(doc.strings.length);
  const { numbers } = doc;
  for (let at = 3; at < numbers.length; at += PER_MENTION) counts[numbers[at]]++;
  return counts;
}

function firstMentionOf(doc: PackedDocument, idIndex: number): number {
  const n = mentionCount(doc);
  let i = 0;
  while (i < n - 1 && doc.numbers[i * PER_MENTION + 3] !== idIndex) i++;
  return i;
}
