import { type Candidate, SpanIndex } from '../candidates';
import type { KnowledgeBase } from '../kb/knowledge-base';
import { NOT_NAME_WORDS_WRITTEN, RANKS, type TitleInfo } from '../lexicon';
import { entityId, fold, ID_PREFIXES, isAllCaps, isCapitalized, isUpperUnit, isWordAt, ownString } from '../text';
import type { EntityRef, EntityType } from '../types';

/**
 * Shared reading of the text for the context rules: words, blanks, titles and ranks, and the
 * candidates the rules propose.
 */

export interface TriggerHit {
  start: number;
  end: number;
  info: TitleInfo;
}

export interface RuleContext {
  text: string;
  kb: KnowledgeBase;
  mentions: SpanIndex;
  triggers: TriggerHit[];
  /** Offsets where a title/verb trigger starts: names never run into one. */
  triggerStarts: Set<number>;
  /** Offsets where a LEADER title ends (`Menteri` in `Menteri Desa`). */
  triggerEnds: Set<number>;
  /** Offsets where a PERSON title starts: inside a name it may be a name word. */
  personTitleStarts: Set<number>;
  /** Offsets where any title ends. */
  titleEnds: Set<number>;
}

export const RULE_RANK = 50;


export const CONTAINER_TYPES = new Set<EntityType>(['COUNTRY', 'ORGANIZATION', 'PLACE']);

export interface Word {
  start: number;
  end: number;
  text: string;
}

export function isBlank(unit: number): boolean {
  return unit === 0x20 || unit === 0x09 || unit === 0xa0;
}

export function skipBlanks(text: string, pos: number): number {
  while (pos < text.length && isBlank(text.charCodeAt(pos))) pos++;
  return pos;
}

export function skipBlanksBack(text: string, pos: number): number {
  while (pos > 0 && isBlank(text.charCodeAt(pos - 1))) pos--;
  return pos;
}

export const JOINERS = new Set([0x2d, 0x27, 0x2019, 0x2010, 0x2011]);

/** The word starting at `pos`: letters and digits, with inner hyphens and apostrophes. */
export function wordAt(text: string, pos: number): Word | undefined {
  if (!isWordAt(text, pos)) return undefined;
  let end = pos;
  for (;;) {
    while (isWordAt(text, end)) end++;
    if (JOINERS.has(text.charCodeAt(end)) && isWordAt(text, end + 1)) end++;
    else break;
  }
  return { start: pos, end, text: text.slice(pos, end) };
}

/** The word ending at `end`. */
export function wordBefore(text: string, end: number): Word | undefined {
  if (!isWordAt(text, end - 1)) return undefined;
  let start = end;
  for (;;) {
    while (isWordAt(text, start - 1)) start--;
    if (JOINERS.has(text.charCodeAt(start - 1)) && isWordAt(text, start - 2)) start--;
    else break;
  }
  return { start, end, text: text.slice(start, end) };
}

export function entityFor(kb: KnowledgeBase, name: string, type: EntityType, accept: readonly EntityType[]): { entity: EntityRef; type: EntityType } {
  const known = kb.lookup(name).find((e) => accept.includes(e.type));
  if (known) return { entity: { id: known.id, name: known.name }, type: known.type };
  return { entity: { id: entityId(ID_PREFIXES[type], name), name: ownString(name) }, type };
}

const UNRESOLVED: EntityRef = { id: '', name: '' };

/** A rule's candidate for a span whose entity is already known (`Kemenlu RI` is the known Kemenlu). */
export function linkedCandidate(start: number, end: number, type: EntityType, entity: EntityRef): Candidate {
  return { start, end, type, entity, source: 'rule', rank: RULE_RANK };
}

/** A rule's candidate; its entity is looked up only if it survives selection. */
export function candidate(_ctx: RuleContext, start: number, end: number, type: EntityType, accept: readonly EntityType[] = [type]): Candidate {
  return { start, end, type, entity: UNRESOLVED, source: 'rule', rank: RULE_RANK, unresolved: accept };
}

export function isNameWord(word: Word): boolean {
  if (!isCapitalized(word.text)) return false;
  if (word.text.length > 1 && isAllCaps(word.text)) return false;
  return !NOT_NAME_WORDS_WRITTEN.has(word.text);
}

/** Is `word` one of the common given names (`Ahmad`, `Kang`)? */
export function isGivenName(ctx: RuleContext, word: Word): boolean {
  return isCommonGivenName(ctx.kb, word.text);
}

/** Is the written word one of the knowledge base's common given names? */
export function isCommonGivenName(kb: KnowledgeBase, written: string): boolean {
  const { matcher, givenNames } = kb.compiled();
  const id = matcher.wordId(written);
  return id >= 0 && givenNames[id] === 1;
}

export function triggerAt(ctx: RuleContext, offset: number): TriggerHit | undefined {
  const trigger = lastTriggerBefore(ctx, offset + 1);
  return trigger?.start === offset ? trigger : undefined;
}

/** The last trigger that starts before `offset` (triggers are sorted by start and do not nest). */
function lastTriggerBefore(ctx: RuleContext, offset: number): TriggerHit | undefined {
  const { triggers } = ctx;
  let low = 0;
  let high = triggers.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (triggers[mid].start < offset) low = mid + 1;
    else high = mid - 1;
  }
  return triggers[high];
}

const RANK_SUFFIXES = new Set(['pol', 'tni', 'purn', 'polisi', 'laut', 'marinir',
  // army and navy corps after a rank (`Kolonel Inf Budi`, `Kolonel Mar Benny Poltak Nadeak`)
  'mar', 'inf', 'kav', 'arm', 'czi', 'cpm', 'cpl', 'chb', 'ckm', 'cku', 'caj', 'pnb', 'kes', 'psk', 'tek', 'sus', 'lek', 'kh']);

/** After a rank at `offset` and its `Pol.`/`TNI`/`(Purn.)`, or -1 when no rank starts there. */
export function skipRank(ctx: RuleContext, offset: number): number {
  const { text } = ctx;
  const rank = triggerAt(ctx, offset);
  if (!rank || !RANKS.has(fold(text.slice(rank.start, rank.end))) || !isUpperUnit(text.charCodeAt(offset))) return -1;
  let p = rank.end;
  for (;;) {
    let q = skipBlanks(text, p);
    const bracket = text[q] === '(';
    if (bracket) q++;
    const word = wordAt(text, q);
    // `Mayor Jenderal (Mayjen) Mulyo Aji`: the rank's abbreviation in brackets.
    const abbreviation = bracket && word !== undefined && text[word.end] === ')' && RANKS.has(fold(word.text));
    if (!word || !(RANK_SUFFIXES.has(fold(word.text)) || abbreviation) || !isUpperUnit(word.text.charCodeAt(0))) return p;
    p = word.end;
    if (text[p] === '.') p++;
    if (bracket && text[p] === ')') p++;
  }
}

export function isAndWord(folded: string): boolean {
  return folded === 'dan' || folded === 'and' || folded === '&';
}

/** Does a head word (title, organization or facility head, designator) start at `offset`? */
export function startsHead(ctx: RuleContext, offset: number): boolean {
  return triggerAt(ctx, offset) !== undefined && isUpperUnit(ctx.text.charCodeAt(offset));
}

/** Is `offset` a later word of a title or verb trigger (`Eksekutif` of `Direktur Eksekutif`)? */
export function insideTitle(ctx: RuleContext, offset: number): boolean {
  const trigger = lastTriggerBefore(ctx, offset);
  if (!trigger || trigger.end <= offset) return false;
  const { kind } = trigger.info;
  return kind === 'leader-title' || kind === 'person-title' || kind === 'speech';
}

/** The words of a span, in order. */
export function wordsIn(text: string, span: { start: number; end: number }): Word[] {
  const words: Word[] = [];
  for (let p = span.start; p < span.end; ) {
    const word = wordAt(text, p);
    if (!word) {
      p++;
      continue;
    }
    words.push(word);
    p = word.end;
  }
  return words;
}
