import * as assert from 'assert';
import { AnnotationCache, knowledgeBaseFingerprint } from '../../src/core/annotation-cache';
import { annotate } from '../../src/core/annotate';
import { packDocument, unpackDocument } from '../../src/core/wire';
import { fixtureKb } from './helpers';

const kb = fixtureKb();
const ARTICLES = [
  'Presiden Tiongkok Xi Jinping bertemu Presiden Kassym-Jomart Tokayev di Asia Tengah.',
  'Xi Jinping dan PBB. Tiongkok dan Kazakhstan, kata Menteri Luar Negeri Wang Yi.',
  'Tidak ada nama.',
  '',
  'Emoji 🇮🇩 sebelum Indonesia dan Xinhua 😀 melaporkan dari Shanghai tentang AS.',
];

function filled(fingerprint = 'engine/kb'): AnnotationCache {
  const cache = new AnnotationCache(fingerprint);
  ARTICLES.forEach((text, i) => cache.set(`file:///a/${i}.txt`, text, packDocument(annotate(text, kb))));
  return cache;
}

suite('AnnotationCache', () => {
  test('gives back, after encoding and decoding, the mentions of every article', () => {
    const { cache, problem } = AnnotationCache.decode(filled().encode(), 'engine/kb');
    assert.strictEqual(problem, undefined);
    assert.strictEqual(cache.size, ARTICLES.length);
    assert.strictEqual(cache.unsaved, 0);
    ARTICLES.forEach((text, i) => {
      const doc = cache.get(`file:///a/${i}.txt`, text);
      assert.ok(doc, `article ${i}`);
      assert.deepStrictEqual(unpackDocument(doc), annotate(text, kb));
    });
    assert.ok(unpackDocument(cache.get('file:///a/0.txt', ARTICLES[0])!).length >= 4, 'the test articles have mentions');
  });

  test('answers only for the same text', () => {
    const cache = filled();
    assert.strictEqual(cache.get('file:///a/0.txt', ARTICLES[0].replace('Xi', 'Xu')), undefined, 'same length, other text');
    assert.strictEqual(cache.get('file:///a/0.txt', ARTICLES[0] + ' '), undefined, 'other length');
    assert.strictEqual(cache.get('file:///a/9.txt', ARTICLES[0]), undefined, 'other file');
    assert.ok(cache.get('file:///a/0.txt', ARTICLES[0]));
  });

  test('a cache of another engine or knowledge base, or a damaged one, is read as empty with the reason', () => {
    const bytes = filled().encode();
    const other = AnnotationCache.decode(bytes, 'engine/other-kb');
    assert.strictEqual(other.cache.size, 0);
    assert.match(other.problem ?? '', /another version/);
    assert.match(AnnotationCache.decode(new TextEncoder().encode('hello world, not a cache'), 'engine/kb').problem ?? '', /not a Sorot cache/);
    for (const cut of [20, bytes.length >> 1, bytes.length - 4]) {
      const damaged = AnnotationCache.decode(bytes.slice(0, cut), 'engine/kb');
      assert.strictEqual(damaged.cache.size, 0, `cut at ${cut}`);
      assert.ok(damaged.problem, `cut at ${cut}`);
    }
    const flipped = bytes.slice();
    // A string index far out of the table, in the first mention's numbers.
    new DataView(flipped.buffer).setInt32(flipped.length - 4, 1 << 30, true);
    assert.match(AnnotationCache.decode(flipped, 'engine/kb').problem ?? '', /damaged/);
  });

  test('reads a blob that does not start on a four-byte boundary', () => {
    const bytes = filled().encode();
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    const { cache, problem } = AnnotationCache.decode(shifted.subarray(1), 'engine/kb');
    assert.strictEqual(problem, undefined);
    assert.strictEqual(cache.size, ARTICLES.length);
  });

  test('reads a blob given as a Node Buffer from a shared pool, whose slice is a view', () => {
    const bytes = filled().encode();
    const pooled = Buffer.alloc(bytes.length + 13);
    Buffer.from(bytes).copy(pooled, 13);
    const { cache, problem } = AnnotationCache.decode(pooled.subarray(13), 'engine/kb');
    assert.strictEqual(problem, undefined);
    assert.deepStrictEqual(unpackDocument(cache.get('file:///a/0.txt', ARTICLES[0])!), annotate(ARTICLES[0], kb));
  });

  test('encoding in steps gives the same blob, and what changes during a pause stays unsaved', async () => {
    const many = new AnnotationCache('engine/kb');
    for (let i = 0; i < 1200; i++) {
      const text = `${ARTICLES[i % ARTICLES.length]} (${i})`;
      many.set(`file:///m/${i}.txt`, text, packDocument(annotate(text, kb)));
    }
    const whole = AnnotationCache.decode(many.encode(), 'engine/kb').cache.encode();
    let pauses = 0;
    const again = AnnotationCache.decode(whole, 'engine/kb').cache;
    const stepped = await again.encodeAsync(async () => {
      pauses++;
      if (pauses === 1) again.set('file:///m/new.txt', 'Tiongkok.', packDocument(annotate('Tiongkok.', kb)));
    });
    assert.ok(pauses >= 2, `${pauses} pauses`);
    assert.deepStrictEqual(stepped, whole, 'the entries as they were when encoding started');
    assert.strictEqual(again.unsaved, 1, 'the article set during a pause is still to be written');
    const decoded = await AnnotationCache.decodeAsync(stepped, 'engine/kb', async () => undefined);
    assert.strictEqual(decoded.cache.size, 1200);
  });

  test('retain drops the articles gone from the workspace and marks the cache changed', () => {
    const { cache } = AnnotationCache.decode(filled().encode(), 'engine/kb');
    cache.retain((key) => !key.endsWith('/2.txt'));
    assert.strictEqual(cache.size, ARTICLES.length - 1);
    assert.strictEqual(cache.unsaved, 1);
    assert.strictEqual(cache.get('file:///a/2.txt', ARTICLES[2]), undefined);
    cache.encode();
    assert.strictEqual(cache.unsaved, 0);
  });

  test('the knowledge base fingerprint changes with any entry and with who wrote it', () => {
    const base = knowledgeBaseFingerprint(kb);
    assert.strictEqual(knowledgeBaseFingerprint(fixtureKb()), base, 'same entries, same fingerprint');
    const added = kb.withUserEntries([{ id: 'org:asia-club', type: 'ORGANIZATION', name: 'Asia Club' }]);
    assert.notStrictEqual(knowledgeBaseFingerprint(added), base);
    const renamed = kb.withUserEntries([{ ...kb.get('country:KZ')!, aliases: ['Qazaqstan'] }]);
    assert.notStrictEqual(knowledgeBaseFingerprint(renamed), base);
    const sameAsUser = kb.withUserEntries([kb.get('country:KZ')!]);
    assert.notStrictEqual(knowledgeBaseFingerprint(sameAsUser), base, 'a workspace entry ranks above a bundled one');
  });
});
