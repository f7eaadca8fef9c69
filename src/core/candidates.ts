import type { KnowledgeBase } from './kb/knowledge-base';
import { LEGAL_PREFIXES, LEGAL_SUFFIXES } from './lexicon';
import { bodyOfState, stateMinistry } from './state-bodies';
import { entityId, ID_PREFIXES, isWordUnit, ownString } from './text';
import type { EntityRef, EntityType, KbEntry, MentionSource } from './types';

/** A possible mention before overlaps are resolved. */
export interface Candidate {
  start: number;
  end: number;
  type: EntityType;
  entity: EntityRef;
  source: MentionSource;
  /** Breaks ties between spans of equal extent: lower wins. */
  rank: number;
  /**
   * Set by rules: the entity is still to be looked up (among these types) in the knowledge
   * base. Done only for candidates that survive selection, since most do not.
   */
  unresolved?: readonly EntityType[];
  /** For knowledge-base hits: the index of the alias pattern that matched. */
  pattern?: number;
}


/** Links rule candidates to a known entry of the accepted types, or gives them a new id. */
export function resolveEntities(text: string, kb: KnowledgeBase, candidates: Candidate[]): Candidate[] {
  let country: string | undefined | null = null;
  for (const c of candidates) {
    if (!c.unresolved) continue;
    const name = ownString(text.slice(c.start, c.end));
    const accept = c.unresolved;
    let known = kb.lookup(name).find((e) => accept.includes(e.type)) ?? knownWithoutLegalForm(kb, name, accept) ?? knownWithoutMiddleNames(kb, name, accept);
    // `Kabupaten Karo`, `Kota Batu`: the regency or city the knowledge base names in English.
    if (!known && accept.includes('PLACE')) known = designatedPlace(text, kb, c.start, name);
    // `the Senate`, `Congress`: the chamber of the article's country.
    const generic = !known && GENERIC_MINISTRY.test(name);
    // `South Korea's Foreign Ministry`, `Foreign Ministry Spokesperson Lin Jian`: that state's; else the article's.
    const chamber = !known && (generic || CHAMBER_WORDS.has(name));
    const state = chamber ? ((generic ? ownerCountry(text, kb, candidates, c) : undefined) ?? (country === null ? (country = articleCountry(kb, candidates)) : country)) : undefined;
    if (chamber) known = chamberOf(kb, name, state);
    // `Kementerian Luar Negeri Jepang`, `the Japanese Foreign Ministry`: one ministry in both languages.
    const ministry = !known && accept.includes('ORGANIZATION') ? stateMinistry(kb, name, generic ? state : undefined) : undefined;
    if (known) {
      c.entity = { id: known.id, name: known.name };
      c.type = known.type;
    } else if (ministry) {
      c.entity = ministry;
      c.type = 'ORGANIZATION';
    } else c.entity = { id: entityId(ID_PREFIXES[c.type], name), name };
    c.unresolved = undefined;
  }
  return candidates;
}

/**
 * The state a ministry named without one belongs to by its neighbours: the country named
 * with `'s` before it (`South Korea's Foreign Ministry`), or the known official of a state
 * right after it (`Foreign Ministry Spokesperson Lin Jian`).
 */
function ownerCountry(text: string, kb: KnowledgeBase, candidates: readonly Candidate[], c: Candidate): string | undefined {
  if (/^['’]s $/.test(text.slice(c.start - 3, c.start))) {
    const owner = candidates.find((o) => o.end === c.start - 3 && o.type === 'COUNTRY' && !o.unresolved);
    if (owner) return owner.entity.id.slice(8);
  }
  const official = candidates.find((o) => o.start > c.end && o.start - c.end <= 16 && (o.type === 'LEADER' || o.type === 'PERSON') && o.source === 'kb');
  return official && OFFICIAL_GAP.test(text.slice(c.end, official.start)) ? kb.get(official.entity.id)?.country : undefined;
}
const OFFICIAL_GAP = /^,? (?:[Ss]pokes(?:person|man|woman) |[Mm]inister |[Ss]ecretary )?$/;

/**
 * The countries an article's known names point to, with how many point to each: countries
 * themselves, and the country of each known entry (candidates `skip` leaves out are not counted).
 */
export function countryVotes(kb: KnowledgeBase, candidates: readonly Candidate[], skip?: (c: Candidate) => boolean): Map<string, number> {
  const votes = new Map<string, number>();
  for (const c of candidates) {
    if (c.unresolved || (skip && skip(c))) continue;
    const country = c.type === 'COUNTRY' ? c.entity.id.slice(8) : kb.get(c.entity.id)?.country;
    if (country) votes.set(country, (votes.get(country) ?? 0) + 1);
  }
  return votes;
}

/** The country most of an article's known names point to, if any. */
export function articleCountry(kb: KnowledgeBase, candidates: readonly Candidate[]): string | undefined {
  let best: string | undefined;
  let most = 0;
  for (const [country, count] of countryVotes(kb, candidates)) {
    if (count > most) {
      best = country;
      most = count;
    }
  }
  return best;
}

const DESIGNATED = /(?:^|[^\p{L}])(Kabupaten|Kab\.|Kota|Pemkab|Pemkot|Regency of|City of) $/iu;

/** `Kabupaten Karo` is `Karo Regency`, `Kota Batu` is `Batu City`: a region named with its designator. */
function designatedPlace(text: string, kb: KnowledgeBase, start: number, name: string): KbEntry | undefined {
  const designator = DESIGNATED.exec(text.slice(Math.max(0, start - 14), start));
  if (!designator) return undefined;
  const kind = /^(?:kota|pemkot|city)/i.test(designator[1]) ? 'City' : 'Regency';
  return kb.lookup(`${name} ${kind}`).find((e) => e.type === 'PLACE');
}

/** Chambers a rule may find named by their head alone. */
export const CHAMBER_WORDS = new Set(['Senate', 'Congress', 'House', 'Senat', 'Kongres']);

/** A ministry named without its country (`the Foreign Ministry said`), which the article's country tells. */
const GENERIC_MINISTRY = /^(?:(?:Foreign|Defen[cs]e|Finance|Commerce|Trade|Interior|Health|Justice|Education) Ministry|Ministry of (?:Foreign Affairs|Defen[cs]e|National Defense|Finance|Commerce|Interior|Health|Justice|Education))$/;

/** `Foreign Ministry` is also written `Ministry of Foreign Affairs`. */
function ministryForms(name: string): string[] {
  const head = /^(\S+) Ministry$/.exec(name)?.[1];
  if (!head) return [name];
  const remit = head === 'Foreign' ? 'Foreign Affairs' : head;
  return [name, `Ministry of ${remit}`, ...(head.startsWith('Defen') ? ['Ministry of Defense', 'Ministry of Defence', 'Ministry of National Defense'] : [])];
}

/**
 * `the House`, `Senat`, `Kongres`, `the Foreign Ministry` alone: the chamber or ministry of
 * the article's country, when the knowledge base names it with one of that country's names
 * (`U.S. House`, `Senat AS`, `Ministry of Foreign Affairs of China`).
 */
export function chamberOf(kb: KnowledgeBase, chamber: string, country: string | undefined): KbEntry | undefined {
  return bodyOfState(kb, ministryForms(chamber), country);
}

/**
 * `Microsoft Corp` is the known `Microsoft`, `PT Angkasa Pura` the known `Angkasa Pura`:
 * a company's legal form, after its name or (in Indonesian) before it, is no part of who it is.
 * So too a ministry's name misspelled the common way (`Kementrian`).
 */
function knownWithoutLegalForm(kb: KnowledgeBase, name: string, accept: readonly EntityType[]) {
  if (!accept.includes('ORGANIZATION')) return undefined;
  const prefix = /^([A-Za-z]+)\.?\s+(.+)$/.exec(name);
  const afterPrefix = prefix && LEGAL_PREFIXES.has(prefix[1].toLowerCase()) ? prefix[2] : undefined;
  // (`BYD Co Ltd`, `Toyota Motor Co., Ltd.`: two forms, both dropped)
  const beforeSuffix = (text: string): string | undefined => {
    const suffix = /^(.+?)[\s,]+([A-Za-z]+)\.?$/.exec(text);
    if (!suffix || !LEGAL_SUFFIXES.has(suffix[2].toLowerCase())) return undefined;
    return beforeSuffix(suffix[1]) ?? suffix[1];
  };
  // `Kementrian Luar Negeri Tiongkok`: a common misspelling of `Kementerian`.
  const respelled = /^Kementrian /i.test(name) ? `Kementerian ${name.slice(11)}` : undefined;
  // `Kementerian Komdigi`: a ministry named by its known acronym is that ministry.
  const acronym = /^Kement(?:e)?rian (\p{Lu}[\p{L}]+)$/u.exec(name)?.[1];
  const ministry = acronym ? kb.lookup(acronym).find((e) => e.type === 'ORGANIZATION' && /\bministry\b/i.test(e.name)) : undefined;
  if (ministry) return ministry;
  // `PT Bank Central Asia Tbk`: either form alone, then both.
  for (const bare of [beforeSuffix(name), afterPrefix, afterPrefix && beforeSuffix(afterPrefix), respelled]) {
    const known = bare ? kb.lookup(bare).find((e) => e.type === 'ORGANIZATION') : undefined;
    if (known) return known;
  }
  return undefined;
}

/**
 * `Joseph Nyumah Boakai`, `Daniel Francisco Chapo`: a person named in full with middle names
 * the knowledge base leaves out is the known person of the first and the last name.
 */
function knownWithoutMiddleNames(kb: KnowledgeBase, name: string, accept: readonly EntityType[]) {
  if (!accept.includes('PERSON') && !accept.includes('LEADER')) return undefined;
  // Three words or more: a first space before the last one.
  const first = name.indexOf(' ');
  const last = name.lastIndexOf(' ');
  if (first < 0 || first === last) return undefined;
  const pair = `${name.slice(0, first)} ${name.slice(last + 1)}`;
  if (!personPairs(kb).has(pair.toLowerCase())) return undefined;
  return kb.lookup(pair).find((e) => (e.type === 'PERSON' || e.type === 'LEADER') && accept.includes(e.type));
}

/** The knowledge base's two-word names of people, in lower case: one set look-up before a real one. */
function personPairs(kb: KnowledgeBase): Set<string> {
  let pairs = personPairsByKb.get(kb);
  if (!pairs) {
    pairs = new Set();
    for (const entry of kb.entries) {
      if (entry.type !== 'PERSON' && entry.type !== 'LEADER') continue;
      for (const surface of kb.surfaces(entry)) if (/^\S+ \S+$/.test(surface)) pairs.add(surface.toLowerCase());
    }
    personPairsByKb.set(kb, pairs);
  }
  return pairs;
}
const personPairsByKb = new WeakMap<KnowledgeBase, Set<string>>();

/** Is this organization mention a political party (by its words or its knowledge-base entry)? */
export function isPartyMention(text: string, kb: KnowledgeBase, mention: Candidate): boolean {
  if (mention.type !== 'ORGANIZATION') return false;
  if (/\b(?:partai|party)\b/i.test(text.slice(mention.start, mention.end)) || /\bparty\b/i.test(mention.entity.name)) return true;
  const entry = mention.entity.id ? kb.get(mention.entity.id) : undefined;
  if (!entry) return false;
  let party = partyEntries.get(entry);
  if (party === undefined) partyEntries.set(entry, (party = /\bparty\b/i.test(`${entry.name} ${entry.description ?? ''}`)));
  return party;
}

/** Whether each knowledge-base entry asked about is a party, by its name and description. */
const partyEntries = new WeakMap<KbEntry, boolean>();

/**
 * Is this organization mention a company (a legal form in its words, or its knowledge-base
 * entry's description)? A company's president or vice-president is an executive, no leader.
 */
export function isCompanyMention(text: string, kb: KnowledgeBase, mention: Candidate): boolean {
  if (mention.type !== 'ORGANIZATION') return false;
  const { start, end } = mention;
  let firstEnd = start;
  while (firstEnd < end && isWordUnit(text.charCodeAt(firstEnd))) firstEnd++;
  let lastEnd = end;
  if (text.charCodeAt(lastEnd - 1) === 0x2e) lastEnd--; // `Inc.`
  let lastStart = lastEnd;
  while (lastStart > firstEnd && isWordUnit(text.charCodeAt(lastStart - 1))) lastStart--;
  if (lastStart > firstEnd && (LEGAL_PREFIXES.has(text.slice(start, firstEnd).toLowerCase()) || LEGAL_SUFFIXES.has(text.slice(lastStart, lastEnd).toLowerCase()))) return true;
  const entry = mention.entity.id ? kb.get(mention.entity.id) : undefined;
  if (!entry) return false;
  let company = companyEntries.get(entry);
  if (company === undefined) companyEntries.set(entry, (company = COMPANY_DESCRIPTION.test(entry.description ?? '')));
  return company;
}

const COMPANY_DESCRIPTION = /\b(?:company|firm|maker|producer|manufacturer|conglomerate|airline|carrier|insurer|lender|retailer|subsidiary|listed on)\b/i;
const companyEntries = new WeakMap<KbEntry, boolean>();

/**
 * Longest-leftmost selection: walks candidates by start, longest first, and keeps each one
 * that does not overlap what was kept before. Returns them sorted by start.
 */
export function selectNonOverlapping(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank);
  const kept: Candidate[] = [];
  let lastEnd = -1;
  for (const candidate of sorted) {
    if (candidate.start < lastEnd || candidate.end <= candidate.start) continue;
    kept.push(candidate);
    lastEnd = candidate.end;
  }
  return kept;
}

/** Adds candidates that fit in the gaps between `fixed` ones, which always stay. */
export function fillGaps(fixed: Candidate[], extra: Candidate[]): Candidate[] {
  if (extra.length === 0) return fixed;
  const free = extra.filter((c) => !overlapsAny(fixed, c));
  return [...fixed, ...selectNonOverlapping(free)].sort((a, b) => a.start - b.start);
}

/** Binary search over `sorted` (non-overlapping, by start). */
export function overlapsAny(sorted: Candidate[], span: { start: number; end: number }): boolean {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const candidate = sorted[mid];
    if (candidate.end <= span.start) low = mid + 1;
    else if (candidate.start >= span.end) high = mid - 1;
    else return true;
  }
  return false;
}

/** Looks up selected mentions by start or end offset, for rules that look around a word. */
export class SpanIndex {
  /** `mentions` must be sorted and non-overlapping, so their ends are sorted too. */
  constructor(readonly mentions: Candidate[]) {}

  private find(offset: number, key: 'start' | 'end'): Candidate | undefined {
    const { mentions } = this;
    let low = 0;
    let high = mentions.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const value = mentions[mid][key];
      if (value < offset) low = mid + 1;
      else if (value > offset) high = mid - 1;
      else return mentions[mid];
    }
    return undefined;
  }

  startingAt(offset: number): Candidate | undefined {
    return this.find(offset, 'start');
  }

  /** The first mention that starts at `offset` or after it. */
  startingFrom(offset: number): Candidate | undefined {
    const { mentions } = this;
    let low = 0;
    let high = mentions.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (mentions[mid].start < offset) low = mid + 1;
      else high = mid;
    }
    return mentions[low];
  }

  endingAt(offset: number): Candidate | undefined {
    return this.find(offset, 'end');
  }
}
