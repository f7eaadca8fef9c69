import * as assert from 'assert';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { generateCorpus } from '../../bench/generate';
import { buildSync } from 'esbuild';
import { measureAll, measureIndex, measureIndexFromCache, measureIndexInThreads, measureRealSample, writeCache } from '../../bench/measure';
import { bundledKnowledgeBase } from '../../src/core/kb/bundled';

/** A small smoke run of the benchmark code; the real numbers come from `npm run bench`. */
suite('bench (smoke)', function () {
  this.timeout(60000);
  const dir = mkdtempSync(path.join(tmpdir(), 'sorot-bench-'));
  const out = path.join(dir, 'corpus');

  test('the generator is deterministic and writes articles with CRLF and long files', () => {
    const first = generateCorpus({ out, articles: 200, seed: 5 });
    writeFileSync(path.join(dir, 'aliases.txt'), first.aliases.join('\n'));
    const texts = readdirSync(out).flatMap((d) => readdirSync(path.join(out, d)).map((f) => readFileSync(path.join(out, d, f), 'utf8')));
    assert.strictEqual(texts.length, 200);
    assert.ok(texts.some((t) => t.includes('\r\n')) && texts.some((t) => !t.includes('\r\n')));
    assert.ok(texts.some((t) => t.length > 50_000), 'one long dump among 200');
    const again = generateCorpus({ out: path.join(dir, 'again'), articles: 200, seed: 5 });
    assert.strictEqual(again.bytes, first.bytes);
  });

  test('the measurements run and report sane numbers', () => {
    const index = measureIndex(out);
    assert.strictEqual(index.files, 200);
    assert.ok(index.entities > 100 && index.peakRssMb > 0);
    const all = measureAll(out);
    assert.ok(all.annotate.mbPerSecond > 0 && all.annotate.mentions > 1000);
    assert.ok(all.hoverMs >= 0 && all.fuzzy.items > 1000);
  });

  test('the comparison with real articles measures both sides and counts triggers', () => {
    const real = ['Presiden Tiongkok Xi Jinping bertemu Perdana Menteri India Narendra Modi di Beijing, kata juru bicara Kementerian Luar Negeri Tiongkok.', 'Hujan turun di kota itu sejak pagi.'];
    const generated = readdirSync(out).flatMap((d) => readdirSync(path.join(out, d)).map((f) => readFileSync(path.join(out, d, f), 'utf8')));
    const result = measureRealSample(real, generated, bundledKnowledgeBase(), 20_000);
    assert.ok(result.realMbPerSecond > 0 && result.generatedMbPerSecond > 0);
    assert.strictEqual(result.files, 2);
    assert.ok(result.real.mentionsPer1000 > 10, 'four or more mentions in the first text');
    // `Presiden`, `Perdana Menteri`, `kata`, `juru bicara`, `Kementerian`: triggers of the rules.
    assert.ok(result.real.triggersPer1000 > 20, `triggers: ${result.real.triggersPer1000}`);
    assert.ok(result.generated.mentionsPer1000 > 0 && result.generated.triggersPer1000 > 0);
  });

  test('the index filled from the annotation cache finds what annotating finds, without annotating', () => {
    const file = path.join(dir, 'annotations.cache');
    const written = writeCache(out, file);
    assert.strictEqual(written.articles, 200);
    const cached = measureIndexFromCache(out, file);
    assert.deepStrictEqual([cached.files, cached.entities, cached.annotated], [200, measureIndex(out).entities, 0]);
    // An article changed since the cache was written is annotated again.
    const first = path.join(out, readdirSync(out)[0]);
    const article = path.join(first, readdirSync(first)[0]);
    writeFileSync(article, readFileSync(article, 'utf8') + '\nPresiden Tiongkok Xi Jinping.\n');
    assert.strictEqual(measureIndexFromCache(out, file).annotated, 1);
  });

  test('the index with an annotator thread finds what the one-thread index finds', async () => {
    const script = path.join(dir, 'annotator-thread.js');
    buildSync({ entryPoints: ['src/node/annotator-thread.ts'], outfile: script, bundle: true, platform: 'node', format: 'cjs', logLevel: 'error' });
    const threaded = await measureIndexInThreads(out, 1, script);
    const single = measureIndex(out);
    assert.deepStrictEqual([threaded.threads, threaded.files, threaded.entities], [1, 200, single.entities]);
    assert.strictEqual(threaded.onThreads + threaded.here, 200);
    assert.ok(threaded.onThreads > 0, 'the thread annotated some articles');
  });
});
