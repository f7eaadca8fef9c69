import { type Candidate, SpanIndex } from './candidates';
import type { KnowledgeBase } from './kb/knowledge-base';
import { BODY_WORDS, CALENDAR_WORDS, EVENT_WORDS, FUNCTION_WORDS, NAME_CONNECTORS, NAME_PARTICLES, HONORIFICS, NOT_NAME_WORDS, ORG_PREFIXES, ORG_SUFFIXES, PARTY_CHAIRS, PLACE_HEAD_TITLES, PORTFOLIO_WORDS, RANKS, type TitleInfo } from './lexicon';
import { atSentenceStart, fold, isAllCaps, isCapitalized, isUpperUnit, isWordAt, ownString, slugify } from './text';
import type { EntityRef, EntityType } from './types';

/**
 * Context rules for names the knowledge base does not know. Each rule reads the text
 * around a trigger word (a title, an organization head, a designator) or a bracket, and
 * proposes candidates; the caller resolves overlaps.
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

const RULE_RANK = 50;
const PREFIX: Record<EntityType, string> = { LEADER: 'leader', PERSON: 'person', COUNTRY: 'country', ORGANIZATION: 'org', PLACE: 'place' };
const CONTAINER_TYPES = new Set<EntityType>(['COUNTRY', 'ORGANIZATION', 'PLACE']);

interface Word {
  start: number;
  end: number;
  text: string;
}

function isBlank(unit: number): boolean {
  return unit === 0x20 || unit === 0x09 || unit === 0xa0;
}

function skipBlanks(text: string, pos: number): number {
  while (pos < text.length && isBlank(text.charCodeAt(pos))) pos++;
  return pos;
}

function skipBlanksBack(text: string, pos: number): number {
  while (pos > 0 && isBlank(text.charCodeAt(pos - 1))) pos--;
  return pos;
}

const JOINERS = new Set([0x2d, 0x27, 0x2019, 0x2010, 0x2011]);

/** The word starting at `pos`: letters and digits, with inner hyphens and apostrophes. */
function wordAt(text: string, pos: number): Word | undefined {
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
function wordBefore(text: string, end: number): Word | undefined {
  if (!isWordAt(text, end - 1)) return undefined;
  let start = end;
  for (;;) {
    while (isWordAt(text, start - 1)) start--;
    if (JOINERS.has(text.charCodeAt(start - 1)) && isWordAt(text, start - 2)) start--;
    else break;
  }
  return { start, end, text: text.slice(start, end) };
}

function entityFor(kb: KnowledgeBase, name: string, type: EntityType, accept: readonly EntityType[]): { entity: EntityRef; type: EntityType } {
  const known = kb.lookup(name).find((e) => accept.includes(e.type));
  if (known) return { entity: { id: known.id, name: known.name }, type: known.type };
  return { entity: { id: `${PREFIX[type]}:${slugify(name)}`, name: ownString(name) }, type };
}

const UNRESOLVED: EntityRef = { id: '', name: '' };

/** A rule's candidate; its entity is looked up only if it survives selection. */
function candidate(_ctx: RuleContext, start: number, end: number, type: EntityType, accept: readonly EntityType[] = [type]): Candidate {
  return { start, end, type, entity: UNRESOLVED, source: 'rule', rank: RULE_RANK, unresolved: accept };
}

function isNameWord(word: Word): boolean {
  if (!isCapitalized(word.text)) return false;
  if (word.text.length > 1 && isAllCaps(word.text)) return false;
  return !NOT_NAME_WORDS.has(fold(word.text));
}

/**
 * Reads a personal name starting at `pos`: up to four capitalized words, with particles
 * (`bin`, `van der`) and initials (`S.`) inside. Returns undefined when a known mention
 * stands there instead.
 */
function readPersonName(ctx: RuleContext, pos: number, minWords = 1): { start: number; end: number } | undefined {
  const { text } = ctx;
  let start = -1;
  let end = -1;
  let words = 0;
  let p = skipBlanks(text, pos);
  while (words < 4) {
    // A rank stands right before the name and is never part of it (`Kapolda Metro Jaya Irjen Pol. Asep`).
    const afterRank = skipRank(ctx, p);
    if (afterRank >= 0) {
      start = -1;
      end = -1;
      words = 0;
      p = afterRank;
      continue;
    }
    const mention = ctx.mentions.startingAt(p);
    // A one-word place right after a given name is the rest of the name (`Huang Kunming`).
    if (mention && !(words >= 1 && isPlaceWordInName(ctx, mention, words))) break;
    const word = wordAt(text, p);
    if (!word) break;
    // A capitalized role word inside a name is part of it (`Lukman Hakim Saefuddin`).
    if (ctx.triggerStarts.has(p) && !(words > 0 && isCapitalized(word.text) && ctx.personTitleStarts.has(p))) break;
    if (word.text.length === 1 && isUpperUnit(word.text.charCodeAt(0)) && text[word.end] === '.') {
      if (start < 0) start = word.start;
      p = skipBlanks(text, word.end + 1);
      continue;
    }
    // Initials written without points (`Basuki T Purnama`, `JA Barata`) need a name after them.
    if (word.text.length <= 2 && isAllCaps(word.text)) {
      const next = wordAt(text, skipBlanks(text, word.end));
      if (!next || !isNameWord(next) || next.text.length < 3 || ctx.mentions.startingAt(next.start)) break;
      if (start < 0) start = word.start;
      p = next.start;
      continue;
    }
    if (word.text.length === 1) break;
    if (NAME_PARTICLES.has(word.text) && start >= 0) {
      const next = wordAt(text, skipBlanks(text, word.end));
      if (next && isNameWord(next)) {
        p = next.start;
        continue;
      }
      break;
    }
    if (!isNameWord(word) && !(words > 0 && isCalendarInName(word, wordAt(text, skipBlanks(text, word.end))))) break;
    if (start < 0) start = word.start;
    end = word.end;
    words++;
    p = skipBlanks(text, word.end);
  }
  if (start < 0 || end < 0 || end - start < 2 || words < minWords) return undefined;
  return { start, end };
}

/**
 * A one-word place inside a personal name: between two name words (`Ade Ary Syam Indradi`),
 * or right after a lone given name at the end (`Huang Kunming`).
 */
function isPlaceWordInName(ctx: RuleContext, mention: Candidate, words: number): boolean {
  if (mention.type !== 'PLACE' || mention.source !== 'kb') return false;
  const word = wordAt(ctx.text, mention.start);
  if (!word || word.end !== mention.end || !isNameWord(word)) return false;
  const after = skipBlanks(ctx.text, mention.end);
  const next = wordAt(ctx.text, after);
  if (next && isCapitalized(next.text)) return isNameWord(next) && !ctx.mentions.startingAt(after) && !ctx.triggerStarts.has(after);
  return words === 1;
}

/** Lower-case words that join a title to its portfolio or country: `Menteri Urusan Luar Negeri`, `President of Kazakhstan`. */
const TITLE_GLUE = new Set(['dari', 'di', 'untuk', 'of', 'at', 'to', 'the', 'urusan', 'bidang', 'dan', 'and', 'for']);

/** Is this organization mention a political party (by its words or its knowledge-base entry)? */
function isParty(ctx: RuleContext, mention: Candidate): boolean {
  if (mention.type !== 'ORGANIZATION') return false;
  if (/\b(?:partai|party)\b/i.test(ctx.text.slice(mention.start, mention.end)) || /\bparty\b/i.test(mention.entity.name)) return true;
  const entry = mention.entity.id ? ctx.kb.get(mention.entity.id) : undefined;
  return !!entry && /\bparty\b/i.test(`${entry.name} ${entry.description ?? ''}`);
}

/** Skips ` (OJK)` after an organization named between a title and a name. */
function skipBracketedAcronym(text: string, pos: number): number {
  const match = /^\s?\([A-Z][A-Za-z0-9&.-]{1,11}\)/.exec(text.slice(pos, pos + 16));
  return match ? pos + match[0].length : pos;
}

/** `Presiden Tiongkok Xi Jinping`, `juru bicara Kemlu Lin Jian`, `…," kata Budi`. */
function titledNames(ctx: RuleContext, out: Candidate[]): void {
  const { text } = ctx;
  for (const trigger of ctx.triggers) {
    const { kind } = trigger.info;
    if (kind !== 'leader-title' && kind !== 'person-title' && kind !== 'speech') continue;
    if (kind === 'speech') {
      const before = text.charCodeAt(skipBlanksBack(text, trigger.start) - 1);
      if (!(before === 0x2c || before === 0x22 || before === 0x201d || before === 0x27 || before === 0x2019)) continue;
    }
    if (trigger.end - trigger.start <= 2 && !isAllCaps(text.slice(trigger.start, trigger.end))) continue; // "pm", "dr"
    // Descriptions of people (`warga`, `pengusaha`) are written in lower case before a name;
    // capitalized they belong to a longer name (`Gabungan Pengusaha Kelapa Sawit`).
    if (trigger.info.minWords && isUpperUnit(text.charCodeAt(trigger.start)) && !atSentenceStart(text, trigger.start)) continue;
    let p = trigger.end;
    if (text[p] === '.' || text[p] === ':') p++; // `Dr. Budi`, `Pewarta: Budi`
    let party = false;
    for (let steps = 0; steps < 8; steps++) {
      const q = skipBlanks(text, p);
      const mention = ctx.mentions.startingAt(q);
      if (mention) {
        if (!CONTAINER_TYPES.has(mention.type) || kind === 'speech') break;
        party ||= isParty(ctx, mention);
        p = mention.end;
        if (text.startsWith("'s", p) || text.startsWith('’s', p)) p += 2;
        p = skipBracketedAcronym(text, p);
        if (text[p] === ',') p++;
        continue;
      }
      const word = wordAt(text, q);
      if (!word || kind === 'speech') break;
      const folded = fold(word.text);
      const honorific = triggerAt(ctx, q);
      if (honorific && q > trigger.start && HONORIFICS.has(fold(text.slice(honorific.start, honorific.end)))) {
        p = honorific.end;
        continue;
      }
      if (TITLE_GLUE.has(folded)) {
        // Only glue that leads on to a portfolio or a known name: not `spokesman for the Kremlin`.
        const after = skipBlanks(text, word.end);
        const next = wordAt(text, after);
        const leadsOn = ctx.mentions.startingAt(after) || (next && (PORTFOLIO_WORDS.has(fold(next.text)) || TITLE_GLUE.has(fold(next.text))));
        if (!leadsOn) break;
        p = word.end;
        continue;
      }
      if (PORTFOLIO_WORDS.has(folded) && isCapitalized(word.text) === isCapitalized(text.slice(trigger.start, trigger.end))) {
        p = word.end;
        continue;
      }
      break;
    }
    // `Kepala Desa Sukamaju Rahmat Hidayat`: the village first, then the name.
    if (p === trigger.end && PLACE_HEAD_TITLES.has(fold(text.slice(trigger.start, trigger.end)))) {
      const q = skipBlanks(text, p);
      const place = ctx.mentions.startingAt(q) ? undefined : wordAt(text, q);
      const next = place && wordAt(text, skipBlanks(text, place.end));
      if (place && next && isNameWord(place) && isNameWord(next)) {
        out.push(candidate(ctx, place.start, place.end, 'PLACE'));
        p = place.end;
      }
    }
    const name = readPersonName(ctx, p, trigger.info.minWords);
    if (!name) continue;
    // The chair of a political party is a leader (`Ketua Umum Partai Gerindra …`), of other bodies not.
    const partyChair = party && PARTY_CHAIRS.has(fold(text.slice(trigger.start, trigger.end)));
    const type: EntityType = kind === 'leader-title' || partyChair ? 'LEADER' : 'PERSON';
    out.push(candidate(ctx, name.start, name.end, type, ['LEADER', 'PERSON']));
    if (BYLINES.has(fold(text.slice(trigger.start, trigger.end)))) bylineNames(ctx, name.end, out);
  }
}

const BYLINES = new Set(['reporting by', 'additional reporting by', 'writing by', 'editing by', 'pewarta', 'penyunting', 'penulis', 'editor']);

/** `Reporting by Andrew Gray and Lili Bayer`: more names after the first, joined by `and` or commas. */
function bylineNames(ctx: RuleContext, end: number, out: Candidate[]): void {
  const { text } = ctx;
  for (let count = 0; count < 6; count++) {
    let p = skipBlanks(text, end);
    if (text[p] === ',') p = skipBlanks(text, p + 1);
    const joiner = wordAt(text, p);
    if (joiner && (joiner.text === 'and' || joiner.text === 'dan')) p = joiner.end;
    else if (p === skipBlanks(text, end)) return;
    const name = readPersonName(ctx, p, 2);
    if (!name) return;
    out.push(candidate(ctx, name.start, name.end, 'PERSON', ['PERSON', 'LEADER']));
    end = name.end;
  }
}

/**
 * Reads the capitalized words of a name forward from `pos` and returns where it ends. A
 * known name of one of `endTypes` may close it (`Kementerian Luar Negeri Tiongkok`).
 */
function readNameTail(ctx: RuleContext, pos: number, maxWords: number, endTypes: ReadonlySet<EntityType> = CONTAINER_TYPES, endOnKnownName = false): number {
  const { text } = ctx;
  let end = -1;
  let words = 0;
  let p = pos;
  while (words < maxWords) {
    const q = skipBlanks(text, p);
    const mention = ctx.mentions.startingAt(q);
    if (mention) {
      // A pair of countries names a joint facility (`Kawasan Industri China-Belarus`).
      const pairEnd = countryPairEnd(ctx, mention);
      if (pairEnd > 0 && words > 0) {
        end = pairEnd;
        p = pairEnd;
        words++;
        continue;
      }
      if (endTypes.has(mention.type)) end = mention.end;
      break;
    }
    if (text[q] === '&' && isBlank(text.charCodeAt(q + 1))) {
      p = q + 1;
      continue;
    }
    const word = wordAt(text, q);
    if (!word || skipRank(ctx, q) >= 0) break;
    const folded = fold(word.text);
    if (isCapitalized(word.text) || /^[0-9IVX]+$/.test(word.text)) {
      if (CALENDAR_WORDS.has(folded) || FUNCTION_WORDS.has(folded)) break;
      if (!endOnKnownName) end = word.end;
      words++;
      p = word.end;
      continue;
    }
    if (NAME_CONNECTORS.has(folded)) {
      const after = skipBlanks(text, word.end);
      // `Selat Taiwan dan Laut China Selatan`, `Universitas Tsinghua dan Universitas Peking`:
      // a known name or a new head after `dan` starts a second name.
      if (isAndWord(folded) && (ctx.mentions.startingAt(after) || startsHead(ctx, after))) break;
      const next = wordAt(text, after);
      const nextMention = ctx.mentions.startingAt(after);
      if ((next && isCapitalized(next.text) && !FUNCTION_WORDS.has(fold(next.text))) || (nextMention && endTypes.has(nextMention.type))) {
        p = word.end;
        continue;
      }
    }
    break;
  }
  return end;
}


const PLACE_ONLY = new Set<EntityType>(['PLACE']);
const BODY_WORD_SET = new Set(BODY_WORDS);
const NAMED_TOWERS = new Set(['wisma', 'menara']);

/**
 * Names with a head word: organizations (`Kementerian Luar Negeri Tiongkok`, `Badan Pangan
 * PBB`, `China Road & Bridge Corporation`) and facilities (`Bandara Internasional Juanda`,
 * `Heathrow Airport`), whose head belongs to the name.
 */
function headedNames(ctx: RuleContext, out: Candidate[]): void {
  const { text } = ctx;
  for (const trigger of ctx.triggers) {
    const { kind } = trigger.info;
    const prefix = kind === 'org-prefix' || kind === 'facility-prefix';
    const suffix = kind === 'org-suffix' || kind === 'facility-suffix';
    if ((!prefix && !suffix) || !isUpperUnit(text.charCodeAt(trigger.start))) continue;
    // A head inside a known name (`Bank` of `Bank Dunia`) starts or ends nothing new.
    if (coveredInside(ctx, trigger.start, prefix)) continue;
    const type: EntityType = kind.startsWith('org') ? 'ORGANIZATION' : 'PLACE';
    const endTypes = type === 'ORGANIZATION' ? CONTAINER_TYPES : PLACE_ONLY;
    if (kind === 'facility-prefix' && NAMED_TOWERS.has(fold(text.slice(trigger.start, trigger.end)))) {
      // `Wisma Indocement`, `Menara BCA`: an office tower named after a known body or person.
      // (`Gedung DPR` stays the parliament: a building word before a body is most often that body.)
      const after = skipBlanks(text, trigger.end);
      const named = after > trigger.end ? ctx.mentions.startingAt(after) : undefined;
      const next = named && wordAt(text, skipBlanks(text, named.end));
      if (named && named.type !== 'COUNTRY' && named.type !== 'PLACE' && !(next && isCapitalized(next.text))) {
        out.push(candidate(ctx, trigger.start, named.end, 'PLACE'));
        continue;
      }
    }
    if (prefix) {
      // A known name that starts at the head (`Kementerian Luar Negeri Tiongkok`) grows only
      // up to another known name: capitalized words after it are most often a person's name.
      const known = ctx.mentions.startingAt(trigger.start);
      const end = readNameTail(ctx, trigger.end, 10, endTypes, known !== undefined && known.source === 'kb' && known.end > trigger.end);
      if (end > trigger.end) out.push(candidate(ctx, trigger.start, end, type));
      continue;
    }
    const start = readNameHead(ctx, trigger.start);
    if (start < 0) continue;
    let end = trigger.end;
    if (text[end] === '.' && trigger.end - trigger.start <= 3) end++; // `Co.`, `Inc.`
    // `Communist Party of China`: an `of` phrase that names a place belongs to the name.
    const of = wordAt(text, skipBlanks(text, end));
    if (of && of.text === 'of') {
      const tail = readNameTail(ctx, of.end, 4, endTypes);
      if (tail > of.end) end = tail;
    }
    out.push(candidate(ctx, start, end, type));
  }
}

/** Is `offset` inside a selected mention (for a prefix head: strictly after its start)? */
function coveredInside(ctx: RuleContext, offset: number, prefix: boolean): boolean {
  const { mentions } = ctx.mentions;
  let low = 0;
  let high = mentions.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const m = mentions[mid];
    if (m.end <= offset) low = mid + 1;
    else if (m.start > offset) high = mid - 1;
    else return prefix ? m.start < offset : true;
  }
  return false;
}

/** Where `Tiongkok-Malaysia` ends when `mention` is the first country of such a pair, else -1. */
function countryPairEnd(ctx: RuleContext, mention: Candidate): number {
  if (mention.type !== 'COUNTRY' || ctx.text[mention.end] !== '-') return -1;
  const second = ctx.mentions.startingAt(mention.end + 1);
  return second && second.type === 'COUNTRY' ? second.end : -1;
}

function triggerAt(ctx: RuleContext, offset: number): TriggerHit | undefined {
  const { triggers } = ctx;
  let low = 0;
  let high = triggers.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const start = triggers[mid].start;
    if (start < offset) low = mid + 1;
    else if (start > offset) high = mid - 1;
    else return triggers[mid];
  }
  return undefined;
}

const RANK_SUFFIXES = new Set(['pol', 'tni', 'purn', 'polisi', 'laut', 'marinir']);

/** After a rank at `offset` and its `Pol.`/`TNI`/`(Purn.)`, or -1 when no rank starts there. */
function skipRank(ctx: RuleContext, offset: number): number {
  const { text } = ctx;
  const rank = triggerAt(ctx, offset);
  if (!rank || !RANKS.has(fold(text.slice(rank.start, rank.end))) || !isUpperUnit(text.charCodeAt(offset))) return -1;
  let p = rank.end;
  for (;;) {
    let q = skipBlanks(text, p);
    const bracket = text[q] === '(';
    if (bracket) q++;
    const word = wordAt(text, q);
    if (!word || !RANK_SUFFIXES.has(fold(word.text)) || !isUpperUnit(word.text.charCodeAt(0))) return p;
    p = word.end;
    if (text[p] === '.') p++;
    if (bracket && text[p] === ')') p++;
  }
}

function isAndWord(folded: string): boolean {
  return folded === 'dan' || folded === 'and' || folded === '&';
}

/** Does a head word (title, organization or facility head, designator) start at `offset`? */
function startsHead(ctx: RuleContext, offset: number): boolean {
  return triggerAt(ctx, offset) !== undefined && isUpperUnit(ctx.text.charCodeAt(offset));
}

/** Is `offset` a later word of a title or verb trigger (`Eksekutif` of `Direktur Eksekutif`)? */
function insideTitle(ctx: RuleContext, offset: number): boolean {
  const { triggers } = ctx;
  let low = 0;
  let high = triggers.length - 1;
  // Triggers are sorted by start and do not nest: find the last one starting before `offset`.
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (triggers[mid].start < offset) low = mid + 1;
    else high = mid - 1;
  }
  const trigger = triggers[high];
  if (!trigger || trigger.end <= offset) return false;
  const { kind } = trigger.info;
  return kind === 'leader-title' || kind === 'person-title' || kind === 'speech';
}

/** Walks back from a suffix head over capitalized words and known names; -1 when there are none. */
function readNameHead(ctx: RuleContext, headStart: number): number {
  const { text } = ctx;
  let start = -1;
  let p = headStart;
  for (let words = 0; words < 8; words++) {
    const q = skipBlanksBack(text, p);
    if (q === p && p !== headStart) break;
    const mention = ctx.mentions.endingAt(q);
    if (mention) {
      if (!CONTAINER_TYPES.has(mention.type)) break;
      start = mention.start;
      p = mention.start;
      // `China-Belarus Industrial Park`: the first country of a pair belongs too.
      const first = text[p - 1] === '-' ? ctx.mentions.endingAt(p - 1) : undefined;
      if (first && first.type === 'COUNTRY' && mention.type === 'COUNTRY') {
        start = first.start;
        p = first.start;
      }
      continue;
    }
    if (text[q - 1] === '&') {
      p = q - 1;
      continue;
    }
    const word = wordBefore(text, q);
    if (!word || !isCapitalized(word.text)) break;
    // `Keir Starmer's Labour Party`: the owner is not part of the name.
    if (/['’]s$/.test(word.text)) break;
    const folded = fold(word.text);
    if (FUNCTION_WORDS.has(folded) || CALENDAR_WORDS.has(folded) || ctx.triggerStarts.has(word.start) || insideTitle(ctx, word.start)) break;
    start = word.start;
    p = word.start;
  }
  return start;
}

/** `Kota Xi'an` → Xi'an, `Provinsi Shaanxi` → Shaanxi: the designator stays outside. */
function designatedPlaces(ctx: RuleContext, out: Candidate[]): void {
  for (const trigger of ctx.triggers) {
    if (trigger.info.kind !== 'designator') continue;
    const p = skipBlanks(ctx.text, trigger.end);
    if (p === trigger.end || ctx.mentions.startingAt(p)) continue;
    // `Menteri Desa Marwan Jafar`: a designator that is a title's portfolio names no place.
    if (ctx.triggerEnds.has(skipBlanksBack(ctx.text, trigger.start))) continue;
    // `Kepala Desa Sukamaju Rahmat Hidayat`: after a title the place is one word, a name follows.
    const afterTitle = insideTitle(ctx, trigger.start) || ctx.titleEnds.has(skipBlanksBack(ctx.text, trigger.start));
    let end = -1;
    let q = p;
    for (let words = 0; words < (afterTitle ? 1 : 3); words++) {
      if (ctx.mentions.startingAt(q) || ctx.triggerStarts.has(q)) break;
      const word = wordAt(ctx.text, q);
      if (!word || !isNameWord(word)) break;
      end = word.end;
      q = skipBlanks(ctx.text, word.end);
    }
    if (end > p) out.push(candidate(ctx, p, end, 'PLACE'));
  }
}

const COMPASS = new Set(['Timur', 'Barat', 'Utara', 'Selatan', 'Tengah', 'Tenggara', 'Laut', 'Daya']);

/** `Jakarta Selatan`, `Indonesia Timur`: a known place or country with a compass word is a PLACE. */
function compassPlaces(ctx: RuleContext, out: Candidate[]): void {
  for (const mention of ctx.mentions.mentions) {
    if (mention.type !== 'PLACE' && mention.type !== 'COUNTRY') continue;
    const word = wordAt(ctx.text, mention.end + 1);
    if (ctx.text[mention.end] !== ' ' || !word || !COMPASS.has(word.text)) continue;
    out.push(candidate(ctx, mention.start, word.end, 'PLACE'));
  }
}

/** `Republik Kazakhstan`, `Republic of Korea`: the formal name of a known country. */
function formalStateNames(ctx: RuleContext, out: Candidate[]): void {
  for (const trigger of ctx.triggers) {
    if (trigger.info.kind !== 'formal-state' || !isUpperUnit(ctx.text.charCodeAt(trigger.start))) continue;
    const country = ctx.mentions.startingAt(skipBlanks(ctx.text, trigger.end));
    if (country?.type !== 'COUNTRY') continue;
    out.push({ ...country, start: trigger.start, source: 'rule', rank: RULE_RANK });
  }
}

/** `(Xinhua/Liu Bin)`: the name after an agency in a photo credit is a PERSON. */
function photoCredits(ctx: RuleContext, out: Candidate[]): void {
  for (const mention of ctx.mentions.mentions) {
    if (mention.type !== 'ORGANIZATION') continue;
    const slash = /^(?: (?:Photo|Foto|Images?|Pool))?\//.exec(ctx.text.slice(mention.end, mention.end + 8));
    if (!slash) continue;
    const name = readPersonName(ctx, mention.end + slash[0].length);
    if (name && /^\s*\)/.test(ctx.text.slice(name.end, name.end + 3))) out.push(candidate(ctx, name.start, name.end, 'PERSON', ['PERSON', 'LEADER']));
  }
}

/** `BEIJING, 3 Juli (Xinhua) --` and `XI'AN, 18 Mei`: a dateline's place. */
function datelines(ctx: RuleContext, out: Candidate[]): void {
  const { text } = ctx;
  for (let lineStart = 0; lineStart < text.length; ) {
    const next = text.indexOf('\n', lineStart);
    const lineEnd = next < 0 ? text.length : next;
    const p = skipBlanks(text, lineStart);
    let end = -1;
    let q = p;
    for (let words = 0; words < 4; words++) {
      const word = wordAt(text, q);
      if (!word || word.text.length < 2 || !isAllCaps(word.text)) break;
      end = word.end;
      q = word.end;
      if (text[q] !== ' ') break;
      q++;
    }
    if (end > p && !ctx.mentions.startingAt(p) && /^(,|\s*\(|\s+[-\u2013\u2014])/.test(text.slice(end, end + 3))) {
      const name = text.slice(p, end);
      const known = ctx.kb.lookup(name).find((e) => e.type === 'PLACE' || e.type === 'COUNTRY');
      const titled = name.toLowerCase().replace(/(^|[\s'-])\p{L}/gu, (m) => m.toUpperCase());
      const entity = known ? { id: known.id, name: known.name } : { id: `place:${slugify(name)}`, name: titled };
      out.push({ start: p, end, type: known?.type ?? 'PLACE', entity, source: 'rule', rank: RULE_RANK });
    }
    lineStart = lineEnd + 1;
  }
}

/** Candidates from the rules that name organizations, places and formal state names. */
/** `Tai Po district`, `Kharkiv region`: capitalized words before a lower-case designator. */
function placesBeforeDesignators(ctx: RuleContext, out: Candidate[]): void {
  const { text } = ctx;
  for (const trigger of ctx.triggers) {
    if (trigger.info.kind !== 'designator-suffix' || isUpperUnit(text.charCodeAt(trigger.start))) continue;
    const end = skipBlanksBack(text, trigger.start);
    if (end === trigger.start || ctx.mentions.endingAt(end)) continue;
    let start = -1;
    let p = end;
    for (let words = 0; words < 3; words++) {
      const q = skipBlanksBack(text, p);
      if (words > 0 && q === p) break;
      if (ctx.mentions.endingAt(q)) break;
      const word = wordBefore(text, q);
      if (!word || !isNameWord(word) || ctx.triggerStarts.has(word.start) || insideTitle(ctx, word.start)) break;
      start = word.start;
      p = word.start;
    }
    if (start >= 0) out.push(candidate(ctx, start, end, 'PLACE'));
  }
}

export function containerRules(ctx: RuleContext): Candidate[] {
  const out: Candidate[] = [];
  headedNames(ctx, out);
  designatedPlaces(ctx, out);
  placesBeforeDesignators(ctx, out);
  compassPlaces(ctx, out);
  formalStateNames(ctx, out);
  datelines(ctx, out);
  return out;
}

/** Reads a personal name that ends at `end`, backwards; undefined if a known name stands there. */
function readPersonNameBefore(ctx: RuleContext, end: number): { start: number; end: number } | undefined {
  let start = -1;
  let p = end;
  for (let words = 0; words < 4; words++) {
    const q = skipBlanksBack(ctx.text, p);
    if (words > 0 && q === p) break;
    if (ctx.mentions.endingAt(q)) break;
    const word = wordBefore(ctx.text, q);
    if (!word || word.text.length === 1 || ctx.triggerStarts.has(word.start)) break;
    if (!isNameWord(word)) {
      // `Tan Mei Ling`: a month's name between two name words is a given name.
      const before = wordBefore(ctx.text, skipBlanksBack(ctx.text, word.start));
      if (!(words > 0 && isCalendarInName(word, before))) break;
    }
    start = word.start;
    p = word.start;
  }
  return start < 0 ? undefined : { start, end };
}

/** A capitalized month or day name with a name word on the other side (`Mei` of `Tan Mei Ling`). */
function isCalendarInName(word: Word, neighbour: Word | undefined): boolean {
  return isCapitalized(word.text) && CALENDAR_WORDS.has(fold(word.text)) && !!neighbour && isNameWord(neighbour) && neighbour.text.length > 1;
}

/**
 * Appositions around a name: `Nurhayati (52), warga …`, `Olena Martynenko, 61, said`,
 * `Dmitry Peskov, spokesman for …`, `Anwar Ibrahim, Perdana Menteri Malaysia`.
 */
function appositions(ctx: RuleContext, out: Candidate[]): void {
  const { text } = ctx;
  const age = /\(\d{1,2}\)|,\s\d{1,2},/g;
  for (let match = age.exec(text); match; match = age.exec(text)) {
    const name = readPersonNameBefore(ctx, skipBlanksBack(text, match.index));
    if (name) out.push(candidate(ctx, name.start, name.end, 'PERSON', ['PERSON', 'LEADER']));
  }
  for (const trigger of ctx.triggers) {
    const { kind } = trigger.info;
    if (kind !== 'leader-title' && kind !== 'person-title') continue;
    const comma = skipBlanksBack(text, trigger.start) - 1;
    if (text[comma] !== ',' || comma === trigger.start - 1) continue;
    const name = readPersonNameBefore(ctx, comma);
    if (!name || !/\s/.test(text.slice(name.start, name.end))) continue;
    out.push(candidate(ctx, name.start, name.end, kind === 'leader-title' ? 'LEADER' : 'PERSON', ['PERSON', 'LEADER']));
  }
}

/** Candidates from the rules that name people, run once organizations are known. */
const SPOKEN_AFTER_NAME = new Set(['said', 'says', 'told']);

/** `Bhima Yudhistira menilai …`, `John Smith said …`: a name of two words or more before a verb of saying. */
function speakers(ctx: RuleContext, out: Candidate[]): void {
  const { text } = ctx;
  for (const trigger of ctx.triggers) {
    const { kind } = trigger.info;
    if (kind !== 'reported' && !(kind === 'speech' && SPOKEN_AFTER_NAME.has(text.slice(trigger.start, trigger.end)))) continue;
    if (!isBlank(text.charCodeAt(trigger.start - 1))) continue;
    let end = skipBlanksBack(text, trigger.start);
    // `…, Lim Wei Keat, mengatakan`: a name set off by commas before the verb.
    const betweenCommas = text[end - 1] === ',';
    if (betweenCommas) end = skipBlanksBack(text, end - 1);
    const name = readPersonNameBefore(ctx, end);
    if (!name || !/\s/.test(text.slice(name.start, name.end))) continue;
    if (betweenCommas && text[skipBlanksBack(text, name.start) - 1] !== ',') continue;
    out.push(candidate(ctx, name.start, name.end, 'PERSON', ['PERSON', 'LEADER']));
  }
}

export function personRules(ctx: RuleContext): Candidate[] {
  const out: Candidate[] = [];
  titledNames(ctx, out);
  appositions(ctx, out);
  speakers(ctx, out);
  photoCredits(ctx, out);
  return out;
}

/** `Regulasi Deforestasi Uni Eropa (EUDR)`: the known name is the tail of a longer one. */
function partOfLongerName(ctx: RuleContext, start: number): boolean {
  if (JOINERS.has(ctx.text.charCodeAt(start - 1))) return true;
  const word = wordBefore(ctx.text, skipBlanksBack(ctx.text, start));
  return (
    !!word &&
    word.end === skipBlanksBack(ctx.text, start) &&
    isCapitalized(word.text) &&
    !FUNCTION_WORDS.has(fold(word.text)) &&
    !ctx.triggerStarts.has(word.start) &&
    !insideTitle(ctx, word.start)
  );
}

export interface AcronymDefinition {
  acronym: string;
  type: EntityType;
  entity: EntityRef;
}

const ACRONYM = /^[A-Z][A-Za-z0-9&.\-]{1,11}$/;
const ORG_HEADS = new Set([...ORG_PREFIXES, ...ORG_SUFFIXES].filter((w) => !w.includes(' ')));

function initialsMatch(words: Word[], acronym: string): boolean {
  const letters = acronym.replace(/[^A-Za-z]/g, '').toUpperCase();
  const initials: string[] = [];
  for (const word of words) {
    for (const part of word.text.split(/[-’']/)) if (part) initials.push(fold(part[0]).toUpperCase());
  }
  if (initials[0] !== letters[0]) return false;
  let k = 0;
  for (const initial of initials) if (k < letters.length && initial === letters[k]) k++;
  return k === letters.length;
}

/**
 * `Komite Sentral Partai Komunis Vietnam (PKV)`: an acronym spelled by the last words of
 * a longer name names the known organization those words are.
 */
function knownTail(ctx: RuleContext, mention: Candidate, acronym: string): EntityRef | undefined {
  if (mention.type !== 'ORGANIZATION' || !isAllCaps(acronym)) return undefined;
  const words = wordsIn(ctx.text, mention);
  const tail = words.slice(-acronym.length);
  if (tail.length !== acronym.length || tail.length === words.length) return undefined;
  if (tail.some((w, i) => !isCapitalized(w.text) || fold(w.text[0]) !== fold(acronym[i]))) return undefined;
  const known = ctx.kb.lookup(ctx.text.slice(tail[0].start, mention.end)).find((e) => e.type === 'ORGANIZATION');
  return known && { id: known.id, name: known.name };
}

/** The words of a span, in order. */
function wordsIn(text: string, span: { start: number; end: number }): Word[] {
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

function isOtherBearer(ctx: RuleContext, mention: Candidate, acronym: string, knownId: string): boolean {
  const words = wordsIn(ctx.text, mention).filter((w) => isCapitalized(w.text));
  return initialsMatch(words, acronym) && !ctx.kb.lookup(ctx.text.slice(mention.start, mention.end)).some((e) => e.id === knownId);
}

/**
 * Do the capitalized words give the acronym's letters one each, in order (three at least),
 * with a word among them that no person's name has? (`Susilo Bambang Yudhoyono (SBY)` is a
 * person.)
 */
function spelledOut(words: Word[], acronym: string): boolean {
  const capitalized = words.filter((w) => isCapitalized(w.text));
  if (capitalized.length < 3 || capitalized.length !== acronym.length || !isAllCaps(acronym)) return false;
  if (!capitalized.some((w) => BODY_WORD_SET.has(fold(w.text)))) return false;
  return capitalized.every((w, i) => fold(w.text[0]) === fold(acronym[i]));
}

/** The capitalized words that end a run (`Konferensi … Tiongkok`), without a leading function word; two at least. */
function translatedRun(words: Word[]): Word[] | undefined {
  let first = 0;
  for (let i = 0; i < words.length; i++) {
    const folded = fold(words[i].text);
    if (!isCapitalized(words[i].text) || FUNCTION_WORDS.has(folded) || CALENDAR_WORDS.has(folded)) first = i + 1;
  }
  const run = words.slice(first);
  return run.length >= 2 ? run : undefined;
}

/**
 * `Akademi Ilmu Pengetahuan Tiongkok (Chinese Academy of Sciences/CAS)`: the name in the
 * other language and the acronym after the slash name the organization before the bracket.
 */
function bilingualDefinition(ctx: RuleContext, open: number, close: number, out: Candidate[]): AcronymDefinition | undefined {
  const { text } = ctx;
  if (close - open > 120) return undefined;
  const slash = text.lastIndexOf('/', close);
  if (slash <= open) return undefined;
  const acronym = text.slice(slash + 1, close).trim();
  if (!ACRONYM.test(acronym) || acronym.replace(/[^A-Z]/g, '').length < 2) return undefined;
  const outer = ctx.mentions.endingAt(skipBlanksBack(text, open));
  const inner = ctx.mentions.endingAt(skipBlanksBack(text, slash));
  const innerName = inner && inner.start === skipBlanks(text, open + 1) ? inner : undefined;
  const named = innerName?.type === 'ORGANIZATION' ? innerName : outer?.type === 'ORGANIZATION' ? outer : undefined;
  if (!named) return undefined;
  // The known name decides the entity of both forms.
  const source = innerName?.source === 'kb' ? innerName : outer?.source === 'kb' ? outer : named;
  for (const form of [outer, innerName]) {
    if (form && form.type === 'ORGANIZATION' && form.source === 'rule') form.entity = source.entity;
  }
  const acronymStart = text.indexOf(acronym, slash + 1);
  out.push({ start: acronymStart, end: acronymStart + acronym.length, type: 'ORGANIZATION', entity: source.entity, source: 'rule', rank: RULE_RANK });
  return { acronym, type: 'ORGANIZATION', entity: source.entity };
}

/**
 * `Organisasi Kerja Sama Shanghai (SCO)`: the bracketed acronym names what stands before
 * it, and names it again wherever it recurs in the document.
 */
export function acronymDefinitions(ctx: RuleContext, out: Candidate[]): AcronymDefinition[] {
  const { text } = ctx;
  const definitions: AcronymDefinition[] = [];
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
    const close = text.indexOf(')', open);
    if (close < 0) continue;
    if (close - open > 13) {
      const bilingual = bilingualDefinition(ctx, open, close, out);
      if (bilingual) definitions.push(bilingual);
      continue;
    }
    const acronym = text.slice(open + 1, close);
    if (!ACRONYM.test(acronym)) continue;
    const capitals = acronym.replace(/[^A-Z]/g, '').length;
    const before = skipBlanksBack(text, open);
    const mention = ctx.mentions.endingAt(before);
    const known = ctx.kb.lookup(acronym)[0];
    let type: EntityType | undefined;
    let entity: EntityRef | undefined;
    // A place at the end of a translated name is not what a known organization's acronym names.
    if (mention && !(mention.type !== 'ORGANIZATION' && known?.type === 'ORGANIZATION' && capitals >= 2)) {
      const mixedCase = capitals < 2;
      if (mixedCase && mention.type !== 'ORGANIZATION') continue;
      // Translated names keep their original acronym (`Organisasi Kerja Sama Shanghai (SCO)`),
      // so any all-capitals acronym after an organization counts; other types need a clue.
      const sameInitial = fold(acronym[0]) === fold(text[mention.start]);
      const sameEntity = known?.id === mention.entity.id;
      const translated = mention.type === 'ORGANIZATION' && !mixedCase && isAllCaps(acronym) && !partOfLongerName(ctx, mention.start);
      if (!sameInitial && !sameEntity && !translated) continue;
      // Two known names: the acronym's own entry wins, for a bracket often abbreviates only
      // the end of a longer name (`Biro Politik Komite Sentral Partai Komunis Tiongkok (PKT)`).
      if (mention.source === 'kb' && known && !sameEntity) continue;
      // A long form found by a rule is the known entity its acronym names (`… (USTR)`).
      // But a long form that spells the acronym and is none of the known entity's names is
      // another body with the same acronym (`Biro Statistik Nasional (BSN)`).
      if (mention.source === 'rule' && known && known.type === mention.type && !isOtherBearer(ctx, mention, acronym, known.id)) {
        mention.entity = { id: known.id, name: known.name };
      }
      type = mention.type;
      entity = knownTail(ctx, mention, acronym) ?? mention.entity;
    } else {
      if (capitals < 2) continue;
      const words: Word[] = [];
      let p = before;
      for (let count = 0; count < 12; count++) {
        const word = wordBefore(text, skipBlanksBack(text, p));
        if (!word || word.end < p - 1) break;
        if (!isCapitalized(word.text) && !NAME_CONNECTORS.has(word.text)) break;
        words.unshift(word);
        p = word.start;
      }
      let chosen: Word[] | undefined;
      for (let first = words.length - 2; first >= 0; first--) {
        const run = words.slice(first).filter((w) => isCapitalized(w.text));
        if (isCapitalized(words[first].text) && initialsMatch(run, acronym)) {
          chosen = words.slice(first);
          break;
        }
      }
      // A known organization's acronym after a translated name (`Konferensi Permusyawaratan
      // Politik Rakyat Tiongkok (CPPCC)`): the capitalized run before it is that name.
      const translated = !chosen && known?.type === 'ORGANIZATION';
      if (translated) chosen = translatedRun(words);
      else if (!chosen || EVENT_WORDS.has(fold(chosen[0].text))) continue;
      // Only a long form with an organization's head word is taken for a new organization, or
      // one of three words or more that the acronym spells letter for letter (`World Central
      // Kitchen (WCK)`): people are seldom abbreviated so.
      if (!chosen || (known?.type !== 'ORGANIZATION' && !chosen.some((w) => ORG_HEADS.has(fold(w.text))) && !spelledOut(chosen, acronym))) continue;
      const start = chosen[0].start;
      const end = chosen[chosen.length - 1].end;
      // The known bearer of the acronym only when the long form is one of its names too:
      // `Biro Statistik Nasional (BSN)` is not the BSN of the knowledge base.
      const longForm = text.slice(start, end);
      const long =
        known && known.type === 'ORGANIZATION' && (translated || ctx.kb.lookup(longForm).some((e) => e.id === known.id))
          ? { entity: { id: known.id, name: known.name }, type: known.type }
          : entityFor(ctx.kb, longForm, 'ORGANIZATION', ['ORGANIZATION']);
      type = long.type;
      entity = long.entity;
      out.push({ start, end, type, entity, source: 'rule', rank: RULE_RANK });
    }
    out.push({ start: open + 1, end: close, type, entity, source: 'rule', rank: RULE_RANK });
    definitions.push({ acronym, type, entity });
  }
  return definitions;
}
