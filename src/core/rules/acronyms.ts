import { type Candidate } from '../candidates';
import { BODY_WORDS, CALENDAR_WORDS, EVENT_WORDS, FUNCTION_WORDS, INDEX_NAME, isGenericBody, LEGAL_SUFFIXES, NAME_CONNECTORS, ORG_PREFIXES, ORG_SUFFIXES } from '../lexicon';
import { fold, isAllCaps, isCapitalized } from '../text';
import type { EntityRef, EntityType, KbEntry } from '../types';
import { entityFor, insideTitle, JOINERS, linkedCandidate, type RuleContext, skipBlanks, skipBlanksBack, type Word, wordBefore, wordsIn } from './context';

/**
 * Acronym definitions: `Organisasi Kerja Sama Shanghai (SCO)` names its body for the rest of
 * the article.
 */

const BODY_WORD_SET = new Set(BODY_WORDS);

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
  /** The acronym of an initiative, a plan or an event: no mention anywhere in the article. */
  none?: true;
}

const ACRONYM = /^\p{Lu}[\p{L}0-9&.\-]{1,11}$/u;
/** Brackets that look like acronyms but are legal forms or editorial marks: `PT Pos Indonesia (Persero)`. */
/** Brackets of capitals that name no body: legal forms, credit labels, and executives' titles (`(CEO)`). */
const NOT_ACRONYMS = new Set([...LEGAL_SUFFIXES, 'persero', 'red', 'ed', 'ant', 'foto', 'hlm', 'dll', 'ceo', 'coo', 'cfo', 'cio', 'cto', 'cmo', 'plt', 'plh']);

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

function isOtherBearer(ctx: RuleContext, mention: Candidate, acronym: string, knownId: string): boolean {
  const words = wordsIn(ctx.text, mention).filter((w) => isCapitalized(w.text));
  return initialsMatch(words, acronym) && !ctx.kb.lookup(ctx.text.slice(mention.start, mention.end)).some((e) => e.id === knownId);
}

/** Does a title that starts as the acronym does end right before the long form (`Kepala … (Kapolri)`)? */
function titleAbbreviated(ctx: RuleContext, start: number, acronym: string): boolean {
  const end = skipBlanksBack(ctx.text, start);
  if (!ctx.titleEnds.has(end)) return false;
  const title = wordBefore(ctx.text, end);
  return !!title && fold(title.text[0]) === fold(acronym[0]) && ctx.triggerStarts.has(title.start);
}

/**
 * `Supreme Advisory Council (DPA)` is not Germany's dpa: an English name with an English head
 * that shares no word with the known bearer's names names another body. (A translation into
 * Indonesian keeps the original acronym: `Kantor Perwakilan Dagang AS (USTR)`.)
 */
function isEnglishNameOfAnother(ctx: RuleContext, known: KbEntry, mention: Candidate): boolean {
  const words = wordsIn(ctx.text, mention).map((w) => fold(w.text));
  if (!words.some((w) => ENGLISH_HEADS.has(w))) return false;
  const names = new Set(ctx.kb.surfaces(known).flatMap((surface) => fold(surface).split(/[^\p{L}\p{N}]+/u)));
  return !words.some((w) => w.length > 2 && names.has(w));
}
const ENGLISH_HEADS = new Set(['council', 'board', 'agency', 'commission', 'ministry', 'office', 'committee', 'institute', 'court', 'union', 'association', 'organization', 'organisation', 'authority', 'bureau', 'department', 'corporation', 'company', 'assembly', 'body', 'party', 'front', 'movement', 'service', 'centre', 'center', 'foundation']);

/** Is the long form one of the known entry's names, misspelled by a letter or two (`Badan Nasional Penanggulagan Bencana`)? */
function misspells(ctx: RuleContext, known: KbEntry, mention: Candidate): boolean {
  const longForm = fold(ctx.text.slice(mention.start, mention.end));
  return longForm.length >= 12 && ctx.kb.surfaces(known).some((surface) => withinTwoEdits(longForm, fold(surface)));
}

/** Are two strings at most two insertions, deletions or substitutions apart? */
function withinTwoEdits(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 2) return false;
  // One row of the edit-distance table at a time, only the band of width two around the diagonal.
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      row[j] = Math.abs(i - j) > 2 ? 3 : Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost);
      if (row[j] < best) best = row[j];
    }
    if (best > 2) return false;
    previous = row;
  }
  return previous[b.length] <= 2;
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

/**
 * Does a long form open with a word of one of the known entry's names (`Group of 20` and
 * `Group of Twenty`)? Then it is a variant of that name, not another body with the acronym.
 */
function sharesFirstWord(ctx: RuleContext, known: KbEntry, first: Word): boolean {
  const word = fold(first.text);
  return ctx.kb.surfaces(known).some((surface) => fold(surface).split(/[^\p{L}\p{N}]+/u).includes(word));
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
  if (!ACRONYM.test(acronym) || acronym.replace(/[^\p{Lu}]/gu, '').length < 2) return undefined;
  if (NOT_BODY_ENDINGS.test(text.slice(open + 1, slash).trim())) return namesNoBody(acronym);
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
  out.push(linkedCandidate(acronymStart, acronymStart + acronym.length, 'ORGANIZATION', source.entity));
  return { acronym, type: 'ORGANIZATION', entity: source.entity };
}

const AIRPORT_NAME = /^(?:Bandara|Bandar Udara)\s|\sAirport$/;

/**
 * The last words of English names of what is no organization (`Belt and Road Initiative
 * (BRI)`, `Global Development Initiative/GDI`): their acronyms name nothing in the article,
 * whatever body the knowledge base knows by them (Bank Rakyat Indonesia).
 */
const NOT_BODY_ENDINGS = /\b(?:Index|Initiative|Strategy|Agreement|Declaration|Treaty|Accord|Framework|Plan|Programme|Program|Roadmap|Vision|Expo|Summit|Dialogue)$/;

function namesNoBody(acronym: string): AcronymDefinition {
  return { acronym, type: 'ORGANIZATION', entity: { id: '', name: '' }, none: true };
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
    if (!ACRONYM.test(acronym) || NOT_ACRONYMS.has(fold(acronym))) continue;
    // (Only an acronym: `Ho Chi Minh Stock Index (Vietnam)` names the country.)
    const acronymShaped = acronym.replace(/[^\p{Lu}]/gu, '').length >= 2;
    if (acronymShaped && (NOT_BODY_ENDINGS.test(text.slice(Math.max(0, open - 14), skipBlanksBack(text, open))) || INDEX_NAME.test(text.slice(Math.max(0, open - 60), open)))) {
      definitions.push(namesNoBody(acronym));
      continue;
    }
    const capitals = acronym.replace(/[^\p{Lu}]/gu, '').length;
    const before = skipBlanksBack(text, open);
    const mention = ctx.mentions.endingAt(before);
    const known = ctx.kb.lookup(acronym)[0];
    let type: EntityType | undefined;
    let entity: EntityRef | undefined;
    // `Abdul Rachman Thaha (ART)`: a person's initials, which annotate.ts links to the person.
    // (A known person keeps the definition below: `Mohammed bin Salman (MbS)`.)
    const person = mention ? undefined : out.find((c) => c.end === before && (c.type === 'PERSON' || c.type === 'LEADER'));
    if (person && isAllCaps(acronym) && initialsMatch(wordsIn(text, person), acronym)) continue;
    // An airport's code in brackets is the airport, whatever else it abbreviates (`Bandara … Balikpapan (BPN)`).
    const airport = mention !== undefined && mention.type === 'PLACE' && /^[A-Z]{3}$/.test(acronym) && AIRPORT_NAME.test(text.slice(mention.start, mention.end));
    // A place at the end of a translated name is not what a known organization's acronym names.
    if (mention && (airport || !(mention.type !== 'ORGANIZATION' && known?.type === 'ORGANIZATION' && capitals >= 2))) {
      const mixedCase = capitals < 2;
      if (mixedCase && mention.type !== 'ORGANIZATION') continue;
      // Translated names keep their original acronym (`Organisasi Kerja Sama Shanghai (SCO)`),
      // so any all-capitals acronym after an organization counts; other types need a clue.
      const sameInitial = fold(acronym[0]) === fold(text[mention.start]);
      // `Kepala Kepolisian Republik Indonesia (Kapolri)`: the acronym abbreviates the title with the body.
      if (mixedCase && titleAbbreviated(ctx, mention.start, acronym)) continue;
      const sameEntity = known?.id === mention.entity.id;
      const translated = mention.type === 'ORGANIZATION' && !mixedCase && isAllCaps(acronym) && !partOfLongerName(ctx, mention.start);
      if (!sameInitial && !sameEntity && !translated && !airport) continue;
      // Two known names: the acronym's own entry wins, for a bracket often abbreviates only
      // the end of a longer name (`Biro Politik Komite Sentral Partai Komunis Tiongkok (PKT)`).
      // (But an acronym that spells the whole known name is that name's: `Biro Statistik Nasional (BSN)`.)
      if (mention.source === 'kb' && known && !sameEntity && !airport && !initialsMatch(wordsIn(text, mention).filter((w) => isCapitalized(w.text)), acronym)) continue;
      // A long form found by a rule is the known entity its acronym names (`… (USTR)`).
      // But a long form that spells the acronym and is none of the known entity's names is
      // another body with the same acronym (`Biro Statistik Nasional (BSN)`).
      if (mention.source === 'rule' && known && known.type === mention.type && (!(isOtherBearer(ctx, mention, acronym, known.id) || isEnglishNameOfAnother(ctx, known, mention)) || misspells(ctx, known, mention))) {
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
        if (!isCapitalized(word.text) && !NAME_CONNECTORS.has(word.text) && !/^\d+$/.test(word.text)) break;
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
      // `Badan Usaha Milik Negara (BUMN)` names a kind of body, not one.
      if (chosen && isGenericBody(fold(text.slice(chosen[0].start, chosen[chosen.length - 1].end)))) continue;
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
        known && known.type === 'ORGANIZATION' && (translated || ctx.kb.lookup(longForm).some((e) => e.id === known.id) || sharesFirstWord(ctx, known, chosen[0]))
          ? { entity: { id: known.id, name: known.name }, type: known.type }
          : entityFor(ctx.kb, longForm, 'ORGANIZATION', ['ORGANIZATION']);
      type = long.type;
      entity = long.entity;
      out.push(linkedCandidate(start, end, type, entity));
    }
    out.push(linkedCandidate(open + 1, close, type, entity));
    definitions.push({ acronym, type, entity });
  }
  return definitions;
}
