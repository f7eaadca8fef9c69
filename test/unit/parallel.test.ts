import * as assert from 'assert';
import { rmSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildSync } from 'esbuild';
import { annotate } from '../../src/core/annotate';
import { CorpusIndex } from '../../src/core/corpus';
import { bundledKnowledgeBase } from '../../src/core/kb/bundled';
import { AnnotatorPool, serveAnnotator, type AnnotatorReply, type AnnotatorRequest, type AnnotatorThread } from '../../src/core/parallel';
import type { KbEntry } from '../../src/core/types';
import { entityIdAt, Interner, mentionCount, mentionIndexAt, packDocument, unpackDocument } from '../../src/core/wire';
import { nodeAnnotatorThread } from '../../src/node/threads';

const TEXTS = [
  'Presiden Tiongkok Xi Jinping bertemu Presiden Kazakhstan Kassym-Jomart Tokayev di Astana, kata Kementerian Luar Negeri Tiongkok.',
  'Organisasi Kerja Sama Shanghai (SCO) bersidang. SCO didirikan pada 2001. Xi hadir.',
  'UN Secretary-General António Guterres met Indonesian President Prabowo Subianto in New York 🇺🇳.',
  '',
  'Tidak ada nama di sini.',
  'Menteri Luar Negeri Sugiono dan Menlu Wang Yi bertemu di Beijing.\r\nSugiono mengatakan Indonesia mendukung ASEAN.',
];

const LAB: KbEntry = { id: 'org:sorot-research-lab', type: 'ORGANIZATION', name: 'Sorot Research Lab', aliases: ['SRL'] };

/** A thread in this process: requests and replies are cloned and answered on a later turn, like a real one. */
function fakeThread(options: { failOn?: number; replyFailed?: boolean } = {}): AnnotatorThread & { requests: AnnotatorRequest[] } {
  let onReply: (reply: AnnotatorReply) => void = () => undefined;
  let onError: (error: unknown) => void = () => undefined;
  const serve = serveAnnotator((reply) => setImmediate(() => onReply(structuredClone(reply))));
  const requests: AnnotatorRequest[] = [];
  return {
    requests,
    post(request) {
      requests.push(request);
      const annotations = requests.filter((r) => r.kind === 'annotate').length;
      if (request.kind === 'annotate' && annotations === options.failOn) {
        setImmediate(() => onError(new Error('thread crashed')));
        return;
      }
      if (request.kind === 'annotate' && options.replyFailed) {
        setImmediate(() => onReply({ kind: 'failed', batch: request.batch, message: 'out of memory' }));
        return;
      }
      const copy = structuredClone(request);
      setImmediate(() => serve(copy));
    },
    listen(reply, error) {
      onReply = reply;
      onError = error;
    },
    terminate() {
      onReply = () => undefined;
    },
  };
}

suite('Packed mentions (wire)', () => {
  const kb = bundledKnowledgeBase();

  test('pack and unpack give back the mentions annotate found, in order', () => {
    for (const text of TEXTS) {
      const mentions = annotate(text, kb);
      const doc = packDocument(mentions);
      assert.strictEqual(mentionCount(doc), mentions.length);
      assert.deepStrictEqual(unpackDocument(doc), mentions);
      assert.deepStrictEqual(mentions.map((_, i) => entityIdAt(doc, i)), mentions.map((m) => m.entity.id));
    }
  });

  test('each string is kept once per document', () => {
    const doc = packDocument(annotate('Tiongkok, Tiongkok dan Tiongkok. Tiongkok!', kb));
    assert.strictEqual(mentionCount(doc), 4);
    assert.strictEqual(new Set(doc.strings).size, doc.strings.length);
    assert.ok(doc.strings.length <= 3, doc.strings.join('|'));
  });

  test('the mention at an offset is found by binary search', () => {
    const text = TEXTS[0];
    const mentions = annotate(text, kb);
    const doc = packDocument(mentions);
    for (let offset = 0; offset <= text.length; offset++) {
      const expected = mentions.findIndex((m) => m.start <= offset && offset < m.end);
      assert.strictEqual(mentionIndexAt(doc, offset), expected, `offset ${offset}`);
    }
  });

  test('an interner keeps the values of the strings it shares', () => {
    const interner = new Interner();
    const a = interner.document(packDocument(annotate(TEXTS[0], kb)));
    const b = interner.document(packDocument(annotate(TEXTS[0], kb)));
    assert.deepStrictEqual(unpackDocument(a), unpackDocument(b));
    assert.deepStrictEqual(unpackDocument(b), annotate(TEXTS[0], kb));
    assert.strictEqual(interner.size, a.strings.length);
  });
});

suite('AnnotatorPool', () => {
  const kb = bundledKnowledgeBase();
  const withLab = kb.withUserEntries([LAB]);

  test('threads give the same mentions as annotating here, for every text in order', async () => {
    const threads = [fakeThread(), fakeThread()];
    let next = 0;
    const pool = new AnnotatorPool(() => threads[next++], 2, kb);
    const batches = await Promise.all([pool.annotate(TEXTS.slice(0, 3)), pool.annotate(TEXTS.slice(3)), pool.annotate([TEXTS[1]])]);
    assert.deepStrictEqual(batches.flat(), [...TEXTS, TEXTS[1]].map((text) => annotate(text, kb)));
    // Both threads got work.
    assert.ok(threads.every((t) => t.requests.some((r) => r.kind === 'annotate')));
    pool.dispose();
  });

  test("the user's entries reach the threads, and a new knowledge base replaces them", async () => {
    const thread = fakeThread();
    const pool = new AnnotatorPool(() => thread, 1, withLab);
    const text = 'Peneliti Sorot Research Lab (SRL) di Jakarta.';
    const [found] = await pool.annotate([text]);
    assert.ok(found.some((m) => m.entity.id === LAB.id), JSON.stringify(found));
    assert.deepStrictEqual(found, annotate(text, withLab));
    pool.configure(kb);
    const [again] = await pool.annotate([text]);
    assert.ok(!again.some((m) => m.entity.id === LAB.id));
    pool.dispose();
  });

  test('a thread that crashes is dropped and its batches are annotated here: nothing is lost', async () => {
    const errors: unknown[] = [];
    const pool = new AnnotatorPool(() => fakeThread({ failOn: 2 }), 1, kb, (error) => errors.push(error));
    const results = await Promise.all([pool.annotate([TEXTS[0]]), pool.annotate([TEXTS[1], TEXTS[2]]), pool.annotate([TEXTS[5]])]);
    assert.deepStrictEqual(results.flat(), [TEXTS[0], TEXTS[1], TEXTS[2], TEXTS[5]].map((text) => annotate(text, kb)));
    assert.strictEqual(pool.size, 0);
    assert.strictEqual(errors.length, 1);
    // With no thread left, batches are annotated here.
    assert.deepStrictEqual(await pool.annotate([TEXTS[4]]), [annotate(TEXTS[4], kb)]);
  });

  test('a batch a thread reports as failed is annotated here', async () => {
    const pool = new AnnotatorPool(() => fakeThread({ replyFailed: true }), 1, kb);
    assert.deepStrictEqual(await pool.annotate([TEXTS[0]]), [annotate(TEXTS[0], kb)]);
    pool.dispose();
  });

  test('a thread that cannot start leaves a pool that annotates here', async () => {
    const errors: unknown[] = [];
    const pool = new AnnotatorPool(() => {
      throw new Error('no workers here');
    }, 2, kb, (error) => errors.push(error));
    assert.strictEqual(pool.size, 0);
    assert.strictEqual(errors.length, 1);
    assert.deepStrictEqual(await pool.annotate([TEXTS[2]]), [annotate(TEXTS[2], kb)]);
  });

  test('an index filled from packed batches equals one filled from annotate', async () => {
    const pool = new AnnotatorPool(() => fakeThread(), 2, kb, undefined, true);
    const files = TEXTS.map((_, i) => `f${i}`);
    const direct = new CorpusIndex();
    TEXTS.forEach((text, i) => direct.set(files[i], annotate(text, kb)));
    const packed = new CorpusIndex();
    for (let i = 0; i < TEXTS.length; i += 2) (await pool.annotatePacked(TEXTS.slice(i, i + 2))).forEach((doc, k) => packed.setPacked(files[i + k], doc));
    const view = (index: CorpusIndex) => [index.entities(), files.map((f) => index.mentionsIn(f)), index.entities().map((e) => [index.filesOf(e.id), index.occurrences(e.id), index.cooccurring(e.id)])];
    assert.deepStrictEqual(view(packed), view(direct));
    pool.dispose();
  });

  test('real worker threads on Node annotate like this thread', async function () {
    this.timeout(60000);
    const script = path.join(os.tmpdir(), `sorot-annotator-thread-${process.pid}.js`);
    buildSync({ entryPoints: ['src/node/annotator-thread.ts'], outfile: script, bundle: true, platform: 'node', format: 'cjs', logLevel: 'error' });
    const errors: unknown[] = [];
    const pool = new AnnotatorPool(() => nodeAnnotatorThread(script), 2, withLab, (error) => errors.push(error));
    try {
      assert.strictEqual(pool.size, 2);
      const texts = [...TEXTS, 'Sorot Research Lab bekerja sama dengan PBB.'];
      const results = await Promise.all([pool.annotate(texts.slice(0, 4)), pool.annotate(texts.slice(4))]);
      assert.deepStrictEqual(results.flat(), texts.map((text) => annotate(text, withLab)));
      assert.deepStrictEqual(errors, []);
    } finally {
      pool.dispose();
      rmSync(script, { force: true });
    }
  });
});
