import type { Candidate } from '../candidates';
import { HONORIFICS, LEADING_TITLES, NAME_LIKE_IDIOMS, NOT_PERSON_NAME_WORDS } from '../lexicon';
import type { WordSpans } from '../matcher';
import { atSentenceStart, entityId, fold, ID_PREFIXES, isUpperUnit, isWordUnit } from '../text';
import { candidate, isBlank, isGivenName, isNameWord, type RuleContext, skipBlanksBack, triggerAt, wordAt, wordBefore } from './context';
import { containsHead, continuesBodyName, readPersonName, readPersonNameBefore } from './persons';

/**
 * Names with no title before them (`… bertemu dengan Roger Federer`, `Tontowi Ahmad
 * menang`): a run of two to four capitalized name words whose first word is a common given
 * name, or such a given name alone before a verb of saying (`Taufik mengatakan`). The run
 * must start there: a given name inside a longer capitalized run (`Mahkamah Agung`, `Yayasan
 * Budi Luhur`) is part of something else. Known names, heads of bodies and places, and
 * headlines in title case stop it. These candidates only fill gaps that every other rule left.
 */
export function untitledNames(ctx: RuleContext, words: WordSpans, headlines: ReadonlyArray<readonly [number, number]>): Candidate[] {
  const { text } = ctx;
  const out: Candidate[] = [];
  const { count, starts, ends, ids } = words;
  const { givenNames } = ctx.kb.compiled();
  const { mentions } = ctx.mentions;
  let headline = 0;
  let mention = 0;
  for (let w = 0; w + 1 < count; w++) {
    const id = ids[w];
    if (id < 0 || givenNames[id] !== 1) continue;
    const start = starts[w];
    if (!isUpperUnit(text.charCodeAt(start))) continue;
    // Most given names start or stand inside a name already found (`Presiden Joko Widodo`).
    while (mention < mentions.length && mentions[mention].end <= start) mention++;
    if (mention < mentions.length && mentions[mention].start <= start) continue;
    // The next word follows a blank, and is capitalized or a verb of saying (`Taufik mengatakan`).
    const next = starts[w + 1];
    if (!isBlank(text.charCodeAt(ends[w])) || next - ends[w] > 2) continue;
    const alone = !isUpperUnit(text.charCodeAt(next));
    if (alone && !saysAfter(ctx, next)) continue;
    if (w > 0 && continuesRun(ctx, ends[w - 1], start)) continue;
    while (headline < headlines.length && headlines[headline][1] <= start) headline++;
    if (headline < headlines.length && headlines[headline][0] <= start) continue;
    if (alone) {
      const word = wordAt(text, start);
      if (word && word.end === ends[w] && isNameWord(word)) out.push(candidate(ctx, start, ends[w], 'PERSON', ['PERSON', 'LEADER']));
      continue;
    }
    const name = readPersonName(ctx, start, 2);
    if (!name || name.start !== start || containsHead(ctx, name) || continuesBodyName(ctx, name.end) || endsBeforeHead(ctx, name.end)) continue;
    if (NAME_LIKE_IDIOMS.has(fold(text.slice(name.start, name.end)))) continue;
    out.push(candidate(ctx, name.start, name.end, 'PERSON', ['PERSON', 'LEADER']));
  }
  return out;
}

/**
 * Does the word that ends at `previousEnd` run on into the word at `start`: a capitalized
 * name word inside a sentence, a known person's name, or a head (`yayasan`, `jalan`) right
 * before it?
 */
function continuesRun(ctx: RuleContext, previousEnd: number, start: number): boolean {
  const { text } = ctx;
  for (let p = previousEnd; p < start; p++) if (!isBlank(text.charCodeAt(p))) return false;
  const previous = ctx.mentions.endingAt(previousEnd);
  if (previous) return previous.type === 'PERSON' || previous.type === 'LEADER';
  let wordStart = previousEnd;
  while (wordStart > 0 && !isBlank(text.charCodeAt(wordStart - 1))) wordStart--;
  const kind = triggerAt(ctx, wordStart)?.info.kind;
  if (kind === 'org-prefix' || kind === 'facility-prefix' || kind === 'designator') return true;
  // A sentence's first word is capitalized whatever it is (`Penyerang José Mourinho …`).
  const word = wordAt(text, wordStart);
  return !!word && word.end === previousEnd && isNameWord(word) && !atSentenceStart(text, wordStart);
}

/** Does a verb of saying that follows a speaker's name start at `offset` (`menambahkan`, `said`)? */
function saysAfter(ctx: RuleContext, offset: number): boolean {
  const kind = triggerAt(ctx, offset)?.info.kind;
  return kind === 'reported' || (kind === 'speech' && /^(?:said|says|told)\b/.test(ctx.text.slice(offset, offset + 5)));
}

/** Does a body's or a facility's head, or a title, follow the name (`Ahmad Dahlan University`, `Sri Lankan President`)? */
function endsBeforeHead(ctx: RuleContext, end: number): boolean {
  const after = end + 1;
  if (!isBlank(ctx.text.charCodeAt(end))) return false;
  const kind = triggerAt(ctx, after)?.info.kind;
  // A title right after the words makes them a description (`Sri Lankan President …`).
  const title = (kind === 'leader-title' || kind === 'person-title') && isUpperUnit(ctx.text.charCodeAt(after));
  return kind === 'org-suffix' || kind === 'facility-suffix' || kind === 'designator-suffix' || title;
}

const TITLE_WORDS = new Set([...LEADING_TITLES, ...HONORIFICS, 'putri', 'putra']);

/**
 * The joints of a list: `, `, ` dan `, `, and `, ` serta `, ` & `; a hyphen between a pair of
 * candidates, and a slash between a pair of partners in doubles (`Tontowi Ahmad/Liliyana Natsir`).
 */
const LIST_JOINT = /^(?:,\s+(?:(?:dan|and|serta|&)\s+)?|\s+(?:dan|and|serta|&)\s+|[-/](?=\p{Lu}))/u;
const LIST_JOINT_BEFORE = /(?:(?:,|\s(?:dan|and|serta|&))\s+|(?<=\p{L})[-/])$/u;

/**
 * `Elkan Baggott, Shayne Pattynama, Rafael Struick dan Jordi Amat`: names of two words or
 * more listed next to a person's name are people too. Titles, heads and known names stop
 * the list, and each name must end where the list goes on or the sentence does.
 */
export function listedNames(ctx: RuleContext): Candidate[] {
  const { text } = ctx;
  const out: Candidate[] = [];
  const taken = new Set<number>();
  let type: 'PERSON' | 'LEADER' = 'PERSON';
  const accept = (span: { start: number; end: number } | undefined): boolean => {
    if (!span || taken.has(span.start) || !/\s/.test(text.slice(span.start, span.end))) return false;
    // `Pangeran William dan Putri Kate`: a title opens no listed name.
    const first = wordAt(text, span.start);
    if (!first || TITLE_WORDS.has(fold(first.text)) || ctx.triggerStarts.has(span.start)) return false;
    if (containsHead(ctx, span) || continuesBodyName(ctx, span.end) || !endsListItem(text, afterAffiliation(ctx, span.end))) return false;
    // `Kim Yo-jong, North Korean leader Kim Jong Un's sister`: a people's name and words before a title describe someone.
    const last = wordBefore(text, span.end);
    if (endsBeforeHead(ctx, span.end) || (last && NOT_PERSON_NAME_WORDS.has(last.text))) return false;
    taken.add(span.start);
    out.push(candidate(ctx, span.start, span.end, type, ['PERSON', 'LEADER']));
    return true;
  };
  for (const mention of ctx.mentions.mentions) {
    if (mention.type !== 'PERSON' && mention.type !== 'LEADER') continue;
    // Cheap tests first: a comma or ` dan`/` and`/` serta`/` &` on either side.
    const after = afterAffiliation(ctx, mention.end);
    if (!jointAfter(text, after) && !jointBefore(text, mention.start)) continue;
    if (!endsListItem(text, after)) continue;
    // `Deputy Foreign Ministers Kazem Gharibabadi and Majid Takht-Ravanchi`: a plural title holds for the list.
    type = mention.type === 'LEADER' && afterPluralTitle(ctx, mention.start) ? 'LEADER' : 'PERSON';
    for (let end = after, items = 0; items < 8; items++) {
      const joint = LIST_JOINT.exec(text.slice(end, end + 12));
      if (!joint) break;
      const itemStart = end + joint[0].length;
      // A person another rule found in a leaders' list is a leader too.
      const found = type === 'LEADER' ? ctx.mentions.startingAt(itemStart) : undefined;
      if (found && found.type === 'PERSON' && found.source === 'rule') {
        found.type = 'LEADER';
        found.entity = { id: entityId(ID_PREFIXES.LEADER, found.entity.name), name: found.entity.name };
        end = afterAffiliation(ctx, found.end);
        continue;
      }
      const name = readPersonName(ctx, itemStart, 2);
      if (!name || name.start !== itemStart || !accept(name)) break;
      end = afterAffiliation(ctx, name.end);
    }
    for (let start = mention.start, items = 0; items < 8; items++) {
      const joint = LIST_JOINT_BEFORE.exec(text.slice(Math.max(0, start - 8), start));
      if (!joint) break;
      // `Penggawa Les Parisiens, Adrien Rabiot, bilang`: a name between two commas is an apposition.
      if (items === 0 && joint[0] === ', ' && after === mention.end && text.charCodeAt(after) === 0x2c && !jointAfter(text, after + 1)) break;
      const name = readPersonNameBefore(ctx, beforeAffiliation(ctx, start - joint[0].length));
      if (!name || !accept(name)) break;
      start = name.start;
    }
  }
  return out;
}

/** Does a leader's title in the plural end right before `start` (`Ministers`, `Governors`)? */
function afterPluralTitle(ctx: RuleContext, start: number): boolean {
  const end = skipBlanksBack(ctx.text, start);
  return end < start && ctx.triggerEnds.has(end) && ctx.text.charCodeAt(end - 1) === 0x73; // s
}

/** After a party or a place in brackets that follows a listed name (`Syaifullah Tamliha (FPPP), …`). */
function afterAffiliation(ctx: RuleContext, end: number): number {
  const { text } = ctx;
  // `Kahar Muzakir dari Fraksi Golkar, Lestari Moerdijat dari NasDem`: the body a listed person is from.
  const from = /^ (?:dari|from|of) /.exec(text.slice(end, end + 6));
  if (from) {
    // `Ron Johnson of Wisconsin and Rand Paul of Kentucky`: the place a listed person is of.
    const body = ctx.mentions.startingAt(end + from[0].length);
    return body && (from[0] === ' of ' ? body.type === 'PLACE' : body.type === 'ORGANIZATION') ? body.end : end;
  }
  if (text.charCodeAt(end) !== 0x20 || text.charCodeAt(end + 1) !== 0x28) return end;
  const match = /^ \([\p{Lu}][\p{L}\d .-]{1,24}\)/u.exec(text.slice(end, end + 28));
  return match ? end + match[0].length : end;
}

/** Where a listed name ends before the body it is from (`Kahar Muzakir| dari Fraksi Golkar`), else `end`. */
function beforeAffiliation(ctx: RuleContext, end: number): number {
  const body = ctx.mentions.endingAt(end);
  if (!body || (body.type !== 'ORGANIZATION' && body.type !== 'PLACE')) return end;
  const from = / (?:dari|from|of) $/.exec(ctx.text.slice(Math.max(0, body.start - 6), body.start));
  return from && (from[0] === ' of ') === (body.type === 'PLACE') ? body.start - from[0].length : end;
}

/**
 * `Kampung Melayu, Cipinang Muara, Cililitan, Cawang dan Bidara Cina`: capitalized words
 * listed with two known places or more are places too (villages, districts and
 * neighbourhoods the knowledge base cannot hold). Any other known name, a title, a head
 * or a given name stops the list.
 */
export function listedPlaces(ctx: RuleContext): Candidate[] {
  const { text } = ctx;
  const out: Candidate[] = [];
  const done = new Set<number>();
  for (const seed of ctx.mentions.mentions) {
    if (seed.type !== 'PLACE' || done.has(seed.start)) continue;
    if (!jointAfter(text, seed.end) && !jointBefore(text, seed.start)) continue;
    // From the seed, the items before it, then after it: known places, and unknown names.
    let known = 1;
    const unknown: Array<{ start: number; end: number }> = [];
    for (let end = seed.end, items = 0; items < 12; items++) {
      const joint = LIST_JOINT.exec(text.slice(end, end + 12));
      if (!joint || joint[0][0] === '-' || joint[0][0] === '/') break;
      const item = listedPlace(ctx, end + joint[0].length);
      if (!item) break;
      if (item.known) known++;
      else unknown.push(item);
      done.add(item.start);
      end = item.end;
    }
    for (let start = seed.start, items = 0; items < 12; items++) {
      const joint = /(?:,|\s(?:dan|and|serta))\s+$/.exec(text.slice(Math.max(0, start - 8), start));
      if (!joint) break;
      const item = listedPlaceBefore(ctx, start - joint[0].length);
      if (!item) break;
      if (item.known) known++;
      else unknown.push(item);
      start = item.start;
    }
    if (known < 2) continue;
    for (const item of unknown) if (endsListItem(text, item.end)) out.push(candidate(ctx, item.start, item.end, 'PLACE'));
  }
  return out;
}

interface ListedPlace {
  start: number;
  end: number;
  known: boolean;
}

/** A known place at `start`, or one to three capitalized words that could name one. */
function listedPlace(ctx: RuleContext, start: number): ListedPlace | undefined {
  const mention = ctx.mentions.startingAt(start);
  if (mention) return mention.type === 'PLACE' ? { start, end: mention.end, known: true } : undefined;
  const { text } = ctx;
  let end = -1;
  for (let p = start, words = 0; words < 3; words++) {
    const word = wordAt(text, p);
    if (!word || word.start !== p || !isPlaceWord(ctx, word, words)) break;
    end = word.end;
    if (text.charCodeAt(end) !== 0x20 || ctx.mentions.startingAt(end + 1)) break;
    p = end + 1;
  }
  return end < 0 ? undefined : { start, end, known: false };
}

/** The same, ending at `end`. */
function listedPlaceBefore(ctx: RuleContext, end: number): ListedPlace | undefined {
  const mention = ctx.mentions.endingAt(end);
  if (mention) return mention.type === 'PLACE' ? { start: mention.start, end, known: true } : undefined;
  const { text } = ctx;
  let start = -1;
  for (let p = end, words = 0; words < 3; words++) {
    const q = skipBlanksBack(text, p);
    if (words > 0 && (q === p || q !== p - 1 || ctx.mentions.endingAt(q))) break;
    const word = wordBefore(text, q);
    if (!word || !isPlaceWord(ctx, word, 0)) break;
    start = word.start;
    p = word.start;
  }
  if (start < 0) return undefined;
  // `pondok pesantren Roudlotut Tholibien, Leteh, Rembang`: a body's or building's name.
  const before = wordBefore(text, skipBlanksBack(text, start));
  if (before && NOT_PLACE_HEADS.has(before.text)) return undefined;
  return { start, end, known: false };
}

/** Lower-case heads of what is named after them but is no place: a school, a mosque, a firm. */
const NOT_PLACE_HEADS = new Set(['pesantren', 'ponpes', 'sekolah', 'kampus', 'masjid', 'gereja', 'pabrik', 'perusahaan', 'hotel', 'klub', 'tim', 'club', 'company', 'firm', 'school']);

function isPlaceWord(ctx: RuleContext, word: { start: number; end: number; text: string }, index: number): boolean {
  if (!isNameWord(word) || word.text.length < 3 || ctx.triggerStarts.has(word.start) || triggerAt(ctx, word.start)) return false;
  return index > 0 || !isGivenName(ctx, word);
}

function jointAfter(text: string, end: number): boolean {
  const unit = text.charCodeAt(end);
  if (unit === 0x2c || ((unit === 0x2d || unit === 0x2f) && isUpperUnit(text.charCodeAt(end + 1)))) return true;
  if (unit !== 0x20) return false;
  const next = text.charCodeAt(end + 1);
  return next === 0x64 || next === 0x61 || next === 0x73 || next === 0x26; // d(an) a(nd) s(erta) &
}

function jointBefore(text: string, start: number): boolean {
  const unit = text.charCodeAt(start - 1);
  if (unit === 0x2d || unit === 0x2f) return isWordUnit(text.charCodeAt(start - 2));
  if (text.charCodeAt(start - 1) !== 0x20) return false;
  const before = text.charCodeAt(start - 2);
  return before === 0x2c || before === 0x6e || before === 0x61 || before === 0x26; // , (da)n (sert)a &
}

/** Does a list item end at `end`: another joint, punctuation, or a word in lower case follows? */
function endsListItem(text: string, end: number): boolean {
  return end >= text.length || /^(?:[,.;:)!?"”]|[-/]\p{Lu}|\s+(?:dan|and|serta|&)\s|\s+\p{Ll})/u.test(text.slice(end, end + 7));
}
