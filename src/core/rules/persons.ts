import { type Candidate, isCompanyMention, isPartyMention } from '../candidates';
import type { KnowledgeBase } from '../kb/knowledge-base';
import { ARTICLED_NAME_PART, BODY_NAME_WORDS, CALENDAR_WORDS, COMPANY_WORDS, EVENT_WORDS, HONORIFICS, isPortfolioWord, isRemitNoun, NAME_PARTICLES, NOT_PERSON_NAME_WORDS, ORG_PREFIXES, PARTY_CHAIRS, PLACE_HEAD_TITLES, PORTFOLIO_WORDS, RANKS } from '../lexicon';
import { atSentenceStart, fold, FoldedWords, isAllCaps, isCapitalized, isLowerUnit, isUpperUnit } from '../text';
import type { EntityType } from '../types';
import { candidate, CONTAINER_TYPES, insideTitle, isAndWord, isBlank, isGivenName, isNameWord, linkedCandidate, type RuleContext, skipBlanks, skipBlanksBack, skipRank, triggerAt, type TriggerHit, type Word, wordAt, wordBefore, wordsIn } from './context';

/**
 * Rules for people: titles before names, speakers, appositions, bylines and photo credits.
 */

/** What follows `S.`, `M.` or `D.` in Indonesian academic degrees (`S.Sos`, `M.Kes`, `M.Si`, `S.H.`). */
const ACADEMIC_DEGREE = /^(?:Kes|Si|Sos|H|Hum|Pd|Kom|Ag|IP|AP|KP|Ak|Sc|Eng|T|E|M|Kn|Farm|Psi|Th|Ked|Kep|Ars|Pt|P|Ikom|Hut|Pi|Stat|Fil|Sn|Tr|Gz)(?![\p{Ll}])/u;

const ONE_OF_MANY = new Set(['a', 'an', 'one', 'another', 'senior', 'local', 'regional', 'provincial', 'youth', 'seorang', 'salah']);

/** `a PPP leader`, `senior Labour leader`: the word before a party names one of its members, not its head. */
function isOneOfMany(text: string, start: number): boolean {
  const before = wordBefore(text, skipBlanksBack(text, start));
  return before !== undefined && ONE_OF_MANY.has(before.text.toLowerCase());
}

/**
 * Reads a personal name starting at `pos`: up to four capitalized words, with particles
 * (`bin`, `van der`) and initials (`S.`) inside. Returns undefined when a known mention
 * stands there instead.
 */
export function readPersonName(ctx: RuleContext, pos: number, minWords = 1): { start: number; end: number } | undefined {
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
    // `Bupati dan Wakil Bupati`: the last word of a title is none of a name; nor is a body's head (`Panglima Kodam`).
    if ((ctx.titleEnds.has(word.end) && insideTitle(ctx, p)) || (ORG_HEAD_WORDS.has(word.text) && triggerAt(ctx, p)?.info.kind === 'org-prefix')) break;
    // `Ronald Sorongan M.Si`, `Teben Gurik S.Sos.`: an academic degree after the name ends it.
    if (words > 0 && text[word.end] === '.' && /^[SMD]$/.test(word.text) && ACADEMIC_DEGREE.test(text.slice(word.end + 1, word.end + 8))) break;
    // Initials, and abbreviated given names (`La Ode Muh. Deden Saputra`, `Abd. Salam`).
    if (text[word.end] === '.' && ((word.text.length === 1 && isUpperUnit(word.text.charCodeAt(0))) || (isCapitalized(word.text) && NAME_ABBREVIATIONS.has(word.text)))) {
      if (start < 0) start = word.start;
      p = skipBlanks(text, word.end + 1);
      continue;
    }
    // Initials written without points (`Basuki T Purnama`, `JA Barata`) or with one (`ST.
    // Burhanuddin`) need a name after them.
    if (word.text.length <= 2 && isAllCaps(word.text)) {
      const next = wordAt(text, skipBlanks(text, text[word.end] === '.' ? word.end + 1 : word.end));
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
    if (!isNameWord(word) && !(words > 0 && isCalendarInName(word, wordAt(text, skipBlanks(text, word.end)))) && !(words > 0 && ARTICLED_NAME_PART.test(word.text))) break;
    // `Rep: Retno Wulandhari Red: Nidia Zuraya`: the next label is no part of the name.
    if (words > 0 && text[word.end] === ':') break;
    // `Kepala Pusat Penerangan`: a remit is no name (though places are named so: `Pekalongan`).
    if (word.text.length >= 8 && isRemitNoun(word.text.toLowerCase())) break;
    if (NOT_PERSON_NAME_WORDS.has(word.text)) break;
    if (start < 0) start = word.start;
    // `Philippine President Marcos's remarks`: the owner's name ends before its `'s`.
    if (/['’]s$/.test(word.text) && word.text.length > 3) {
      end = word.end - 2;
      words++;
      break;
    }
    // `Kevin Aluwi-red`: the editor's mark after a name is no part of it; nor is what the
    // person leads or backs (`Eknath Shinde-led Shiv Sena`).
    const tail = words > 0 && word.text.length > 4 && (word.text.indexOf('-') > 0 || word.text.indexOf('‐') > 0) ? /[-‐](?:red|rls|ant|led|backed)$/.exec(word.text) : null;
    if (tail) {
      end = word.end - tail[0].length;
      words++;
      break;
    }
    // `Fahmi Fadli-Ikhwan Antasari`: a pair of candidates; the first name ends at the hyphen.
    // (`Jean-Claude Juncker` and `Moon Jae-In` are one name each.)
    const pair = words > 0 ? pairHyphen(text, word, words) : -1;
    if (pair > 0) {
      end = pair;
      words++;
      break;
    }
    end = word.end;
    words++;
    p = skipBlanks(text, word.end);
  }
  if (start < 0 || end < 0 || end - start < 2 || words < minWords) return undefined;
  return { start, end };
}

/**
 * Where a hyphen inside `word` ends the first of two persons' names, or -1: a capital follows
 * it after a first part of four letters or more, and a name word follows the word
 * (`Mas'ud-Seno Aji`) or two words of the name stand before it (`Syarifah Masitah Assegaf-Denni`).
 */
function pairHyphen(text: string, word: Word, wordsBefore: number): number {
  const hyphen = word.text.indexOf('-');
  // A short first part is a particle or a syllable (`Al-Zoubaidi`, `Abu-Zaid`, `Jae-In`).
  if (hyphen < 4 || hyphen === word.text.length - 1 || !isUpperUnit(word.text.charCodeAt(hyphen + 1))) return -1;
  const next = text[word.end] === ' ' ? wordAt(text, word.end + 1) : undefined;
  return (next && isNameWord(next)) || wordsBefore >= 2 ? word.start + hyphen : -1;
}

/**
 * A one-word place or body inside a personal name: between two name words (`Ade Ary Syam
 * Indradi`), or at its end (`Huang Kunming`, `Thérèse Kayikwamba Wagner`).
 */
function isPlaceWordInName(ctx: RuleContext, mention: Candidate, words: number): boolean {
  if ((mention.type !== 'PLACE' && mention.type !== 'ORGANIZATION') || mention.source !== 'kb') return false;
  const word = wordAt(ctx.text, mention.start);
  if (!word || word.end !== mention.end || !isNameWord(word)) return false;
  const after = skipBlanks(ctx.text, mention.end);
  const next = wordAt(ctx.text, after);
  if (next && isCapitalized(next.text)) return isNameWord(next) && !ctx.mentions.startingAt(after) && !ctx.triggerStarts.has(after);
  // At the end of a name: a place after a lone given name; a body's one-word name (`Wagner`)
  // after two name words.
  return mention.type === 'PLACE' ? words === 1 : words >= 2;
}

/** Lower-case words that join a title to its portfolio or country: `Menteri Urusan Luar Negeri`, `President of Kazakhstan`. */
const TITLE_GLUE = new Set(['dari', 'di', 'untuk', 'of', 'at', 'to', 'the', 'urusan', 'bidang', 'dan', 'and', 'for']);


/**
 * An acronym of three to six capitals between a title and a name, or a second office after
 * a slash (`Menteri PPN Rachmat`, `Menteri PPN/Kepala Bappenas`). Initials are shorter
 * (`AM Putranto`), and a name in capitals stands before a word in lower case (`Presiden SBY
 * mengatakan`).
 */
function isPortfolioAcronym(text: string, word: Word): boolean {
  if (!/^[A-Z]{3,6}$/.test(word.text)) return false;
  if (text[word.end] === '/') return true;
  const next = wordAt(text, skipBlanks(text, word.end));
  return !!next && next.start === word.end + 1 && isNameWord(next) && !isAllCaps(next.text);
}

const TERM_WORDS = new Set(['nonaktif', 'terpilih', 'definitif', 'sementara', 'interim', 'incumbent', 'then', 'periode', 'baru']);
/** Term words that headlines and titles in title case capitalize (`Presiden Terpilih Prabowo`, `Dirut Baru Pertamina`). */
const CAPITALIZED_TERMS = new Set(['Nonaktif', 'Terpilih', 'Definitif', 'Sementara', 'Interim', 'Baru']);
const TERM_BEFORE_ITU = new Set(['saat', 'kala', 'waktu', 'ketika']);

/**
 * Where words that tell the term of an office end (`nonaktif`, `saat itu`, `periode
 * 2019-2024`), or -1.
 */
function skipTerm(text: string, word: Word): number {
  if (CAPITALIZED_TERMS.has(word.text)) return word.end;
  if (isUpperUnit(word.text.charCodeAt(0))) return -1;
  if (TERM_WORDS.has(word.text)) {
    if (word.text !== 'periode') return word.end;
    const years = /^ \d{4}(?:\s?[-–]\s?\d{4})?/.exec(text.slice(word.end, word.end + 13));
    return years ? word.end + years[0].length : -1;
  }
  if (!TERM_BEFORE_ITU.has(word.text) || !text.startsWith(' itu', word.end)) return -1;
  return word.end + 4;
}

/** Skips ` (OJK)` after an organization named between a title and a name. */
function skipBracketedAcronym(text: string, pos: number): number {
  const match = /^\s?\([A-Z][A-Za-z0-9&.-]{1,11}\)/.exec(text.slice(pos, pos + 16));
  return match ? pos + match[0].length : pos;
}

/**
 * `Deputi Bidang Meteorologi BMKG Guswanto`, `Kepala Pusat Data dan Informasi BNPB Abdul
 * Muhari`: capitalized words of a remit, up to the known body they are of, with a name
 * right after it. Returns where that body starts, or -1.
 */
function remitBeforeBody(ctx: RuleContext, pos: number): number {
  const { text } = ctx;
  // The next known name must be near, and a body (a one-word place may be part of a name:
  // `Ade Ary Syam Indradi`).
  const body = ctx.mentions.startingFrom(pos);
  if (!body || body.type !== 'ORGANIZATION' || body.start - pos > 100) return -1;
  let words = 0;
  for (let p = skipBlanks(text, pos); words < 6 && p <= body.start; ) {
    if (p === body.start) {
      if (words === 0) return -1;
      // `… Kebencanaan BNPB, Abdul Muhari`: a comma may set the name off.
      const after = skipBlanks(text, text[body.end] === ',' ? body.end + 1 : body.end);
      const next = wordAt(text, after);
      return next && isNameWord(next) && !ctx.mentions.startingAt(after) && !ctx.triggerStarts.has(after) ? p : -1;
    }
    const word = wordAt(text, p);
    if (!word || ctx.triggerStarts.has(p)) return -1;
    const glue = words > 0 && (isAndWord(fold(word.text)) || TITLE_GLUE.has(fold(word.text)));
    if (!glue && !(isCapitalized(word.text) && !isAllCaps(word.text))) return -1;
    if (!glue) words++;
    p = skipBlanks(text, text[word.end] === ',' ? word.end + 1 : word.end);
  }
  return -1;
}

/** Does a name of two words or more at `pos` end at a comma (`Luis Caputo, said`)? */
function closedApposition(ctx: RuleContext, pos: number): boolean {
  const name = readPersonName(ctx, pos, 2);
  return name !== undefined && name.start === pos && ctx.text.charCodeAt(name.end) === 0x2c;
}

/** English nouns of a field (`Alleviation`, `Development`, `Planning`): never a name's words. */
const ENGLISH_REMIT = /^\p{Lu}\p{Ll}{3,}(?:tion|sion)s?$|^\p{Lu}\p{Ll}{5,}ment$|^\p{Lu}\p{Ll}{3,}(?:ness|ism)$/u;

/** An Indonesian or English noun of a field (`Penerangan`, `Alleviation`), as written. */
function isRemitWord(written: string): boolean {
  return (written.length >= 8 && isRemitNoun(written.toLowerCase())) || ENGLISH_REMIT.test(written);
}

/**
 * `Humanitarian Affairs and Poverty Alleviation`, `Rural Development`: capitalized words at
 * `pos`, with `and` between them where `joined`, up to the last English remit noun among them.
 * Returns where that noun ends, or -1.
 */
function englishRemit(text: string, pos: number, joined: boolean): number {
  let end = -1;
  for (let p = pos, words = 0; words < 6; words++) {
    const word = wordAt(text, p);
    if (!word) break;
    if (joined && word.text === 'and' && words > 0) {
      p = skipBlanks(text, word.end);
      continue;
    }
    if (!isCapitalized(word.text)) break;
    if (ENGLISH_REMIT.test(word.text)) end = word.end;
    p = skipBlanks(text, word.end);
  }
  return end;
}

/** `Presiden Tiongkok Xi Jinping`, `juru bicara Kemlu Lin Jian`, `…," kata Budi`. */
function titledNames(ctx: RuleContext, out: Candidate[]): void {
  const { text } = ctx;
  let previous: TriggerHit | undefined;
  for (const trigger of ctx.triggers) {
    const before = previous;
    previous = trigger;
    const { kind } = trigger.info;
    if (kind !== 'leader-title' && kind !== 'person-title' && kind !== 'speech') continue;
    const title = fold(text.slice(trigger.start, trigger.end));
    // `Justice Minister Yilmaz Tunc`: a portfolio before a leader's title is part of it.
    if (kind === 'person-title' && PORTFOLIO_WORDS.has(title) && nextTitleIsLeaders(ctx, trigger)) continue;
    // `Staf Khusus Bupati Kudus Agus Soeranto`, `ajudan Bupati Norman`: an aide of the leader.
    const aide = kind === 'leader-title' && before !== undefined && before.end === skipBlanksBack(text, trigger.start) && AIDE_TITLES.has(fold(text.slice(before.start, before.end)));
    const secretary = kind === 'leader-title' && SECRETARIES_GENERAL.has(title);
    if (kind === 'speech') {
      const before = text.charCodeAt(skipBlanksBack(text, trigger.start) - 1);
      if (!(before === 0x2c || before === 0x22 || before === 0x201d || before === 0x27 || before === 0x2019)) continue;
    }
    if (trigger.end - trigger.start <= 2 && !isUpperUnit(text.charCodeAt(trigger.start))) continue; // "pm", "dr"
    if (trigger.info.labelOnly && !/^ ?:/.test(text.slice(trigger.end, trigger.end + 2))) continue;
    // Descriptions of people (`warga`, `pengusaha`) are written in lower case before a name;
    // capitalized they belong to a longer name (`Gabungan Pengusaha Kelapa Sawit`).
    if (trigger.info.minWords && isUpperUnit(text.charCodeAt(trigger.start)) && !atSentenceStart(text, trigger.start)) continue;
    let p = trigger.end;
    // `Dr. Budi`, `Pewarta: Budi`; but a sentence may end after a title (`… prime minister. John`).
    if ((text[p] === '.' && trigger.end - trigger.start <= 4) || text[p] === ':') p++;
    else if (trigger.info.labelOnly) p = text.indexOf(':', p) + 1;
    // `Mayor Jenderal (Mayjen) Mulyo Aji`: a rank with what follows it.
    const afterRank = kind === 'person-title' && RANKS.has(title) ? skipRank(ctx, trigger.start) : -1;
    if (afterRank > p) p = afterRank;
    // `Chief Executive Officer (CEO) Danantara`: the title's acronym after it.
    else if (kind !== 'speech' && text.charCodeAt(p) === 0x20 && text.charCodeAt(p + 1) === 0x28) p = skipBracketedAcronym(text, p);
    const chairTitle = PARTY_CHAIRS.has(title);
    // `PDIP chairwoman Megawati`, `Tory leader Kemi Badenoch`: the party may stand before the
    // chair's title. (But `a PPP leader` or `senior Labour leader` is one of its senior members.)
    let owner = chairTitle ? ctx.mentions.endingAt(skipBlanksBack(text, trigger.start)) : undefined;
    if (owner && title === 'leader' && isOneOfMany(text, owner.start)) owner = undefined;
    let party = owner !== undefined && owner.end < trigger.start && isPartyMention(text, ctx.kb, owner);
    let company = false;
    let stateBody = false;
    let legislature = false;
    let listedPortfolio = false;
    for (let steps = 0; steps < 8; steps++) {
      const q = skipBlanks(text, p);
      // `Menteri PPN/Kepala Bappenas Rachmat Pambudi`: a second office after a slash.
      if (text[q] === '/' && kind !== 'speech') {
        const second = triggerAt(ctx, q + 1);
        if (!second || (second.info.kind !== 'leader-title' && second.info.kind !== 'person-title')) break;
        p = second.end;
        continue;
      }
      const mention = ctx.mentions.startingAt(q);
      if (mention) {
        if (!CONTAINER_TYPES.has(mention.type) || kind === 'speech') break;
        if (chairTitle) party ||= isPartyMention(text, ctx.kb, mention);
        // `Ketua DPRD Surabaya Adi Sutarwijono`: the speaker of a parliament is a leader.
        if (!legislature && p === trigger.end && SPEAKER_TITLES.has(title)) legislature = isLegislatureMention(text, mention);
        if (kind === 'leader-title') company ||= isCompanyMention(text, ctx.kb, mention);
        if (secretary) stateBody ||= isStateBodyMention(text, ctx.kb, mention);
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
      // `Gubernur nonaktif Riau Annas Maamun`, `Walikota Makassar saat itu, Ilham …`: the term of the office.
      const term = skipTerm(text, word);
      if (term > 0) {
        p = term;
        continue;
      }
      if (TITLE_GLUE.has(folded)) {
        // Only glue that leads on to a portfolio or a known name: not `spokesman for the Kremlin`.
        const after = skipBlanks(text, word.end);
        // `Wali Kota dan Wakil Wali Kota Malang`: a second title after `dan` reads its own name.
        if (isAndWord(folded) && ctx.triggerStarts.has(after)) break;
        const next = wordAt(text, after);
        const leadsOn = ctx.mentions.startingAt(after) || (next && (isPortfolioWord(fold(next.text)) || TITLE_GLUE.has(fold(next.text))));
        if (!leadsOn) {
          // `Minister of Humanitarian Affairs and Poverty Alleviation Betta Edu`: an English remit.
          const remit = englishRemit(text, after, true);
          if (remit > 0) {
            p = remit;
            continue;
          }
          // `Governor of Kwara State Abdul Rahman AbdulRazaq`: the state is the place, then the name.
          const state = folded === 'of' ? /^(?:\p{Lu}[\p{L}'’-]+ ){1,2}(?=[Ss]tate\b)/u.exec(text.slice(after, after + 40)) : null;
          if (state) {
            out.push(candidate(ctx, after, after + state[0].length - 1, 'PLACE'));
            p = after + state[0].length + 5;
            continue;
          }
          const body = remitBeforeBody(ctx, after);
          if (body < 0) break;
          p = body;
          continue;
        }
        // `Minister of Information and National Orientation`: after a portfolio joined by
        // `and`, a lone capitalized word is as often the portfolio's last word as a name.
        if (folded === 'and' && ctx.mentions.startingAt(after) === undefined) listedPortfolio = true;
        p = word.end;
        continue;
      }
      // `Menteri Investasinya`: a portfolio with a clitic is no name either.
      if (folded.length > 6 && folded.endsWith('nya') && isPortfolioWord(folded.slice(0, -3))) {
        p = word.end;
        continue;
      }
      if (isPortfolioWord(folded) && isCapitalized(word.text) === isCapitalized(text.slice(trigger.start, trigger.end))) {
        // `Kepala Staf Kepresidenan (KSP) AM Putranto`: the office's acronym after it.
        p = skipBracketedAcronym(text, word.end);
        continue;
      }
      // `Menteri PPN Rachmat Pambudi`: an office's acronym the knowledge base lacks, before a name.
      if (isPortfolioAcronym(text, word)) {
        p = word.end;
        continue;
      }
      // (`Information and National Orientation Mohammed Idris`: only the portfolio's last words.)
      const remit = listedPortfolio ? englishRemit(text, q, false) : -1;
      if (remit > 0) {
        p = remit;
        continue;
      }
      const body = remitBeforeBody(ctx, q);
      if (body < 0) break;
      p = body;
    }
    // `Menteri Hukum dan HAM, Yasonna Laoly`: a comma may set the name off the office.
    let commaMinWords = 1;
    // (After a title in lower case only when a comma closes the name too: in `He met the
    // minister, John Smith said` John Smith is who spoke; in `the economy minister, Luis
    // Caputo, said` the minister.)
    if (kind !== 'speech' && text[p] === ',' && text[p + 1] === ' ') {
      const after = p + 2;
      const next = wordAt(text, after);
      const closed = isUpperUnit(text.charCodeAt(trigger.start)) || (next !== undefined && closedApposition(ctx, after));
      if (closed && next && isNameWord(next) && !ctx.mentions.startingAt(after) && !ctx.triggerStarts.has(after)) {
        p = after;
        // One word after a comma is as often the next word of a list (`Protokol, Pers, dan Media`).
        commaMinWords = 2;
      }
    }
    // `Kepala Desa Sukamaju Rahmat Hidayat`: the village first, then the name. One word alone
    // after the title is the village or district too (`Plt Camat Pangalengan,`), unless it is a
    // given name (`Lurah Susan`).
    if (p === trigger.end && PLACE_HEAD_TITLES.has(title)) {
      const q = skipBlanks(text, p);
      const place = ctx.mentions.startingAt(q) ? undefined : wordAt(text, q);
      const next = place && wordAt(text, skipBlanks(text, place.end));
      if (place && isNameWord(place)) {
        if (next && isNameWord(next)) {
          out.push(candidate(ctx, place.start, place.end, 'PLACE'));
          p = place.end;
        } else if (!isGivenName(ctx, place) && !(next && next.start === place.end + 1 && isCapitalized(next.text))) {
          out.push(candidate(ctx, place.start, place.end, 'PLACE'));
          continue;
        }
      }
    }
    let name = readPersonName(ctx, p, Math.max(trigger.info.minWords ?? 1, commaMinWords, listedPortfolio ? 2 : 1));
    // `Justice Mission–2025`: a word with a year after a dash names an operation or an event.
    if (!name || continuesBodyName(ctx, name.end) || /^[-–]\d/.test(text.slice(name.end, name.end + 2))) continue;
    // `Ny Rahma Dudung Abdurachman`: a wife named with her husband's name after her own.
    if (WIFE_TITLES.has(title)) {
      const husband = text[name.end] === ' ' ? ctx.mentions.startingAt(name.end + 1) : undefined;
      if (husband && (husband.type === 'PERSON' || husband.type === 'LEADER')) name = { start: name.start, end: husband.end };
    }
    // `analis Foster Asset Management Riki Adi Saputra`: a company's name, then the person's.
    const firm = companyBeforeName(ctx, name);
    if (firm) {
      out.push(candidate(ctx, firm.start, firm.end, 'ORGANIZATION'));
      name = firm.person === undefined ? undefined : readPersonName(ctx, firm.person);
      if (!name) continue;
      company = true;
    }
    // `Law and Justice Party`, `CEO Group`: a body's head word alone after the title is no one's name.
    const head = firm ? undefined : triggerAt(ctx, name.start);
    if (head && head.end === name.end && (head.info.kind === 'org-suffix' || head.info.kind === 'facility-suffix')) continue;
    // The chair of a political party is a leader (`Ketua Umum Partai Gerindra …`), of other bodies not.
    const partyChair = party && chairTitle;
    // A company's president is one of its executives (`Vice President PT Trimegah Sekuritas Tbk Akhabani`).
    // The secretary-general of a ministry or a parliament is a civil servant; of a party or the UN, a leader.
    const type: EntityType = (kind === 'leader-title' && !company && !aide && !stateBody) || partyChair || legislature ? 'LEADER' : 'PERSON';
    // `Bupati dan Wakil Bupati Kediri Harianti-Maskuri`: after a pair of offices, a pair of one-word names.
    const pair = before && /\b(?:dan|and) $/.test(text.slice(Math.max(0, trigger.start - 5), trigger.start)) ? /^(\p{Lu}\p{Ll}{3,})-(\p{Lu}\p{Ll}{3,})$/u.exec(text.slice(name.start, name.end)) : null;
    if (pair) {
      const hyphen = name.start + pair[1].length;
      out.push(candidate(ctx, name.start, hyphen, type, ['LEADER', 'PERSON']), candidate(ctx, hyphen + 1, name.end, type, ['LEADER', 'PERSON']));
      continue;
    }
    out.push(candidate(ctx, name.start, name.end, type, ['LEADER', 'PERSON']));
    if (BYLINES.has(title)) bylineNames(ctx, name.end, out);
  }
}

/**
 * The company words at the start of a name read after a title (`Foster Asset Management` of
 * `Foster Asset Management Riki Adi Saputra`): the firm's span, and where the person's name
 * starts after it if there is one; undefined when the name holds no company word.
 */
function companyBeforeName(ctx: RuleContext, name: { start: number; end: number }): { start: number; end: number; person?: number } | undefined {
  const words = wordsIn(ctx.text, name);
  let last = -1;
  for (let k = 0; k < words.length; k++) if (COMPANY_WORDS.has(fold(words[k].text))) last = k;
  if (last < 0) return undefined;
  // `BNI Sekuritas Fanny Suherman`: a known name right before belongs to the firm's.
  const before = ctx.mentions.endingAt(skipBlanksBack(ctx.text, name.start));
  const start = before && before.end < name.start && CONTAINER_TYPES.has(before.type) ? before.start : name.start;
  const end = words[last].end;
  return { start, end, person: last + 1 < words.length ? words[last + 1].start : undefined };
}

/**
 * Is the word after a name read after a title one of a body's name (`Direktur PT Nusantara
 * Data Teknologi …`: `Data` is no person but a word of the company's name)?
 */
export function continuesBodyName(ctx: RuleContext, end: number): boolean {
  if (ctx.text[end] !== ' ') return false;
  const next = wordAt(ctx.text, end + 1);
  return !!next && isUpperUnit(next.text.charCodeAt(0)) && BODY_NAME_WORDS.has(fold(next.text));
}

const WIFE_TITLES = new Set(['ny', 'nyonya', 'mrs', 'ibu', 'bu']);

/** The first words of organizations' head words, written capitalized (`Kodam`, `Partai`). */
const ORG_HEAD_WORDS = new FoldedWords(ORG_PREFIXES.map((head) => head.split(' ')[0]));

/** Given names written short with a point (`Muh.` for Muhammad, `Abd.` for Abdul). */
const NAME_ABBREVIATIONS = new Set(['Muh', 'Moh', 'Mhd', 'Muhd', 'Mochd', 'Abd', 'Ach', 'Ahm', 'Moch', 'Mch']);

/** Does a leader's title start right after this trigger (`Minister` after `Justice`)? */
function nextTitleIsLeaders(ctx: RuleContext, trigger: TriggerHit): boolean {
  if (ctx.text.charCodeAt(trigger.end) !== 0x20) return false;
  return triggerAt(ctx, trigger.end + 1)?.info.kind === 'leader-title';
}

/** Titles of those who work for a leader, before the leader's title (`Staf Khusus Presiden`). */
const AIDE_TITLES = new Set([
  'staf khusus', 'staf ahli', 'ajudan', 'asisten', 'juru bicara', 'jubir', 'spokesperson', 'spokesman', 'spokeswoman',
  'penasihat', 'adviser', 'advisor', 'sekretaris pribadi', 'utusan khusus', 'special envoy', 'aide', 'deputi',
]);

/** Chairs of a parliament when its name follows them (`Ketua DPRD Surabaya`, `Wakil Ketua DPRD`). */
const SPEAKER_TITLES = new Set(['ketua', 'wakil ketua']);

/** Is this a parliament (`DPRD Surabaya`, `DPRD Provinsi Jawa Timur`, `Parlemen Eropa`)? */
function isLegislatureMention(text: string, mention: Candidate): boolean {
  return mention.type === 'ORGANIZATION' && /^(?:DPRD|DPRA|DPRK|DPRP|Parlemen)\b/.test(text.slice(mention.start, mention.end));
}

const SECRETARIES_GENERAL = new Set(['sekjen', 'sekretaris jenderal', 'secretary-general', 'secretary general']);

/**
 * Is this a national state body (a ministry, a parliament, an agency), whose secretary-general
 * is a civil servant? A known entry with a country that is no party, or a ministry's name.
 */
function isStateBodyMention(text: string, kb: KnowledgeBase, mention: Candidate): boolean {
  if (mention.type !== 'ORGANIZATION' || isPartyMention(text, kb, mention)) return false;
  const entry = mention.entity.id ? kb.get(mention.entity.id) : undefined;
  return entry ? entry.country !== undefined : /^(?:kementerian|kementrian|kemen|ministry|departemen|department|sekretariat)/i.test(text.slice(mention.start, mention.end));
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
 * `(Xinhua/Liu Bin)`, `ANTARA FOTO/Raisan Al Farisi/app/foc`: the name after an agency in a
 * photo credit is a PERSON (then the bracket closes, or the editors' initials follow); so is
 * the name before it in `(Photo by Rizek Abdeljawad/Xinhua)`.
 */
function photoCredits(ctx: RuleContext, out: Candidate[]): void {
  for (const mention of ctx.mentions.mentions) {
    if (mention.type !== 'ORGANIZATION') continue;
    // `(Photo by Rizek Abdeljawad/Xinhua)`: the photographer before the agency.
    if (ctx.text[mention.start - 1] === '/' && /^(?:\)|[ \t]*(?:\r?\n|$))/.test(ctx.text.slice(mention.end, mention.end + 3))) {
      const before = readPersonNameBefore(ctx, mention.start - 1) ?? capitalsBefore(ctx.text, mention.start - 1);
      if (before && /(?:\(|\b(?:[Pp]hoto|[Ff]oto|PHOTO|FOTO) by |\b(?:[Ff]oto|FOTO|[Pp]hoto|[Pp]icture) ?: ?)$/.test(ctx.text.slice(Math.max(0, before.start - 10), before.start))) {
        out.push(candidate(ctx, before.start, before.end, 'PERSON', ['PERSON', 'LEADER']));
      }
    }
    // `Dio Suhenda (The Jakarta Post)`: a byline, the writer's name and the outlet in brackets on a line of its own.
    if (ctx.text[mention.start - 1] === '(' && ctx.text[mention.start - 2] === ' ' && /^\)[ \t]*(?:\r?\n|$)/.test(ctx.text.slice(mention.end, mention.end + 3)) && isOutlet(ctx, mention)) {
      const writer = readPersonNameBefore(ctx, mention.start - 2);
      if (writer && /\s/.test(ctx.text.slice(writer.start, writer.end)) && atLineStart(ctx.text, writer.start)) out.push(candidate(ctx, writer.start, writer.end, 'PERSON', ['PERSON', 'LEADER']));
    }
    const slash = /^(?: (?:photo|foto|images?|pool))?\//i.exec(ctx.text.slice(mention.end, mention.end + 8));
    if (!slash) continue;
    let name = readPersonName(ctx, mention.end + slash[0].length);
    // `(Antara/Rivan Awal Lingga)`: a place's name may end a photographer's.
    const place = name && ctx.text[name.end] === ' ' ? ctx.mentions.startingAt(name.end + 1) : undefined;
    if (name && place && place.type === 'PLACE' && ctx.text[place.end] === ')' && !/\s/.test(ctx.text.slice(place.start, place.end))) name = { start: name.start, end: place.end };
    // `(Antara/Hafidz Mubarak A)`: the initial of a last name closes it.
    const initial = name ? /^ \p{Lu}(?=\))/u.exec(ctx.text.slice(name.end, name.end + 3)) : null;
    if (name && initial) name = { start: name.start, end: name.end + 2 };
    if (name && /^(?:\s*(?:\)|\/[a-z]{2,4}\b)|[ \t]*(?:\r?\n|$))/.test(ctx.text.slice(name.end, name.end + 8))) out.push(candidate(ctx, name.start, name.end, 'PERSON', ['PERSON', 'LEADER']));
  }
}

/**
 * A credit line of its own, or in brackets: `Photograph: Ben Birchall/PA`, `Sean Gallup /
 * Getty Images`, `Tolga Akmen/EPA`. The photographer is a PERSON and the agency after the
 * slash an ORGANIZATION: a known one, or an agency's initials in capitals.
 */
const CREDIT_LINE = /(?:(?:^|[([])[ \t]*(?:(?:Photograph|Photo|Picture|Image|Foto)(?: by)?:? )?|\b(?:Photograph|Photo|Picture|Image|Foto)(?: by)?: ?|\b(?:Photo|Foto) by )[ \t]*(\p{Lu}[\p{L}.'’ -]{2,40}?)[ \t]?\/[ \t]?(\p{Lu}[\p{L}&. -]{0,30}?)[ \t]*(?=[)\]]|\r?\n|$)/gmu;

function creditLines(ctx: RuleContext, out: Candidate[]): void {
  const { text } = ctx;
  // Only the lines with a slash: the expression is read on each of them alone.
  for (let slash = text.indexOf('/'), lineEnd = -1; slash >= 0; slash = text.indexOf('/', Math.max(slash + 1, lineEnd))) {
    if (slash < lineEnd) continue;
    const lineStart = text.lastIndexOf('\n', slash) + 1;
    lineEnd = text.indexOf('\n', slash);
    if (lineEnd < 0) lineEnd = text.length;
    creditLine(ctx, text.slice(lineStart, lineEnd), lineStart, out);
  }
}

function creditLine(ctx: RuleContext, line: string, offset: number, out: Candidate[]): void {
  CREDIT_LINE.lastIndex = 0;
  for (let match = CREDIT_LINE.exec(line); match; match = CREDIT_LINE.exec(line)) {
    const at = offset + match.index;
    const agencyStart = at + match[0].length - match[2].length;
    const agencyEnd = agencyStart + match[2].length;
    const known = ctx.mentions.startingAt(agencyStart);
    const initials = /^\p{Lu}{2,5}$/u.test(match[2]);
    if (!(known && known.type === 'ORGANIZATION' && known.end === agencyEnd) && !initials) continue;
    const nameStart = at + match[0].indexOf(match[1]);
    const name = readPersonName(ctx, nameStart, 2);
    if (!name || name.start !== nameStart || name.end !== nameStart + match[1].length) continue;
    out.push(candidate(ctx, name.start, name.end, 'PERSON', ['PERSON', 'LEADER']));
    if (!known && !ctx.mentions.startingAt(agencyStart)) out.push(candidate(ctx, agencyStart, agencyEnd, 'ORGANIZATION'));
  }
}

const OUTLET_DESCRIPTION = /\b(?:news|newspaper|daily|outlet|agency|magazine|television|broadcaster|radio|website|portal|media)\b/i;

/** Is the mention a known news outlet, by its name or description? */
function isOutlet(ctx: RuleContext, mention: Candidate): boolean {
  const entry = mention.source === 'kb' ? ctx.kb.get(mention.entity.id) : undefined;
  return entry !== undefined && OUTLET_DESCRIPTION.test(`${entry.name} ${entry.description ?? ''}`);
}

/** Does only blank stand between the line's start and `pos`? */
function atLineStart(text: string, pos: number): boolean {
  let p = pos;
  while (p > 0 && (text.charCodeAt(p - 1) === 0x20 || text.charCodeAt(p - 1) === 0x09)) p--;
  return p === 0 || text.charCodeAt(p - 1) === 0x0a;
}

/** `Foto: FLORENCE LO/AFP`: a credit's name written in capitals, two to four words before `end`. */
function capitalsBefore(text: string, end: number): { start: number; end: number } | undefined {
  const match = /(?:^|[\s:(])((?:\p{Lu}[\p{Lu}'-]* ){1,3}\p{Lu}[\p{Lu}'-]+)$/u.exec(text.slice(Math.max(0, end - 48), end));
  return match ? { start: end - match[1].length, end } : undefined;
}

/** `JON GAMBRELL`: a byline's name in capitals, two to four words at `start`, none of them known. */
function capitalsAt(ctx: RuleContext, start: number): { start: number; end: number } | undefined {
  const match = /^\p{Lu}[\p{Lu}'’.-]+(?: \p{Lu}[\p{Lu}'’.-]+){1,3}(?=[ \t]*(?:\r?\n|$| AND | DAN |, | and | dan ))/u.exec(ctx.text.slice(start, start + 60));
  if (!match) return undefined;
  const end = start + match[0].length;
  for (let p = start; p < end; p++) if (ctx.mentions.startingAt(p)) return undefined;
  return { start, end };
}

/** Reads a personal name that ends at `end`, backwards; undefined if a known name stands there. */
export function readPersonNameBefore(ctx: RuleContext, end: number): { start: number; end: number } | undefined {
  let start = -1;
  let p = end;
  for (let words = 0; words < 4; words++) {
    const q = skipBlanksBack(ctx.text, p);
    if (words > 0 && q === p) break;
    if (ctx.mentions.endingAt(q)) break;
    const word = wordBefore(ctx.text, q);
    if (!word || word.text.length === 1 || ctx.triggerStarts.has(word.start) || insideTitle(ctx, word.start)) break;
    // `… and Poverty Alleviation Betta Edu said`: a remit ends the name, and
    // `the Shanghai Composite Index added` names an index, an event or a work.
    if (isRemitWord(word.text) || EVENT_WORDS.has(fold(word.text))) break;
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
const ARTICLES = new Set(['a', 'an', 'the', 'seorang']);

/**
 * Where a description that ends in a title starts: `a federal contractor`, `seorang warga`
 * (an article and up to two lower-case words before the title), `Brazil's foreign minister`
 * (an owner), else the title itself.
 */
function descriptionStart(text: string, titleStart: number): number {
  let p = titleStart;
  for (let words = 0; words < 3; words++) {
    const word = wordBefore(text, skipBlanksBack(text, p));
    if (!word) return titleStart;
    // `Brazil's foreign minister`, `the company's chief executive`: an owner opens it.
    if (/['’]s$/.test(word.text)) {
      const article = wordBefore(text, skipBlanksBack(text, word.start));
      return article && ARTICLES.has(article.text) ? article.start : word.start;
    }
    // `the Health Secretary`, `the Chief Secretary to the Treasury`: capitalized portfolio words.
    if (word.text !== word.text.toLowerCase() && !(isCapitalized(word.text) && isPortfolioWord(fold(word.text)))) return titleStart;
    if (ARTICLES.has(word.text)) return word.start;
    p = word.start;
  }
  return titleStart;
}

function appositions(ctx: RuleContext, out: Candidate[]): void {
  const { text } = ctx;
  const age = /\(\d{1,2}\)|,\s\d{1,2},/g;
  for (let match = age.exec(text); match; match = age.exec(text)) {
    const name = readPersonNameBefore(ctx, skipBlanksBack(text, match.index));
    if (name) out.push(candidate(ctx, name.start, name.end, 'PERSON', ['PERSON', 'LEADER']));
  }
  // `Tim Kaine (D-VA)`, `Rand Paul (R-Ky.)`: an American politician's party and state.
  const party = /\((?:D|R|I)-[A-Z][A-Za-z.]{1,13}\)/g;
  for (let match = party.exec(text); match; match = party.exec(text)) {
    const name = readPersonNameBefore(ctx, skipBlanksBack(text, match.index));
    if (name && /\s/.test(text.slice(name.start, name.end))) out.push(candidate(ctx, name.start, name.end, 'PERSON', ['PERSON', 'LEADER']));
  }
  // `Loh Boon Chye, who started as CEO`: a name of two words or more before `, who`.
  for (let comma = text.indexOf(', who'); comma >= 0; comma = text.indexOf(', who', comma + 5)) {
    if (!/^ |^se /.test(text.slice(comma + 5, comma + 8))) continue;
    const name = readPersonNameBefore(ctx, comma);
    if (name && /\s/.test(text.slice(name.start, name.end)) && !containsHead(ctx, name)) out.push(candidate(ctx, name.start, name.end, 'PERSON', ['PERSON', 'LEADER']));
  }
  for (const trigger of ctx.triggers) {
    const { kind } = trigger.info;
    if (kind !== 'leader-title' && kind !== 'person-title') continue;
    // `adalah Pangonal Harahap Bupati Labuhan Batu`: a name right before a leader's title and its place.
    if (kind === 'leader-title' && text.charCodeAt(trigger.start - 1) === 0x20 && isUpperUnit(text.charCodeAt(trigger.start)) && !atSentenceStart(text, trigger.start)) {
      const place = text.charCodeAt(trigger.end) === 0x20 ? ctx.mentions.startingAt(trigger.end + 1) : undefined;
      const name = place && CONTAINER_TYPES.has(place.type) ? readPersonNameBefore(ctx, trigger.start - 1) : undefined;
      if (name && /\s/.test(text.slice(name.start, name.end)) && !containsHead(ctx, name)) {
        out.push(candidate(ctx, name.start, name.end, 'LEADER', ['PERSON', 'LEADER']));
        continue;
      }
    }
    // `appointed Kapil Sibal as cabinet minister`, `menunjuk Budi sebagai Menteri`: the name, then
    // `as`/`sebagai` and a leader's title, with a word or two in lower case between.
    if (kind === 'leader-title') {
      const as = AS_BEFORE_TITLE.exec(text.slice(Math.max(0, trigger.start - 30), trigger.start));
      const name = as ? readPersonNameBefore(ctx, trigger.start - as[0].length) : undefined;
      if (name && /\s/.test(text.slice(name.start, name.end)) && !containsHead(ctx, name)) {
        out.push(candidate(ctx, name.start, name.end, 'LEADER', ['PERSON', 'LEADER']));
        continue;
      }
    }
    // `Erzaldi Rosman selaku Gubernur Babel`: the name, then `selaku` ("in the office of") and the title.
    if (text.startsWith('selaku ', trigger.start - 7) && trigger.start >= 8) {
      const name = readPersonNameBefore(ctx, trigger.start - 8);
      if (name && /\s/.test(text.slice(name.start, name.end))) out.push(candidate(ctx, name.start, name.end, kind === 'leader-title' ? 'LEADER' : 'PERSON', ['PERSON', 'LEADER']));
      continue;
    }
    const comma = skipBlanksBack(text, descriptionStart(text, trigger.start)) - 1;
    if (text[comma] !== ',' || comma === trigger.start - 1) continue;
    // `Raffi Ahmad, the president's special envoy`: the office's owner is someone else.
    if (text.startsWith("'s", trigger.end) || text.startsWith('’s', trigger.end)) continue;
    const name = readPersonNameBefore(ctx, comma);
    if (!name || !/\s/.test(text.slice(name.start, name.end))) continue;
    const leader = kind === 'leader-title' && !headsPrivateBody(ctx, trigger);
    out.push(candidate(ctx, name.start, name.end, leader ? 'LEADER' : 'PERSON', ['PERSON', 'LEADER']));
  }
}

/** Heads of bodies no office makes leaders of: firms, councils, institutes, associations. */
const PRIVATE_BODY = /\b(?:Council|Committee|Association|Institute|Foundation|Cent(?:er|re)|Society|Chamber|Forum|Club|Federation|Group|Company|Corporation|Bank)\b/;

/** `Craig Allen, president of the US-China Business Council`: the head of a firm or a private body is a person. */
function headsPrivateBody(ctx: RuleContext, trigger: TriggerHit): boolean {
  const { text } = ctx;
  if (!PRIVATE_HEADS.has(fold(text.slice(trigger.start, trigger.end)))) return false;
  const of = /^ of (?:the )?/.exec(text.slice(trigger.end, trigger.end + 8));
  const body = of ? ctx.mentions.startingAt(trigger.end + of[0].length) : undefined;
  if (!body || body.type !== 'ORGANIZATION' || isLegislatureMention(text, body) || isPartyMention(text, ctx.kb, body)) return false;
  if (isCompanyMention(text, ctx.kb, body)) return true;
  return body.source === 'rule' && PRIVATE_BODY.test(text.slice(body.start, body.end));
}
const PRIVATE_HEADS = new Set(['president', 'chairman', 'chairwoman', 'chair', 'head']);

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
    if (!name || !/\s/.test(text.slice(name.start, name.end)) || containsHead(ctx, name)) continue;
    if (betweenCommas && text[skipBlanksBack(text, name.start) - 1] !== ',') continue;
    out.push(candidate(ctx, name.start, name.end, 'PERSON', ['PERSON', 'LEADER']));
  }
}

/** Does an organization's or facility's head word stand in the span (`Pihak Kepolisian`)? */
export function containsHead(ctx: RuleContext, span: { start: number; end: number }): boolean {
  for (let p = span.start; p < span.end; ) {
    const trigger = triggerAt(ctx, p);
    const kind = trigger?.info.kind;
    if (kind === 'org-prefix' || kind === 'org-suffix' || kind === 'facility-prefix' || kind === 'facility-suffix') return true;
    const word = wordAt(ctx.text, p);
    p = word ? skipBlanks(ctx.text, word.end) : p + 1;
  }
  return false;
}

/** `By Berk Kutay Gokmen`, `By: Chen Yi-hsuan`, `Oleh Budi Santoso`: a byline on a line of its own. */
function bylineLines(ctx: RuleContext, out: Candidate[]): void {
  const { text } = ctx;
  const line = /^[ \t]*(?:By:?|BY:?|Oleh:?|OLEH:?|Laporan:|LAPORAN:)[ \t]+(?=\p{Lu})/gmu;
  for (let match = line.exec(text); match; match = line.exec(text)) {
    // `By Wendell Roelf and Nellie Peyton`, `By AAMER MADHANI and ZEKE MILLER`: one or more
    // names, then the line ends.
    const names: Array<{ start: number; end: number }> = [];
    for (let p = match.index + match[0].length; names.length < 4; ) {
      const name = readPersonName(ctx, p, 2) ?? capitalsAt(ctx, p);
      if (!name) break;
      names.push(name);
      const joint = /^(?:,? and |, | dan |, dan | AND | DAN )(?=\p{Lu})/u.exec(text.slice(name.end, name.end + 6));
      if (!joint) break;
      p = name.end + joint[0].length;
    }
    const last = names[names.length - 1];
    if (last && /^[ \t]*(?:\r?\n|$)/.test(text.slice(last.end, last.end + 3))) {
      for (const name of names) out.push(candidate(ctx, name.start, name.end, 'PERSON', ['PERSON', 'LEADER']));
    }
  }
}

/**
 * `Joko "Jokowi" Widodo`: a nickname in quotation marks between a given name and a surname
 * is inside the one name, the known person of the first and last name when there is one.
 */
function quotedNicknames(ctx: RuleContext, out: Candidate[]): void {
  const { text } = ctx;
  for (const quote of [' "', ' “', " '", ' ‘']) for (let open = text.indexOf(quote); open >= 0; open = text.indexOf(quote, open + 2)) quotedNickname(ctx, open, out);
}

function quotedNickname(ctx: RuleContext, open: number, out: Candidate[]): void {
  const { text } = ctx;
  // Cheap tests first: a letter right before, a capital right after (`Joko "J…`).
  const before = text.charCodeAt(open - 1);
  if (!isUpperUnit(text.charCodeAt(open + 2)) || !(isLowerUnit(before) || isUpperUnit(before))) return;
  const match = /^ (?:"\p{Lu}[\p{L}'-]+"|“\p{Lu}[\p{L}'-]+”|'\p{Lu}[\p{L}-]+'|‘\p{Lu}[\p{L}-]+’) (?=\p{Lu})/u.exec(text.slice(open, open + 30));
  const last = match && wordBefore(text, open);
  if (!match || !last || last.end !== open || !isNameWord(last)) return;
  // The given names before (`Jesus Crispin 'Boying' Remulla`), and the rest after: read, or a
  // known person's name (`Ferdinand "Bongbong" Marcos Jr.`).
  const given = readPersonNameBefore(ctx, open);
  const start = given && given.end === open ? given.start : last.start;
  const after = open + match[0].length;
  const person = ctx.mentions.startingAt(after);
  const rest = person ? (person.type === 'LEADER' || person.type === 'PERSON' ? person : undefined) : readPersonName(ctx, after);
  if (!rest || rest.start !== after) return;
  const end = rest.end;
  const known = ctx.kb.lookup(`${text.slice(start, open)} ${text.slice(rest.start, rest.end)}`).find((e) => e.type === 'LEADER' || e.type === 'PERSON');
  if (known) out.push(linkedCandidate(start, end, known.type, { id: known.id, name: known.name }));
  else if (person) out.push(linkedCandidate(start, end, person.type, person.entity));
  else out.push(candidate(ctx, start, end, ctx.triggerEnds.has(skipBlanksBack(text, start)) ? 'LEADER' : 'PERSON', ['PERSON', 'LEADER']));
}

/**
 * `(Kimmich 28′ – Marcelo 44′)`, `gol Marc Klok (45')`: a goal's minute after a name names
 * the scorer.
 */
function goalScorers(ctx: RuleContext, out: Candidate[]): void {
  const { text } = ctx;
  for (const mark of MINUTE_MARKS) {
    for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 1)) {
      // Back over the minute (`28`, `90+2`) and an opening bracket, to the blank before them.
      let p = at;
      while (p > 0 && isDigitUnit(text.charCodeAt(p - 1))) p--;
      if (p === at || at - p > 3) continue;
      if (text[p - 1] === '+') {
        const added = p - 1;
        p = added;
        while (p > 0 && isDigitUnit(text.charCodeAt(p - 1))) p--;
        if (p === added) continue;
      }
      if (text[p - 1] === '(') p--;
      if (text[p - 1] !== ' ') continue;
      const name = readPersonNameBefore(ctx, p - 1);
      // A title in quotation marks ends in a number too (`'Big Hero 6'`).
      if (name && !QUOTES.has(text[name.start - 1])) out.push(candidate(ctx, name.start, name.end, 'PERSON', ['PERSON', 'LEADER']));
    }
  }
}
const AS_BEFORE_TITLE = / (?:as|sebagai) (?:(?:the|a|new|acting|interim|cabinet|baru) ){0,2}$/;

const QUOTES = new Set(["'", '‘', '"', '“']);
const MINUTE_MARKS = ['′', "'", '’'];

function isDigitUnit(unit: number): boolean {
  return unit >= 0x30 && unit <= 0x39;
}

export function personRules(ctx: RuleContext): Candidate[] {
  const out: Candidate[] = [];
  quotedNicknames(ctx, out);
  goalScorers(ctx, out);
  titledNames(ctx, out);
  appositions(ctx, out);
  speakers(ctx, out);
  photoCredits(ctx, out);
  creditLines(ctx, out);
  bylineLines(ctx, out);
  return out;
}
