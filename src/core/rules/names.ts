import { articleCountry, type Candidate, chamberOf, isCompanyMention, isPartyMention } from '../candidates';
import { CALENDAR_WORDS, FUNCTION_WORDS, INDEX_NAME, isGenericBody, isPortfolioWord, LEGAL_PREFIXES, LEGAL_SUFFIXES, NAME_CONNECTORS, PARTY_CHAIRS } from '../lexicon';
import { atSentenceStart, entityId, fold, isAllCaps, isCapitalized, isLowerUnit, isUpperUnit, isWordUnit } from '../text';
import type { EntityType } from '../types';
import { candidate, CONTAINER_TYPES, insideTitle, isAndWord, isBlank, isGivenName, isNameWord, linkedCandidate, RULE_RANK, type RuleContext, skipBlanks, skipBlanksBack, skipRank, startsHead, triggerAt, type TriggerHit, type Word, wordAt, wordBefore, wordsIn } from './context';

/**
 * Rules for names with a head word or a designator: organizations, facilities, places,
 * formal state names and datelines.
 */

/**
 * Reads the capitalized words of a name forward from `pos` and returns where it ends. A
 * known name of one of `endTypes` may close it (`Kementerian Luar Negeri Tiongkok`).
 */
function readNameTail(ctx: RuleContext, pos: number, maxWords: number, endTypes: ReadonlySet<EntityType> = CONTAINER_TYPES, endOnKnownName = false, remitOnly = false): number {
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
      if (endTypes.has(mention.type)) {
        end = mention.end;
        // `Gedung Nusantara III`: a numeral after the place is the last word of the name.
        const numeral = text[end] === ' ' ? wordAt(text, end + 1) : undefined;
        if (numeral && ROMAN_NUMERALS.test(numeral.text)) end = numeral.end;
      }
      break;
    }
    if (text[q] === '&' && isBlank(text.charCodeAt(q + 1))) {
      p = q + 1;
      continue;
    }
    const word = wordAt(text, q);
    if (!word || skipRank(ctx, q) >= 0) break;
    const folded = fold(word.text);
    // `PT Chairwoman Gleisi Hoffmann`: a chair's title ends the body's name.
    if (PARTY_CHAIRS.has(folded) && ctx.triggerStarts.has(q)) break;
    // `Lapas Kelas II A Sidoarjo`: a class's letter after its numeral.
    const classLetter = words > 0 && /^[A-D]$/.test(word.text) && ROMAN_NUMERALS.test(wordBefore(text, skipBlanksBack(text, word.start))?.text ?? '');
    if (isCapitalized(word.text) || /^[0-9IVX]+$/.test(word.text) || classLetter) {
      // `Konfederasi Serikat Pekerja Seluruh Indonesia`: `Seluruh` ("all of") goes on to the place.
      if (folded === 'seluruh' && words > 0) {
        const after = skipBlanks(text, word.end);
        const nextMention = ctx.mentions.startingAt(after);
        if (nextMention && (nextMention.type === 'COUNTRY' || nextMention.type === 'PLACE')) {
          p = word.end;
          words++;
          continue;
        }
      }
      // `Ponpes Se-Kabupaten Pekalongan`: "all of" a region is no part of a name.
      if (!classLetter && (CALENDAR_WORDS.has(folded) || FUNCTION_WORDS.has(folded) || /^se-/.test(folded))) break;
      // `Kepala Dinas Kesehatan Triatno Supiono`: after a title, a unit's remit, then the person.
      if (remitOnly && !isPortfolioWord(folded) && !/^[0-9IVX]+$/.test(word.text)) break;
      // `Dinas Komunikasi dan Informatika Kab. Toraja Utara`: an abbreviated designator runs on to its place.
      if (words > 0 && text[word.end] === '.' && ABBREVIATED_DESIGNATORS.has(folded)) {
        p = word.end + 1;
        words++;
        continue;
      }
      // `the Ministry of Finance's YouTube page`: the owner's name ends before its `'s`.
      if (/['’]s$/.test(word.text) && word.text.length > 2) {
        if (!endOnKnownName) end = word.end - 2;
        break;
      }
      if (!endOnKnownName) end = word.end;
      words++;
      p = word.end;
      // A legal form closes a company's name (`PT Trimegah Sekuritas Tbk Akhabani`), unless another follows (`Co Ltd`).
      if (words > 1 && LEGAL_SUFFIXES.has(folded)) {
        const next = wordAt(text, skipBlanks(text, p));
        if (!next || !LEGAL_SUFFIXES.has(fold(next.text))) break;
      }
      continue;
    }
    if (NAME_CONNECTORS.has(folded)) {
      const after = skipBlanks(text, word.end);
      // `Selat Taiwan dan Laut China Selatan`, `Universitas Tsinghua dan Universitas Peking`:
      // a known name or a new head after `dan` starts a second name.
      if (isAndWord(folded) && (ctx.mentions.startingAt(after) || startsHead(ctx, after))) break;
      // `Sungai Cibeureum dan Cikawung`: two rivers; a facility's or a feature's name has no `dan`.
      if (isAndWord(folded) && endTypes === PLACE_ONLY) break;
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

const NAMED_TOWERS = new Set(['wisma', 'menara']);
const ISLAND_WORDS = new Set(['pulau']);
const REMIT_HEADS = new Set(['dinas', 'biro']);
const FACTION_WORDS = new Set(['fraksi']);
const ABBREVIATED_DESIGNATORS = new Set(['kab', 'kec', 'kel', 'prov']);
/** Heads of hospitals' names, which may hold a doctor's title (`RSUP Dr. Sardjito`). */
const HOSPITAL_HEADS = new Set(['rs', 'rsud', 'rsup', 'rsu', 'rsia', 'rsj', 'rspad', 'rumah sakit', 'rumah sakit umum']);

/** Bodies named after people (`Obama Foundation`), as facilities are (`Trump Tower`). */
const NAMED_AFTER_PEOPLE = new Set(['foundation', 'institute', 'organization', 'organisation', 'yayasan']);

/** Chambers that `the` and the head alone name (`the Senate`). */
const CHAMBERS = new Set(['senate', 'parliament']);
/** Rulers' titles that open names of what is named after them (`King Khalid International Airport`). */
const RULERS = new Set(['king', 'queen', 'sultan', 'prince', 'princess', 'emir', 'sheikh', 'raja', 'ratu', 'pangeran']);
/** Heads that name a known body's office or grouping, not another body (`Kantor KPK`, `Aliansi BRICS`). */
const OFFICE_WORDS = new Set(['upt', 'kantor', 'aliansi']);
/** English heads named by portfolios that may be listed (`Public Works and Housing Ministry`). */
const PORTFOLIO_HEADS = new Set(['ministry', 'department', 'committee', 'commission']);
const AREA_WORDS = new Set(['kawasan']);
const NO_TYPES: ReadonlySet<EntityType> = new Set();
const ROMAN_NUMERALS = /^(?:II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)$/;
/** Galleries and halls, often named after the body that runs them. */
const HALLS_OF_BODIES = new Set(['galeri', 'graha']);
/** Heads of numbered military units and their headquarters, named on after a slash (`Kodam IX/Udayana`). */
const UNIT_HEADS = new Set(['kodam', 'korem', 'kodim', 'koramil', 'lantamal', 'lanal', 'lanud', 'makodam', 'makorem', 'makodim']);
const STREET_WORDS = new Set(['jalan', 'jl', 'jl.']);
const COMPASS_WORDS = new Set(['Barat', 'Timur', 'Utara', 'Selatan', 'Raya', 'Tengah']);

/**
 * Names with a head word: organizations (`Kementerian Luar Negeri Tiongkok`, `Badan Pangan
 * PBB`, `China Road & Bridge Corporation`) and facilities (`Bandara Internasional Juanda`,
 * `Heathrow Airport`), whose head belongs to the name.
 */
function headedNames(ctx: RuleContext, out: Candidate[]): void {
  const { text } = ctx;
  // Heads that can also end a name (`Ministry of Commerce`, `Chinese Ministry`).
  const endingHeads = new Set<number>();
  for (const t of ctx.triggers) if (t.info.kind === 'org-suffix' || t.info.kind === 'facility-suffix') endingHeads.add(t.start);
  for (const trigger of ctx.triggers) {
    const { kind } = trigger.info;
    const prefix = kind === 'org-prefix' || kind === 'facility-prefix';
    const suffix = kind === 'org-suffix' || kind === 'facility-suffix';
    if ((!prefix && !suffix) || !isUpperUnit(text.charCodeAt(trigger.start))) continue;
    // A head inside a known name (`Bank` of `Bank Dunia`) starts or ends nothing new.
    if (coveredInside(ctx, trigger.start, prefix)) continue;
    const type: EntityType = kind.startsWith('org') ? 'ORGANIZATION' : 'PLACE';
    // The head word as the lexicon writes it, for the heads that read their names their own way.
    const head = fold(text.slice(trigger.start, trigger.end));
    // (`Galeri Foto Jurnalistik Antara`, `Graha Bhakti Antara`: a gallery or hall named after its body.)
    const endTypes = type === 'ORGANIZATION' || HALLS_OF_BODIES.has(head) ? CONTAINER_TYPES : PLACE_ONLY;
    // `Kawasan Asia Tenggara`: an area word before a known place designates it (the place
    // is the known name); before other words it starts a name (`Kawasan Industri Morowali`).
    if (kind === 'facility-prefix' && AREA_WORDS.has(head)) {
      const known = ctx.mentions.startingAt(skipBlanks(text, trigger.end));
      if (known && (known.type === 'PLACE' || known.type === 'COUNTRY')) continue;
    }
    if (kind === 'facility-prefix' && NAMED_TOWERS.has(head)) {
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
    if (kind === 'facility-prefix' && STREET_WORDS.has(head)) {
      // `Jl Medan Merdeka Barat`: a street's name runs over the places it is named after.
      const end = readStreetName(ctx, trigger.end);
      if (end > trigger.end) out.push(candidate(ctx, trigger.start, end, 'PLACE'));
      continue;
    }
    if (kind === 'org-prefix' && FACTION_WORDS.has(head)) {
      // `Fraksi Partai Golkar`, `Fraksi PDIP`: a party's faction in a parliament is named by
      // the party; `Ketua Fraksi Viktor Laiskodat` names the faction's chair.
      const after = skipBlanks(text, trigger.end);
      const party = after > trigger.end ? ctx.mentions.startingAt(after) : undefined;
      if (party && party.type === 'ORGANIZATION') out.push(candidate(ctx, trigger.start, party.end, type));
      // A party the knowledge base lacks is read as any name with a head (`Fraksi Partai …`).
      if (party || !(after > trigger.end && startsHead(ctx, after))) continue;
    }
    // `Kantor KPK`, `Kantor Kementerian ESDM`: the office of a known body is that body.
    if (kind === 'org-prefix' && OFFICE_WORDS.has(head)) {
      const after = skipBlanks(text, trigger.end);
      const known = after > trigger.end ? ctx.mentions.startingAt(after) : undefined;
      if (known && known.type === 'ORGANIZATION' && known.source === 'kb') continue;
      // `Kantor Polda Riau`: nor is the office of a body named after its own head.
      if (!known && after > trigger.end && triggerAt(ctx, after)?.info.kind === 'org-prefix' && isUpperUnit(text.charCodeAt(after))) continue;
    }
    if (prefix) {
      // A known name that starts at the head (`Kementerian Luar Negeri Tiongkok`) grows only
      // up to another known name: capitalized words after it are most often a person's name.
      const known = ctx.mentions.startingAt(trigger.start);
      // Such a head starts no more than the known name it begins (`Bank Central Asia`): a
      // name written that way puts its place first or after `of`, not after itself.
      if (known && known.source === 'kb' && endingHeads.has(trigger.start)) continue;
      const endOnKnown = known !== undefined && known.source === 'kb' && known.end > trigger.end;
      // A local government's unit right after a title (`Kepala Dinas …`) is named by its remit.
      const remitOnly = REMIT_HEADS.has(head) && ctx.titleEnds.has(skipBlanksBack(text, trigger.start));
      // `PT. Bintang Delapan Group`: a legal form may be written with a point.
      let tailStart = text[trigger.end] === '.' && LEGAL_PREFIXES.has(head) ? trigger.end + 1 : trigger.end;
      if (HOSPITAL_HEADS.has(head)) {
        // A hospital's name is in capitals (`Rs 1.16 lakh crore` is money, `RS 163` a count of
        // damage, `berinisial RS Ditangkap` a suspect's initials) ...
        if ((head.length <= 4 && !isAllCaps(text.slice(trigger.start, trigger.end))) || !/^ \p{Lu}/u.test(text.slice(trigger.end, trigger.end + 2))) continue;
        if (head === 'rs' && /inisial(?:nya)? $/i.test(text.slice(Math.max(0, trigger.start - 12), trigger.start))) continue;
        // ... and keeps the title of a doctor it is named after (`RSUD Dr. Soetomo`, `RSUP dr. Sardjito`).
        const doctor = /^ (?:[Dd]r|Prof)\.? (?=\p{Lu})/u.exec(text.slice(trigger.end, trigger.end + 7));
        if (doctor) tailStart += doctor[0].length;
      }
      let end = readNameTail(ctx, tailStart, 10, endTypes, endOnKnown, remitOnly);
      // `Direktur Kantor Perdana Menteri Kang Xuping`: after a title, the person's name follows the body's.
      if (type === 'ORGANIZATION' && end > trigger.end && ctx.titleEnds.has(skipBlanksBack(text, trigger.start))) end = bodyBeforePerson(ctx, trigger.end, end);
      // A club's name after `FC` is one or two words (`FC Copenhagen`, `FC Bayern München`);
      // in a longer run a player's name follows it (`FC Utrecht Miliano Jonathans`).
      if (head === 'fc' && end > readNameTail(ctx, trigger.end, 2, endTypes, endOnKnown)) {
        end = readNameTail(ctx, trigger.end, 1, endTypes, endOnKnown);
      }
      // `Ketua Komisi I Utut Adianto`: a numbered commission goes on only into its body (`Komisi III DPR`).
      const numbered = head === 'komisi' ? wordAt(text, skipBlanks(text, trigger.end)) : undefined;
      if (numbered && /^(?:[IVX]+|\d+)$/.test(numbered.text) && end > numbered.end && !ctx.mentions.startingAt(skipBlanks(text, numbered.end))) end = numbered.end;
      if (end <= trigger.end || isGenericBody(fold(text.slice(trigger.start, end)))) continue;
      // `Kabinet Indonesia Maju`, `Kabinet Indonesia Bersatu II`: a cabinet's name goes on past the country in it.
      if (head === 'kabinet') {
        const more = /^(?: \p{Lu}\p{Ll}+)(?: (?:II|III|IV|\p{Lu}\p{Ll}+))?/u.exec(text.slice(end, end + 30));
        if (more && !ctx.mentions.startingAt(end + 1)) end += more[0].length;
      }
      // `PT Bank Tabungan Negara (Persero) Tbk`: the legal forms after a company's name are part of it.
      if (LEGAL_PREFIXES.has(head)) end += LEGAL_TAIL.exec(text.slice(end, end + 20))?.[0].length ?? 0;
      // `Kodim 0405/Lahat`, `Makodam IX/ Udayana`: a numbered unit's name goes on after its slash.
      if (UNIT_HEADS.has(head) && text.charCodeAt(end) === 0x2f) {
        const after = skipBlanks(text, end + 1);
        const tail = isUpperUnit(text.charCodeAt(after)) && after - end <= 2 ? readNameTail(ctx, after, 2, endTypes) : -1;
        if (tail > after) end = tail;
      }
      // `Pulau Jawa` is the island the knowledge base knows as `Jawa`.
      const island = ISLAND_WORDS.has(head) ? ctx.mentions.startingAt(skipBlanks(text, trigger.end)) : undefined;
      if (island && island.end === end && island.type === 'PLACE' && island.source === 'kb') {
        out.push(linkedCandidate(trigger.start, end, 'PLACE', island.entity));
      } else out.push(candidate(ctx, trigger.start, end, type));
      continue;
    }
    // `Regular Press Conference`, `Press Briefing`: an event, not a press.
    if (head === 'press' && /^ (?:Conference|Briefing|Release|Statement|Freedom)\b/.test(text.slice(trigger.end, trigger.end + 12))) continue;
    let start = readNameHead(ctx, trigger.start, PORTFOLIO_HEADS.has(head), kind === 'facility-suffix' || NAMED_AFTER_PEOPLE.has(head));
    // `approved in the Senate`: a chamber named by its head alone after `the`.
    if (start < 0 && CHAMBERS.has(head) && /(?:^|[^\p{L}])the $/iu.test(text.slice(Math.max(0, trigger.start - 5), trigger.start)) && !isWordUnit(text.charCodeAt(trigger.end))) start = trigger.start;
    if (start < 0 || (head === 'party' && isProvincialPartyTitle(ctx, start, trigger)) || (head === 'fc' && startsClubName(ctx, trigger))) continue;
    // `kanal YouTube Bernama TV`: the platform a body is seen on is no part of its name.
    const platform = /^(?:YouTube|Instagram|Facebook|TikTok|Twitter|WhatsApp|Telegram) (?=\p{Lu})/u.exec(text.slice(start, trigger.start));
    if (platform) start += platform[0].length;
    let end = trigger.end;
    if (text[end] === '.' && trigger.end - trigger.start <= 3 && head !== 'tv') end++; // `Co.`, `Inc.` (not `TV.` ending a sentence)
    // `Communist Party of China`: an `of` phrase that names a place belongs to the name.
    const of = wordAt(text, skipBlanks(text, end));
    if (of && of.text === 'of') {
      const tail = readNameTail(ctx, of.end, 4, endTypes);
      if (tail > of.end) end = tail;
    } else if (of && (of.text === 'on' || of.text === 'for') && type === 'ORGANIZATION' && /^ (?:the )?\p{Lu}/u.test(text.slice(of.end, of.end + 6))) {
      // `Commission on Human Rights`, `Committee for the Protection of Journalists`: a remit
      // in capitals belongs to the name; a known name after `on` (`Council on Gaza`) does not,
      // nor a number (`in the Foreign Ministry for 25 years`).
      const tail = readNameTail(ctx, of.end, 5, NO_TYPES);
      if (tail > of.end) end = tail;
    }
    out.push(candidate(ctx, start, end, type));
  }
}

/**
 * Where a body's name read after a title ends when a person's name of two words or more
 * follows it inside the read span: before a given name that comes after at least one word
 * of the body's own (`Sekretariat Wapres Ahmad Erani Yustika`, not `Universitas Budi Luhur`).
 */
function bodyBeforePerson(ctx: RuleContext, headEnd: number, end: number): number {
  const { text } = ctx;
  const words = wordsIn(text, { start: headEnd, end });
  for (let k = 1; k + 1 < words.length; k++) {
    const word = words[k];
    if (!isGivenName(ctx, word) || isPortfolioWord(fold(word.text)) || !isNameWord(words[k + 1])) continue;
    const before = words[k - 1];
    return before.end;
  }
  return end;
}

/** `Bek FC Copenhagen`: an `FC` with a name word after it starts that name, it does not end one. */
function startsClubName(ctx: RuleContext, head: { start: number; end: number }): boolean {
  const { text } = ctx;
  const after = skipBlanks(text, head.end);
  if (after === head.end) return false;
  const next = ctx.mentions.startingAt(after) ?? wordAt(text, after);
  return !!next && isUpperUnit(text.charCodeAt(after)) && !FUNCTION_WORDS.has(fold(text.slice(after, next.end)));
}

const PARTY_OFFICES = new Set(['secretary', 'chief', 'boss', 'leader']);

/**
 * `Zhejiang Party Secretary Wang Hao`: a place and `Party` before a party office name the
 * office (the party's committee there), not a party of that name.
 */
function isProvincialPartyTitle(ctx: RuleContext, start: number, head: { start: number; end: number }): boolean {
  const { text } = ctx;
  const place = ctx.mentions.startingAt(start);
  if (!place || (place.type !== 'PLACE' && place.type !== 'COUNTRY') || skipBlanks(text, place.end) !== head.start) return false;
  const next = wordAt(text, skipBlanks(text, head.end));
  return !!next && PARTY_OFFICES.has(fold(next.text));
}

/** The capitalized words, numbers and known places of a street's name; where it ends, or -1. */
function readStreetName(ctx: RuleContext, pos: number): number {
  const { text } = ctx;
  let end = -1;
  let p = text[pos] === '.' ? pos + 1 : pos;
  for (let words = 0; words < 6; words++) {
    const q = skipBlanks(text, p);
    const mention = ctx.mentions.startingAt(q);
    if (mention) {
      if (mention.type !== 'PLACE' && mention.type !== 'LEADER' && mention.type !== 'PERSON') break;
      end = p = mention.end;
      continue;
    }
    const word = wordAt(text, q);
    if (!word || !(isNameWord(word) || /^\d+[A-Za-z]?$/.test(word.text) || COMPASS_WORDS.has(word.text))) break;
    end = p = word.end;
  }
  return end;
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

/** Walks back from a suffix head over capitalized words and known names; -1 when there are none. */
function readNameHead(ctx: RuleContext, headStart: number, joinsPortfolios = false, afterPerson = false): number {
  const { text } = ctx;
  let start = -1;
  let p = headStart;
  for (let words = 0; words < 8; words++) {
    let q = skipBlanksBack(text, p);
    if (q === p && p !== headStart) break;
    // `Public Works and Housing Ministry`, `Education, Culture, Research and Technology Ministry`.
    if (joinsPortfolios && start >= 0) {
      const joint = /(?:, | and )$/.exec(text.slice(Math.max(0, q - 5), q + 1));
      const before = joint ? wordBefore(text, q + 1 - joint[0].length) : undefined;
      if (before && isCapitalized(before.text) && !ctx.mentions.endingAt(before.end)) q = before.end;
    }
    const mention = ctx.mentions.endingAt(q);
    if (mention) {
      // `Trump Tower`, `Carter Foundation`: a person's name opens a name of what bears it.
      if (afterPerson && words === 0 && (mention.type === 'PERSON' || mention.type === 'LEADER') && q === headStart - 1) {
        start = mention.start;
        break;
      }
      if (!CONTAINER_TYPES.has(mention.type)) break;
      start = mention.start;
      p = mention.start;
      const first = wordAt(text, start);
      if (first && LEGAL_PREFIXES.has(fold(first.text))) break;
      // `China-Belarus Industrial Park`: the first country of a pair belongs too.
      const pair = text[p - 1] === '-' ? ctx.mentions.endingAt(p - 1) : undefined;
      if (pair && pair.type === 'COUNTRY' && mention.type === 'COUNTRY') {
        start = pair.start;
        p = pair.start;
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
    // `King Khalid International Airport`, `King Abdulaziz University`: a ruler's title opens the name.
    if (start >= 0 && RULERS.has(folded) && ctx.triggerStarts.has(word.start)) {
      start = word.start;
      break;
    }
    if (FUNCTION_WORDS.has(folded) || CALENDAR_WORDS.has(folded) || ctx.triggerStarts.has(word.start) || insideTitle(ctx, word.start)) break;
    start = word.start;
    p = word.start;
    // A legal form opens a company's name (`Saham PT Bank Central Asia Tbk`).
    if (LEGAL_PREFIXES.has(folded)) break;
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
    // `Koperasi Desa Merah Putih`, `Dana Desa`: a capitalized word of another name before it.
    if (insideLongerName(ctx, trigger.start)) continue;
    // `Kepala Desa Sukamaju Rahmat Hidayat`: after a title the place is one word, a name follows.
    const afterTitle = insideTitle(ctx, trigger.start) || ctx.titleEnds.has(skipBlanksBack(ctx.text, trigger.start));
    let end = -1;
    let q = p;
    for (let words = 0; words < (afterTitle ? 1 : 3); words++) {
      // `wilayah Nagari Pangkalan`: a second designator names the place itself.
      if (ctx.mentions.startingAt(q) || ctx.triggerStarts.has(q) || triggerAt(ctx, q)?.info.kind === 'designator') break;
      const word = wordAt(ctx.text, q);
      if (!word || !isNameWord(word)) break;
      end = word.end;
      q = skipBlanks(ctx.text, word.end);
    }
    if (end > p) {
      out.push(candidate(ctx, p, end, 'PLACE'));
      if (!afterTitle && isUpperUnit(ctx.text.charCodeAt(trigger.start))) designatedList(ctx, end, out);
    }
  }
}

/**
 * Does a capitalized word that is no place, title or designator stand right before
 * `start`, inside a sentence (`Koperasi Desa …`)? Then a designator there belongs to that name.
 */
function insideLongerName(ctx: RuleContext, start: number): boolean {
  const { text } = ctx;
  // `Koperasi Desa/Kelurahan Merah Putih`: designators joined by a slash are one.
  if (text.charCodeAt(start - 1) === 0x2f) {
    const other = wordBefore(text, start - 1);
    return other !== undefined && triggerAt(ctx, other.start)?.info.kind === 'designator' && insideLongerName(ctx, other.start);
  }
  if (text.charCodeAt(start - 1) !== 0x20) return false;
  const word = wordBefore(text, start - 1);
  if (!word || !isCapitalized(word.text) || isAllCaps(word.text) || atSentenceStart(text, word.start)) return false;
  if (ctx.mentions.endingAt(word.end) || triggerAt(ctx, word.start) || insideTitle(ctx, word.start) || FUNCTION_WORDS.has(fold(word.text))) return false;
  // `Desa Jayabakti Kecamatan Cidahu`: a chain of designated places.
  for (let p = skipBlanksBack(text, word.start), words = 0; words < 3; words++) {
    const before = wordBefore(text, p);
    if (!before || !isCapitalized(before.text)) break;
    if (triggerAt(ctx, before.start)?.info.kind === 'designator') return false;
    p = skipBlanksBack(text, before.start);
  }
  return true;
}

/**
 * `Kecamatan Nusaniwe, Sirimau, Baguala dan Leitimur Selatan`: the places listed after a
 * designated one share its designator. The list must close with `dan`/`serta` and its last
 * place, then punctuation or a word in lower case; each place is one or two name words.
 */
function designatedList(ctx: RuleContext, from: number, out: Candidate[]): void {
  const { text } = ctx;
  const items: Array<[number, number]> = [];
  let p = from;
  for (let count = 0; count < 12; count++) {
    const joint = /^(?:, (?:dan |serta )?| (?:dan|serta) )/.exec(text.slice(p, p + 8));
    if (!joint) return;
    const start = p + joint[0].length;
    // A known place may stand in the list (`…, Teluk Ambon dan …`); a person's name may not.
    const known = ctx.mentions.startingAt(start);
    let end = -1;
    if (known) {
      if (known.type !== 'PLACE') return;
      end = known.end;
    } else {
      const first = wordAt(text, start);
      if (!first || isGivenName(ctx, first)) return;
      let q = start;
      for (let words = 0; words < 2; words++) {
        const kind = triggerAt(ctx, q)?.info.kind;
        if (ctx.mentions.startingAt(q) || ctx.triggerStarts.has(q) || (kind !== undefined && kind !== 'facility-prefix')) break;
        const word = wordAt(text, q);
        if (!word || !isNameWord(word)) break;
        end = word.end;
        q = skipBlanks(text, word.end);
      }
      if (end < 0) return;
      items.push([start, end]);
    }
    p = end;
    if (/(?:dan|serta) $/.test(joint[0])) {
      if (!/^(?:[,.;:)]|\s+\p{Ll}|\s*$)/u.test(text.slice(end, end + 3))) return;
      for (const [s, e] of items) out.push(candidate(ctx, s, e, 'PLACE'));
      return;
    }
  }
}

const BRANCH_DESIGNATORS = new Set(['kabupaten', 'kota', 'provinsi', 'kecamatan']);

/**
 * `BPBD Kabupaten Kebumen`, `KPU Provinsi Jawa Barat`: a known body before a capitalized
 * designator and its place is that body's branch there, one organization.
 */
function regionalBranches(ctx: RuleContext, out: Candidate[]): void {
  const { text } = ctx;
  for (const trigger of ctx.triggers) {
    if (trigger.info.kind !== 'designator' || !isUpperUnit(text.charCodeAt(trigger.start)) || text.charCodeAt(trigger.start - 1) !== 0x20) continue;
    const body = ctx.mentions.endingAt(trigger.start - 1);
    if (!body || body.type !== 'ORGANIZATION' || !BRANCH_DESIGNATORS.has(fold(text.slice(trigger.start, trigger.end)))) continue;
    const p = skipBlanks(text, trigger.end);
    if (p === trigger.end) continue;
    const place = ctx.mentions.startingAt(p);
    let end = place && place.type === 'PLACE' ? place.end : -1;
    for (let q = p, words = 0; !place && words < 3; words++) {
      const word = wordAt(text, q);
      if (!word || !isNameWord(word) || ctx.triggerStarts.has(q) || ctx.mentions.startingAt(q)) break;
      end = word.end;
      q = skipBlanks(text, word.end);
    }
    if (end > p) out.push(candidate(ctx, body.start, end, 'ORGANIZATION'));
  }
  // `KPU Bantul`, `MUI Ketapang`, `PWNU Jatim`: a known Indonesian body right before a known
  // region of Indonesia, with no designator between, is its branch there too.
  const { mentions } = ctx.mentions;
  for (let i = 0; i + 1 < mentions.length; i++) {
    const body = mentions[i];
    const place = mentions[i + 1];
    if (body.type !== 'ORGANIZATION' || place.type !== 'PLACE' || place.start !== body.end + 1 || text.charCodeAt(body.end) !== 0x20) continue;
    if (ctx.kb.get(place.entity.id)?.country !== 'ID' || !isBranchingBody(ctx, body)) continue;
    out.push(candidate(ctx, body.start, place.end, 'ORGANIZATION'));
  }
}

/**
 * A known Indonesian body of one word with branches in the regions (`KPU`, `Bawaslu`): not a
 * company or a club, nor a party, whose branches are named by their boards (`DPD PDIP DKI`).
 */
function isBranchingBody(ctx: RuleContext, body: Candidate): boolean {
  const { text } = ctx;
  for (let p = body.start; p < body.end; p++) if (!isWordUnit(text.charCodeAt(p))) return false;
  const entry = body.source === 'kb' ? ctx.kb.get(body.entity.id) : undefined;
  if (!entry || entry.country !== 'ID' || /\bclub\b/.test(entry.description ?? '')) return false;
  return !isCompanyMention(text, ctx.kb, body) && !isPartyMention(text, ctx.kb, body);
}

/**
 * `Kemenlu RI`, `Kementerian Luar Negeri Republik Indonesia`: an Indonesian body written with
 * the country after it is that body, one name.
 */
function bodyOfTheRepublic(ctx: RuleContext, body: Candidate, out: Candidate[]): void {
  const { text } = ctx;
  const country = ctx.mentions.startingAt(body.end + 1);
  if (!country || country.type !== 'COUNTRY' || country.entity.id !== 'country:ID' || !/^(?:RI|Republik Indonesia)$/.test(text.slice(country.start, country.end))) return;
  const entry = body.entity.id ? ctx.kb.get(body.entity.id) : undefined;
  if (body.source === 'kb' && entry?.country !== 'ID') return;
  out.push(linkedCandidate(body.start, country.end, 'ORGANIZATION', body.entity));
}

/**
 * `… Matahari (LPPF) turun Rp 675, Timah (TINS) dan …`: in a list of stocks, the name before
 * each four-letter ticker in brackets is a company. Only where two tickers or more stand,
 * so that one bracket of capitals is not taken for a ticker.
 */
function stockTickers(ctx: RuleContext, out: Candidate[]): void {
  const { text } = ctx;
  const tickers: number[] = [];
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
    if (text.charCodeAt(open + 5) === 0x29 && /^\([A-Z]{4}\)$/.test(text.slice(open, open + 6))) tickers.push(open);
  }
  if (tickers.length < 2) return;
  for (const open of tickers) {
    // A price or a move after it, or shares named before it (`(LPPF) turun Rp 675`, `saham …`).
    const after = text.slice(open + 6, open + 40);
    if ((!STOCK_MOVE.test(after) && !/saham|stock|shares/i.test(text.slice(Math.max(0, open - 80), open))) || INDEX_NAME.test(text.slice(Math.max(0, open - 60), open))) continue;
    const end = skipBlanksBack(text, open);
    if (end === open || ctx.mentions.endingAt(end)) continue;
    let start = -1;
    const words: Word[] = [];
    for (let p = end; words.length < 4; ) {
      const q = skipBlanksBack(text, p);
      // A known company's name may open it (`Astra Agro`).
      const known = ctx.mentions.endingAt(q);
      if (known && words.length > 0 && q === p - 1) {
        if (known.type === 'ORGANIZATION') start = known.start;
        break;
      }
      const word = wordBefore(text, q);
      if (!word || !isCapitalized(word.text) || (words.length > 0 && word.end !== p - 1) || known || FUNCTION_WORDS.has(fold(word.text))) break;
      words.unshift(word);
      start = word.start;
      p = word.start;
    }
    // An acronym of the words before it, or a person's name, is no ticker.
    const ticker = text.slice(open + 1, open + 5);
    if (start < 0 || (words.length > 1 && words.map((w) => w.text[0]).join('') === ticker.slice(0, words.length)) || (words.length > 0 && isGivenName(ctx, words[0]))) continue;
    out.push(candidate(ctx, start, end, 'ORGANIZATION'));
  }
}
const STOCK_MOVE = /^\s*(?:[,:]\s*)?(?:turun|naik|melemah|menguat|anjlok|melonjak|terkoreksi|stagnan|rose|fell|gained|lost|up|down)?\s*(?:sebesar\s*)?(?:Rp|\d|[-+])/;

/**
 * `Kemenlu China`, `Kemenkeu AS`: an Indonesian ministry's short name with another country
 * after it is that country's ministry, one name of its own.
 */
function foreignMinistry(ctx: RuleContext, body: Candidate, out: Candidate[]): void {
  const { text } = ctx;
  if (body.source !== 'kb' || !(text.startsWith('Kemen', body.start) || text.startsWith('Kemlu', body.start)) || /\s/.test(text.slice(body.start, body.end))) return;
  const country = ctx.mentions.startingAt(body.end + 1);
  if (!country || country.type !== 'COUNTRY' || country.entity.id === 'country:ID') return;
  if (ctx.kb.get(body.entity.id)?.country !== 'ID') return;
  out.push(candidate(ctx, body.start, country.end, 'ORGANIZATION'));
}

/** Names that run on past a known name: a body's `RI` or another country, a company's legal forms, a place's exchange. */
function namesRunOn(ctx: RuleContext, out: Candidate[]): void {
  const { text } = ctx;
  for (const mention of ctx.mentions.mentions) {
    const unit = text.charCodeAt(mention.end);
    if (unit !== 0x20 && unit !== 0x2c) continue;
    if (mention.type === 'ORGANIZATION') {
      if (unit === 0x20) {
        bodyOfTheRepublic(ctx, mention, out);
        foreignMinistry(ctx, mention, out);
      }
      if (mention.source === 'kb') legalFormsAfter(text, mention, out);
    } else if ((mention.type === 'COUNTRY' || mention.type === 'PLACE') && unit === 0x20) placesExchange(ctx, mention, out);
  }
}

const SCHOOL = /(?<![\p{L}\d])(?:SDN?|SMPN?|SMAN?|SMKN?|MIN?|MTsN?|MAN?|SLBN?)(?: (?:Negeri|Swasta|IT|Islam|Kristen|Katolik|Muhammadiyah|Al[- ]\p{Lu}\p{Ll}+))? \d{1,3}(?![\p{L}\d])/gu;

/**
 * `the ruling Kenya Kwanza party`, `the opposition Democratic Unity Platform coalition`: the
 * capitals between a party's description and the lower-case word `party` (or coalition,
 * alliance, movement, bloc) name it, over a country or place inside them.
 */
function describedParties(ctx: RuleContext, out: Candidate[]): void {
  const { text } = ctx;
  for (const head of PARTY_WORDS) {
    for (let p = text.indexOf(head); p >= 0; p = text.indexOf(head, p + head.length)) {
      if (isWordUnit(text.charCodeAt(p + head.length)) || !isWordUnit(text.charCodeAt(p - 1))) continue;
      // Back over up to five capitalized words, to the description before them.
      let start = p;
      let words = 0;
      while (words < 5) {
        let wordStart = start;
        while (wordStart > 0 && isPartyNameUnit(text.charCodeAt(wordStart - 1))) wordStart--;
        if (wordStart === start || !isUpperUnit(text.charCodeAt(wordStart))) break;
        start = wordStart;
        words++;
        if (text.charCodeAt(start - 1) !== 0x20) break;
        start--;
      }
      if (words === 0) continue;
      if (start < p && text.charCodeAt(start) === 0x20) start++;
      const description = wordBefore(text, start - 1);
      if (!description || description.end !== start - 1 || !PARTY_DESCRIPTIONS.has(description.text)) continue;
      const inside = ctx.mentions.startingAt(start);
      if ((inside && inside.end === p && inside.type === 'ORGANIZATION') || coveredInside(ctx, start, true)) continue;
      out.push(candidate(ctx, start, p, 'ORGANIZATION'));
    }
  }
}
const PARTY_WORDS = [' party', ' coalition', ' alliance', ' movement', ' bloc'];
const PARTY_DESCRIPTIONS = new Set(['ruling', 'opposition', 'governing', 'far-right', 'far-left', 'hard-right', 'hard-left', 'right-wing', 'left-wing', 'centre-right', 'center-right', 'centre-left', 'center-left', 'centrist', 'nationalist', 'ultranationalist', 'populist', 'Islamist', 'separatist', 'pro-government', 'pro-democracy', 'pro-European', 'pro-Russian', 'liberal', 'conservative', 'socialist', 'eurosceptic', 'Eurosceptic', 'anti-immigration', 'main']);
/** Letters, digits, apostrophes and hyphens: the units of a party's name word (`Fa'atuatua`, `Pro-Democracy`). */
function isPartyNameUnit(unit: number): boolean {
  return isWordUnit(unit) || unit === 0x27 || unit === 0x2019 || unit === 0x2d;
}

/**
 * `SMAN 1 Mayong`, `SD Muhammadiyah 12 Surabaya`, `MTsN 2 Kota Malang`: a school by its
 * level, kind and number, with the place it stands in: an organization. The number makes it
 * one school (`SMA` alone is a level of schooling).
 */
function schools(ctx: RuleContext, out: Candidate[]): void {
  const { text } = ctx;
  SCHOOL.lastIndex = 0;
  for (let match = SCHOOL.exec(text); match; match = SCHOOL.exec(text)) {
    let end = match.index + match[0].length;
    if ((ctx.mentions.startingAt(match.index)?.end ?? 0) > end) continue;
    // The place: a known one, or up to two capitalized words.
    for (let words = 0; words < 2 && text.charCodeAt(end) === 0x20; words++) {
      const q = end + 1;
      const mention = ctx.mentions.startingAt(q);
      if (mention) {
        if (mention.type === 'PLACE') end = mention.end;
        break;
      }
      const word = wordAt(text, q);
      if (!word || !isNameWord(word) || ctx.triggerStarts.has(q) || triggerAt(ctx, q)) break;
      end = word.end;
    }
    out.push(candidate(ctx, match.index, end, 'ORGANIZATION'));
  }
}

/**
 * `sent the bill to Congress`, `Congress leader Rahul Gandhi`: `Congress` alone, capitalized,
 * names a legislature or India's party, an organization either way. Not a party's or any
 * body's congress, which is an event written after its owner or its number (`Party Congress`,
 * `the 20th Congress`), nor a part of a longer name (`Congress Working Committee`).
 */
function bareCongress(ctx: RuleContext, out: Candidate[]): void {
  const { text } = ctx;
  for (let p = text.indexOf('Congress'); p >= 0; p = text.indexOf('Congress', p + 8)) {
    const end = p + 8;
    if (isWordUnit(text.charCodeAt(end)) || (p > 0 && !isBlank(text.charCodeAt(p - 1)) && text.charCodeAt(p - 1) !== 0x22)) continue;
    if (ctx.mentions.startingAt(p) || ctx.mentions.endingAt(end)) continue;
    // The word before: lower case, `The`, or an owner (`Peru's Congress`).
    const blankBack = skipBlanksBack(text, p);
    const before = isWordUnit(text.charCodeAt(blankBack - 1)) ? wordBefore(text, blankBack) : undefined;
    if (before && (isCapitalized(before.text) ? before.text !== 'The' && !/['’]s$/.test(before.text) : /^\d|^(?:party|national|world)$/i.test(before.text))) continue;
    const after = wordAt(text, skipBlanks(text, end));
    if (after && after.start <= end + 1 && isCapitalized(after.text)) continue;
    out.push(candidate(ctx, p, end, 'ORGANIZATION'));
  }
}

/** Capitalized words after `House` that make it the chamber (`House Speaker`, `House Republicans`). */
const HOUSE_AFTER = new Set(['Speaker', 'Republicans', 'Democrats', 'Republican', 'Democratic', 'GOP', 'Minority', 'Majority', 'Judiciary', 'Oversight',
  'Intelligence', 'Appropriations', 'Ways', 'Rules', 'Armed', 'Foreign', 'Homeland', 'Budget', 'Ethics', 'Financial', 'Energy', 'Freedom']);
const HOUSE_AFTER_LOWER = /^(?:floor|vote[sd]?|voting|passed|approved|rejected|bill|version|members|lawmakers|leaders|leadership|majority|minority|chamber|committee|speaker|seats?|races?|control)\b/;

/**
 * A chamber named by its head alone, which the article's country tells: `the House`,
 * `House Speaker …` (the US House where the article is American), `Senat`, `Kongres` in
 * Indonesian. Only where the knowledge base has that country's chamber: elsewhere the words
 * are a building, an event or a heading (`Opera House`, `Kongres PSSI`).
 */
function bareChambers(ctx: RuleContext, out: Candidate[]): void {
  const { text } = ctx;
  let country: string | undefined | null = null;
  for (const head of ['House', 'Senat', 'Kongres']) {
    for (let p = text.indexOf(head); p >= 0; p = text.indexOf(head, p + head.length)) {
      const end = p + head.length;
      if (isWordUnit(text.charCodeAt(end)) || (p > 0 && isWordUnit(text.charCodeAt(p - 1)))) continue;
      if (ctx.mentions.startingAt(p) || ctx.mentions.endingAt(end) || coveredInside(ctx, p, true)) continue;
      const blankBack = skipBlanksBack(text, p);
      const before = isWordUnit(text.charCodeAt(blankBack - 1)) ? wordBefore(text, blankBack) : undefined;
      // `Opera House`, `Kongres PSSI`: a capitalized word on either side makes another name.
      if (before && isCapitalized(before.text) && before.text !== 'The') continue;
      const after = text.charCodeAt(end) === 0x20 ? wordAt(text, end + 1) : undefined;
      if (head === 'House') {
        if (after?.text === 'of' || text.charCodeAt(end) === 0x2d) continue;
        // `a former state House speaker`: a state's own house.
        if (before?.text === 'state') continue;
        const article = before !== undefined && /^the$/i.test(before.text);
        const chamberWord = after !== undefined && (HOUSE_AFTER.has(after.text) || HOUSE_AFTER_LOWER.test(after.text));
        if (after && isCapitalized(after.text) && !HOUSE_AFTER.has(after.text)) continue;
        if (!article && !chamberWord) continue;
      } else if ((after && isCapitalized(after.text)) || (before && before.text === 'The')) continue;
      if (country === null) country = articleCountry(ctx.kb, ctx.mentions.mentions);
      const chamber = chamberOf(ctx.kb, head, country);
      if (chamber) out.push(linkedCandidate(p, end, 'ORGANIZATION', { id: chamber.id, name: chamber.name }));
    }
  }
}

/**
 * `TRIBUNSOLO.COM, SOLO`, `Laporan Wartawan TribunSolo.com`, `dikutip dari detik.com`: a news
 * site named by its domain is an organization. Written in lower case, only where outlets are
 * named: at a line's start, or after `dari`, `oleh`, `Sumber:`, `via` or a bracket.
 */
function outletDomains(ctx: RuleContext, out: Candidate[]): void {
  const { text } = ctx;
  // At each point, the top-level domain after it, then the name before it.
  for (let dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
    const tld = domainEnd(text, dot);
    if (tld < 0 || !isWordUnit(text.charCodeAt(dot - 1))) continue;
    let start = dot;
    while (start > 0 && (isWordUnit(text.charCodeAt(start - 1)) || text.charCodeAt(start - 1) === 0x2d)) start--;
    // In a URL or an address (`www.`, `/`, `@`), or no letter to start the name: no outlet.
    const before = text.charCodeAt(start - 1);
    if (before === 0x2f || before === 0x40 || before === 0x2e || text.charCodeAt(tld) === 0x2f) continue;
    const capitalized = isUpperUnit(text.charCodeAt(start));
    if (!capitalized && (!isLowerUnit(text.charCodeAt(start)) || !OUTLET_CONTEXT.test(text.slice(Math.max(0, start - 9), start)))) continue;
    if (ctx.mentions.startingAt(start)?.end === tld) continue;
    // `REPUBLIKA.CO.ID` is the known Republika, `KOMPAS.TV` the known Kompas TV.
    const name = text.slice(start, dot);
    const tv = tld - dot === 3 && /^\.tv$/i.test(text.slice(dot, tld)) ? `${name} TV` : undefined;
    const known = [tv, name].flatMap((n) => (n ? ctx.kb.lookup(n) : [])).find((e) => e.type === 'ORGANIZATION');
    if (known) out.push(linkedCandidate(start, tld, 'ORGANIZATION', { id: known.id, name: known.name }));
    else out.push(candidate(ctx, start, tld, 'ORGANIZATION'));
    dot = tld;
  }
}

/** Where a news site's top-level domain that starts at `dot` ends (`.com`, `.co.id`, `.id`, `.tv`, `.net`, `.news`), or -1. */
function domainEnd(text: string, dot: number): number {
  // Most points end sentences: the letter after the point rules nearly all of them out.
  const next = text.charCodeAt(dot + 1) | 0x20;
  if (next !== 0x63 && next !== 0x6e && next !== 0x69 && next !== 0x74) return -1; // c, n, i, t
  for (const tld of TOP_LEVEL_DOMAINS) {
    const end = dot + tld.length;
    if (end <= text.length && !isWordUnit(text.charCodeAt(end)) && text.slice(dot, end).toLowerCase() === tld) return end;
  }
  return -1;
}
const TOP_LEVEL_DOMAINS = ['.co.id', '.com', '.news', '.net', '.id', '.tv'];
const OUTLET_CONTEXT = /(?:^|\n|\(|\b(?:dari|oleh|via|kepada|Sumber ?:|melansir|dilansir)\s)\s*$/;

/** `Singapore Exchange`, `Hong Kong Exchanges`: a place's exchange is a body (a people-to-people exchange is not). */
function placesExchange(ctx: RuleContext, place: Candidate, out: Candidate[]): void {
  const { text } = ctx;
  if (!text.startsWith(' Exchange', place.end)) return;
  const end = place.end + (text.startsWith(' Exchanges', place.end) ? 10 : 9);
  if (!isWordUnit(text.charCodeAt(end))) out.push(candidate(ctx, place.start, end, 'ORGANIZATION'));
}

/**
 * `PT Telkom Indonesia (Persero) Tbk`, `PT Bank Rakyat Indonesia, Tbk`: a company's legal
 * forms after its known name are part of the name, with the known entity.
 */
function legalFormsAfter(text: string, body: Candidate, out: Candidate[]): void {
  const unit = text.charCodeAt(body.end);
  const next = text.charCodeAt(body.end + 1);
  // Cheap tests first: ` (P`, `, T`, ` T`.
  if (!((unit === 0x20 && (next === 0x28 || next === 0x54)) || (unit === 0x2c && next === 0x20))) return;
  const tail = LEGAL_TAIL.exec(text.slice(body.end, body.end + 20));
  if (tail) out.push(linkedCandidate(body.start, body.end + tail[0].length, 'ORGANIZATION', body.entity));
}
const LEGAL_TAIL = /^(?: \(Persero\)(?:,? Tbk)?|,? Tbk)(?![\p{L}\p{N}])/u;

const COMPASS = new Set(['Timur', 'Barat', 'Utara', 'Selatan', 'Tengah', 'Tenggara', 'Laut', 'Daya']);

/** English compass words before a place's name: `North Darfur`, `East Jerusalem`. */
const COMPASS_BEFORE = new Set(['North', 'South', 'East', 'West', 'Central', 'Northern', 'Southern', 'Eastern', 'Western']);

/**
 * `Jakarta Selatan`, `Indonesia Timur`: a known place or country with a compass word after
 * it is a PLACE; so is a known place with an English one before it (`North Darfur`).
 */
function compassPlaces(ctx: RuleContext, out: Candidate[]): void {
  const { text } = ctx;
  for (const mention of ctx.mentions.mentions) {
    if (mention.type !== 'PLACE' && mention.type !== 'COUNTRY') continue;
    const word = wordAt(text, mention.end + 1);
    if (text[mention.end] === ' ' && word && COMPASS.has(word.text)) {
      out.push(candidate(ctx, mention.start, word.end, 'PLACE'));
      continue;
    }
    if (mention.type !== 'PLACE' || text[mention.start - 1] !== ' ') continue;
    const before = wordBefore(text, mention.start - 1);
    if (before && COMPASS_BEFORE.has(before.text)) out.push(candidate(ctx, before.start, mention.end, 'PLACE'));
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

/** Calls `visit` with where each line's text starts (after blanks) and where the line ends. */
function forEachLine(text: string, visit: (start: number, end: number) => void): void {
  for (let lineStart = 0; lineStart < text.length; ) {
    const next = text.indexOf('\n', lineStart);
    const lineEnd = next < 0 ? text.length : next;
    visit(skipBlanks(text, lineStart), lineEnd);
    lineStart = lineEnd + 1;
  }
}

/** `BEIJING, 3 Juli (Xinhua) --` and `XI'AN, 18 Mei`: a dateline's place. */
function datelines(ctx: RuleContext, out: Candidate[]): void {
  const { text } = ctx;
  forEachLine(text, (p) => {
    let end = -1;
    let q = p;
    for (let words = 0; words < 4; words++) {
      const word = wordAt(text, q);
      // `SENIN, 31 JULI 2023`: a day's name opens no dateline.
      if (!word || word.text.length < 2 || !isAllCaps(word.text) || CALENDAR_WORDS.has(fold(word.text))) break;
      end = word.end;
      q = word.end;
      if (text[q] !== ' ') break;
      q++;
    }
    if (end > p && !ctx.mentions.startingAt(p) && /^(,|\s*\(|\s+[-\u2013\u2014])/.test(text.slice(end, end + 3))) {
      const name = text.slice(p, end);
      const known = ctx.kb.lookup(name).find((e) => e.type === 'PLACE' || e.type === 'COUNTRY');
      const titled = name.toLowerCase().replace(/(^|[\s'-])\p{L}/gu, (m) => m.toUpperCase());
      const entity = known ? { id: known.id, name: known.name } : { id: entityId('place', name), name: titled };
      out.push(linkedCandidate(p, end, known?.type ?? 'PLACE', entity));
    }
  });
}

const DATELINE_PAIR = /^([\p{Lu}][\p{L}\d'’.-]*(?: [\p{Lu}][\p{L}\d'’.-]*){0,2}), ([\p{L}][\p{L}\d.-]*(?: [\p{Lu}][\p{L}\d.-]*){0,2}) ?(?:[-\u2013\u2014]{1,2}|\|) /u;

/**
 * `JAKARTA, DDTCNews –`, `Guiyang, Bolong –`, `WAHANANEWS.CO, Jakarta -`: a line that opens
 * with a known place and another name, joined by a comma and closed by a dash, names the
 * outlet with the place.
 */
function datelineOutlets(ctx: RuleContext, out: Candidate[]): void {
  const { text } = ctx;
  forEachLine(text, (p, lineEnd) => {
    const comma = text.indexOf(', ', p);
    const match = comma > p && comma - p < 40 ? DATELINE_PAIR.exec(text.slice(p, Math.min(lineEnd, p + 90))) : null;
    if (match) {
      const second = p + match[1].length + 2;
      const first = ctx.mentions.startingAt(p);
      const other = ctx.mentions.startingAt(second);
      const isPlace = (m: Candidate | undefined, end: number) => m !== undefined && m.end === end && (m.type === 'PLACE' || m.type === 'COUNTRY');
      // The place is known, or in capitals as a dateline writes it (`ALMATY, DDTCNews –`).
      const firstIsPlace = isPlace(first, p + match[1].length) || (!first && /^[\p{Lu} ]+$/u.test(match[1]) && !CALENDAR_WORDS.has(fold(match[1])));
      const outlet = isPlace(other, second + match[2].length) && !first ? [p, p + match[1].length] : firstIsPlace && !other ? [second, second + match[2].length] : undefined;
      const words = outlet ? text.slice(outlet[0], outlet[1]) : '';
      // Not a day's name or a date, nor a title and a name (`Jakarta, Presiden Prabowo –`),
      // nor an abbreviation (`WASHINGTON, D.C. –`).
      if (outlet && !CALENDAR_WORDS.has(fold(words.split(' ')[0])) && !/^\d|^(?:\p{L}\.)+$/u.test(words) && !triggerAt(ctx, outlet[0])) {
        out.push(candidate(ctx, outlet[0], outlet[1], 'ORGANIZATION'));
      }
    }
  });
}

/** English adjectives of peoples and directions: `Kurdish region`, `Southern district`. */
const ADJECTIVE_ENDINGS = /(?:ian|ean|can|ese|ish|ern|ic)$/;

/** `Tai Po district`, `Kharkiv region`: capitalized words before a lower-case designator. */
function placesBeforeDesignators(ctx: RuleContext, out: Candidate[]): void {
  const { text } = ctx;
  for (const trigger of ctx.triggers) {
    if (trigger.info.kind !== 'designator-suffix') continue;
    const end = skipBlanksBack(text, trigger.start);
    if (end === trigger.start || ctx.mentions.endingAt(end)) continue;
    // `the Russian region of Kursk`: the name follows; an adjective before names nothing.
    const after = wordAt(text, skipBlanks(text, trigger.end));
    if (after?.text === 'of') continue;
    // `Shimane Prefecture`: capitalized, after one name word, and ending the name (not `District Court`).
    const capitalized = isUpperUnit(text.charCodeAt(trigger.start));
    if (capitalized && ((after && isCapitalized(after.text) && after.start === trigger.end + 1) || NAMED_WITH_DESIGNATOR.has(fold(text.slice(trigger.start, trigger.end))))) continue;
    let start = -1;
    let p = end;
    for (let words = 0; words < (capitalized ? 1 : 3); words++) {
      const q = skipBlanksBack(text, p);
      if (words > 0 && q === p) break;
      if (ctx.mentions.endingAt(q)) break;
      const word = wordBefore(text, q);
      if (!word || !isNameWord(word) || ctx.triggerStarts.has(word.start) || insideTitle(ctx, word.start)) break;
      if (words === 0 && ADJECTIVE_ENDINGS.test(word.text)) break;
      start = word.start;
      p = word.start;
    }
    if (start >= 0) out.push(candidate(ctx, start, end, 'PLACE'));
  }
}

/** Designators that a name written with them capitalized keeps (`Orange County`, `Notts County`). */
const NAMED_WITH_DESIGNATOR = new Set(['county', 'township']);

const LOCATIVES = new Set(['di', 'ke', 'dari', 'dekat', 'menuju', 'in', 'at', 'near', 'from', 'to']);

/**
 * `di Cicurug, Sukabumi`, `in Wuzhen, Zhejiang`: one to three name words after a locative
 * and before a comma and a known place (or country) are a place within it.
 */
function placesWithinPlaces(ctx: RuleContext, out: Candidate[]): void {
  const { text } = ctx;
  for (const mention of ctx.mentions.mentions) {
    if ((mention.type !== 'PLACE' && mention.type !== 'COUNTRY') || text.charCodeAt(mention.start - 1) !== 0x20) continue;
    // `…, Ngamprah, Kabupaten Bandung Barat`: the known place may have its designator before it.
    if (!commaBefore(text, mention.start)) continue;
    const designator = text.charCodeAt(mention.start - 2) === 0x2c ? undefined : designatorBefore(ctx, mention.start);
    const comma = designator ? designator.start - 2 : mention.start - 2;
    if (text.charCodeAt(comma) !== 0x2c || text.charCodeAt(comma + 1) !== 0x20) continue;
    const end = comma;
    if (ctx.mentions.endingAt(end)) continue;
    let start = -1;
    let p = end;
    for (let words = 0; words < 3; words++) {
      const q = skipBlanksBack(text, p);
      if (words > 0 && q === p) break;
      if (ctx.mentions.endingAt(q)) {
        start = -1;
        break;
      }
      const word = wordBefore(text, q);
      // A designator or head before the name is not part of it (`di Kecamatan Tebet, …`).
      if (!word || !isNameWord(word) || startsHead(ctx, word.start) || insideTitle(ctx, word.start)) break;
      start = word.start;
      p = word.start;
    }
    // Nothing known inside (`Davos-Klosters`), and a locative right before it.
    if (start < 0 || (ctx.mentions.startingFrom(start)?.start ?? Infinity) < end) continue;
    const before = wordBefore(text, skipBlanksBack(text, start));
    if ((before && LOCATIVES.has(before.text) && before.end < start) || designatedBefore(ctx, start)) out.push(candidate(ctx, start, end, 'PLACE'));
  }
}

/** Is there a `, ` within the 16 units before `start` (`, Ngamprah`, `, Kabupaten Bandung`)? */
function commaBefore(text: string, start: number): boolean {
  for (let p = start - 2; p >= 0 && p >= start - 16; p--) if (text.charCodeAt(p) === 0x2c && text.charCodeAt(p + 1) === 0x20) return true;
  return false;
}

/** The designator trigger that ends right before `start` (`Kabupaten` of `Kabupaten Bandung Barat`), if any. */
function designatorBefore(ctx: RuleContext, start: number): TriggerHit | undefined {
  const word = wordBefore(ctx.text, start - 1);
  const trigger = word && triggerAt(ctx, word.start);
  return trigger && trigger.end === start - 1 && trigger.info.kind === 'designator' && isUpperUnit(ctx.text.charCodeAt(trigger.start)) ? trigger : undefined;
}

/** Does a designated place and a comma stand right before `start` (`Desa Hergamanah, Ngamprah`)? */
function designatedBefore(ctx: RuleContext, start: number): boolean {
  const { text } = ctx;
  if (text.charCodeAt(start - 1) !== 0x20 || text.charCodeAt(start - 2) !== 0x2c) return false;
  let p = start - 2;
  for (let words = 0; words < 3; words++) {
    const word = wordBefore(text, skipBlanksBack(text, p));
    if (!word) return false;
    const trigger = triggerAt(ctx, word.start);
    if (trigger && trigger.info.kind === 'designator' && isUpperUnit(text.charCodeAt(trigger.start))) return words > 0;
    if (!isNameWord(word)) return false;
    p = word.start;
  }
  return false;
}

/** Candidates from the rules that name organizations, places and formal state names. */
export function containerRules(ctx: RuleContext): Candidate[] {
  const out: Candidate[] = [];
  headedNames(ctx, out);
  designatedPlaces(ctx, out);
  regionalBranches(ctx, out);
  namesRunOn(ctx, out);
  outletDomains(ctx, out);
  bareCongress(ctx, out);
  bareChambers(ctx, out);
  schools(ctx, out);
  describedParties(ctx, out);
  stockTickers(ctx, out);
  placesBeforeDesignators(ctx, out);
  placesWithinPlaces(ctx, out);
  compassPlaces(ctx, out);
  formalStateNames(ctx, out);
  // (An outlet before a known place wins over reading the capitals as the dateline's place: `TIMES NIAS, JAKARTA –`.)
  datelineOutlets(ctx, out);
  datelines(ctx, out);
  return out;
}
