import { ENTITY_TYPES, type EntityRef, type EntityType, type Mention, type MentionSource } from './types';

/**
 * The mentions of one document packed into numbers and strings: the form the corpus
 * index keeps them in (a few objects per article instead of several per mention), and
 * the form in which they travel between threads (the typed array moves without a copy).
 *
 * `numbers` holds six numbers per mention: start, end, type and source
 * (`type << 2 | source`), and the indices in `strings` of the entity's id and name and
 * of the mention's text. Each distinct string is in `strings` once.
 */
export interface PackedDocument {
  numbers: Int32Array;
  strings: string[];
}

export const PER_MENTION = 6;
const SOURCES: readonly MentionSource[] = ['kb', 'rule', 'user'];
const SOURCE_CODES: Record<MentionSource, number> = { kb: 0, rule: 1, user: 2 };
const TYPE_CODES = Object.fromEntries(ENTITY_TYPES.map((type, code) => [type, code])) as Record<EntityType, number>;

/** Distinct strings in the order first seen, each with its index. */
export class StringTable {
  readonly strings: string[] = [];
  private readonly indices = new Map<string, number>();

  index(value: string): number {
    let n = this.indices.get(value);
    if (n === undefined) {
      n = this.strings.length;
      this.strings.push(value);
      this.indices.set(value, n);
    }
    return n;
  }
}

export function packDocument(mentions: readonly Mention[]): PackedDocument {
  const table = new StringTable();
  const numbers = new Int32Array(mentions.length * PER_MENTION);
  let at = 0;
  for (const m of mentions) {
    numbers[at++] = m.start;
    numbers[at++] = m.end;
    numbers[at++] = (TYPE_CODES[m.type] << 2) | SOURCE_CODES[m.source];
    numbers[at++] = table.index(m.entity.id);
    numbers[at++] = table.index(m.entity.name);
    numbers[at++] = table.index(m.text);
  }
  return { numbers, strings: table.strings };
}

export function mentionCount(doc: PackedDocument): number {
  return doc.numbers.length / PER_MENTION;
}

export function typeAt(doc: PackedDocument, i: number): EntityType {
  return ENTITY_TYPES[doc.numbers[i * PER_MENTION + 2] >> 2];
}

export function entityIdAt(doc: PackedDocument, i: number): string {
  return doc.strings[doc.numbers[i * PER_MENTION + 3]];
}

export function entityAt(doc: PackedDocument, i: number): EntityRef {
  const at = i * PER_MENTION;
  return Object.freeze({ id: doc.strings[doc.numbers[at + 3]], name: doc.strings[doc.numbers[at + 4]] });
}

export function mentionOf(doc: PackedDocument, i: number): Mention {
  const { numbers, strings } = doc;
  const at = i * PER_MENTION;
  const code = numbers[at + 2];
  return { start: numbers[at], end: numbers[at + 1], text: strings[numbers[at + 5]], type: ENTITY_TYPES[code >> 2], entity: entityAt(doc, i), source: SOURCES[code & 3] };
}

/** The mentions of a packed document; the entity references are shared within it. */
export function unpackDocument(doc: PackedDocument): Mention[] {
  const { numbers, strings } = doc;
  const entities: Array<EntityRef | undefined> = [];
  const out: Mention[] = [];
  for (let at = 0; at < numbers.length; at += PER_MENTION) {
    const idIndex = numbers[at + 3];
    const nameIndex = numbers[at + 4];
    let entity = entities[idIndex];
    if (!entity || entity.name !== strings[nameIndex]) {
      entity = Object.freeze({ id: strings[idIndex], name: strings[nameIndex] });
      entities[idIndex] = entity;
    }
    const code = numbers[at + 2];
    out.push({ start: numbers[at], end: numbers[at + 1], text: strings[numbers[at + 5]], type: ENTITY_TYPES[code >> 2], entity, source: SOURCES[code & 3] });
  }
  return out;
}

/** The mentions of one entity in a packed document. */
export function mentionsOfEntity(doc: PackedDocument, id: string): Mention[] {
  const idIndex = doc.strings.indexOf(id);
  const out: Mention[] = [];
  if (idIndex < 0) return out;
  const { numbers } = doc;
  let entity: EntityRef | undefined;
  for (let i = 0, at = 3; at < numbers.length; i++, at += PER_MENTION) {
    if (numbers[at] !== idIndex) continue;
    const mention = mentionOf(doc, i);
    // One reference for the entity's mentions, as unpackDocument gives them.
    if (entity && entity.name === mention.entity.name) mention.entity = entity;
    else entity = mention.entity;
    out.push(mention);
  }
  return out;
}

/** The index of the mention whose span holds `offset` (start <= offset < end), or -1. */
export function mentionIndexAt(doc: PackedDocument, offset: number): number {
  const { numbers } = doc;
  let low = 0;
  let high = numbers.length / PER_MENTION - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (numbers[mid * PER_MENTION + 1] <= offset) low = mid + 1;
    else if (numbers[mid * PER_MENTION] > offset) high = mid - 1;
    else return mid;
  }
  return -1;
}

/**
 * Keeps one copy of each string across documents packed on other threads, so that an
 * index built from their batches holds no more than one built on this thread.
 */
export class Interner {
  private readonly strings = new Map<string, string>();

  get size(): number {
    return this.strings.size;
  }

  /** Replaces the document's strings by the copies already held. */
  document(doc: PackedDocument): PackedDocument {
    const { strings } = doc;
    for (let i = 0; i < strings.length; i++) {
      const known = this.strings.get(strings[i]);
      if (known !== undefined) strings[i] = known;
      else this.strings.set(strings[i], strings[i]);
    }
    return doc;
  }
}
