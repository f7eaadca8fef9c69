import { Matcher } from '../matcher';
import { COMMON_WORD_NAMES, GIVEN_NAMES, LEADING_TITLES, PORTFOLIO_WORDS, triggerPhrases, type TitleInfo } from '../lexicon';
import { fold, isLowerUnit, isUpperUnit } from '../text';
import type { EntityRef, EntityType, KbEntry } from '../types';

/** How strictly an alias's letter case must match the text. */
export const enum CasePolicy {
  /** Acronyms and short aliases: `AS` never matches `as`, `Xi` never `XI`. */
  Exact,
  /** Names: every capital of the alias must be a capital in the text (`TIONGKOK` matches). */
  Name,
  /** Long country names, which are also safe in lower case. */
  Any,
}

export interface AliasPattern {
  kind: 'alias';
  entry: KbEntry;
  surface: string;
  policy: CasePolicy;
  /** Lower wins when two entries share an alias: user entries first, then by type. */
  rank: number;
  /** The entry's reference, shared by all its mentions (treat as read-only). */
  ref: EntityRef;
  /**
   * Units of a leading title the mention leaves out (`Raja ` of `Raja Salman`): titles stay
   * outside names, though the alias keeps them so that the bare name need not be one.
   */
  titleLength?: number;
}

export interface TriggerPattern {
  kind: 'trigger';
  phrase: string;
  info: TitleInfo;
}

export type Pattern = AliasPattern | TriggerPattern;

export interface CompiledKnowledgeBase {
  matcher: Matcher;
  patterns: Pattern[];
  /** Per pattern: `PatternFlag` bits, read on every hit without touching the pattern. */
  flags: Uint8Array;
  /**
   * Per pattern, from `caseFrom[i]` to `caseFrom[i + 1]`: the letter-case checks of an
   * alias, each `offset << 2 | CaseCheck`, so a hit is checked without reading its surface.
   */
  caseFrom: Int32Array;
  caseChecks: Int32Array;
  /** Per word id of the matcher: 1 for a common given name (`GIVEN_NAMES`). */
  givenNames: Uint8Array;
  /**
   * For each alias pattern flagged `Shared`: the indices of every alias pattern with the same
   * surface and type, whose entries are of different countries; the article's countries choose.
   */
  rivals: Map<number, number[]>;
}

export const enum PatternFlag {
  Trigger = 1,
  /** The alias may take a clitic (`Tiongkoknya`): four or more units long. */
  TakesClitic = 2,
  /** The alias is also a common word (`Lima`), not a name at a sentence start. */
  CommonWord = 4,
  /** Entries from different countries share the alias (`PPP`, `Tebet`): see `CompiledKnowledgeBase.rivals`. */
  Shared = 8,
  /** The alias is also a word of an office's portfolio (`Labour`): see `inPortfolio` in annotate.ts. */
  Portfolio = 16,
}

/** What the text's unit at an offset must be: upper, lower, neither, or anything but lower. */
export const enum CaseCheck {
  Upper = 0,
  Lower = 1,
  Caseless = 2,
  NotLower = 3,
}

const TYPE_RANK: Record<EntityType, number> = { COUNTRY: 0, ORGANIZATION: 1, LEADER: 2, PLACE: 3, PERSON: 4 };
/** Ranks below this are a workspace's own entries, which win over the bundled ones. */
const USER_RANK_LIMIT = 10;

/** Lower-case words that also spell a country name; those names keep their capitals. */
const COUNTRY_NAMES_THAT_ARE_WORDS = new Set(['jordan', 'georgia', 'guinea', 'jersey', 'turkey', 'niger', 'chile', 'panama', 'inggris', 'belanda', 'jepang', 'timor', 'chad', 'cuba', 'oman', 'mali', 'peru', 'togo', 'samoa', 'tonga', 'malta', 'china', 'india', 'reunion', 'réunion']);

function casePolicyOf(surface: string, type: EntityType): CasePolicy {
  let lower = 0;
  for (let i = 0; i < surface.length; i++) if (isLowerUnit(surface.charCodeAt(i))) lower++;
  if (lower === 0 || surface.length <= 3) return CasePolicy.Exact;
  if (type === 'COUNTRY' && surface.length >= 5 && !COUNTRY_NAMES_THAT_ARE_WORDS.has(surface.toLowerCase())) return CasePolicy.Any;
  return CasePolicy.Name;
}

/** The length of a ruler's or cleric's title and its space at the start of an alias, or 0. */
function leadingTitleLength(surface: string): number {
  const folded = fold(surface);
  for (const title of LEADING_TITLES) if (folded.startsWith(title) && folded.charCodeAt(title.length) === 0x20 && folded.length > title.length + 1) return title.length + 1;
  return 0;
}

/** Plain ASCII only needs lower case (native and fast); anything else is fully folded. */
function lookupKey(text: string): string {
  return NON_ASCII.test(text) ? fold(text) : text.toLowerCase();
}
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * A set of entities with their aliases. Entries later in the list replace earlier ones
 * with the same id, which is how the workspace file overrides the bundled data.
 */
export class KnowledgeBase {
  private readonly byId = new Map<string, KbEntry>();
  private readonly userIds: Set<string>;
  private compiledCache?: CompiledKnowledgeBase;
  private byFoldedAlias?: Map<string, KbEntry[]>;

  constructor(entries: readonly KbEntry[], userEntries: readonly KbEntry[] = []) {
    for (const entry of entries) this.byId.set(entry.id, entry);
    for (const entry of userEntries) this.byId.set(entry.id, entry);
    this.userIds = new Set(userEntries.map((e) => e.id));
  }

  /** A new knowledge base with `entries` merged over this one (they win on id and alias). */
  withUserEntries(entries: readonly KbEntry[]): KnowledgeBase {
    const base = [...this.byId.values()].filter((e) => !this.userIds.has(e.id));
    const user = [...this.byId.values()].filter((e) => this.userIds.has(e.id));
    return new KnowledgeBase(base, [...user, ...entries]);
  }

  get size(): number {
    return this.byId.size;
  }

  get entries(): IterableIterator<KbEntry> {
    return this.byId.values();
  }

  get(id: string): KbEntry | undefined {
    return this.byId.get(id);
  }

  isUserEntry(id: string): boolean {
    return this.userIds.has(id);
  }

  /** Every surface form of an entry: its name first, then its aliases. */
  surfaces(entry: KbEntry): string[] {
    return [...new Set([entry.name, ...(entry.aliases ?? [])].filter((s) => typeof s === "string").map((s) => s.trim()).filter((s) => s.length >= 2))];
  }

  /** Entries whose name or an alias equals `text`, ignoring case and accents. */
  lookup(text: string): KbEntry[] {
    if (!this.byFoldedAlias) {
      const map = new Map<string, KbEntry[]>();
      for (const entry of this.byId.values()) {
        for (const surface of this.surfaces(entry)) {
          const key = lookupKey(surface);
          const list = map.get(key);
          if (!list) map.set(key, [entry]);
          else if (!list.includes(entry)) list.push(entry);
        }
      }
      this.byFoldedAlias = map;
    }
    return this.byFoldedAlias.get(lookupKey(text)) ?? [];
  }

  /** The automaton over all aliases and rule triggers, built once on first use. */
  compiled(): CompiledKnowledgeBase {
    if (this.compiledCache) return this.compiledCache;
    const patterns: Pattern[] = [];
    for (const entry of this.byId.values()) {
      const rank = (this.userIds.has(entry.id) ? 0 : USER_RANK_LIMIT) + TYPE_RANK[entry.type];
      const ref: EntityRef = Object.freeze({ id: entry.id, name: entry.name });
      const surfaces = this.surfaces(entry);
      // Only for an entry also named without a title: `Sheikh Hasina` and `Raja Juli Antoni` are names.
      const titled = entry.type === 'LEADER' || entry.type === 'PERSON' ? surfaces.map(leadingTitleLength) : surfaces.map(() => 0);
      const untitledToo = titled.some((length) => length === 0);
      surfaces.forEach((surface, i) => {
        const pattern: AliasPattern = { kind: 'alias', entry, surface, policy: casePolicyOf(surface, entry.type), rank, ref };
        if (untitledToo && titled[i] > 0) pattern.titleLength = titled[i];
        patterns.push(pattern);
      });
    }
    for (const [phrase, info] of triggerPhrases()) patterns.push({ kind: 'trigger', phrase, info });
    const keys = patterns.map((p) => (p.kind === 'alias' ? p.surface : p.phrase));
    const matcher = new Matcher(keys, GIVEN_NAMES);
    const tables = patternTables(patterns);
    const rivals = sharedAliases(patterns, tables.flags);
    this.compiledCache = { matcher, patterns, ...tables, givenNames: matcher.markWords(GIVEN_NAMES), rivals };
    return this.compiledCache;
  }
}

/**
 * Aliases that entries from two countries or more share (`PPP`, Indonesia's United
 * Development Party and the Pakistan Peoples Party; `Tebet`, a district of Jakarta and
 * Brazil's Simone Tebet): flagged `Shared` in `flags`, and mapped to their rivals.
 */
function sharedAliases(patterns: readonly Pattern[], flags: Uint8Array): Map<number, number[]> {
  const bySurface = new Map<string, number[]>();
  patterns.forEach((pattern, index) => {
    // (A workspace entry's alias is its own: it wins over the bundled ones as it always does.)
    if (pattern.kind !== 'alias' || !pattern.entry.country || pattern.rank < USER_RANK_LIMIT) return;
    // (Of any types: `Tebet`, a district of Jakarta and Brazil's minister Simone Tebet.)
    const key = pattern.surface;
    const list = bySurface.get(key);
    if (list) list.push(index);
    else bySurface.set(key, [index]);
  });
  const rivals = new Map<number, number[]>();
  for (const list of bySurface.values()) {
    if (list.length < 2) continue;
    const countries = new Set(list.map((index) => (patterns[index] as AliasPattern).entry.country));
    if (countries.size < 2) continue;
    for (const index of list) {
      flags[index] |= PatternFlag.Shared;
      rivals.set(index, list);
    }
  }
  return rivals;
}

/** The flags and case checks of every pattern (see `CompiledKnowledgeBase`). */
function patternTables(patterns: readonly Pattern[]): Pick<CompiledKnowledgeBase, 'flags' | 'caseFrom' | 'caseChecks'> {
  const flags = new Uint8Array(patterns.length);
  const caseFrom = new Int32Array(patterns.length + 1);
  const checks: number[] = [];
  patterns.forEach((pattern, index) => {
    caseFrom[index] = checks.length;
    if (pattern.kind === 'trigger') {
      flags[index] = PatternFlag.Trigger;
      return;
    }
    const { surface, policy } = pattern;
    if (surface.length >= 4) flags[index] |= PatternFlag.TakesClitic;
    const folded = fold(surface);
    if (COMMON_WORD_NAMES.has(folded)) flags[index] |= PatternFlag.CommonWord;
    if (PORTFOLIO_WORDS.has(folded)) flags[index] |= PatternFlag.Portfolio;
    if (policy === CasePolicy.Any) return;
    for (let i = 0; i < surface.length; i++) {
      const unit = surface.charCodeAt(i);
      const upper = isUpperUnit(unit);
      if (policy === CasePolicy.Exact) checks.push((i << 2) | (upper ? CaseCheck.Upper : isLowerUnit(unit) ? CaseCheck.Lower : CaseCheck.Caseless));
      else if (upper) checks.push((i << 2) | CaseCheck.NotLower);
    }
  });
  caseFrom[patterns.length] = checks.length;
  return { flags, caseFrom, caseChecks: Int32Array.from(checks) };
}
