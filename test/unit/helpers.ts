import { KnowledgeBase } from '../../src/core/kb/knowledge-base';
import type { KbEntry, Mention } from '../../src/core/types';

/** A small knowledge base of our own, so rule tests do not move with the bundled data. */
export const FIXTURE_ENTRIES: KbEntry[] = [
  { id: 'country:CN', type: 'COUNTRY', name: 'China', aliases: ['Tiongkok', 'RRT', 'Republik Rakyat Tiongkok'] },
  { id: 'country:KZ', type: 'COUNTRY', name: 'Kazakhstan' },
  { id: 'country:US', type: 'COUNTRY', name: 'United States', aliases: ['Amerika Serikat', 'AS'] },
  { id: 'country:GB', type: 'COUNTRY', name: 'United Kingdom', aliases: ['Inggris'] },
  { id: 'country:ID', type: 'COUNTRY', name: 'Indonesia' },
  { id: 'leader:xi-jinping', type: 'LEADER', name: 'Xi Jinping', aliases: ['Xi'], description: 'President of China (2013–)', country: 'CN' },
  { id: 'leader:kassym-jomart-tokayev', type: 'LEADER', name: 'Kassym-Jomart Tokayev', country: 'KZ' },
  { id: 'org:united-nations', type: 'ORGANIZATION', name: 'United Nations', aliases: ['PBB', 'Perserikatan Bangsa-Bangsa', 'UN'] },
  { id: 'org:xinhua-news-agency', type: 'ORGANIZATION', name: 'Xinhua News Agency', aliases: ['Xinhua'] },
  { id: 'place:central-asia', type: 'PLACE', name: 'Central Asia', aliases: ['Asia Tengah'] },
  { id: 'place:asia', type: 'PLACE', name: 'Asia' },
  { id: 'place:xian', type: 'PLACE', name: "Xi'an" },
  { id: 'place:shanghai', type: 'PLACE', name: 'Shanghai' },
];

export function fixtureKb(): KnowledgeBase {
  return new KnowledgeBase(FIXTURE_ENTRIES);
}

/** `TYPE:text` for each mention, compact to compare in assertions. */
export function spans(mentions: readonly Mention[]): string[] {
  return mentions.map((m) => `${m.type}:${m.text}`);
}
