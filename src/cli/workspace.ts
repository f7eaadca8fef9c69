import { existsSync, promises as fs } from 'fs';
import { AnnotationCache, cacheFingerprint } from '../core/annotation-cache';
import * as path from 'path';
import { annotate } from '../core/annotate';
import { bundledKnowledgeBase } from '../core/kb/bundled';
import type { KnowledgeBase } from '../core/kb/knowledge-base';
import { formatProblem, parseKnowledgeBase } from '../core/kb/validate';
import { type AnnotatedDocument, fromBrat, fromCsv, fromJsonl } from '../core/formats';
import { applyDecisions, DecisionStore } from '../core/store';
import type { EntityType, Mention } from '../core/types';
import { collectFiles, readArticles, UsageError } from './files';
import { nodeStorage } from './node-storage';
import { annotateAllPacked, AnnotatorPool } from '../core/parallel';
import { packDocument, unpackDocument } from '../core/wire';
import { nodeAnnotatorThread, spareCores } from '../node/threads';

const warn = (message: string) => process.stderr.write(`sorot: ${message}\n`);

/** The bundled knowledge base with a user file merged over it; problems go to stderr. */
export async function loadKnowledgeBase(file: string | undefined, required: boolean): Promise<KnowledgeBase> {
  const bundled = bundledKnowledgeBase();
  if (!file) return bundled;
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch {
    if (required) throw new UsageError(`Cannot read knowledge base ${file}.`);
    return bundled;
  }
  const { entries, problems } = parseKnowledgeBase(text);
  for (const problem of problems) warn(formatProblem(file, problem));
  if (problems.length > 0) warn(`${problems.length} problem(s) in ${file}; using its ${entries.length} valid entries.`);
  return bundled.withUserEntries(entries);
}

/** Fewer articles than this are annotated on the main thread: starting threads costs more. */
const THREADS_FROM_ARTICLES = 64;

/** Articles annotated, written and let go at a time, so that memory does not grow with the corpus. */
const CHUNK_ARTICLES = 256;

/**
 * `--cache FILE`: what the recognizer found in each article, by its absolute path and
 * text, from an earlier run with the same engine and knowledge base. A cache that does
 * not fit (another version, another --kb, damaged) is reported and rewritten.
 */
async function openCache(file: string, kb: KnowledgeBase): Promise<AnnotationCache | undefined> {
  const fingerprint = cacheFingerprint(kb);
  if (fingerprint === undefined) {
    warn('--cache needs the built CLI (npm run build); annotating without it');
    return undefined;
  }
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file);
  } catch {
    return new AnnotationCache(fingerprint);
  }
  const { cache, problem } = AnnotationCache.decode(bytes, fingerprint);
  if (problem) warn(`cache ${file} not used (${problem}); it is written again`);
  return cache;
}

/** Writes the cache through a temporary file, so that an interrupted run leaves the old one whole. */
async function saveCache(file: string, cache: AnnotationCache): Promise<void> {
  if (cache.unsaved === 0) return;
  const temporary = `${file}.${process.pid}.tmp`;
  await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await fs.writeFile(temporary, cache.encode());
  await fs.rename(temporary, file);
}

/**
 * Annotates articles, handing them to `onChunk` a few hundred at a time, in order;
 * `relativeTo` decides how their paths are written. Many articles are annotated on
 * `threads` worker threads besides this one, with the same result. With `cacheFile`,
 * articles unchanged since an earlier run are taken from it instead.
 */
export async function annotateInChunks(
  inputs: string[],
  kb: KnowledgeBase,
  types: EntityType[] | undefined,
  relativeTo: string,
  threads: number,
  onChunk: (documents: AnnotatedDocument[]) => Promise<void> | void,
  cacheFile?: string,
): Promise<void> {
  const files = await collectFiles(inputs);
  let skipped = 0;
  const read = (from: number) =>
    readArticles(files.slice(from, from + CHUNK_ARTICLES), ({ file, reason }) => {
      skipped++;
      warn(`skipped ${file} (${reason})`);
    }, relativeTo);
  const cache = cacheFile === undefined ? undefined : await openCache(cacheFile, kb);
  const script = path.join(__dirname, 'annotator-thread.js');
  let pool: AnnotatorPool | undefined;
  let articles = 0;
  let annotated = 0;
  try {
    let next = files.length > 0 ? read(0) : undefined;
    for (let start = 0; next; start += CHUNK_ARTICLES) {
      const chunk = await next;
      // The next chunk is read while this one is annotated and written.
      next = start + CHUNK_ARTICLES < files.length ? read(start + CHUNK_ARTICLES) : undefined;
      const cached = chunk.map((article) => cache?.get(article.absolute, article.text));
      const missing = chunk.filter((_, i) => !cached[i]);
      articles += chunk.length;
      annotated += missing.length;
      // Threads pay for themselves from a few dozen articles to annotate.
      if (!pool && threads > 0 && annotated >= THREADS_FROM_ARTICLES && existsSync(script)) {
        pool = new AnnotatorPool(() => nodeAnnotatorThread(script), threads, kb, (error) => warn(`an annotator thread stopped; its articles are annotated on the main thread (${String(error)})`), true);
      }
      let found: Mention[][];
      if (pool) {
        const packed = await annotateAllPacked(pool, missing.map((article) => article.text));
        missing.forEach((article, i) => cache?.set(article.absolute, article.text, packed[i]));
        found = packed.map((doc) => unpackDocument(doc));
      } else {
        found = missing.map((article) => annotate(article.text, kb));
        if (cache) missing.forEach((article, i) => cache.set(article.absolute, article.text, packDocument(found[i])));
      }
      // Every type is annotated and cached; --types filters what is written.
      let fresh = 0;
      const mentions = cached.map((doc) => (doc ? unpackDocument(doc) : found[fresh++]));
      await onChunk(chunk.map(({ file, text }, i) => ({ file, text, mentions: types ? mentions[i].filter((m) => types.includes(m.type)) : mentions[i] })));
    }
  } finally {
    pool?.dispose();
  }
  if (skipped > 0) warn(`skipped ${skipped} of ${files.length} files`);
  if (cache && cacheFile !== undefined) {
    await saveCache(cacheFile, cache);
    warn(`cache ${cacheFile}: ${articles - annotated} of ${articles} articles unchanged, ${annotated} annotated`);
  }
}

/**
 * A workspace as a person left it: every article annotated with the workspace's
 * `.sorot/entities.json` and with its `.sorot/decisions.jsonl` applied. Paths are relative
 * to the workspace folder. Stale decisions are reported, never dropped.
 */
export async function exportWorkspace(root: string, kbFile: string | undefined, types?: EntityType[], threads?: number): Promise<AnnotatedDocument[]> {
  const documents: AnnotatedDocument[] = [];
  await exportWorkspaceInChunks(root, kbFile, types, threads ?? spareCores(), (chunk) => void documents.push(...chunk));
  return documents;
}

/** The same, handing the documents to `onChunk` a few hundred at a time, in order. */
export async function exportWorkspaceInChunks(
  root: string,
  kbFile: string | undefined,
  types: EntityType[] | undefined,
  threads: number,
  onChunk: (documents: AnnotatedDocument[]) => Promise<void> | void,
  cacheFile?: string,
): Promise<void> {
  const stat = await fs.stat(root).catch(() => undefined);
  if (!stat?.isDirectory()) throw new UsageError(`Not a workspace folder: ${root}`);
  const kb = await loadKnowledgeBase(kbFile ?? path.join(root, '.sorot', 'entities.json'), kbFile !== undefined);
  const store = new DecisionStore(nodeStorage(root));
  await store.load();
  for (const problem of store.problems) warn(`${path.join(root, store.path)}:${problem.line}: ${problem.message}`);
  let stale = 0;
  await annotateInChunks([root], kb, undefined, root, threads, (documents) => {
    for (const doc of documents) {
      const applied = applyDecisions(doc.file, doc.text, doc.mentions, store.decisions);
      doc.mentions = types ? applied.mentions.filter((m) => types.includes(m.type)) : applied.mentions;
      for (const decision of applied.stale) {
        stale++;
        warn(`stale decision in ${doc.file}: ${decision.action} "${decision.text}" no longer matches the text (kept in ${store.path})`);
      }
    }
    return onChunk(documents);
  }, cacheFile);
  if (store.decisions.length > 0) warn(`applied ${store.decisions.length} decision(s)${stale ? `, ${stale} stale` : ''}`);
}

export async function loadAnnotationSet(input: string, kbFile?: string): Promise<Map<string, Mention[]>> {
  const stat = await fs.stat(input).catch(() => undefined);
  if (!stat) throw new UsageError(`No such file or directory: ${input}`);
  if (stat.isFile()) {
    const text = await fs.readFile(input, 'utf8');
    if (input.endsWith('.csv')) return fromCsv(text);
    if (input.endsWith('.jsonl') || input.endsWith('.json')) return fromJsonl(text);
    throw new UsageError(`Cannot tell the format of ${input}: use a .jsonl, .csv, brat folder or workspace folder.`);
  }
  const anns = (await collectAll(input)).filter((f) => f.endsWith('.ann'));
  if (anns.length > 0) {
    const byFile = new Map<string, Mention[]>();
    for (const ann of anns) {
      const txt = ann.replace(/\.ann$/, '.txt');
      const text = await fs.readFile(txt, 'utf8').catch(() => undefined);
      if (text === undefined) throw new UsageError(`${ann} has no ${path.basename(txt)} beside it.`);
      byFile.set(path.relative(input, txt).split(path.sep).join('/'), fromBrat(await fs.readFile(ann, 'utf8'), text));
    }
    return byFile;
  }
  return new Map((await exportWorkspace(input, kbFile)).map((d) => [d.file, d.mentions]));
}

async function collectAll(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await collectAll(full)));
    else out.push(full);
  }
  return out;
}
