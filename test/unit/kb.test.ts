import * as assert from 'assert';
import { readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import { annotate } from '../../src/core/annotate';
import { bundledEntries, bundledKnowledgeBase, entriesOf } from '../../src/core/kb/bundled';
import { bundledData, type BundledData } from '../../src/core/kb/bundled-data';
import * as external from '../../src/core/kb/bundled-data.external';
import { parseKnowledgeBase } from '../../src/core/kb/validate';
import type { KbEntry } from '../../src/core/types';

suite('knowledge base: validation', () => {
  test('a valid file parses to its entries', () => {
    const { entries, problems } = parseKnowledgeBase('[{"id":"person:budi-santoso","type":"PERSON","name":"Budi Santoso","aliases":["Budi"]}]');
    assert.deepStrictEqual(problems, []);
    assert.strictEqual(entries[0].name, 'Budi Santoso');
  });

  test('invalid JSON reports its line and column', () => {
    const { entries, problems } = parseKnowledgeBase('[\n  {"id": "person:a", "type": "PERSON", "name": "A"},\n  {"id": oops}\n]');
    assert.strictEqual(entries.length, 0);
    assert.strictEqual(problems[0].line, 3);
    assert.match(problems[0].message, /Invalid JSON/);
  });

  test('a bad field is reported on its own line and only that entry is dropped', () => {
    const text = [
      '[',
      '  {"id": "person:ok", "type": "PERSON", "name": "Ok"},',
      '  {"id": "org:bad",',
      '   "type": "COMPANY", "name": "Bad"},',
      '  {"id": "leader:x", "type": "ORGANIZATION", "name": "X"},',
      '  {"id": "person:ok", "type": "PERSON", "name": "Again"},',
      '  {"id": "place:y", "type": "PLACE", "name": "Y", "aliases": "Why", "country": "Indonesia"}',
      ']',
    ].join('\n');
    const { entries, problems } = parseKnowledgeBase(text);
    assert.deepStrictEqual(entries.map((e) => e.id), ['person:ok']);
    const summary = problems.map((p) => `${p.line}:${p.path}`);
    assert.deepStrictEqual(summary, ['4:[1].type', '5:[2].id', '6:[3].id', '7:[4].aliases', '7:[4].country']);
    assert.match(problems[0].message, /"type" must be one of/);
    assert.match(problems[2].message, /Duplicate id/);
  });

  test('the top level must be an array', () => {
    assert.match(parseKnowledgeBase('{"id":"x"}').problems[0].message, /JSON array/);
  });
});

suite('knowledge base: bundled data', () => {
  const entries = bundledEntries();

  test('every entry is valid against the schema and ids are unique', () => {
    const { problems } = parseKnowledgeBase(JSON.stringify(entries));
    assert.deepStrictEqual(problems.slice(0, 5), []);
  });

  test('covers every ISO country, 400+ leaders and 300+ organizations', () => {
    const count = (type: string) => entries.filter((e) => e.type === type).length;
    assert.ok(count('COUNTRY') >= 249, `countries: ${count('COUNTRY')}`);
    assert.ok(count('LEADER') >= 400, `leaders: ${count('LEADER')}`);
    assert.ok(count('ORGANIZATION') >= 300, `organizations: ${count('ORGANIZATION')}`);
  });

  test("Indonesian names of foreign parliaments and parties follow the article's country", () => {
    const kb = bundledKnowledgeBase();
    const ids = (text: string, surface: string) => annotate(text, kb).filter((m) => m.text === surface).map((m) => m.entity.id);
    assert.deepStrictEqual(ids('Ketua DPR Mike Johnson mengatakan Partai Republik di Senat AS setuju.', 'DPR'), ['org:united-states-house-of-representatives']);
    assert.deepStrictEqual(ids('Ketua DPR Puan Maharani menerima Presiden Prabowo Subianto di Jakarta.', 'DPR'), ['org:people-s-representative-council']);
    assert.deepStrictEqual(ids('Partai Buruh pimpinan Keir Starmer menang di Inggris.', 'Partai Buruh'), ['org:labour-party-uk']);
    assert.deepStrictEqual(ids('Partai Buruh menggelar aksi di depan gedung DPR, Jakarta.', 'Partai Buruh'), ['org:labour-party-indonesia']);
  });

  test('news forms of country names resolve to ISO codes', () => {
    const kb = bundledKnowledgeBase();
    const text = 'Tiongkok, RRT, AS, Amerika Serikat, Inggris, Britania Raya, Korsel, Korut, Rusia, Uni Soviet, Palestina, Vatikan';
    const ids = annotate(text, kb, { rules: false }).map((m) => m.entity.id);
    assert.deepStrictEqual(ids, ['country:CN', 'country:CN', 'country:US', 'country:US', 'country:GB', 'country:GB', 'country:KR', 'country:KP', 'country:RU', 'country:SU', 'country:PS', 'country:VA']);
  });

  test("an English article is no part of a country's name", () => {
    const kb = bundledKnowledgeBase();
    assert.deepStrictEqual(annotate('They urged the Philippines, The Netherlands and the Gambia to act.', kb).map((m) => `${m.text}=${m.entity.id}`), [
      'Philippines=country:PH', 'Netherlands=country:NL', 'Gambia=country:GM',
    ]);
  });

  test('demonyms and adjectives are not aliases', () => {
    const kb = bundledKnowledgeBase();
    assert.deepStrictEqual(annotate('warga Tionghoa, Chinese food, American people, orang Jepangnya? bahasa Inggris', kb).map((m) => m.text), ['Jepang']);
  });

  test('a country named by an everyday word keeps its capital', () => {
    const kb = bundledKnowledgeBase();
    assert.deepStrictEqual(annotate('a reunion rally in Réunion', kb).map((m) => `${m.text}=${m.entity.id}`), ['Réunion=country:RE']);
  });
});

suite('knowledge base: compact rows in the bundles', () => {
  test('every data file expands from its rows to its entries (roles kept where there is no description)', () => {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const { knowledgeBaseRows } = require('../../scripts/kb-rows.js') as { knowledgeBaseRows: (entries: KbEntry[]) => unknown[] };
    const dir = path.resolve(__dirname, '../../src/core/kb/data');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      const data = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
      if (!Array.isArray(data)) continue;
      const expected = (data as KbEntry[]).map(({ roles, ...entry }) => {
        const kept: KbEntry = { ...entry };
        if (entry.aliases && entry.aliases.length === 0) delete kept.aliases;
        if (!entry.description && roles) kept.roles = roles;
        return kept;
      });
      assert.deepStrictEqual(entriesOf({ rows: knowledgeBaseRows(data) }), expected, file);
    }
  });
});

suite("knowledge base: the extension's data file", () => {
  test('dist/knowledge-base.json (as the build writes it) expands to the very entries the bundled data gives', async () => {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const { knowledgeBaseData } = require('../../scripts/kb-rows.js') as { knowledgeBaseData: () => Promise<BundledData> };
    const data = await knowledgeBaseData();
    const inline = bundledData();
    assert.deepStrictEqual(data.englishCountries, inline.englishCountries);
    assert.deepStrictEqual(data.countryAliases, inline.countryAliases);
    assert.strictEqual(data.files.length, inline.files.length);
    const ids = (files: unknown[]) => files.flatMap(entriesOf).map((e) => `${e.type} ${e.id} ${e.name}`);
    assert.deepStrictEqual(ids(data.files), ids(inline.files));
    // The text on the wire is JSON, and rows, not arrays of entries.
    assert.ok(data.files.every((file) => Array.isArray((file as { rows?: unknown }).rows)));
    assert.deepStrictEqual(JSON.parse(JSON.stringify(data)), data);
  });

  test('the external module refuses to be used before the data is read, and refuses what is not the data', () => {
    assert.strictEqual(external.isBundledDataLoaded(), false);
    assert.throws(() => external.bundledData(), /before its data file/);
    assert.throws(() => external.setBundledData({} as BundledData), /not Sorot knowledge-base data/);
    assert.strictEqual(external.isBundledDataLoaded(), false);
    external.setBundledData(bundledData());
    assert.strictEqual(external.bundledData(), bundledData());
  });
});
