import { bundledData } from './bundled-data';
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
  const data = bundledData();
  const english = data.englishCountries as NameTable;
  const indonesian = data.indonesianCountries as NameTable;
  const curated = data.countryAliases as Record<string, CountryAliases | KbEntry[]>;
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
  return [...countryEntries(), ...bundledData().files.flatMap(entriesOf)];
}

let bundled: KnowledgeBase | undefined;

/** The knowledge base shipped with Sorot, built once. */
export function bundledKnowledgeBase(): KnowledgeBase {
  bundled ??= new KnowledgeBase(bundledEntries());
  return bundled;
}
