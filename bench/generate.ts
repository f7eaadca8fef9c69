/**
 * A seeded generator of a realistic news corpus for benchmarks: Indonesian and English
 * wire-style articles (headline, dateline, paragraphs, quotes, photo credit) naming
 * entities from the bundled knowledge base and invented people and bodies. Some files use
 * CRLF, a few are very long. The same seed always gives the same files.
 *
 *   npx tsx bench/generate.ts [--out bench/corpus] [--articles 10000] [--seed 1]
 */
import { mkdirSync, rmSync, writeFileSync } from 'fs';
import * as path from 'path';
import { bundledEntries } from '../src/core/kb/bundled';
import type { KbEntry } from '../src/core/types';

export interface GenerateOptions {
  out: string;
  articles: number;
  seed: number;
}

/** mulberry32: small, fast and good enough for test data. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ba', 'di', 'su', 'har', 'to', 'ma', 'ri', 'an', 'sa', 'pu', 'tra', 'wi', 'ja', 'ya', 'ni', 'ko', 'ra', 'lin', 'da', 'ti'];
const FILLER_ID = [
  'menyatakan bahwa kerja sama kedua pihak akan terus diperkuat pada tahun-tahun mendatang',
  'mengatakan pemerintah sedang menyiapkan langkah lanjutan untuk menjaga stabilitas harga',
  'menegaskan pentingnya dialog dan konsultasi yang setara di antara semua negara',
  'menambahkan bahwa pertemuan berikutnya dijadwalkan berlangsung pada akhir bulan ini',
  'menyebut pertumbuhan ekonomi kawasan masih menghadapi tekanan dari ketidakpastian global',
  'mengungkapkan bahwa bantuan kemanusiaan telah dikirim ke wilayah yang terdampak',
];
const FILLER_EN = [
  'said the two sides would keep strengthening cooperation in the years ahead',
  'told reporters the government was preparing further steps to keep prices stable',
  'stressed the importance of dialogue and consultation among all countries',
  'added that the next round of talks was scheduled for the end of the month',
  'said regional growth was still under pressure from global uncertainty',
  'said humanitarian aid had been sent to the affected areas',
];

export function generateCorpus(options: GenerateOptions): { files: number; bytes: number; aliases: string[] } {
  const next = random(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const entries = bundledEntries();
  const byType = (type: string) => entries.filter((e) => e.type === type);
  const leaders = byType('LEADER');
  const countries = byType('COUNTRY');
  const organizations = byType('ORGANIZATION');
  const places = byType('PLACE');
  const surface = (entry: KbEntry) => (next() < 0.7 || !entry.aliases?.length ? entry.name : pick(entry.aliases));
  const capital = (word: string) => word[0].toUpperCase() + word.slice(1);
  const invented = () => capital(pick(SYLLABLES) + pick(SYLLABLES) + pick(SYLLABLES)) + ' ' + capital(pick(SYLLABLES) + pick(SYLLABLES));

  function sentence(english: boolean): string {
    const leader = pick(leaders);
    const country = surface(pick(countries));
    const org = surface(pick(organizations));
    const place = surface(pick(places));
    const filler = pick(english ? FILLER_EN : FILLER_ID);
    switch (Math.floor(next() * 6)) {
      case 0:
        return english ? `${country}'s President ${leader.name} ${filler} in ${place}.` : `Presiden ${country} ${leader.name} ${filler} di ${place}.`;
      case 1:
        return english ? `A spokesperson for the ${org}, ${invented()}, ${filler}.` : `Juru bicara ${org} ${invented()} ${filler}.`;
      case 2:
        return english ? `"We are ready," said ${invented()}, a trader in ${place}.` : `"Kami siap," kata ${invented()}, pedagang di ${place}.`;
      case 3:
        return english ? `Officials from ${country} and ${surface(pick(countries))} met at the ${org} headquarters.` : `Pejabat ${country} dan ${surface(pick(countries))} bertemu di markas ${org}.`;
      case 4:
        return english ? `${surface(leader)} ${filler}.` : `${surface(leader)} ${filler}.`;
      default:
        return english ? `The ministry ${filler}, according to a statement released on Monday.` : `Kementerian tersebut ${filler}, menurut keterangan resmi yang dirilis Senin.`;
    }
  }

  function article(index: number): string {
    const english = next() < 0.4;
    const place = pick(places).name.toUpperCase();
    const agency = pick(['Xinhua', 'Antara', 'Reuters', 'AP', 'AFP']);
    const paragraphs: string[] = [];
    // Most articles are 1.5–4 KB; one in two hundred is a long dump of 50–150 KB.
    const target = index % 200 === 199 ? 50_000 + next() * 100_000 : 1000 + next() * 2600;
    let length = 0;
    while (length < target) {
      const count = 2 + Math.floor(next() * 4);
      const paragraph = Array.from({ length: count }, () => sentence(english)).join(' ');
      paragraphs.push(paragraph);
      length += paragraph.length;
    }
    const headline = english ? `${pick(leaders).name} meets ${surface(pick(countries))} delegation` : `${pick(leaders).name} terima delegasi ${surface(pick(countries))}`;
    const credit = english ? `(${agency} Photo/${invented()})` : `(${agency}/${invented()})`;
    const text = [headline, '', `${place}, ${1 + Math.floor(next() * 28)} ${english ? 'May' : 'Mei'} (${agency}) -- ${paragraphs.join('\n\n')}`, '', credit, ''].join('\n');
    return index % 10 === 3 ? text.replace(/\n/g, '\r\n') : text;
  }

  rmSync(options.out, { recursive: true, force: true });
  let bytes = 0;
  for (let i = 0; i < options.articles; i++) {
    const folder = path.join(options.out, String(Math.floor(i / 1000)).padStart(2, '0'));
    if (i % 1000 === 0) mkdirSync(folder, { recursive: true });
    const text = article(i);
    bytes += Buffer.byteLength(text);
    writeFileSync(path.join(folder, `article-${String(i).padStart(5, '0')}.txt`), text);
  }
  const aliases = new Set<string>();
  for (const entry of entries) for (const alias of [entry.name, ...(entry.aliases ?? [])]) if (alias.length >= 2) aliases.add(alias);
  return { files: options.articles, bytes, aliases: [...aliases] };
}

if (require.main === module) {
  const argument = (name: string, fallback: string) => {
    const index = process.argv.indexOf(name);
    return index >= 0 ? process.argv[index + 1] : fallback;
  };
  const options = { out: argument('--out', 'bench/corpus'), articles: Number(argument('--articles', '10000')), seed: Number(argument('--seed', '1')) };
  const started = Date.now();
  const result = generateCorpus(options);
  writeFileSync(path.join(options.out, '..', 'aliases.txt'), result.aliases.join('\n') + '\n');
  console.log(`${result.files} articles, ${(result.bytes / 1e6).toFixed(1)} MB in ${options.out} (${Date.now() - started} ms); ${result.aliases.length} aliases in ${path.join(path.dirname(options.out), 'aliases.txt')}`);
}
