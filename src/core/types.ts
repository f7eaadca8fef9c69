/** The five entity types Sorot recognizes, most important first. */
export const ENTITY_TYPES = ['LEADER', 'COUNTRY', 'ORGANIZATION', 'PERSON', 'PLACE'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export function isEntityType(value: unknown): value is EntityType {
  return typeof value === 'string' && (ENTITY_TYPES as readonly string[]).includes(value);
}

/** Where a mention came from: the knowledge base, a context rule, or a person's decision. */
export type MentionSource = 'kb' | 'rule' | 'user';

export interface EntityRef {
  id: string;
  name: string;
}

/**
 * One mention of an entity. Offsets are UTF-16 code units into the text as the editor
 * holds it (no BOM); `end` is exclusive, so `text === source.slice(start, end)`.
 */
export interface Mention {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  entity: EntityRef;
  source: MentionSource;
}

/** A mention together with the file it was found in (the JSONL export record). */
export interface FileMention extends Mention {
  file: string;
}

export interface Role {
  title: string;
  of?: string;
  from?: string;
  to?: string;
}

/** A knowledge-base entry; bundled data and the workspace's `.sorot/entities.json` share it. */
export interface KbEntry {
  id: string;
  type: EntityType;
  name: string;
  aliases?: string[];
  description?: string;
  country?: string;
  roles?: Role[];
  wikidata?: string;
}
