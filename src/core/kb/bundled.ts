import englishCountries from 'i18n-iso-countries/langs/en.json';
import indonesianCountries from 'i18n-iso-countries/langs/id.json';
import countryAliases from './data/country-aliases.json';
import leadersWorld from './data/leaders-world.json';
import leadersOfficials from './data/leaders-officials.json';
import leadersExtra from './data/leaders-extra.json';
import leadersPartiesWorld from './data/leaders-parties-world.json';
import persons from './data/persons.json';
import organizations from './data/organizations.json';
import organizationsExtra from './data/organizations-extra.json';
import organizationsMarketsSports from './data/organizations-markets-sports.json';
import indonesiaStateMediaSports from './data/indonesia-state-media-sports.json';
import places from './data/places.json';
import placesExtra from './data/places-extra.json';
import { KnowledgeBase } from './knowledge-base';
import { ID_PREFIXES, makeSlug } from '../text';
import type { EntityType, KbEntry, Role } from '../types';

interface CountryAliases {
  name?: string;
  aliases?: string[];
}

type NameTable = Record<string, string | string[]>;

/**
 * i18n-iso-countries lists bureaucratic variants ("Korea, Republic of") that news never
 * writes; and an English article is no part of a country's name (`the Netherlands` marks
 * `Netherlands`).
 */
function usableNames(value: string | string[] | undefined): string[] {
  const names = value === undefined ? [] : Array.isArray(value) ? value : [value];
  return names.filter((name) => !/[,()]/.test(name)).map(withoutArticle);
}

function withoutArticle(name: string): string {
  return name.replace(/^The /, '');
}

/** One COUNTRY entry per ISO 3166-1 code, named in English, with Indonesian and English forms. */
export function countryEntries(): KbEntry[] {
  const english = englishCountries.countries as NameTable;
  const indonesian = indonesianCountries.countries as NameTable;
  const curated = countryAliases as unknown as Record<string, CountryAliases | KbEntry[]>;
  const entries: KbEntry[] = [];
  for (const code of Object.keys(english)) {
    const extra = (curated[code] ?? {}) as CountryAliases;
    const englishNames = usableNames(english[code]);
    const name = extra.name ?? englishNames[englishNames.length - 1] ?? code;
    const aliases = new Set([...englishNames, ...usableNames(indonesian[code]), ...(extra.aliases ?? []).map(withoutArticle)]);
    aliases.delete(name);
    entries.push({ id: `country:${code}`, type: 'COUNTRY', name, aliases: [...aliases] });
  }
  const historical = curated._historical;
  if (Array.isArray(historical)) entries.push(...historical.map((e) => ({ ...e, type: 'COUNTRY' as const })));
  return entries;
}

const TYPES: Record<string, EntityType> = { L: 'LEADER', P: 'PERSON', C: 'COUNTRY', O: 'ORGANIZATION', G: 'PLACE' };

type Row = [string, string | 0, string, (string[] | 0)?, (string | 0)?, (string | 0)?, (Role[] | 0)?];

/**
 * A data file as the source has it (an array of entries), or as the bundles carry it:
 * `{ rows }` of `[type code, id, name, aliases, description, country, roles]` with 0 for
 * what is absent, and for an id that is the one the name gives (see scripts/kb-rows.js).
 */
export function entriesOf(data: unknown): KbEntry[] {
  if (Array.isArray(data)) return data as KbEntry[];
  return ((data as { rows?: Row[] }).rows ?? []).map(([code, id, name, aliases, description, country, roles]) => {
    const type = TYPES[code] ?? (code as EntityType);
    const entry: KbEntry = { id: id || `${ID_PREFIXES[type]}:${makeSlug(name)}`, type, name };
    if (aliases) entry.aliases = aliases;
    if (description) entry.description = description;
    if (country) entry.country = country;
    if (roles) entry.roles = roles;
    return entry;
  });
}

export function bundledEntries(): KbEntry[] {
  const files: unknown[] = [places, placesExtra, organizations, organizationsExtra, organizationsMarketsSports, indonesiaStateMediaSports, leadersWorld, leadersOfficials, leadersExtra, persons, leadersPartiesWorld];
  return [...countryEntries(), ...files.flatMap(entriesOf)];
}

let bundled: KnowledgeBase | undefined;

/** The knowledge base shipped with Sorot, built once. */
export function bundledKnowledgeBase(): KnowledgeBase {
  bundled ??= new KnowledgeBase(bundledEntries());
  return bundled;
}
