import * as assert from 'assert';
import { annotate } from '../../src/core/annotate';
import { CorpusIndex } from '../../src/core/corpus';
import { fixtureKb } from './helpers';

const kb = fixtureKb();
const ARTICLES = [
  'Presiden Tiongkok Xi Jinping bertemu Presiden Kassym-Jomart Tokayev di Asia Tengah.',
  'Xi Jinping dan PBB. Tiongkok dan Kazakhstan.',
  'Tiongkok, Tiongkok, Tiongkok.',
  'Tidak ada nama.',
  'Xinhua melaporkan dari Shanghai tentang AS.',
];

function snapshot(index: CorpusIndex) {
  return {
    entities: index.entities(),
    files: index.files().sort(),
    perEntity: index.entities().map((e) => [e.id, index.filesOf(e.id), index.occurrences(e.id).length, index.cooccurring(e.id)]),
  };
}

function rebuild(truth: Map<string, string>): CorpusIndex {
  const index = new CorpusIndex();
  for (const [file, text] of truth) index.set(file, annotate(text, kb));
  return index;
}

suite('CorpusIndex', () => {
  test('counts mentions and articles per entity', () => {
    const index = new CorpusIndex();
    ARTICLES.forEach((text, i) => index.set(`f${i}`, annotate(text, kb)));
    const china = index.entity('country:CN')!;
    assert.deepStrictEqual([china.mentionCount, china.fileCount], [5, 3]);
    assert.strictEqual(index.entities()[0].id, 'country:CN');
    assert.deepStrictEqual(index.filesOf('country:CN')[0], { file: 'f2', count: 3 });
    assert.deepStrictEqual(index.entities(['LEADER']).map((e) => e.name), ['Xi Jinping', 'Kassym-Jomart Tokayev']);
  });

  test('finds the mention at an offset and the entities seen together', () => {
    const index = new CorpusIndex();
    ARTICLES.forEach((text, i) => index.set(`f${i}`, annotate(text, kb)));
    assert.strictEqual(index.mentionAt('f0', 20)?.text, 'Xi Jinping');
    assert.strictEqual(index.mentionAt('f0', 17), undefined);
    const together = index.cooccurring('leader:xi-jinping').map((c) => [c.entity.id, c.articles]);
    assert.deepStrictEqual(together[0], ['country:CN', 2]);
  });

  test('any sequence of updates, removals and queries equals a rebuild from scratch', () => {
    let seed = 3;
    const random = (n: number) => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
    const live = new CorpusIndex();
    const truth = new Map<string, string>();
    const changes: string[][] = [];
    let effective = 0;
    live.onDidChange((files) => changes.push([...files]));
    for (let step = 0; step < 300; step++) {
      const file = `f${random(6)}`;
      if (random(4) === 0) {
        if (live.remove(file)) effective++;
        truth.delete(file);
      } else {
        const text = ARTICLES[random(ARTICLES.length)] + ' ' + ARTICLES[random(ARTICLES.length)];
        live.set(file, annotate(text, kb));
        effective++;
        truth.set(file, text);
      }
      // Totals are settled when asked for: ask at random points, not only at the end.
      if (random(5) === 0) assert.deepStrictEqual(snapshot(live), snapshot(rebuild(truth)), `after step ${step}`);
    }
    assert.deepStrictEqual(snapshot(live), snapshot(rebuild(truth)));
    assert.strictEqual(changes.length, effective, 'one change event per effective update');
  });

  test('removing the last mention of an entity removes the entity', () => {
    const index = new CorpusIndex();
    index.set('a', annotate('Xinhua', kb));
    index.remove('a');
    assert.strictEqual(index.entity('org:xinhua-news-agency'), undefined);
    assert.strictEqual(index.entityCount, 0);
    assert.strictEqual(index.remove('a'), false);
  });

  test('an entity in thousands of articles keeps exact counts through updates and removals', () => {
    const index = new CorpusIndex();
    const many = 2500;
    for (let i = 0; i < many; i++) index.set(`f${i}.txt`, annotate(i % 2 ? 'Tiongkok, Tiongkok.' : 'Tiongkok.', kb));
    assert.deepStrictEqual(index.entity('country:CN'), { id: 'country:CN', name: 'China', type: 'COUNTRY', mentionCount: many * 1.5, fileCount: many });
    for (let i = 0; i < many; i += 5) index.remove(`f${i}.txt`);
    for (let i = 1; i < many; i += 5) index.set(`f${i}.txt`, annotate('Tidak ada nama.', kb));
    index.set('f3.txt', annotate('Tiongkok, Tiongkok, Tiongkok.', kb));
    const files = index.filesOf('country:CN');
    assert.strictEqual(files.length, many - 2 * (many / 5));
    assert.strictEqual(files[0].file, 'f3.txt');
    assert.strictEqual(files[0].count, 3);
    assert.strictEqual(index.entity('country:CN')!.mentionCount, files.reduce((n, f) => n + f.count, 0));
  });
});
