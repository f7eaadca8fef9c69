import { articleCountry, type Candidate, chamberOf, countryVotes, fillGaps, isPartyMention, resolveEntities, selectNonOverlapping, SpanIndex } from './candidates';
import { CaseCheck, PatternFlag, type AliasPattern, type KnowledgeBase, type Pattern, type TriggerPattern } from './kb/knowledge-base';
import { ARTICLED_NAME_PART, HEADLINE_WORD_NAMES, LEADING_TITLES, NAME_PARTICLES, NOT_NAME_WORDS_WRITTEN } from './lexicon';
import type { WordSpans } from './matcher';
import { acronymDefinitions, containerRules, isCommonGivenName, linkedCandidate, listedNames, listedPlaces, personRules, type RuleContext, type TriggerHit, untitledNames } from './rules';
import { atSentenceStart, endsWord, fold, isAllCaps, isCapitalized, isLowerUnit, isUpperUnit, isWordUnit, ownString, startsWord } from './text';
import type { EntityRef, EntityType, KbEntry, Mention } from './types';

export interface AnnotateOptions {
  /** Only return mentions of these types (all five by default). */
  types?: readonly EntityType[];
  /** Context rules for names the knowledge base does not know (default true). */
  rules?: boolean;
  /** Resolve later short forms (`Xi`, `Tokayev`, `SCO`) within the document (default true). */
  coreference?: boolean;
}

/** Does the letter case of the text at `start` fit the alias (see `CompiledKnowledgeBase.caseChecks`)? */
function caseMatches(text: string, start: number, from: number, to: number, checks: Int32Array): boolean {
  for (let c = from; c < to; c++) {
    const check = checks[c];
    const unit = text.charCodeAt(start + (check >> 2));
    switch (check & 3) {
      case CaseCheck.Upper:
        if (!isUpperUnit(unit)) return false;
        break;
      case CaseCheck.Lower:
        if (!isLowerUnit(unit)) return false;
        break;
      case CaseCheck.Caseless:
        if (isUpperUnit(unit) || isLowerUnit(unit)) return false;
        break;
      default:
        if (isLowerUnit(unit)) return false;
    }
  }
  return true;
}

const PORTFOLIO_CONNECTORS = new Set(['of', 'for', 'and', '&', 'dan', 'untuk']);

/**
 * `the Minister of State for Labour and Employment`: a party's name that is also a portfolio
 * (`Labour`) is the portfolio after a connector that follows a capitalized word (`ahead of
 * Labour` keeps the party).
 */
function inPortfolio(text: string, start: number): boolean {
  let p = start;
  while (p > 0 && text.charCodeAt(p - 1) === 0x20) p--;
  let q = p;
  while (q > 0 && text.charCodeAt(q - 1) !== 0x20) q--;
  if (!PORTFOLIO_CONNECTORS.has(text.slice(q, p))) return false;
  while (q > 0 && text.charCodeAt(q - 1) === 0x20) q--;
  let r = q;
  while (r > 0 && isLetterUnit(text.charCodeAt(r - 1))) r--;
  return r < q && isUpperUnit(text.charCodeAt(r));
}

/**
 * Gazetteer pass: every alias hit on word boundaries with the right case, plus rule
 * triggers. Returns the words of the text (valid until the knowledge base scans again).
 */
function scanKnowledgeBase(text: string, kb: KnowledgeBase, triggers: TriggerHit[], hits: Candidate[]): WordSpans {
  const { matcher, patterns, flags, caseFrom, caseChecks } = kb.compiled();
  return matcher.scan(text, (start, end, index) => {
    // The matcher counts surrogates as non-letters; a letter outside the BMP is checked here.
    if (start > 0 && (text.charCodeAt(start - 1) & 0xfc00) === 0xdc00 && !startsWord(text, start)) return;
    const flag = flags[index];
    if (flag & PatternFlag.Trigger) {
      const { info } = patterns[index] as TriggerPattern;
      if (endsWord(text, end, false) && !(info.lowerCaseOnly && isUpperUnit(text.charCodeAt(start)))) triggers.push({ start, end, info });
      return;
    }
    if (!endsWord(text, end, (flag & PatternFlag.TakesClitic) !== 0) || !caseMatches(text, start, caseFrom[index], caseFrom[index + 1], caseChecks)) return;
    if (flag & PatternFlag.CommonWord && atSentenceStart(text, start)) return;
    if (flag & PatternFlag.Portfolio && inPortfolio(text, start)) return;
    const pattern = patterns[index] as AliasPattern;
    hits.push({ start: start + (pattern.titleLength ?? 0), end, type: pattern.entry.type, entity: pattern.ref, source: 'kb', rank: pattern.rank, pattern: index });
  });
}

/**
 * `PPP` is Indonesia's United Development Party or the Pakistan Peoples Party: an alias that
 * entries of different countries share names the one of the country the article's other
 * known names belong to most (countries themselves, and the country of each known entry).
 * With no such evidence, or a tie, the entry that comes first in the knowledge base.
 */
function byArticleCountries(kb: KnowledgeBase, selected: Candidate[]): Candidate[] {
  const { flags, patterns, rivals } = kb.compiled();
  const shared = selected.filter((c) => c.pattern !== undefined && flags[c.pattern] & PatternFlag.Shared);
  if (shared.length === 0) return selected;
  const votes = countryVotes(kb, selected, (c) => c.pattern !== undefined && (flags[c.pattern] & PatternFlag.Shared) !== 0);
  for (const c of shared) {
    const list = rivals.get(c.pattern!) ?? [];
    let best = list[0];
    let bestVotes = -1;
    for (const rival of list) {
      const count = votes.get((patterns[rival] as AliasPattern).entry.country!) ?? 0;
      if (count > bestVotes) {
        best = rival;
        bestVotes = count;
      }
    }
    if (best !== c.pattern) {
      c.pattern = best;
      c.entity = (patterns[best] as AliasPattern).ref;
      c.type = (patterns[best] as AliasPattern).entry.type;
    }
  }
  return selected;
}

/** `Kementerian …`, `Departemen …`: an Indonesian body's name, which other states' bodies share with their country after it. */
const BARE_BODY = /^(?:Kementerian|Kementrian|Departemen) \p{Lu}/u;

/**
 * `Kementerian Luar Negeri` alone is Indonesia's ministry in the knowledge base, but in a
 * report on another state's it is theirs: right before one of that state's known officials
 * (`Juru Bicara Kementerian Luar Negeri Lin Jian`), or in an article whose known names point
 * to that state most, that names its ministry in full before (`Kementerian Luar Negeri Tiongkok`)
 * and names no leader of Indonesia.
 */
function foreignBareBodies(text: string, kb: KnowledgeBase, selected: Candidate[]): Candidate[] {
  const bare: number[] = [];
  for (let i = 0; i < selected.length; i++) {
    const c = selected[i];
    if (c.type !== 'ORGANIZATION' || c.source !== 'kb') continue;
    const unit = text.charCodeAt(c.start);
    if ((unit === 0x4b || unit === 0x44) && BARE_BODY.test(text.slice(c.start, c.start + 13)) && kb.get(c.entity.id)?.country === 'ID') bare.push(i);
  }
  if (bare.length === 0) return selected;
  const skipped = new Set(bare.map((i) => selected[i]));
  let country: string | undefined | null = null;
  // (Where Indonesia's own leaders are named, its ministry is at least as likely.)
  let anyIndonesian: boolean | undefined;
  const indonesianLeader = () => (anyIndonesian ??= selected.some((s) => s.type === 'LEADER' && s.source === 'kb' && kb.get(s.entity.id)?.country === 'ID'));
  for (const i of bare) {
    const c = selected[i];
    const surface = text.slice(c.start, c.end);
    // The official right after it, or after a comma.
    const next = selected[i + 1];
    const gap = next ? text.slice(c.end, next.start) : '';
    const official = next && (next.type === 'LEADER' || next.type === 'PERSON') && (gap === ' ' || gap === ', ') ? kb.get(next.entity.id)?.country : undefined;
    let body = official && official !== 'ID' ? chamberOf(kb, surface, official) : undefined;
    if (!body) {
      if (country === null) country = articleCountry(kb, selected.filter((s) => !skipped.has(s)));
      const named = country && country !== 'ID' && !indonesianLeader() ? chamberOf(kb, surface, country) : undefined;
      if (named && selected.some((s) => s.start < c.start && s.entity.id === named.id)) body = named;
    }
    if (body && body.id !== c.entity.id) selected[i] = { ...c, entity: { id: body.id, name: body.name }, pattern: undefined };
  }
  return selected;
}

/**
 * The text of a mention as a string of its own. Mentions outlive their article's text in
 * an index of thousands of files, and a plain slice would keep the whole text alive: an
 * alias written as the knowledge base writes it is that alias's string, anything else a copy.
 */
function mentionText(text: string, c: Candidate, patterns: readonly Pattern[]): string {
  const pattern = c.pattern === undefined ? undefined : patterns[c.pattern];
  if (pattern?.kind === 'alias' && pattern.surface.length === c.end - c.start && text.startsWith(pattern.surface, c.start)) return pattern.surface;
  return ownString(text.slice(c.start, c.end));
}

const PARTY_BOARDS = new Set(['DPP', 'DPD', 'DPW', 'DPC', 'DPRt']);

/** `DPD PDIP`: before a party, DPD is the party's regional board, not the Regional Representative Council. */
function isPartyBoard(text: string, kb: KnowledgeBase, c: Candidate, next: Candidate | undefined): boolean {
  if (!next || next.start !== c.end + 1 || text.charCodeAt(c.end) !== 0x20 || c.end - c.start > 4 || !PARTY_BOARDS.has(text.slice(c.start, c.end))) return false;
  return isPartyMention(text, kb, next);
}

/**
 * Country names used as language names (`bahasa Inggris`) or currencies (`US$`) are not
 * mentions; nor is English `Saudi` before a noun, an adjective (`Saudi oil`, `Saudi-led`,
 * `the Saudi Energy Minister`), nor English `Swiss`, though Indonesian `Saudi` and `Swiss`
 * name the countries.
 */
function isLanguageOrCurrency(text: string, mention: Candidate, english: () => boolean): boolean {
  if (mention.type !== 'COUNTRY') return false;
  if (text.charCodeAt(mention.end) === 0x24) return true;
  if (mention.end - mention.start === 5 && text.startsWith('Saudi', mention.start) && isAdjectiveSaudi(text, mention) && english()) return true;
  // (English `Swiss` is only ever the adjective: `the Swiss government`, `Swiss voters`.)
  if (mention.end - mention.start === 5 && text.startsWith('Swiss', mention.start) && english()) return true;
  const { start } = mention;
  return start >= 7 && text.charCodeAt(start - 1) === 0x20 && fold(text.slice(start - 7, start - 1)) === 'bahasa' && !isWordUnit(text.charCodeAt(start - 8));
}

const NOUN_AFTER = /^(?:said|says|told|and|or|is|was|has|had|will|would|to|in|on|at|as|for|with|of)\b/;

function isAdjectiveSaudi(text: string, mention: Candidate): boolean {
  // `US-Saudi talks`: one of a pair of countries.
  if (text.charCodeAt(mention.start - 1) === 0x2d) return false;
  const next = text.charCodeAt(mention.end);
  if (next === 0x2d) return isLowerUnit(text.charCodeAt(mention.end + 1));
  if (next !== 0x20 || !isWordUnit(text.charCodeAt(mention.end + 1))) return false;
  if (NOUN_AFTER.test(text.slice(mention.end + 1, mention.end + 8))) return false;
  // `in Saudi`, `to Saudi`: the kingdom.
  return !/\b(?:in|to|from|visit|visited|visiting|across|inside|with)\s$/.test(text.slice(Math.max(0, mention.start - 12), mention.start));
}

/** `PBB-P2` (a land tax), `KTP-el`: an acronym that begins a code is no body's name. */
function isCodePart(text: string, c: Candidate): boolean {
  if (text.charCodeAt(c.end) !== 0x2d || c.end - c.start > 5) return false;
  return /^-(?:\p{Lu}\d|el\b)/u.test(text.slice(c.end, c.end + 4)) && isAllCaps(text.slice(c.start, c.end));
}

/** Whether the text is English rather than Indonesian, by its commonest words. */
function isEnglishText(text: string): boolean {
  let english = 0;
  let indonesian = 0;
  for (let p = text.indexOf(' the '); p >= 0 && english < 50; p = text.indexOf(' the ', p + 4)) english++;
  for (let p = text.indexOf(' yang '); p >= 0 && indonesian < 50; p = text.indexOf(' yang ', p + 5)) indonesian++;
  for (let p = text.indexOf(' dan '); p >= 0 && indonesian < 50; p = text.indexOf(' dan ', p + 4)) indonesian++;
  return english > indonesian;
}

const INITIALS_LABELS = new Set(['inisial', 'berinisial', 'inisialnya', 'initials', 'initial', 'tersangka', 'terdakwa', 'terpidana', 'pelaku']);
const LABELLED_INITIALS = /\b(?:[Bb]erinisial|[Ii]nisial(?:nya)?|[Tt]ersangka|[Tt]erdakwa|[Tt]erpidana|[Pp]elaku) (\p{Lu}{2,4})(?![\p{L}\d])/gu;

function listedWithKnown(text: string, mention: Candidate, starts: ReadonlySet<number>): boolean {
  const after = /^(?:,? (?:dan|and) |, )/.exec(text.slice(mention.end, mention.end + 6));
  if (after && starts.has(mention.end + after[0].length)) return true;
  const before = /(\p{Lu}[\p{L}.]*)(?:,? (?:dan|and) |, )$/u.exec(text.slice(Math.max(0, mention.start - 30), mention.start));
  return before !== null && starts.has(mention.start - before[0].length);
}

/** The initials a report gives someone (`berinisial AS`), which stand for them in the whole report. */
function labelledInitials(text: string): ReadonlySet<string> {
  const found = new Set<string>();
  if (!/nisial|ersangka|erdakwa|erpidana|elaku/.test(text)) return found;
  LABELLED_INITIALS.lastIndex = 0;
  for (let match = LABELLED_INITIALS.exec(text); match; match = LABELLED_INITIALS.exec(text)) found.add(match[1]);
  return found;
}
const INITIALS_BEFORE = /(\p{Lu}{1,4})(?:, (?:dan |and )?| (?:dan|and) |\/)$/u;
const INITIALS_AFTER = /^(?:, (?:dan |and )?| (?:dan|and) |\/)(\p{Lu}{1,4})(?![\p{L}\d])/u;

/**
 * `tersangka berinisial RK dan AS`, `Mereka adalah HAR, NI, AS, SW, HD dan YEP`: the
 * initials a report gives suspects or victims are no mentions, whoever else bears them.
 * Such a list follows a label (`berinisial`), or most of its items are no known names.
 */
function isInitials(text: string, mention: Candidate, mentionStarts: () => ReadonlySet<number>, labelled: () => ReadonlySet<string>): boolean {
  if (mention.end - mention.start > 4 || !/^\p{Lu}+$/u.test(text.slice(mention.start, mention.end))) return false;
  // `tersangka AS … AS mengaku`: named so once, the person is named so again.
  // (Unless listed with other known names: `Warga AS dan RRT`.)
  if (mention.end - mention.start >= 2 && labelled().has(text.slice(mention.start, mention.end)) && !listedWithKnown(text, mention, mentionStarts())) return true;
  const starts = mentionStarts();
  let items = 1;
  let known = 1;
  for (let start = mention.start; items < 12; items++) {
    const from = Math.max(0, start - 14);
    const before = text.slice(from, start);
    const label = /(\p{L}+):? $/u.exec(before);
    if (label && INITIALS_LABELS.has(label[1].toLowerCase())) return true;
    const joint = INITIALS_BEFORE.exec(before);
    if (!joint || isWordUnit(text.charCodeAt(from + joint.index - 1))) break;
    start = from + joint.index;
    if (starts.has(start)) known++;
  }
  for (let end = mention.end; items < 12; items++) {
    const joint = INITIALS_AFTER.exec(text.slice(end, end + 12));
    if (!joint) break;
    end += joint[0].length;
    if (starts.has(end - joint[1].length)) known++;
  }
  return items >= 4 && known * 2 < items;
}

/**
 * Drops triggers inside a longer one (`Presiden` in `Wakil Presiden`): the longest title
 * decides. A word with two roles (`Ministry` heads `Ministry of Commerce` and ends
 * `Chinese Ministry`) keeps both.
 */
function outermostTriggers(triggers: TriggerHit[]): TriggerHit[] {
  triggers.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: TriggerHit[] = [];
  let lastStart = -1;
  let lastEnd = -1;
  for (const trigger of triggers) {
    if (trigger.end <= lastEnd && !(trigger.start === lastStart && trigger.end === lastEnd)) continue;
    kept.push(trigger);
    lastStart = trigger.start;
    lastEnd = trigger.end;
  }
  return kept;
}

interface DocumentAlias {
  type: EntityType;
  entity: EntityRef;
  /** A body's first words (`Virgin` of the Virgin Group): not before another name word (`Virgin Galactic`). */
  firstWords?: true;
}

const EDGE_NON_LETTERS = /^[^\p{L}]+|[^\p{L}]+$/gu;
/** Words of rulers' titles, never a short form of a name (`Pope` of `Pope Francis`). */
const TITLE_WORDS = new Set(LEADING_TITLES.flatMap((title) => title.split(' ')));

function splitName(name: string): string[] {
  const parts: string[] = [];
  for (const word of words(name)) {
    if (word.length < 2) continue;
    const last = word.charCodeAt(word.length - 1);
    // Letters at both ends (the usual case) need no trimming.
    const part = isLetterUnit(word.charCodeAt(0)) && isLetterUnit(last) ? word : word.replace(EDGE_NON_LETTERS, '');
    const lower = part.toLowerCase();
    if (part.length >= 2 && isCapitalized(part) && !NAME_PARTICLES.has(lower) && !TITLE_WORDS.has(lower) && !NOT_NAME_WORDS_WRITTEN.has(part)) parts.push(part);
    // `al-Burhan`, `Al-Burhan`: `Burhan` names him too.
    if (part.length >= 5 && (part.charCodeAt(0) | 0x20) === 0x61 && part.charCodeAt(2) === 0x2d) {
      const article = ARTICLED_NAME_PART.exec(part);
      if (article && part.length - article[0].length >= 3) parts.push(part.slice(article[0].length));
    }
  }
  // `Haitham Al Ghais` is `Mr Al Ghais`, `Al-Ghais` or `al-Ghais` again.
  const family = ARTICLED_FAMILY_NAME.exec(name);
  if (family) for (const form of [`Al ${family[1]}`, `Al-${family[1]}`, `al-${family[1]}`]) if (!parts.includes(form)) parts.push(form);
  return parts;
}
/** An Arabic family name with its article (`Al Ghais`, `al-Ghais`): at the end of a full name, and alone. */
const FAMILY_WITH_ARTICLE = String.raw`(?:[Aa]l|[Ee]l)[ -](\p{Lu}[\p{L}'’-]{2,})`;
const ARTICLED_FAMILY_NAME = new RegExp(`\\s${FAMILY_WITH_ARTICLE}$`, 'u');
const ARTICLED_FAMILY_ALONE = new RegExp(`^${FAMILY_WITH_ARTICLE}$`, 'u');

/** The words of a name between runs of white space, as `split(/\s+/)` gives them (with no empty ones). */
function words(name: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i <= name.length; i++) {
    const unit = i < name.length ? name.charCodeAt(i) : 0x20;
    if (unit !== 0x20 && !(unit <= 0x0d && unit >= 0x09) && !(unit > 0x7f && WHITE_SPACE.test(String.fromCharCode(unit)))) continue;
    if (i > start) out.push(name.slice(start, i));
    start = i + 1;
  }
  return out;
}
const WHITE_SPACE = /\s/;

/** ASCII or Latin-1 letters without a regular expression; other units ask Unicode. */
function isLetterUnit(unit: number): boolean {
  if ((unit >= 0x41 && unit <= 0x5a) || (unit >= 0x61 && unit <= 0x7a)) return true;
  if (unit < 0xc0) return false;
  return /\p{L}/u.test(String.fromCharCode(unit));
}

/**
 * Short forms of a knowledge-base person, by surface, kept on the entry's shared reference
 * (a weak key: they go with the knowledge base). Names rules find are mostly new in every
 * article, so theirs are worked out each time and not kept.
 */
const knownShortForms = new WeakMap<EntityRef, Map<string, string[]>>();
/** The same, by alias pattern, for a mention written exactly as its alias (the usual case). */
const shortFormsByPattern = new WeakMap<readonly Pattern[], Array<string[] | undefined>>();

/** Parts of a person's name that may stand for them later; none that name another entity. */
function shortForms(kb: KnowledgeBase, mention: Candidate, surface: string): string[] {
  const { entity } = mention;
  const cache = mention.source === 'kb' ? knownShortForms.get(entity) : undefined;
  let parts = cache?.get(surface);
  if (parts) return parts;
  // A name a rule found is most often its own surface: split it once.
  const names = new Set(entity.name === surface ? splitName(surface) : [...splitName(entity.name), ...splitName(surface)]);
  // A part that is itself another entity's alias (`Jordan`, `Georgia`) is not a short form.
  // One word is no short form of itself, but for a name known with a title (`Pope Francis`).
  const space = entity.name.indexOf(' ');
  const titled = space > 0 && TITLE_WORDS.has(entity.name.slice(0, space).toLowerCase());
  parts = names.size < 2 && !titled ? [] : [...names].filter((part) => !kb.lookup(part).some((e) => e.id !== entity.id && namesAsWritten(e, part)));
  if (mention.source === 'kb') {
    if (cache) cache.set(ownString(surface), parts);
    else knownShortForms.set(entity, new Map([[ownString(surface), parts]]));
  }
  return parts;
}

/**
 * Whether the entry has a name that `part` would match as written: an acronym in capitals
 * matches only itself (`PAN` is no bar to `Pan` of `Pan Gongsheng`, nor `MA` to `Ma`).
 */
function namesAsWritten(entry: KbEntry, part: string): boolean {
  const folded = fold(part);
  for (const name of [entry.name, ...(entry.aliases ?? [])]) {
    if (name.length !== part.length || fold(name) !== folded) continue;
    if (name === part || !isAllCaps(name)) return true;
  }
  return false;
}

/** The pattern a knowledge-base mention is written exactly as, or -1. */
function exactPattern(text: string, mention: Candidate, patterns: readonly Pattern[]): number {
  if (mention.source !== 'kb' || mention.pattern === undefined) return -1;
  const pattern = patterns[mention.pattern];
  return pattern.kind === 'alias' && pattern.surface.length === mention.end - mention.start && text.startsWith(pattern.surface, mention.start) ? mention.pattern : -1;
}

const CONTEXT_ONLY_NAMES = new Set(['House', 'Kongres']);

function documentAliases(text: string, kb: KnowledgeBase, mentions: Candidate[], acronyms: Map<string, DocumentAlias>): Map<string, DocumentAlias> {
  const aliases = new Map<string, DocumentAlias>();
  const ambiguous = new Set<string>();
  // A company's first word (`Adani` of the Adani Group) gives way to a person's name part: the founder.
  const bodyParts = new Set<string>();
  const add = (surface: string, alias: DocumentAlias, bodyPart = false) => {
    const existing = aliases.get(surface);
    if (bodyPart && existing && existing.type !== 'ORGANIZATION') return;
    if (bodyPart) bodyParts.add(surface);
    if (!existing || existing.entity.id === alias.entity.id || (bodyParts.has(surface) && alias.type !== 'ORGANIZATION')) aliases.set(surface, alias);
    else if (sameNameAsLeader(existing, alias)) {
      // `Bupati Kudus Muhammad Tamzil …, ruang kerja Muhammad Tamzil`: one person, whom a title made a leader.
      if (alias.type === 'LEADER') aliases.set(surface, alias);
    } else ambiguous.add(surface);
  };
  // A name repeated in the article adds nothing new: each (entity, surface) is read once.
  const seen = new Map<string, Set<string>>();
  const seenPatterns = new Set<number>();
  const { patterns } = kb.compiled();
  let byPattern = shortFormsByPattern.get(patterns);
  if (!byPattern) shortFormsByPattern.set(patterns, (byPattern = []));
  const bareNames: Candidate[] = [];
  // Every word of each person's name, even one the knowledge base gives someone else, for a
  // rule's one-word name (`Gubernur Ali` after `Ali Baal Masdar`), with everyone who has it.
  // (The names are kept as they come and split only if a one-word name asks.)
  const people = new Map<string, DocumentAlias>();
  const personSurfaces: Array<[string, DocumentAlias]> = [];
  const addNameParts = (surface: string, alias: DocumentAlias) => {
    if (alias.type !== 'LEADER' && alias.type !== 'PERSON') return;
    if (!people.has(alias.entity.id)) people.set(alias.entity.id, alias);
    personSurfaces.push([surface, alias]);
  };
  let namePartsMap: Map<string, DocumentAlias[]> | undefined;
  const nameParts = (): Map<string, DocumentAlias[]> => {
    if (namePartsMap) return namePartsMap;
    namePartsMap = new Map();
    for (const [surface, alias] of personSurfaces) {
      for (const part of splitName(surface)) {
        const named = namePartsMap.get(part);
        if (!named) namePartsMap.set(part, [alias]);
        else if (!named.some((p) => p.entity.id === alias.entity.id)) named.push(alias);
      }
    }
    return namePartsMap;
  };
  // The one person with that name word; of several, the one leader a leader's title points to.
  const relinked = new Map<string, DocumentAlias>();
  const personNamed = (part: string, type: EntityType): DocumentAlias | undefined => {
    const named = nameParts().get(part);
    if (!named) return undefined;
    const people: DocumentAlias[] = [];
    for (const alias of named) {
      const person = relinked.get(alias.entity.id) ?? alias;
      if (!people.some((p) => p.entity.id === person.entity.id)) people.push(person);
    }
    if (people.length === 1) return people[0];
    const leaders = type === 'LEADER' ? people.filter((p) => p.type === 'LEADER') : [];
    return leaders.length === 1 ? leaders[0] : undefined;
  };
  for (const mention of mentions) {
    const isPerson = mention.type === 'LEADER' || mention.type === 'PERSON';
    if (mention.source !== 'rule' && !isPerson) {
      if (mention.type === 'ORGANIZATION') for (const part of bodyShortForms(kb, mention.entity)) add(part, { type: mention.type, entity: mention.entity, firstWords: true }, true);
      continue;
    }
    // A known person written as their alias: one look-up by pattern, no text.
    const pattern = exactPattern(text, mention, patterns);
    if (pattern >= 0) {
      if (seenPatterns.has(pattern)) continue;
      seenPatterns.add(pattern);
      let parts = byPattern[pattern];
      if (!parts) byPattern[pattern] = parts = shortForms(kb, mention, (patterns[pattern] as AliasPattern).surface);
      const alias = { type: mention.type, entity: mention.entity };
      for (const part of parts) add(part, alias);
      addNameParts((patterns[pattern] as AliasPattern).surface, alias);
      continue;
    }
    const surface = text.slice(mention.start, mention.end);
    // One word found by a rule (`…, kata Lin`) waits: it may be a person named in full.
    if (isPerson && mention.source === 'rule' && !/\s/.test(surface)) {
      bareNames.push(mention);
      continue;
    }
    const surfaces = seen.get(mention.entity.id);
    if (surfaces?.has(surface)) continue;
    if (surfaces) surfaces.add(surface);
    else seen.set(mention.entity.id, new Set([surface]));
    const alias = { type: mention.type, entity: mention.entity };
    // (`House` and `Kongres` name a chamber only where the rule finds them: `House prices`, `Kongres PSSI`.)
    if (mention.source === 'rule' && !CONTEXT_ONLY_NAMES.has(surface)) add(surface, alias);
    // `Pioneer Natural Resources … Pioneer`, `Yale University … Yale`: a firm's or a university's first word.
    if (mention.source === 'rule' && mention.type === 'ORGANIZATION') {
      const first = ruleBodyShortForm(kb, surface);
      if (first) add(first, { ...alias, firstWords: true }, true);
    }
    if (isPerson) {
      for (const part of shortForms(kb, mention, surface)) add(part, alias);
      addNameParts(surface, alias);
    }
  }
  // A name a rule found twice, once after a leader's title: the leader both times.
  for (const mention of mentions) {
    if (mention.type !== 'PERSON' || mention.source !== 'rule') continue;
    const surface = text.slice(mention.start, mention.end);
    const leader = aliases.get(surface);
    if (leader && leader.type === 'LEADER' && sameNameAsLeader(leader, mention)) {
      mention.entity = leader.entity;
      mention.type = 'LEADER';
      continue;
    }
    // `Mr Al Ghais` after `Haitham Al Ghais`: the one person of the article with that family name.
    const family = ARTICLED_FAMILY_ALONE.exec(surface)?.[1];
    if (!family) continue;
    const bearers = [...people.values()].filter((p) => p.entity.id !== mention.entity.id && ARTICLED_FAMILY_NAME.exec(p.entity.name)?.[1] === family);
    if (bearers.length === 1) {
      mention.entity = bearers[0].entity;
      mention.type = bearers[0].type;
    }
  }
  // `Menkes Budi Gunadi` after `Budi Gunadi Sadikin`: a rule's name that is the first words of
  // one other person's full name in the article is that person.
  if (people.size > 1) {
    // The people by the first word of their names, so that each name is tried against few.
    const byFirstWord = new Map<string, DocumentAlias[]>();
    for (const p of people.values()) {
      const space = p.entity.name.indexOf(' ');
      if (space < 0 || p.entity.name.indexOf(' ', space + 1) < 0) continue;
      const first = p.entity.name.slice(0, space);
      const list = byFirstWord.get(first);
      if (list) list.push(p);
      else byFirstWord.set(first, [p]);
    }
    for (const mention of byFirstWord.size === 0 ? [] : mentions) {
      if ((mention.type !== 'PERSON' && mention.type !== 'LEADER') || mention.source !== 'rule') continue;
      const space = text.indexOf(' ', mention.start);
      if (space < 0 || space >= mention.end) continue;
      const candidates = byFirstWord.get(text.slice(mention.start, space));
      if (!candidates) continue;
      const surface = text.slice(mention.start, mention.end);
      const prefix = `${surface} `;
      const longer = candidates.filter((p) => p.entity.id !== mention.entity.id && p.entity.name.startsWith(prefix));
      if (longer.length !== 1) continue;
      relinked.set(mention.entity.id, longer[0]);
      mention.entity = longer[0].entity;
      mention.type = longer[0].type;
      aliases.set(surface, longer[0]);
    }
  }
  for (const mention of bareNames) {
    const surface = text.slice(mention.start, mention.end);
    const known = ambiguous.has(surface) ? undefined : aliases.get(surface);
    const person = known ?? personNamed(surface, mention.type);
    if (person && (person.type === 'LEADER' || person.type === 'PERSON')) {
      mention.entity = person.entity;
      mention.type = person.type;
      // The one person of the article with that name word: it names them wherever it recurs.
      if (!known && nameParts().get(surface)?.every((p) => (relinked.get(p.entity.id) ?? p).entity.id === person.entity.id)) {
        ambiguous.delete(surface);
        aliases.set(surface, person);
      }
    } else add(surface, { type: mention.type, entity: mention.entity });
  }
  for (const [acronym, alias] of acronyms) add(acronym, alias);
  for (const surface of ambiguous) aliases.delete(surface);
  return aliases;
}

/** Are these the same name found by rules, once as a LEADER and once as a PERSON (`leader:x`, `person:x`)? */
function sameNameAsLeader(a: DocumentAlias, b: DocumentAlias): boolean {
  if (a.type === b.type || (a.type !== 'LEADER' && a.type !== 'PERSON') || (b.type !== 'LEADER' && b.type !== 'PERSON')) return false;
  const [x, y] = [a.entity.id, b.entity.id];
  return x.slice(x.indexOf(':')) === y.slice(y.indexOf(':')) && a.entity.name === b.entity.name;
}

/**
 * `Bayern`, `Real`, `City` for a club the article names in full: a sports club's first or
 * last name word that no other entity has (`Munich`, `Madrid` are places), of four letters
 * or more; and a company's first word (`Nippon` for Nippon Steel).
 */
function bodyShortForms(kb: KnowledgeBase, entity: EntityRef): readonly string[] {
  const entry = kb.get(entity.id);
  if (!entry) return [];
  const cached = shortFormsByEntry.get(entry);
  if (cached) return cached;
  const parts: string[] = [];
  const words = entity.name.split(' ');
  const club = CLUB.test(entry.description ?? '');
  // `Nippon` for Nippon Steel: a company's distinctive first word.
  const company = !club && COMPANY.test(entry.description ?? '') && !SHARED_FIRST_WORDS.has(words[0]) && COMPANY_TAIL.test(words.slice(1).join(' '));
  if ((club || company) && words.length >= 2) {
    for (const word of club ? [words[0], words[words.length - 1]] : [words[0]]) {
      if (word.length < 4 || !isCapitalized(word) || isAllCaps(word) || NOT_NAME_WORDS_WRITTEN.has(word) || kb.lookup(word).some((e) => e.id !== entity.id)) continue;
      // (A company named after its founder is no first name.)
      if (company && isCommonGivenName(kb, word)) continue;
      parts.push(word);
    }
  }
  shortFormsByEntry.set(entry, parts);
  return parts;
}

/**
 * The distinctive first word of a firm's or a university's name that a rule found
 * (`Pioneer` of `Pioneer Natural Resources`, `Yale` of `Yale University`): four letters or
 * more, no other entity's name and no common given name.
 */
function ruleBodyShortForm(kb: KnowledgeBase, name: string): string | undefined {
  const match = RULE_BODY.exec(name);
  if (!match) return undefined;
  const short = match[1];
  const first = short.split(' ')[0];
  if (SHARED_FIRST_WORDS.has(first) || NOT_NAME_WORDS_WRITTEN.has(first) || kb.lookup(short).length > 0 || (short === first && isCommonGivenName(kb, first))) return undefined;
  return short;
}
/** A firm's or a university's name: its own words, then what it is. */
const RULE_BODY = /^(\p{Lu}\p{Ll}{3,}(?: \p{Lu}\p{Ll}+)?) (?:University|College|Institute|Natural Resources|Group|Holdings|Corporation|Corp\.?|Inc\.?|Ltd\.?|Motors?|Energy|Airlines|Pharmaceuticals|Technologies|Industries)$/u;

const CLUB = /\b(?:football|soccer|basketball|volleyball) club\b/i;
const COMPANY = /\b(?:company|firm|maker|steelmaker|carmaker|automaker|manufacturer|conglomerate|producer|airline|retailer|miner|chipmaker)\b/i;
/** The rest of a company's name after its distinctive word: what it makes, and its form (`Steel`, `Motor Corporation`). */
const COMPANY_TAIL = /^(?:Steel|Motors?|Group|Holdings?|Airlines|Airways|Electric|Electronics|Industries|Heavy Industries|Energy|Oil|Petroleum|Chemicals?|Pharmaceuticals?|Mining|Metals|Semiconductor|Technologies|Technology|Telecom|Communications|Shipping|Logistics|Foods?|Automotive|Corporation|Company)(?: (?:Corporation|Corp\.?|Company|Co\.?|Inc\.?|Ltd\.?|Group|Holdings?))*$/;
/** First words that many companies' names share (`United Airlines`, `China Mobile`, `Bank Mandiri`). */
const SHARED_FIRST_WORDS = new Set(['United', 'American', 'National', 'International', 'General', 'First', 'Royal', 'Global', 'China', 'Chinese', 'Asia', 'Asian', 'Pacific', 'Great', 'Golden', 'Standard', 'Central', 'Bank', 'Indonesia', 'Japan', 'Korea', 'India', 'British', 'Saudi', 'Qatar', 'Emirates', 'Singapore', 'Malaysia', 'Thai', 'Philippine', 'Hong', 'South', 'North', 'East', 'West', 'Eastern', 'Western', 'Northern', 'Southern', 'Semen', 'Sinar', 'Astra', 'Garuda', 'Pertamina']);
const shortFormsByEntry = new WeakMap<KbEntry, readonly string[]>();

/**
 * Finds the document's own aliases in one pass over its words: at each word that starts
 * with a capital or a digit (as names and acronyms do), the aliases beginning with that
 * word are tried, longest first.
 */
function findDocumentAliases(text: string, words: WordSpans, aliases: Map<string, DocumentAlias>): Candidate[] {
  const found: Candidate[] = [];
  if (aliases.size === 0) return found;
  const byFirstWord = new Map<string, string[]>();
  // Cheap filters before a word is sliced and looked up: its first unit and its length.
  const firstUnits = new Set<number>();
  let shortLengths = 0;
  const longLengths = new Set<number>();
  for (const surface of aliases.keys()) {
    let end = 0;
    while (end < surface.length && isWordUnit(surface.charCodeAt(end))) end++;
    const first = surface.slice(0, end);
    firstUnits.add(surface.charCodeAt(0));
    if (end < 32) shortLengths |= 1 << end;
    else longLengths.add(end);
    const list = byFirstWord.get(first);
    if (list) list.push(surface);
    else byFirstWord.set(first, [surface]);
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.length - a.length);
  const { count, starts, ends } = words;
  for (let w = 0; w < count; w++) {
    const i = starts[w];
    const unit = text.charCodeAt(i);
    if (!isUpperUnit(unit) && !(unit >= 0x30 && unit <= 0x39)) continue;
    const end = ends[w];
    const length = end - i;
    if (!(length < 32 ? (shortLengths >>> length) & 1 : longLengths.has(length)) || !firstUnits.has(unit)) continue;
    const list = byFirstWord.get(text.slice(i, end));
    if (!list) continue;
    for (const surface of list) {
      const surfaceEnd = i + surface.length;
      if (!text.startsWith(surface, i) || !endsWord(text, surfaceEnd, surface.length >= 4)) continue;
      const alias = aliases.get(surface)!;
      // (`Virgin Galactic` after the Virgin Group: another name, not the body's short form.)
      if (end === surfaceEnd && (alias.type === 'LEADER' || alias.type === 'PERSON' || alias.firstWords) && startsAnotherName(text, surfaceEnd)) break;
      found.push({ start: i, end: surfaceEnd, type: alias.type, entity: alias.entity, source: 'rule', rank: 60 });
      break;
    }
  }
  return found;
}

/**
 * Adds the document's aliases where they fit. One that covers known names inside it (`Teddy
 * Minahasa` again, over the place `Minahasa`) replaces them: the longest name wins.
 */
function withDocumentAliases(text: string, selected: Candidate[], found: Candidate[]): Candidate[] {
  const replaced = new Set<Candidate>();
  const longer: Candidate[] = [];
  for (const alias of found) {
    // Only a name of more than one word can cover a shorter one.
    const space = text.indexOf(' ', alias.start);
    if (space < 0 || space >= alias.end) continue;
    let low = 0;
    let high = selected.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (selected[mid].end <= alias.start) low = mid + 1;
      else high = mid;
    }
    const inside: Candidate[] = [];
    for (let i = low; i < selected.length && selected[i].start < alias.end; i++) inside.push(selected[i]);
    if (inside.length === 0 || !inside.every((m) => m.source === 'kb' && m.start >= alias.start && m.end <= alias.end && m.end - m.start < alias.end - alias.start)) continue;
    for (const m of inside) replaced.add(m);
    longer.push(alias);
  }
  const kept = replaced.size === 0 ? selected : [...selected.filter((m) => !replaced.has(m)), ...longer].sort((a, b) => a.start - b.start);
  return fillGaps(kept, found);
}

/** What stands between a person's name and the name they go by: `, yang akrab disapa `, ` alias `, `, known as `. */
const GOES_BY = /^,? (?:atau )?(?:yang )?(?:akrab|biasa|karib|kerap|sering|lebih dikenal|dikenal) (?:di)?(?:sapa|panggil|dengan nama|dengan sebutan|sebagai) $|^,? (?:alias|a\.k\.a\.?|aka) $|^,? (?:also |better )?known as $/i;

/**
 * `Frederik Victor Palimbong, yang akrab disapa Dedy Palimbong`, `Bambang Wuryanto alias
 * Bambang Pacul`: the name a person goes by is that person, of the same type.
 */
function withNamesGoneBy(text: string, selected: Candidate[]): Candidate[] {
  for (let i = 1; i < selected.length; i++) {
    const nickname = selected[i];
    const person = selected[i - 1];
    if ((nickname.type !== 'PERSON' && nickname.type !== 'LEADER') || (person.type !== 'PERSON' && person.type !== 'LEADER')) continue;
    if (nickname.start - person.end > 30 || nickname.source !== 'rule' || !GOES_BY.test(text.slice(person.end, nickname.start))) continue;
    nickname.type = person.type;
    nickname.entity = person.entity;
  }
  return selected;
}

/**
 * `Budi Waseso (Buwas)`: a word in brackets after a person's name that starts as one of the
 * name's words does is the name the person goes by, a mention of them (and, as a document
 * alias, wherever the article uses it again). A club or party in brackets (`Marc Klok
 * (Persib)`) shares no such start.
 */
function withNicknames(text: string, selected: Candidate[]): Candidate[] {
  let added: Candidate[] | undefined;
  let initialsOf: Map<string, Candidate> | undefined;
  for (let i = 0; i < selected.length; i++) {
    const person = selected[i];
    if ((person.type !== 'PERSON' && person.type !== 'LEADER') || text.charCodeAt(person.end) !== 0x20 || text.charCodeAt(person.end + 1) !== 0x28) continue;
    const match = NICKNAME.exec(text.slice(person.end + 2, person.end + 24));
    if (!match) continue;
    const start = person.end + 2;
    const end = start + match[1].length;
    const next = selected[i + 1];
    const name = text.slice(person.start, person.end).toLowerCase().split(/[\s-]+/);
    // `Abdul Rachman Thaha (ART)`: the initials of the name, which the knowledge base may give a body.
    const initials = isAllCaps(match[1]) && name.length >= 2 && name.map((word) => word[0]).join('') === match[1].toLowerCase();
    if (next && next.start < end + 1 && !(initials && next.start === start && next.end === end)) continue;
    const nickname = match[1].toLowerCase();
    if (!initials && !name.some((word) => word.length >= 2 && word !== nickname && word.startsWith(nickname.slice(0, 2)))) continue;
    if (next && next.start === start) selected.splice(i + 1, 1);
    (added ??= []).push(linkedCandidate(start, end, person.type, person.entity));
    if (initials) (initialsOf ??= new Map()).set(match[1], person);
  }
  // The initials stand for the person in the whole article, over a body that has them.
  if (initialsOf) {
    for (const c of selected) {
      const person = c.source === 'kb' ? initialsOf.get(text.slice(c.start, c.end)) : undefined;
      if (person) Object.assign(c, { type: person.type, entity: person.entity, source: 'rule' as const });
    }
  }
  return added ? [...selected, ...added].sort((a, b) => a.start - b.start) : selected;
}
const NICKNAME = /^(\p{Lu}\p{Ll}{2,11}|\p{Lu}{2,5})\)/u;

/** An acronym the article defines (`Biro Statistik Nasional (BSN)`) names that body throughout it. */
function redefineAcronyms(text: string, mentions: Candidate[], acronyms: Map<string, DocumentAlias>): void {
  if (acronyms.size === 0) return;
  for (const mention of mentions) {
    if (mention.source !== 'kb') continue;
    const defined = acronyms.get(text.slice(mention.start, mention.end));
    if (!defined || defined.entity.id === mention.entity.id) continue;
    mention.entity = defined.entity;
    mention.type = defined.type;
    mention.source = 'rule';
  }
}

/**
 * `Kasi Intel Kejari Blora`: a known body's name that is the last word of a person's title
 * (a prosecutor's intelligence section, not the chip maker) is no mention.
 */
function withoutBodiesInTitles(text: string, selected: Candidate[], titles: readonly TriggerHit[]): Candidate[] {
  let spans: Array<[number, number]> | undefined;
  // (Not ranks: `Jenderal TNI` names the armed forces it is a rank of.)
  for (const t of titles) if (t.info.kind === 'person-title' && t.end - t.start > 6 && !/\b(?:TNI|Pol|Polisi)$/i.test(text.slice(t.start, t.end))) (spans ??= []).push([t.start, t.end]);
  if (!spans) return selected;
  const inside = (c: Candidate) => c.source === 'kb' && c.type === 'ORGANIZATION' && spans!.some(([start, end]) => c.start > start && c.end <= end);
  return selected.some(inside) ? selected.filter((c) => !inside(c)) : selected;
}

const DESIGNATOR_BEFORE = /(?:^|[^\p{L}])(?:Kab\.?|Kabupaten|Kota|Pemkab|Pemkot|Provinsi) $/iu;

/** Drops known names that are also common words (`HEADLINE_WORD_NAMES`) from title-case headlines. */
function withoutCommonWordsIn(text: string, headlines: Array<[number, number]>, selected: Candidate[]): Candidate[] {
  return selected.filter(
    (c) =>
      c.source !== 'kb' ||
      c.end - c.start > 6 ||
      !HEADLINE_WORD_NAMES.has(fold(text.slice(c.start, c.end))) ||
      !inHeadline(headlines, c.start) ||
      // (`BPBD Kab Serang Catat …`: after its designator the word is the place.)
      DESIGNATOR_BEFORE.test(text.slice(Math.max(0, c.start - 11), c.start)),
  );
}

/**
 * Headlines Written In Title Case capitalize every word, so titles and heads there are
 * followed by capitalized words that are no names (`Prabowo Minta Menteri Percepat
 * Program …`). Rule triggers on such a line are dropped; known names still match.
 */
function outsideHeadlines(headlines: Array<[number, number]>, triggers: TriggerHit[]): TriggerHit[] {
  if (headlines.length === 0) return triggers;
  return triggers.filter((t) => !inHeadline(headlines, t.start));
}

function inHeadline(headlines: Array<[number, number]>, offset: number): boolean {
  return headlines.some(([start, end]) => offset >= start && offset < end);
}

/** `Editor: …`, `Penulis : …`: a credit line, never a headline. */
const CREDIT_LINE = /^(?:Editor|Penulis|Pewarta|Reporter|Redaktur|Penyunting|Kontributor|Laporan|Oleh|By|Writer)\s?:/i;

/**
 * Lines that look like title-case headlines: the first line, or one followed by a blank line,
 * above more text; and links to other stories (`Baca juga: …`).
 */
function headlineLines(text: string): Array<[number, number]> {
  const lines: Array<[number, number]> = [];
  let start = 0;
  let first = true;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).trim();
    // A headline stands above the story, which starts a new sentence on the next line; a
    // text of one line, or a first line that the next one continues, is a sentence.
    const rest = text.slice(end + 1, end + 200);
    const nextStartsSentence = /^\s*[\p{Lu}\p{N}"“(]/u.test(rest);
    const nextBlank = /^\r?\n/.test(rest);
    // (`Editor: Ahmad Naufal`, `Penulis : …`: a credit line, not a headline.)
    if (line && nextStartsSentence && (first || nextBlank) && isTitleCase(line) && !CREDIT_LINE.test(line)) lines.push([start, end]);
    else if (line && isLinkLine(line)) lines.push([start, end]);
    if (line) first = false;
    start = end + 1;
  }
  return lines;
}

/**
 * `Baca juga: Menlu Indonesia dan AS Bahas Isu Keamanan`, `- Brigjen Faizal Sebut KKB …`: a
 * link to another story by its headline, after a label or in a bulleted list.
 */
function isLinkLine(line: string): boolean {
  const label = /^(?:(?:baca(?: juga)?|lihat juga|simak juga|read also|read more|see also)\s*:|[-•–*])\s*/i.exec(line);
  // Such a headline may ask a question (`… Jelang Sidang Hasto?`).
  return label !== null && isTitleCase(line.slice(label[0].length).replace(/[?!]+$/, ''));
}

function isTitleCase(line: string): boolean {
  // A question or an exclamation may be a headline (`Mentan Amran Mendadak ke Kantor Bulog, Ada Apa?`).
  if (/[.:;"”]$/.test(line)) return false;
  const words = line.split(/\s+/).filter((w) => /^[\p{L}]/u.test(w));
  if (words.length < 4 || words.length > 20) return false;
  const capitalized = words.filter((w) => isUpperUnit(w.charCodeAt(0))).length;
  return capitalized / words.length >= 0.75;
}

/**
 * `Penerima Bantuan Iuran Jaminan Kesehatan (PBI JK)`: a person's initials (`JK`) next to
 * another word in capitals are part of a longer acronym, not that person.
 */
function withoutAcronymsInAcronyms(text: string, selected: Candidate[]): Candidate[] {
  return selected.filter((c) => {
    if ((c.type !== 'LEADER' && c.type !== 'PERSON') || c.end - c.start > 4 || !isAllCaps(text.slice(c.start, c.end))) return true;
    const before = /(?:^|[^\p{L}])(\p{Lu}{2,})[ -]$/u.exec(text.slice(Math.max(0, c.start - 12), c.start));
    const after = /^[ -](\p{Lu}{2,})(?![\p{L}])/u.exec(text.slice(c.end, c.end + 12));
    return !before && !after;
  });
}

/**
 * A known person's one-word alias right after a capitalized name word is most often another
 * person's surname (`Akkar Arafat`, `Ivanka Trump`): the hit is dropped, and the rules read
 * the whole name. A title, a known name or a function word before it keeps it (`Presiden
 * Jokowi`, `Indonesia Prabowo`, `Namun Prabowo`).
 */
function withoutOthersSurnames(text: string, selected: Candidate[], triggers: readonly TriggerHit[]): Candidate[] {
  let titleEnds: Set<number> | undefined;
  return selected.filter((c, i) => {
    if ((c.type !== 'LEADER' && c.type !== 'PERSON') || text.charCodeAt(c.start - 1) !== 0x20) return true;
    for (let k = c.start; k < c.end; k++) if (!isWordUnit(text.charCodeAt(k))) return true;
    const wordEnd = c.start - 1;
    let wordStart = wordEnd;
    while (wordStart > 0 && isWordUnit(text.charCodeAt(wordStart - 1))) wordStart--;
    const word = text.slice(wordStart, wordEnd);
    if (word.length < 2 || !isCapitalized(word) || isAllCaps(word) || NOT_NAME_WORDS_WRITTEN.has(word) || (wordStart > 0 && text.charCodeAt(wordStart - 1) === 0x27)) return true;
    if (i > 0 && selected[i - 1].end === wordEnd) return true;
    titleEnds ??= new Set(triggers.map((t) => t.end));
    return titleEnds.has(wordEnd);
  });
}

/** ` bin Jassim`, ` Al Thani`, ` al-Saud`: the next link of an Arabic name. */
const ARABIC_NAME_LINK = /^\s(?:(?:bin|bint|binti|ibn)\s(?:(?:al|Al|el|El)[-\s])?|(?:Al|al)[-\s])\p{Lu}[\p{L}\p{M}'’]*/u;

/**
 * `Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani`: a known person's alias that stops
 * inside an Arabic name (at `bin`, `ibn` or `Al`) takes the rest of it, up to another known
 * name.
 */
function withArabicNamesWhole(text: string, selected: Candidate[]): Candidate[] {
  for (let i = 0; i < selected.length; i++) {
    const c = selected[i];
    if ((c.type !== 'LEADER' && c.type !== 'PERSON') || c.source !== 'kb') continue;
    const limit = i + 1 < selected.length ? selected[i + 1].start : text.length;
    let end = c.end;
    for (let links = 0; links < 6; links++) {
      const link = ARABIC_NAME_LINK.exec(text.slice(end, end + 40));
      if (!link || end + link[0].length > limit) break;
      end += link[0].length;
    }
    if (end > c.end) selected[i] = { ...c, end, pattern: undefined };
  }
  return selected;
}

/** Does a capitalized name word follow (`Wang` of `Wang Yiwei` is not Wang Yi)? */
function startsAnotherName(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 0x20) return false;
  let wordEnd = end + 1;
  while (wordEnd < text.length && isWordUnit(text.charCodeAt(wordEnd))) wordEnd++;
  const word = text.slice(end + 1, wordEnd);
  return word.length >= 2 && isCapitalized(word) && !NOT_NAME_WORDS_WRITTEN.has(word);
}

/**
 * Finds every entity mention in `text`. Spans are UTF-16 offsets into `text`, never
 * overlap, and come sorted by start.
 */
export function annotate(text: string, kb: KnowledgeBase, options: AnnotateOptions = {}): Mention[] {
  const found: TriggerHit[] = [];
  const hits: Candidate[] = [];
  const words = scanKnowledgeBase(text, kb, found, hits);
  let selected = byArticleCountries(kb, selectNonOverlapping(hits));

  if (options.rules !== false) {
    selected = withArabicNamesWhole(text, withoutOthersSurnames(text, withoutAcronymsInAcronyms(text, selected), found));
    const headlines = headlineLines(text);
    // `Duduk di Sisi Jokowi`, `Jangan Serang …`: in a title-case headline a name that is also a common word is that word.
    if (headlines.length > 0) selected = withoutCommonWordsIn(text, headlines, selected);
    const triggers = outsideHeadlines(headlines, outermostTriggers(found));
    const titles = triggers.filter((t) => t.info.kind.endsWith('title') || t.info.kind === 'speech');
    selected = withoutBodiesInTitles(text, selected, titles);
    const triggerStarts = new Set(titles.map((t) => t.start));
    const triggerEnds = new Set(titles.filter((t) => t.info.kind === 'leader-title').map((t) => t.end));
    const personTitleStarts = new Set(titles.filter((t) => t.info.kind === 'person-title').map((t) => t.start));
    const titleEnds = new Set(titles.filter((t) => t.info.kind !== 'speech').map((t) => t.end));
    const context = (mentions: Candidate[]): RuleContext => ({ text, kb, mentions: new SpanIndex(mentions), triggers, triggerStarts, triggerEnds, personTitleStarts, titleEnds });
    selected = foreignBareBodies(text, kb, resolveEntities(text, kb, selectNonOverlapping([...selected, ...containerRules(context(selected))])));
    const extra = personRules(context(selected));
    const acronyms = new Map<string, DocumentAlias>();
    const notNames = new Set<string>();
    for (const definition of acronymDefinitions(context(selected), extra)) {
      if (definition.none) notNames.add(definition.acronym);
      else acronyms.set(definition.acronym, definition);
    }
    selected = resolveEntities(text, kb, selectNonOverlapping([...selected, ...extra]));
    redefineAcronyms(text, selected, acronyms);
    // `Belt and Road Initiative (BRI)`: that acronym names no body in this article.
    if (notNames.size > 0) selected = selected.filter((c) => !(c.end - c.start <= 12 && notNames.has(text.slice(c.start, c.end))));
    selected = withNicknames(text, selected);
    selected = resolveEntities(text, kb, fillGaps(selected, untitledNames(context(selected), words, headlines)));
    const listed = context(selected);
    selected = withNamesGoneBy(text, resolveEntities(text, kb, fillGaps(selected, [...listedNames(listed), ...listedPlaces(listed)])));
    if (options.coreference !== false) {
      selected = withDocumentAliases(text, selected, withoutAcronymsInAcronyms(text, findDocumentAliases(text, words, documentAliases(text, kb, selected, acronyms))));
    }
  }

  const wanted = options.types ? new Set(options.types) : undefined;
  const { patterns } = kb.compiled();
  const mentions: Mention[] = [];
  let starts: Set<number> | undefined;
  const mentionStarts = () => (starts ??= new Set(selected.map((c) => c.start)));
  let initials: ReadonlySet<string> | undefined;
  const labelled = () => (initials ??= labelledInitials(text));
  let english: boolean | undefined;
  const isEnglish = () => (english ??= isEnglishText(text));
  for (let i = 0; i < selected.length; i++) {
    const c = selected[i];
    if (wanted && !wanted.has(c.type)) continue;
    if (isLanguageOrCurrency(text, c, isEnglish) || isPartyBoard(text, kb, c, selected[i + 1]) || isInitials(text, c, mentionStarts, labelled) || isCodePart(text, c)) continue;
    mentions.push({ start: c.start, end: c.end, text: mentionText(text, c, patterns), type: c.type, entity: c.entity, source: c.source });
  }
  return mentions;
}
