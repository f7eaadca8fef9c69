import * as assert from 'assert';
import * as vscode from 'vscode';
import { annotate, type EntityType } from '../../../src/core';
import { unpackDocument } from '../../../src/core/wire';
import { AnnotationCacheStore } from '../../../src/extension/annotation-cache-store';
import type { SorotApi } from '../../../src/extension/extension';
import { removeIfExists } from './annotation-helpers';
import { closeAllEditors, getApi, rangeOf, readable, waitFor, workspaceUri } from './helpers';

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Real leaders with their title and country as an Indonesian article names them. */
const LEADERS = [
  { id: 'leader:joko-widodo', name: 'Joko Widodo', title: 'Presiden', country: 'Indonesia', countryId: 'country:ID' },
  { id: 'leader:anwar-ibrahim', name: 'Anwar Ibrahim', title: 'Perdana Menteri', country: 'Malaysia', countryId: 'country:MY' },
  { id: 'leader:fumio-kishida', name: 'Fumio Kishida', title: 'Perdana Menteri', country: 'Jepang', countryId: 'country:JP' },
  { id: 'leader:olaf-scholz', name: 'Olaf Scholz', title: 'Kanselir', country: 'Jerman', countryId: 'country:DE' },
  { id: 'leader:emmanuel-macron', name: 'Emmanuel Macron', title: 'Presiden', country: 'Prancis', countryId: 'country:FR' },
  { id: 'leader:narendra-modi', name: 'Narendra Modi', title: 'Perdana Menteri', country: 'India', countryId: 'country:IN' },
  { id: 'leader:yoon-suk-yeol', name: 'Yoon Suk Yeol', title: 'Presiden', country: 'Korea Selatan', countryId: 'country:KR' },
];
const CITIES = [
  { id: 'place:jakarta', name: 'Jakarta' },
  { id: 'place:tokyo', name: 'Tokyo' },
  { id: 'place:paris', name: 'Paris' },
  { id: 'place:new-delhi', name: 'New Delhi' },
];
const VERBS = ['bertemu', 'menelepon', 'mengunjungi', 'berbicara dengan'];
const ARTICLES = 2000;

interface Generated {
  path: string;
  text: string;
  /** Entity ids in the order they occur. */
  ids: string[];
}

/** A small seeded generator (LCG), so every run writes the same corpus. */
function generate(count: number): Generated[] {
  let seed = 20261125;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return (seed >>> 16) % n; // the low bits of an LCG repeat quickly
  };
  const articles: Generated[] = [];
  for (let i = 0; i < count; i++) {
    const a = LEADERS[next(LEADERS.length)];
    let b = LEADERS[next(LEADERS.length)];
    if (b === a) b = LEADERS[(LEADERS.indexOf(a) + 1) % LEADERS.length];
    const city = CITIES[next(CITIES.length)];
    const verb = VERBS[next(VERBS.length)];
    const text = `Berita ${i + 1}\n\n${a.title} ${a.country} ${a.name} ${verb} ${b.title} ${b.country} ${b.name} di ${city.name}.\n`;
    articles.push({ path: `a${String(i).padStart(4, '0')}.txt`, text, ids: [a.countryId, a.id, b.countryId, b.id, city.id] });
  }
  return articles;
}

suite('Scale: 2,000 generated articles (issue 6)', () => {
  let api: SorotApi;
  const folder = () => workspaceUri('generated');

  suiteSetup(async () => {
    api = await getApi();
  });

  suiteTeardown(async () => {
    await closeAllEditors();
    await removeIfExists(folder());
    await waitFor(() => !api.services.index.files().some((file) => file.startsWith(folder().toString() + '/')), 'generated articles forgotten', 30_000);
    await api.whenIndexed();
  });

  test('indexes them; the Entities view and a hover give the exact counts', async function () {
    this.timeout(120_000);
    const { index } = api.services;
    await api.whenIndexed();
    const baseFiles = index.fileCount;
    const baseTypes = new Map(index.entities().map((entity) => [entity.id, entity.type]));
    const articles = generate(ARTICLES);

    const started = Date.now();
    for (let i = 0; i < articles.length; i += 200) {
      await Promise.all(articles.slice(i, i + 200).map((article) => vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder(), article.path), new TextEncoder().encode(article.text))));
    }
    const written = Date.now();
    const prefix = folder().toString() + '/';
    const generated = () => index.files().filter((file) => file.startsWith(prefix)).length;
    await waitFor(() => generated() === ARTICLES, `all ${ARTICLES} generated articles indexed (${generated()} so far)`, 90_000);
    await api.whenIndexed();
    assert.strictEqual(index.fileCount, baseFiles + ARTICLES);
    const done = Date.now();
    console.log(`[scale] ${ARTICLES} articles: written in ${written - started} ms, indexed ${done - written} ms after the last write (${done - started} ms in all)`);

    // Expected counts, from what was written.
    const mentions = new Map<string, number>();
    const files = new Map<string, number>();
    const types = new Map(baseTypes);
    for (const article of articles) {
      for (const id of article.ids) mentions.set(id, (mentions.get(id) ?? 0) + 1);
      for (const id of new Set(article.ids)) files.set(id, (files.get(id) ?? 0) + 1);
    }
    const typeOf = new Map<string, EntityType>();
    for (const leader of LEADERS) {
      typeOf.set(leader.id, 'LEADER');
      typeOf.set(leader.countryId, 'COUNTRY');
    }
    for (const city of CITIES) typeOf.set(city.id, 'PLACE');
    for (const id of mentions.keys()) types.set(id, typeOf.get(id)!);
    assert.strictEqual(mentions.size, LEADERS.length * 2 + CITIES.length, 'the generator used every name');

    for (const leader of LEADERS) {
      const summary = index.entity(leader.id);
      assert.strictEqual(summary?.mentionCount, mentions.get(leader.id), `${leader.name} mentions`);
      assert.strictEqual(summary?.fileCount, files.get(leader.id), `${leader.name} articles`);
    }

    // The Entities view: one root per type with the number of its entities.
    const { provider } = api.sidebar;
    const roots = await provider.getChildren();
    const perType = new Map<EntityType, number>();
    for (const type of types.values()) perType.set(type, (perType.get(type) ?? 0) + 1);
    const shown = Object.fromEntries(roots.map((node) => {
      const item = provider.getTreeItem(node);
      return [String(item.label), Number(item.description)];
    }));
    assert.deepStrictEqual(shown, {
      Leaders: perType.get('LEADER') ?? 0,
      Countries: perType.get('COUNTRY') ?? 0,
      Organizations: perType.get('ORGANIZATION') ?? 0,
      People: perType.get('PERSON') ?? 0,
      Places: perType.get('PLACE') ?? 0,
    });
    const leaders = await provider.getChildren(roots.find((node) => provider.getTreeItem(node).label === 'Leaders'));
    const jokowi = leaders.find((node) => node.kind === 'entity' && node.id === 'leader:joko-widodo');
    assert.ok(jokowi, 'Joko Widodo listed');
    const jokowiFiles = files.get('leader:joko-widodo')!;
    assert.strictEqual(provider.getTreeItem(jokowi).description, `${mentions.get('leader:joko-widodo')} in ${jokowiFiles} articles`);

    // A hover on one of the new articles.
    const sample = articles.find((article) => article.ids[1] === 'leader:anwar-ibrahim')!;
    const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder(), sample.path));
    await vscode.window.showTextDocument(document);
    const at = rangeOf(document, 'Anwar Ibrahim').start.translate(0, 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, at);
    const text = readable(hovers.flatMap((hover) => hover.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n'));
    assert.match(text, /\*\*Anwar Ibrahim\*\* · Leader/);
    const total = mentions.get('leader:anwar-ibrahim')!;
    const inFiles = files.get('leader:anwar-ibrahim')!;
    assert.ok(text.includes(`1 mention in this article · ${total} mentions in ${inFiles} articles of the workspace`), text);

    // A full pass over the whole workspace (what opening the folder costs), with the same result.
    const before = Date.now();
    await vscode.commands.executeCommand('sorot.refreshIndex');
    await api.whenIndexed();
    console.log(`[scale] full re-index of ${index.fileCount} articles (${ARTICLES} generated): ${Date.now() - before} ms`);
    assert.strictEqual(index.fileCount, baseFiles + ARTICLES);
    assert.strictEqual(index.entity('leader:anwar-ibrahim')?.mentionCount, total);
  });

  test('a pass after the first takes unchanged articles from the annotation cache, kept in storage, and indexes the same', async function () {
    this.timeout(120_000);
    const { index, config } = api.services;
    const section = vscode.workspace.getConfiguration('sorot');
    const snapshot = () => ({ entities: index.entities(), mentions: index.files().sort().map((file) => [file, index.mentionsIn(file)]) });
    const finished = (lines: string[]) => lines.map((line) => /Indexing finished in (\d+) ms: .* (\d+) articles indexed, (\d+) of them unchanged since the annotation cache was written/.exec(line)).find(Boolean);
    const pass = async () => {
      const from = api.log.recent.length;
      await vscode.commands.executeCommand('sorot.refreshIndex');
      await api.whenIndexed();
      const line = finished(api.log.recent.slice(from));
      assert.ok(line, api.log.recent.slice(from).join('\n'));
      return { ms: Number(line[1]), indexed: Number(line[2]), fromCache: Number(line[3]) };
    };
    await api.whenIndexed();
    // One article changed on disk since the cache was written: only it is annotated again.
    const changed = vscode.Uri.joinPath(folder(), 'a0007.txt');
    const changedText = 'Berita baru\n\nPerdana Menteri Malaysia Anwar Ibrahim bertemu Presiden Prancis Emmanuel Macron di Paris.\n';
    await vscode.workspace.fs.writeFile(changed, new TextEncoder().encode(changedText));
    await waitFor(() => index.mentionsIn(changed.toString()).some((m) => m.entity.id === 'leader:emmanuel-macron'), 'the changed article indexed', 30_000);
    await api.whenIndexed();
    const expected = snapshot();
    const cached = await pass();
    assert.strictEqual(cached.indexed, index.fileCount);
    // Articles open in an editor are indexed from the editor's text, not read.
    const open = new Set(vscode.workspace.textDocuments.map((document) => document.uri.toString()));
    const onDisk = index.files().filter((file) => !open.has(file)).length;
    assert.ok(onDisk >= ARTICLES - 5, `${onDisk} articles read from disk`);
    assert.strictEqual(cached.fromCache, onDisk, 'every article read, the changed one too (its new text was cached when the watcher indexed it)');
    assert.deepStrictEqual(snapshot(), expected);

    // What a new session reads: the stored cache holds every article as the recognizer found it.
    const stored = await new AnnotationCacheStore(api.annotationCache.storage, config).open(api.knowledgeBase());
    assert.ok(stored, 'the cache is on and stored');
    // Articles only ever indexed from an editor are not in it.
    assert.ok(stored.size >= onDisk && stored.size <= index.fileCount, `${stored.size} articles stored`);
    for (const uri of [changed, vscode.Uri.joinPath(folder(), 'a1234.txt')]) {
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      assert.deepStrictEqual(unpackDocument(stored.get(uri.toString(), text)!), annotate(text, api.knowledgeBase()), uri.path);
    }

    const file = vscode.Uri.joinPath(api.annotationCache.storage!, 'annotations.cache');
    try {
      // Off: the stored cache is deleted, and a pass annotates everything.
      await section.update('indexing.cache', false, vscode.ConfigurationTarget.Workspace);
      await waitFor(async () => !(await exists(file)), 'the stored cache deleted', 30_000);
      await api.whenIndexed();
      const from = api.log.recent.length;
      await vscode.commands.executeCommand('sorot.refreshIndex');
      await api.whenIndexed();
      const lines = api.log.recent.slice(from);
      const uncached = lines.map((line) => /Indexing finished in (\d+) ms/.exec(line)).find(Boolean);
      assert.ok(uncached && !finished(lines), lines.join('\n'));
      console.log(`[scale] full pass over ${index.fileCount} articles: ${cached.ms} ms from the annotation cache, ${uncached[1]} ms without it`);
      assert.deepStrictEqual(snapshot(), expected);
    } finally {
      await section.update('indexing.cache', undefined, vscode.ConfigurationTarget.Workspace);
      await api.whenIndexed();
    }
    assert.ok(await exists(file), 'written again once the setting is back on');
  });

  test('a pass on an annotator web worker indexes exactly what the extension host alone does', async function () {
    this.timeout(120_000);
    const { index } = api.services;
    const section = vscode.workspace.getConfiguration('sorot');
    // Every article annotated, not taken from the cache.
    await section.update('indexing.cache', false, vscode.ConfigurationTarget.Workspace);
    const snapshot = () => ({
      entities: index.entities(),
      mentions: index.files().sort().map((file) => [file, index.mentionsIn(file)]),
    });
    const pass = async (threads: number, logged: RegExp) => {
      const from = api.log.recent.length;
      const before = Date.now();
      await section.update('indexing.threads', threads, vscode.ConfigurationTarget.Workspace);
      await waitFor(() => api.log.recent.slice(from).some((line) => logged.test(line)), `a pass with ${threads} threads`, 30_000);
      await api.whenIndexed();
      console.log(`[scale] full index of ${index.fileCount} articles with ${threads} annotator ${threads === 1 ? 'thread' : 'threads'}: ${Date.now() - before} ms`);
      return { snapshot: snapshot(), lines: api.log.recent.slice(from) };
    };
    try {
      const onWorker = await pass(1, /Indexing \d+ files on 1 annotator thread and the extension host/);
      assert.ok(!onWorker.lines.some((line) => /annotator thread stopped/.test(line)), onWorker.lines.join('\n'));
      // The worker did annotate (the extension host takes a share only when it has two batches waiting).
      const finished = onWorker.lines.map((line) => /Indexing finished .* articles indexed, (\d+) of them annotated on annotator threads/.exec(line)).find(Boolean);
      assert.ok(finished && Number(finished[1]) >= ARTICLES / 4, onWorker.lines.join('\n'));
      assert.ok(onWorker.snapshot.mentions.length >= ARTICLES);
      const here = await pass(0, /Indexing \d+ files on the extension host only/);
      assert.deepStrictEqual(onWorker.snapshot, here.snapshot);
    } finally {
      await section.update('indexing.threads', undefined, vscode.ConfigurationTarget.Workspace);
      await section.update('indexing.cache', undefined, vscode.ConfigurationTarget.Workspace);
      await api.whenIndexed();
    }
  });
});
