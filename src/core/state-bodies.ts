import demonyms from './data/demonyms.json';
import type { KnowledgeBase } from './kb/knowledge-base';
import { entityId } from './text';
import type { EntityRef, KbEntry } from './types';

/**
 * Ministries every state has, by remit: how English and Indonesian news name them, and the
 * English name an entity of that kind gets (`Ministry of Foreign Affairs of Japan`).
 */
const REMITS: ReadonlyArray<{ remit: string; english: RegExp; indonesian: RegExp; short: readonly string[] }> = [
  { remit: 'Foreign Affairs', english: /^(?:Foreign|Foreign Affairs)$/, indonesian: /^Luar Negeri$/, short: ['Kemenlu', 'Kemlu'] },
  { remit: 'Defence', english: /^(?:Defen[cs]e|National Defen[cs]e)$/, indonesian: /^Pertahanan(?: Nasional)?$/, short: ['Kemhan', 'Kemenhan'] },
  { remit: 'Finance', english: /^Finance$/, indonesian: /^Keuangan$/, short: ['Kemenkeu'] },
  { remit: 'Health', english: /^Health$/, indonesian: /^Kesehatan$/, short: ['Kemenkes'] },
];

const COUNTRY_BEFORE = /^(?:[Tt]he )?(.+?) (?:(.+?) Ministry|Ministry of (.+))$/;
/** A ministry with no state in its name (`Foreign Ministry`, `Ministry of Defence`). */
const BARE = /^(?:(.+?) Ministry|Ministry of (.+))$/;
const COUNTRY_AFTER = /^(?:(.+?) Ministry|Ministry of (.+?)) of (?:the )?(.+)$/;
const INDONESIAN = /^(?:Kementerian|Kementrian) (\p{Lu}.* \p{Lu}.*)$/u;
const INDONESIAN_SHORT = /^(Kemenlu|Kemlu|Kemhan|Kemenhan|Kemenkeu|Kemenkes) (\p{Lu}.*)$/u;

const DEMONYMS: Readonly<Record<string, string>> = demonyms;

/** The country a name or demonym in a body's name stands for (`Japan`, `Jepang`, `Japanese`). */
function countryOf(kb: KnowledgeBase, name: string): string | undefined {
  const known = kb.lookup(name).find((e) => e.type === 'COUNTRY');
  if (known) return known.id.slice(8);
  return Object.prototype.hasOwnProperty.call(DEMONYMS, name) ? DEMONYMS[name] : undefined;
}

/**
 * States whose ministry of that remit is named otherwise (the US Department of State, India's
 * Ministry of External Affairs): the knowledge base's entry, or none (an empty id) rather
 * than a made-up name.
 */
const SPECIAL: Readonly<Record<string, string>> = {
  'Foreign Affairs/US': 'org:united-states-department-of-state',
  'Foreign Affairs/GB': 'org:foreign-commonwealth-and-development-office',
  'Foreign Affairs/AU': 'org:department-of-foreign-affairs-and-trade',
  'Foreign Affairs/IN': '',
  'Foreign Affairs/CA': '',
  'Foreign Affairs/NZ': '',
  'Foreign Affairs/IE': '',
  'Defence/US': 'org:united-states-department-of-defense',
  'Defence/GB': 'org:ministry-of-defence-united-kingdom',
  'Finance/US': 'org:united-states-department-of-the-treasury',
  'Finance/GB': 'org:hm-treasury',
  'Health/US': '',
  'Health/GB': '',
};

/**
 * A state's own body, one of `bodies` named with one of the state's names the ways news
 * writes them: `U.S. House`, `Senat AS`, `Congress of the Philippines`, `Ministry of Foreign
 * Affairs of China`.
 */
export function bodyOfState(kb: KnowledgeBase, bodies: readonly string[], country: string | undefined): KbEntry | undefined {
  const state = country ? kb.get(`country:${country}`) : undefined;
  if (!state) return undefined;
  for (const body of bodies) {
    for (const name of [state.name, ...(state.aliases ?? [])]) {
      for (const form of [`${name} ${body}`, `${body} ${name}`, `${body} of ${name}`, `${body} of the ${name}`]) {
        const known = kb.lookup(form).find((e) => e.type === 'ORGANIZATION' && e.country === country);
        if (known) return known;
      }
    }
  }
  return undefined;
}

/** `United States`, `Philippines`: names that take `the` after `of`. */
const WITH_ARTICLE = /^(?:United |Philippines$|Netherlands$|Bahamas$|Gambia$|Maldives$|Comoros$|Seychelles$|Solomon Islands$|Marshall Islands$|Czech Republic$|Central African Republic$|Dominican Republic$|Democratic Republic)/;

/**
 * A state's ministry named with its country in any of the usual ways, which is one entity
 * whatever the language: `Kementerian Luar Negeri Jepang`, `Kemlu Jepang`, `the Japanese
 * Foreign Ministry`, `Japan's Ministry of Foreign Affairs` (the possessive read by the
 * caller) and `the Foreign Ministry of Japan` are all the `Ministry of Foreign Affairs of
 * Japan`. The knowledge base's own entry for it wins, where it names one by any of those
 * forms; otherwise the entity is made from the remit and the country's English name.
 */
export function stateMinistry(kb: KnowledgeBase, name: string, country?: string): EntityRef | undefined {
  let remit: string | undefined;
  let place: string | undefined;
  const short = INDONESIAN_SHORT.exec(name);
  const indonesian = short ? undefined : INDONESIAN.exec(name);
  if (short) {
    remit = REMITS.find((r) => r.short.includes(short[1]))?.remit;
    place = short[2];
  } else if (indonesian) {
    // `Luar Negeri Jepang`: the remit's words, then the country's.
    const words = indonesian[1].split(' ');
    for (let k = 1; k < words.length && !remit; k++) {
      place = words.slice(k).join(' ');
      if (countryOf(kb, place)) remit = REMITS.find((r) => r.indonesian.test(words.slice(0, k).join(' ')))?.remit;
    }
  } else {
    const after = COUNTRY_AFTER.exec(name);
    const before = after ? undefined : COUNTRY_BEFORE.exec(name);
    const bare = after || before || !country ? undefined : BARE.exec(name);
    const words = after ? after[1] ?? after[2] : before ? before[2] ?? before[3] : bare ? bare[1] ?? bare[2] : undefined;
    if (words) remit = REMITS.find((r) => r.english.test(words))?.remit;
    place = after ? after[3] : before?.[1];
  }
  if (!remit) return undefined;
  const code = place === undefined ? country : countryOf(kb, place);
  const state = code ? kb.get(`country:${code}`) : undefined;
  if (!state) return undefined;
  const english = state.name;
  // The knowledge base's entry: any of its names written the usual ways.
  const heads = remit === 'Foreign Affairs' ? ['Ministry of Foreign Affairs', 'Foreign Ministry'] : [`Ministry of ${remit}`, `${remit} Ministry`, ...(remit === 'Defence' ? ['Ministry of Defense', 'Ministry of National Defense', 'Ministry of National Defence'] : [])];
  const known = bodyOfState(kb, heads, code);
  if (known) return { id: known.id, name: known.name };
  const special = SPECIAL[`${remit}/${code}`];
  if (special !== undefined) {
    const entry = special ? kb.get(special) : undefined;
    return entry ? { id: entry.id, name: entry.name } : undefined;
  }
  const canonical = `Ministry of ${remit} of ${WITH_ARTICLE.test(english) ? 'the ' : ''}${english}`;
  return { id: entityId('org', canonical), name: canonical };
}
