/**
 * Measurements behind `npm run bench` (see bench/run.mjs, which bundles and runs this).
 * Prints one JSON object with every number; `node measure.js index <dir>` measures only a
 * whole-corpus index, in a process of its own so that its peak RSS is its own.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'fs';
import * as path from 'path';
import Fuse from 'fuse.js';
import { annotate } from '../src/core/annotate';
import { CorpusIndex } from '../src/core/corpus';
import { bundledKnowledgeBase } from '../src/core/kb/bundled';
import { PatternFlag, type KnowledgeBase } from '../src/core/kb/knowledge-base';
import { stripBom } from '../src/core/text';
import { AnnotationCache, knowledgeBaseFingerprint } from '../src/core/annotation-cache';
import { AnnotatorPool, feedPool } from '../src/core/parallel';
import { packDocument } from '../src/core/wire';
import { nodeAnnotatorThread } from '../src/node/threads';

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(full));
    else if (entry.name.endsWith('.txt')) out.push(full);
  }
  return out.sort();
}

const now = () => performance.now();

/** Median time in milliseconds of `run`, after a warm-up. */
function median(runs: number, run: () => void): number {
  for (let i = 0; i < Math.min(20, runs); i++) run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = now();
    run();
    times.push(now() - start);
  }
  times.sort((a, b) => a - b);
  return times[times.length >> 1];
}

export function measureIndex(dir: string) {
  const started = now();
  const kb = bundledKnowledgeBase();
  kb.compiled();
  const kbMs = now() - started;
  const index = new CorpusIndex();
  let bytes = 0;
  for (const file of listFiles(dir)) {
    const raw = readFileSync(file);
    bytes += raw.length;
    index.set(file, annotate(stripBom(raw.toString('utf8')), kb));
  }
  const entities = index.entityCount;
  const totalMs = now() - started;
  const memory = process.memoryUsage();
  return { files: index.fileCount, entities, bytes, kbMs, totalMs, peakRssMb: process.resourceUsage().maxRSS / 1024, heapUsedMb: memory.heapUsed / 1e6 };
}

/**
 * The same index built with `threads` annotator threads (dist/annotator-thread.js, from
 * `npm run build`), as the extension's index pass does it: this thread reads the files a
 * batch at a time, annotates a share of the batches, and fills the index.
 */
export async function measureIndexInThreads(dir: string, threads: number, script: string) {
  const started = now();
  const kb = bundledKnowledgeBase();
  const pool = new AnnotatorPool(() => nodeAnnotatorThread(script), threads, kb, (error) => console.error(`annotator thread failed: ${String(error)}`), true);
  const index = new CorpusIndex();
  const files = listFiles(dir);
  let bytes = 0;
  const read = (batch: string[]) =>
    batch.map((file) => {
      const raw = readFileSync(file);
      bytes += raw.length;
      return { file, text: stripBom(raw.toString('utf8')) };
    });
  await feedPool(pool, files, read, (_, articles, documents) => articles.forEach((article, i) => index.setPacked(article.file, documents[i])));
  const entities = index.entityCount;
  const totalMs = now() - started;
  const memory = process.memoryUsage();
  const result = { threads: pool.size, onThreads: pool.counts.threads, here: pool.counts.here, files: index.fileCount, entities, bytes, totalMs, peakRssMb: process.resourceUsage().maxRSS / 1024, heapUsedMb: memory.heapUsed / 1e6 };
  pool.dispose();
  return result;
}

/** Writes the annotation cache of the corpus that `measureIndexFromCache` reads (not timed as a pass). */
export function writeCache(dir: string, file: string) {
  const kb = bundledKnowledgeBase();
  const cache = new AnnotationCache(`bench/${knowledgeBaseFingerprint(kb)}`);
  for (const path of listFiles(dir)) {
    const text = stripBom(readFileSync(path).toString('utf8'));
    cache.set(path, text, packDocument(annotate(text, kb)));
  }
  const started = now();
  const bytes = cache.encode();
  const encodeMs = now() - started;
  writeFileSync(file, bytes);
  return { articles: cache.size, bytes: bytes.length, encodeMs };
}

/**
 * The index a second session builds, as the extension does with its annotation cache:
 * the cache read and decoded, then every article read, hashed and taken from it (an
 * article it lacks would be annotated). The knowledge base is loaded for its fingerprint.
 */
export function measureIndexFromCache(dir: string, file: string) {
  const started = now();
  const kb = bundledKnowledgeBase();
  const { cache, problem } = AnnotationCache.decode(readFileSync(file), `bench/${knowledgeBaseFingerprint(kb)}`);
  if (problem) throw new Error(`cache not usable: ${problem}`);
  const decodedMs = now() - started;
  const index = new CorpusIndex();
  let annotated = 0;
  for (const path of listFiles(dir)) {
    const text = stripBom(readFileSync(path).toString('utf8'));
    const doc = cache.get(path, text);
    if (doc) index.setPacked(path, doc);
    else {
      annotated++;
      index.set(path, annotate(text, kb));
    }
  }
  const entities = index.entityCount;
  const totalMs = now() - started;
  const memory = process.memoryUsage();
  return { files: index.fileCount, entities, annotated, decodedMs, totalMs, peakRssMb: process.resourceUsage().maxRSS / 1024, heapUsedMb: memory.heapUsed / 1e6 };
}

/** Rule triggers (titles, speech verbs, heads of names) the gazetteer pass meets in `text`. */
function triggerCount(text: string, kb: KnowledgeBase): number {
  const { matcher, flags } = kb.compiled();
  let count = 0;
  matcher.scan(text, (_start, _end, pattern) => {
    if (flags[pattern] & PatternFlag.Trigger) count++;
  });
  return count;
}

/**
 * Annotate on the real articles at hand (the dev seeds and the external test set, from
 * ../shared), next to the same number of bytes of the generated corpus, alternating, in
 * one process (each run annotates about `bytesPerRun` bytes): how far the generated
 * corpus's speed is from real news's. Also the density of what costs the rules work:
 * mentions and rule triggers per 1,000 characters. `generatedMentions`, when the caller
 * has already annotated the generated corpus, spares annotating it again.
 */
export function measureRealSample(real: string[], generated: string[], kb: KnowledgeBase, bytesPerRun = 2e6, generatedMentions?: number) {
  const realBytes = real.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const sample: string[] = [];
  let sampleBytes = 0;
  for (const text of generated) {
    if (sampleBytes >= realBytes) break;
    sample.push(text);
    sampleBytes += Buffer.byteLength(text);
  }
  const repeats = Math.max(1, Math.ceil(bytesPerRun / realBytes));
  const rate = (texts: string[], bytes: number) => {
    const start = now();
    for (let r = 0; r < repeats; r++) for (const text of texts) annotate(text, kb);
    return (bytes * repeats) / 1e6 / ((now() - start) / 1000);
  };
  const realRates: number[] = [];
  const sampleRates: number[] = [];
  for (let round = 0; round < 6; round++) {
    if (round % 2) realRates.push(rate(real, realBytes));
    sampleRates.push(rate(sample, sampleBytes));
    if (!(round % 2)) realRates.push(rate(real, realBytes));
  }
  const middle = (rates: number[]) => rates.sort((a, b) => a - b)[rates.length >> 1];
  const density = (texts: string[], known?: number) => {
    const chars = texts.reduce((n, t) => n + t.length, 0);
    const mentions = known ?? texts.reduce((n, t) => n + annotate(t, kb).length, 0);
    const triggers = texts.reduce((n, t) => n + triggerCount(t, kb), 0);
    return { mentionsPer1000: (mentions * 1000) / chars, triggersPer1000: (triggers * 1000) / chars };
  };
  return {
    files: real.length,
    bytes: realBytes,
    repeats,
    realMbPerSecond: middle(realRates),
    generatedMbPerSecond: middle(sampleRates),
    real: density(real),
    generated: density(generated, generatedMentions),
  };
}

export function measureAll(dir: string, realDirs: string[] = []) {
  const files = listFiles(dir);
  const texts = files.map((f) => stripBom(readFileSync(f, 'utf8')));
  const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
  const kbStart = now();
  const kb = bundledKnowledgeBase();
  const compiled = kb.compiled();
  const kbMs = now() - kbStart;

  const pass = (options?: Parameters<typeof annotate>[2]) => {
    let mentions = 0;
    const start = now();
    for (const text of texts) mentions += annotate(text, kb, options).length;
    return { seconds: (now() - start) / 1000, mentions };
  };
  pass();
  const full = [pass(), pass(), pass()].sort((a, b) => a.seconds - b.seconds)[0];
  const gazetteer = [pass({ rules: false }), pass({ rules: false })].sort((a, b) => a.seconds - b.seconds)[0];

  // Naive baseline: one big regex alternation over every alias, whole words, on a slice.
  const aliases = readFileSync(path.join(dir, '..', 'aliases.txt'), 'utf8').split('\n').filter(Boolean);
  const escaped = aliases.sort((a, b) => b.length - a.length).map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const regex = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const sample = texts.slice(0, 600);
  const sampleBytes = sample.reduce((n, t) => n + Buffer.byteLength(t), 0);
  let regexHits = 0;
  const regexStart = now();
  for (const text of sample) regexHits += (text.match(regex) ?? []).length;
  const regexSeconds = (now() - regexStart) / 1000;

  // Per-keystroke and per-hover work on a built index.
  const index = new CorpusIndex();
  texts.forEach((text, i) => index.set(files[i], annotate(text, kb)));
  const edited = texts.find((t) => t.length > 2500 && t.length < 4000) ?? texts[0];
  const editedFile = files[texts.indexOf(edited)];
  let flip = false;
  const updateMs = median(200, () => {
    flip = !flip;
    const text = flip ? edited.replace('Presiden', 'Presiden ') : edited;
    index.set(editedFile, annotate(text, kb));
    // The totals are settled by the next query (the sidebar's or a hover's): count that too.
    void index.entityCount;
  });
  let article20k = '';
  for (const text of texts) {
    if (article20k.length >= 20_000) break;
    article20k += text + '\n';
  }
  article20k = article20k.slice(0, 20_000);
  const lineStarts = [0];
  for (let i = 0; i < article20k.length; i++) if (article20k.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const toPosition = (offset: number) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: offset - lineStarts[low] };
  };
  const decorationsMs = median(100, () => {
    for (const m of annotate(article20k, kb)) {
      toPosition(m.start);
      toPosition(m.end);
    }
  });
  const mentions = index.mentionsIn(editedFile);
  const target = mentions[mentions.length >> 1];
  const hoverMs = median(2000, () => {
    const mention = index.mentionAt(editedFile, target.start + 1)!;
    index.entity(mention.entity.id);
    index.filesOf(mention.entity.id).slice(0, 5);
    kb.get(mention.entity.id);
    index.cooccurring(mention.entity.id, 5);
  });
  const top = index.entities()[0];
  const sidebarRootMs = median(50, () => index.entities(['LEADER']));
  const sidebarExpandMs = median(50, () => {
    index.filesOf(top.id);
    index.occurrences(top.id).slice(0, 200);
  });
  const fuseStart = now();
  const items = [...kb.entries].map((e) => ({ id: e.id, name: e.name, aliases: e.aliases ?? [] }));
  const fuse = new Fuse(items, { keys: ['name', 'aliases'], threshold: 0.3, ignoreLocation: true });
  const fuseBuildMs = now() - fuseStart;
  const fuzzyMs = median(50, () => fuse.search('jokowi widodo', { limit: 20 }));
  const realTexts = realDirs.flatMap((d) => listFiles(d)).map((f) => stripBom(readFileSync(f, 'utf8')));

  return {
    files: files.length,
    bytes,
    kb: { entries: kb.size, patterns: compiled.patterns.length, states: compiled.matcher.stateCount, buildMs: kbMs },
    annotate: { mbPerSecond: bytes / 1e6 / full.seconds, seconds: full.seconds, mentions: full.mentions },
    gazetteerOnly: { mbPerSecond: bytes / 1e6 / gazetteer.seconds, mentions: gazetteer.mentions },
    regexBaseline: { mbPerSecond: sampleBytes / 1e6 / regexSeconds, sampleFiles: sample.length, hits: regexHits },
    updateOneArticleMs: updateMs,
    editedArticleChars: edited.length,
    decorations20kMs: decorationsMs,
    hoverMs,
    sidebarRootMs,
    sidebarExpandMs,
    fuzzy: { buildMs: fuseBuildMs, queryMs: fuzzyMs, items: items.length },
    realNews: realTexts.length > 0 ? measureRealSample(realTexts, texts, kb, undefined, full.mentions) : undefined,
  };
}

if (require.main === module) {
  const [mode, dir, threads, script] = process.argv.slice(2);
  if (mode === 'threads') void measureIndexInThreads(dir, Number(threads), script).then((result) => console.log(JSON.stringify(result)));
  else if (mode === 'write-cache') console.log(JSON.stringify(writeCache(dir, threads)));
  else if (mode === 'cached') console.log(JSON.stringify(measureIndexFromCache(dir, threads)));
  else console.log(JSON.stringify(mode === 'index' ? measureIndex(dir) : measureAll(dir, process.argv.slice(4).filter((d) => existsSync(d)))));
}
