import * as assert from 'assert';
import { promises as fs } from 'fs';
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { annotate } from '../../src/core/annotate';
import { compareAnnotations } from '../../src/core/compare';
import { anchorDecision, applyDecisions, DecisionStore, decisionsFromImport, parseDecisions, serializeDecisions, type StorageAdapter } from '../../src/core/store';
import type { Mention } from '../../src/core/types';
import { fixtureKb, spans } from './helpers';

const kb = fixtureKb();

/** Node's fs under a folder, with a switch to make the next rename fail like a crash. */
function nodeStorage(root: string) {
  const state = { failRename: false, renames: 0 };
  const storage: StorageAdapter = {
    read: (p) => fs.readFile(path.join(root, p), 'utf8').catch(() => undefined),
    write: async (p, content) => {
      await fs.mkdir(path.dirname(path.join(root, p)), { recursive: true });
      await fs.writeFile(path.join(root, p), content);
    },
    rename: async (from, to) => {
      if (state.failRename) throw new Error('simulated crash before rename');
      state.renames++;
      await fs.rename(path.join(root, from), path.join(root, to));
    },
    delete: (p) => fs.rm(path.join(root, p), { force: true }),
  };
  return { storage, state };
}

suite('decisions', () => {
  const text = 'Xi Jinping bertemu Xi Mingze. Kemudian Xi pergi ke Asia Tengah dan Asia.';
  const mentions = annotate(text, kb);

  test('reject, retype and link one mention; the rest stay', () => {
    const asia = mentions.find((m) => m.text === 'Asia')!;
    const decisions = [
      anchorDecision(text, asia, { action: 'reject', scope: 'mention', file: 'a.txt' }),
      anchorDecision(text, mentions[0], { action: 'retype', scope: 'mention', file: 'a.txt', type: 'PERSON' }),
    ];
    const { mentions: result, stale } = applyDecisions('a.txt', text, mentions, decisions);
    assert.deepStrictEqual(stale, []);
    assert.ok(!spans(result).includes('PLACE:Asia'));
    assert.strictEqual(result[0].type, 'PERSON');
    assert.strictEqual(result[0].source, 'user');
  });

  test('a decision follows its text when the file is edited elsewhere, and is stale when the text goes', () => {
    const second = text.indexOf('Xi', 30);
    const decision = anchorDecision(text, { start: second, end: second + 2 }, { action: 'add', scope: 'mention', file: 'a.txt', type: 'LEADER', entity: { id: 'leader:xi-jinping', name: 'Xi Jinping' } });
    const edited = 'BERITA BARU. ' + text;
    const moved = applyDecisions('a.txt', edited, annotate(edited, kb, { coreference: false }), [decision]).mentions.find((m) => m.source === 'user')!;
    assert.strictEqual(moved.start, second + 13);
    const gone = text.replace('Kemudian Xi pergi', 'Kemudian ia pergi').replace(/Xi /g, 'Presiden ');
    assert.deepStrictEqual(applyDecisions('a.txt', gone, [], [decision]).stale, [decision]);
  });

  test('workspace scope applies to every occurrence but does not cut longer names', () => {
    const decision = anchorDecision(text, { start: 0, end: 2 }, { action: 'add', scope: 'workspace', type: 'LEADER', entity: { id: 'leader:xi-jinping', name: 'Xi Jinping' } });
    const result = applyDecisions('b.txt', text, annotate(text, kb, { coreference: false }), [decision]).mentions;
    assert.ok(spans(result).includes('LEADER:Xi Jinping'));
    assert.strictEqual(result.filter((m) => m.text === 'Xi' && m.source === 'user').length, 2);
  });

  test('decisions serialize one per line and parse back; bad lines are reported by number', () => {
    const decision = anchorDecision(text, mentions[0], { action: 'accept', scope: 'mention', file: 'a.txt', time: '2026-01-01T00:00:00Z' });
    const jsonl = serializeDecisions([decision]) + '{"action":"explode"}\n{broken\n';
    const { decisions, problems } = parseDecisions(jsonl);
    assert.deepStrictEqual(decisions, [JSON.parse(JSON.stringify(decision))]);
    assert.deepStrictEqual(problems.map((p) => p.line), [2, 3]);
  });

  test('an imported set becomes decisions that reproduce it exactly', () => {
    const imported: Mention[] = [
      { ...mentions[0], type: 'PERSON', source: 'user' },
      { start: 39, end: 47, text: text.slice(39, 47), type: 'PERSON', entity: { id: 'person:x', name: 'X' }, source: 'user' },
    ];
    const decisions = decisionsFromImport('a.txt', text, imported, mentions);
    const result = applyDecisions('a.txt', text, mentions, decisions).mentions;
    assert.deepStrictEqual(result.map((m) => [m.start, m.end, m.type]), imported.map((m) => [m.start, m.end, m.type]));
  });
});

suite('DecisionStore', () => {
  const text = 'Presiden Xi Jinping dan Tiongkok.';
  const decision = (n: number) => anchorDecision(text, { start: 9 + n, end: 11 + n }, { action: 'reject', scope: 'mention', file: `f${n}.txt` });

  test('a crash between the temporary write and the rename leaves the old file intact', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'sorot-store-'));
    const { storage, state } = nodeStorage(root);
    const store = new DecisionStore(storage);
    await store.add(decision(0));
    const before = await fs.readFile(path.join(root, '.sorot/decisions.jsonl'), 'utf8');
    state.failRename = true;
    await assert.rejects(store.add(decision(1)), /simulated crash/);
    assert.strictEqual(await fs.readFile(path.join(root, '.sorot/decisions.jsonl'), 'utf8'), before);
    assert.deepStrictEqual((await fs.readdir(path.join(root, '.sorot'))).filter((f) => f.includes('.tmp')), []);
    assert.strictEqual(store.decisions.length, 2, 'the failed decision is still in memory');
    assert.ok(store.unsaved);
    state.failRename = false;
    await store.load();
    assert.strictEqual(parseDecisions(await fs.readFile(path.join(root, '.sorot/decisions.jsonl'), 'utf8')).decisions.length, 2);
  });

  test('concurrent decisions from two commands are both persisted', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'sorot-store-'));
    const { storage } = nodeStorage(root);
    const store = new DecisionStore(storage);
    await Promise.all([store.add(decision(0)), store.add(decision(1)), store.add(decision(2))]);
    const onDisk = parseDecisions(await fs.readFile(path.join(root, '.sorot/decisions.jsonl'), 'utf8')).decisions;
    assert.deepStrictEqual(onDisk.map((d) => d.file).sort(), ['f0.txt', 'f1.txt', 'f2.txt']);
  });

  test('reload picks up an external change; unreadable lines are kept in the file', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'sorot-store-'));
    const { storage } = nodeStorage(root);
    const store = new DecisionStore(storage);
    await store.add(decision(0));
    let changes = 0;
    store.onDidChange(() => changes++);
    await fs.appendFile(path.join(root, '.sorot/decisions.jsonl'), serializeDecisions([decision(1)]) + '{half a line\n');
    await store.load();
    assert.strictEqual(store.decisions.length, 2);
    assert.deepStrictEqual(store.problems.map((p) => p.line), [3]);
    await store.add(decision(2));
    const content = await fs.readFile(path.join(root, '.sorot/decisions.jsonl'), 'utf8');
    assert.ok(content.includes('{half a line'), 'nothing a person wrote is dropped');
    assert.ok(changes >= 2);
  });

  test('a later decision on the same mention replaces the earlier one', async () => {
    const { storage } = nodeStorage(mkdtempSync(path.join(tmpdir(), 'sorot-store-')));
    const store = new DecisionStore(storage);
    await store.add(decision(0));
    await store.add({ ...decision(0), action: 'accept' });
    assert.deepStrictEqual(store.decisions.map((d) => d.action), ['accept']);
  });
});

suite('compare', () => {
  test('per-type scores, agreement and classified disagreements', () => {
    const m = (start: number, end: number, type: Mention['type']): Mention => ({ start, end, text: 'x', type, entity: { id: '', name: '' }, source: 'user' });
    const gold = new Map([['a', [m(0, 2, 'LEADER'), m(5, 9, 'COUNTRY'), m(12, 15, 'PLACE'), m(20, 25, 'ORGANIZATION')]]]);
    const other = new Map([['a', [m(0, 2, 'LEADER'), m(5, 9, 'PLACE'), m(12, 14, 'PLACE'), m(30, 33, 'COUNTRY')]]]);
    const result = compareAnnotations(gold, other);
    assert.strictEqual(result.perType.LEADER!.f1, 1);
    assert.deepStrictEqual([result.micro.tp, result.micro.fp, result.micro.fn], [1, 3, 3]);
    assert.deepStrictEqual(result.disagreements.map((d) => d.kind), ['type', 'boundary', 'missing', 'extra']);
    assert.strictEqual(result.exactAgreement, 1 / 7);
  });
});
