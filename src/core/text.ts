import type { EntityType } from './types';

/**
 * Text normalization and word boundaries. Everything here works on UTF-16 code units so
 * that offsets found on normalized text are offsets into the original text: folding never
 * changes a string's length.
 */

const FOLD = new Uint16Array(0x10000);
const WORD = new Uint8Array(0x10000);
const UPPER = new Uint8Array(0x10000);
const LOWER = new Uint8Array(0x10000);
const WORD_FOLD = new Uint16Array(0x10000);

const APOSTROPHES = "\u2018\u2019\u201B\u02BC\u02B9\u02BB\u0060\u00B4\u2032\uFF07";
const DASHES = '\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D\u00AD';
const SPACES = '\u00A0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202F\u205F\u3000\t';

(function buildTables() {
  const letterOrDigit = /[\p{L}\p{N}\p{M}]/u;
  for (let unit = 0; unit < 0x10000; unit++) {
    FOLD[unit] = unit;
    if (unit >= 0xd800 && unit <= 0xdfff) continue;
    const ch = String.fromCharCode(unit);
    if (letterOrDigit.test(ch)) WORD[unit] = 1;
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    if (lower !== ch) UPPER[unit] = 1;
    if (upper !== ch) LOWER[unit] = 1;
    let folded = lower.length === 1 ? lower : ch;
    const decomposed = folded.normalize('NFD');
    if (decomposed.length > 1 && /^.\p{M}+$/u.test(decomposed)) folded = decomposed[0].toLowerCase();
    FOLD[unit] = folded.charCodeAt(0);
  }
  for (const ch of APOSTROPHES) FOLD[ch.charCodeAt(0)] = 0x27;
  for (const ch of DASHES) FOLD[ch.charCodeAt(0)] = 0x2d;
  for (const ch of SPACES) FOLD[ch.charCodeAt(0)] = 0x20;
  // Letters that do not decompose but that people type without their mark.
  const extra: Record<string, string> = { 'ı': 'i', 'ł': 'l', 'ø': 'o', 'đ': 'd', 'ß': 's', 'æ': 'a', 'œ': 'o', 'ħ': 'h' };
  for (const [from, to] of Object.entries(extra)) {
    FOLD[from.charCodeAt(0)] = to.charCodeAt(0);
    FOLD[from.toUpperCase().charCodeAt(0)] = to.charCodeAt(0);
  }
  for (let unit = 0; unit < 0x10000; unit++) if (WORD[unit]) WORD_FOLD[unit] = FOLD[unit];
})();

/**
 * The folded form of a word unit, 0 for any other unit: one table read where a scan
 * over words would otherwise read two.
 */
export function foldWordUnit(unit: number): number {
  return WORD_FOLD[unit];
}

/** Is this code unit a letter, digit or combining mark? Surrogates count as not. */
export function isWordUnit(unit: number): boolean {
  return WORD[unit] === 1;
}

/** Case-, accent-, apostrophe- and dash-insensitive form of one code unit. */
export function foldUnit(unit: number): number {
  return FOLD[unit];
}

/** Folds a whole string; the result has the same length as the input. */
export function fold(text: string): string {
  // Plain ASCII (most words) folds like toLowerCase, but for the backtick and the tab.
  let ascii = true;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0x80 || unit === 0x60 || unit === 0x09) {
      ascii = false;
      break;
    }
  }
  if (ascii) return text.toLowerCase();
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = FOLD[text.charCodeAt(i)];
  if (units.length <= 4096) return String.fromCharCode.apply(null, units as unknown as number[]);
  let out = '';
  for (let i = 0; i < units.length; i += 4096) out += String.fromCharCode.apply(null, units.subarray(i, i + 4096) as unknown as number[]);
  return out;
}

export function isUpperUnit(unit: number): boolean {
  return UPPER[unit] === 1;
}

export function isLowerUnit(unit: number): boolean {
  return LOWER[unit] === 1;
}

/** Is the code point at `index` a letter, digit or combining mark? Handles surrogate pairs. */
export function isWordAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const unit = text.charCodeAt(index);
  if (unit < 0xd800 || unit > 0xdfff) return WORD[unit] === 1;
  const point = text.codePointAt(unit >= 0xdc00 ? index - 1 : index) ?? unit;
  return /[\p{L}\p{N}\p{M}]/u.test(String.fromCodePoint(point));
}

/** Indonesian enclitics and particles written attached to a name: `Tiongkoknya`, `Jakartalah`. */
const CLITICS = ['nya', 'lah', 'pun', 'kah', 'ku', 'mu'];

/**
 * Does a word end at `end`? True when the next character is not part of a word, or when
 * only an Indonesian clitic stands between `end` and the end of the word.
 */
export function endsWord(text: string, end: number, allowClitic = true): boolean {
  if (!isWordAt(text, end)) return true;
  if (!allowClitic || !isLowerUnit(text.charCodeAt(end))) return false;
  for (const clitic of CLITICS) {
    if (isWordAt(text, end + clitic.length)) continue;
    let matches = true;
    for (let k = 0; k < clitic.length; k++) {
      if (FOLD[text.charCodeAt(end + k)] !== clitic.charCodeAt(k)) {
        matches = false;
        break;
      }
    }
    if (matches) return true;
  }
  return false;
}

export function startsWord(text: string, start: number): boolean {
  return !isWordAt(text, start - 1);
}

/**
 * A copy of a slice that does not keep the string it was cut from alive. Engines keep a
 * long slice as a view of its parent, so a mention or a cache key cut from an article
 * would hold the whole article; flattening a concatenation makes a string of its own.
 */
export function ownString(slice: string): string {
  return slice.length < 13 ? slice : (' ' + slice).slice(1);
}

/** Removes a leading byte-order mark, which is not part of the document text. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** `leader:` + slug: lowercase ASCII letters, digits and single hyphens. */
const slugCache = new Map<string, string>();

export function slugify(name: string): string {
  let slug = slugCache.get(name);
  if (slug !== undefined) return slug;
  slug = makeSlug(name);
  if (slugCache.size > 20000) slugCache.clear();
  slugCache.set(ownString(name), slug);
  return slug;
}

/** The prefix of each type's entity ids (`leader:xi-jinping`, `org:…`). */
export const ID_PREFIXES: Readonly<Record<EntityType, string>> = { LEADER: 'leader', PERSON: 'person', COUNTRY: 'country', ORGANIZATION: 'org', PLACE: 'place' };

const idCaches = new Map<string, Map<string, string>>();

/**
 * `prefix:slug` for an entity the knowledge base does not know, the same string object
 * for the same name: maps keyed by ids (the corpus index's) then compare pointers.
 */
export function entityId(prefix: string, name: string): string {
  let cache = idCaches.get(prefix);
  if (!cache) idCaches.set(prefix, (cache = new Map()));
  let id = cache.get(name);
  if (id !== undefined) return id;
  id = `${prefix}:${slugify(name)}`;
  if (cache.size > 20000) cache.clear();
  cache.set(ownString(name), id);
  return id;
}

/** The slug of a name, computed afresh (`slugify` keeps what it computes). */
export function makeSlug(name: string): string {
  // ASCII names (most of them): one pass, no normalization, each run of letters and digits
  // copied at once.
  let slug = '';
  let pendingDash = false;
  let lower: string | undefined;
  for (let i = 0; i < name.length; ) {
    const unit = name.charCodeAt(i);
    if (unit >= 0x80 || unit === 0x60 || unit === 0x26) return unicodeSlug(name);
    if (!isAsciiAlphanumeric(unit)) {
      if (unit !== 0x27) pendingDash = true;
      i++;
      continue;
    }
    let end = i + 1;
    while (end < name.length && isAsciiAlphanumeric(name.charCodeAt(end))) end++;
    lower ??= name.toLowerCase();
    if (pendingDash && slug.length > 0) slug += '-';
    pendingDash = false;
    slug += lower.slice(i, end);
    i = end;
  }
  return slug;
}

function isAsciiAlphanumeric(unit: number): boolean {
  return (unit >= 0x61 && unit <= 0x7a) || (unit >= 0x41 && unit <= 0x5a) || (unit >= 0x30 && unit <= 0x39);
}

function unicodeSlug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/&/g, ' and ')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9\p{L}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** True when the word has at least one letter and no lower-case letter. */
export function isAllCaps(text: string): boolean {
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (LOWER[unit]) return false;
    if (UPPER[unit]) letters++;
  }
  return letters > 0;
}

export function isCapitalized(word: string): boolean {
  return word.length > 0 && UPPER[word.charCodeAt(0)] === 1;
}

/** Does a sentence, a line or a quotation start at `start`? */
export function atSentenceStart(text: string, start: number): boolean {
  let p = start - 1;
  while (p >= 0 && (text.charCodeAt(p) === 0x20 || text.charCodeAt(p) === 0x09)) p--;
  if (p < 0) return true;
  const unit = text.charCodeAt(p);
  // (`TRIBUNWOW.COM - Lima lembaga …`: the dash after a dateline)
  if ((unit === 0x2d || unit === 0x2013 || unit === 0x2014) && p < start - 1 && text.charCodeAt(p - 1) === 0x20) return true;
  return unit === 0x2e || unit === 0x21 || unit === 0x3f || unit === 0x0a || unit === 0x0d || unit === 0x22 || unit === 0x201c;
}

/** Is an ASCII word written in lower case, capitalized or in capitals (not `iPhone`, not `Kalimat\`)? */
function plainAsciiShape(word: string): boolean {
  let upperAfterFirst = false;
  let lower = false;
  for (let i = 0; i < word.length; i++) {
    const unit = word.charCodeAt(i);
    if (unit >= 0x80 || unit === 0x60 || unit === 0x09) return false;
    if (unit >= 0x61 && unit <= 0x7a) lower = true;
    else if (unit >= 0x41 && unit <= 0x5a && i > 0) upperAfterFirst = true;
  }
  return !(upperAfterFirst && lower);
}

/**
 * A set of folded words that answers for a word as written. A plain ASCII word (lower
 * case, capitalized or all capitals: nearly every word) is looked up among those three
 * forms of the members, without folding it; any other spelling is folded first.
 */
export class FoldedWords {
  private readonly folded: Set<string>;
  private readonly written = new Set<string>();

  constructor(words: Iterable<string>) {
    this.folded = new Set([...words].map(fold));
    for (const word of this.folded) {
      if (!plainAsciiShape(word)) continue;
      this.written.add(word);
      this.written.add(word.charAt(0).toUpperCase() + word.slice(1));
      this.written.add(word.toUpperCase());
    }
  }

  has(word: string): boolean {
    return plainAsciiShape(word) ? this.written.has(word) : this.folded.has(fold(word));
  }
}
