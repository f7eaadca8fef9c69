import { isEntityType, type EntityType, type Mention, type MentionSource } from '../types';

/** An article with its mentions: the unit every exporter and importer works on. */
export interface AnnotatedDocument {
  /** Path relative to the corpus root, with forward slashes. */
  file: string;
  text: string;
  mentions: Mention[];
}

export class FormatError extends Error {
  constructor(message: string, readonly line?: number) {
    super(line === undefined ? message : `line ${line}: ${message}`);
    this.name = 'FormatError';
  }
}

export function requireType(value: string, line?: number): EntityType {
  if (!isEntityType(value)) throw new FormatError(`unknown entity type "${value}"`, line);
  return value;
}

export function requireSource(value: unknown): MentionSource {
  return value === 'kb' || value === 'rule' || value === 'user' ? value : 'user';
}

/** Checks that a mention's offsets fit the text and that its text is what they cover. */
export function checkMentionText(text: string, mention: Mention, line?: number): void {
  if (!(mention.start >= 0 && mention.end <= text.length && mention.start < mention.end)) {
    throw new FormatError(`span ${mention.start}-${mention.end} is outside the text (length ${text.length})`, line);
  }
  const actual = text.slice(mention.start, mention.end);
  if (actual !== mention.text) throw new FormatError(`span ${mention.start}-${mention.end} covers "${actual}", not "${mention.text}"`, line);
}
