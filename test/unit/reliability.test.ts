import * as assert from 'assert';
import { annotate } from '../../src/core/annotate';
import { bundledKnowledgeBase } from '../../src/core/kb/bundled';
import { parseKnowledgeBase } from '../../src/core/kb/validate';
import { DecisionStore, anchorDecision, parseDecisions, type StorageAdapter } from '../../src/core/store';
import { stripBom } from '../../src/core/text';
import type { Mention } from '../../src/core/types';

/** Bad input the core must survive: every span valid, nothing thrown, nothing lost. */
const kb = bundledKnowledgeBase();

function assertValid(text: string, mentions: readonly Mention[]): void {
  let lastEnd = 0;
  for (const m of mentions) {
    assert.ok(m.start >= lastEnd && m.start < m.end && m.end <= text.length, JSON.stringify(m));
    assert.strictEqual(text.slice(m.start, m.end), m.text);
    lastEnd = m.end;
  }
}

suite('reliability: bad input to the recognizer', () => {
  test('an empty text and a text of only spaces or NULs', () => {
    assert.deepStrictEqual(annotate('', kb), []);
    assert.deepStrictEqual(annotate(' \n\t\r\n', kb), []);
    assert.deepStrictEqual(annotate('\0\0\0Tiongkok\0', kb).map((m) => m.text), ['Tiongkok']);
  });

  test('invalid UTF-8 decodes to replacement characters and offsets still index the decoded text', () => {
    const bytes = Buffer.concat([Buffer.from('Presiden '), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from(' Joko Widodo di Jakarta')]);
    const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
    assert.ok(text.includes('\uFFFD'));
    const mentions = annotate(text, kb);
    assertValid(text, mentions);
    assert.deepStrictEqual(mentions.map((m) => m.text), ['Joko Widodo', 'Jakarta']);
  });

  test('a BOM is stripped before offsets are counted; CRLF and mixed line endings count as written', () => {
    const text = stripBom('\uFEFFTiongkok\r\nKazakhstan\rRusia\nIndonesia');
    const mentions = annotate(text, kb);
    assert.deepStrictEqual(mentions.map((m) => [m.start, m.text]), [[0, 'Tiongkok'], [10, 'Kazakhstan'], [21, 'Rusia'], [27, 'Indonesia']]);
  });

  test('surrogate pairs and combining marks next to names', () => {
    const text = '𝐀Tiongkok 😀Tiongkok😀 Tiongkok\u0301 e\u0301Tiongkok Erdog\u0306an 中国Tiongkok';
    const mentions = annotate(text, kb);
    assertValid(text, mentions);
    // A letter outside the BMP, a combining mark or CJK glued to a name makes it part of a longer word.
    assert.deepStrictEqual(mentions.map((m) => [m.start, m.text]), [[13, 'Tiongkok']]);
  });

  test('right-to-left text around names', () => {
    const text = 'قال الرئيس Joko Widodo في Jakarta \u202Eعكس\u202C Tiongkok';
    const mentions = annotate(text, kb);
    assertValid(text, mentions);
    assert.deepStrictEqual(mentions.map((m) => m.text), ['Joko Widodo', 'Jakarta', 'Tiongkok']);
  });

  test('a 100,000-character single line', () => {
    const unit = 'Presiden Tiongkok Xi Jinping bertemu Sekjen PBB di Jakarta; ';
    const text = unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000);
    const mentions = annotate(text, kb);
    assertValid(text, mentions);
    assert.ok(mentions.length > 6000);
  });

  test('random bytes decoded as text never break the invariants', () => {
    let seed = 99;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 0xff;
    for (let round = 0; round < 30; round++) {
      const bytes = Uint8Array.from({ length: 2000 }, next);
      const text = new TextDecoder().decode(bytes) + ' Tiongkok dan Indonesia';
      const mentions = annotate(text, kb);
      assertValid(text, mentions);
      assert.deepStrictEqual(annotate(text, kb), mentions);
    }
  });
});

suite('reliability: malformed workspace files', () => {
  test('a partially written entities.json reports the place and loads nothing from it', () => {
    const full = JSON.stringify([{ id: 'person:a', type: 'PERSON', name: 'A' }, { id: 'person:b', type: 'PERSON', name: 'B' }], null, 1);
    const { entries, problems } = parseKnowledgeBase(full.slice(0, full.length - 20));
    assert.strictEqual(entries.length, 0);
    assert.ok(problems[0].line > 1 && /Invalid JSON/.test(problems[0].message));
  });

  test('a huge entities.json (20,000 entries) parses, validates and merges', () => {
    const entries = Array.from({ length: 20_000 }, (_, i) => ({ id: `person:p-${i}`, type: 'PERSON', name: `Orang Nomor${i}` }));
    const parsed = parseKnowledgeBase(JSON.stringify(entries));
    assert.strictEqual(parsed.entries.length, 20_000);
    const merged = kb.withUserEntries(parsed.entries);
    assert.deepStrictEqual(annotate('kata Orang Nomor19999.', merged).map((m) => m.entity.id), ['person:p-19999']);
  });

  test('a decisions file cut mid-line keeps every whole line', () => {
    const line = JSON.stringify({ action: 'reject', scope: 'mention', file: 'a.txt', text: 'PBB', time: 't' });
    const { decisions, problems } = parseDecisions(`${line}\n${line}\n${line.slice(0, 30)}`);
    assert.strictEqual(decisions.length, 2);
    assert.deepStrictEqual(problems.map((p) => p.line), [3]);
  });

  test('a read-only .sorot folder: a clear error, the decision kept in memory and saved once writable', async () => {
    const files = new Map<string, string>();
    let readOnly = true;
    const storage: StorageAdapter = {
      read: async (p) => files.get(p),
      write: async (p, content) => {
        if (readOnly) throw Object.assign(new Error(`EACCES: permission denied, open '${p}'`), { code: 'EACCES' });
        files.set(p, content);
      },
      rename: async (from, to) => {
        files.set(to, files.get(from)!);
        files.delete(from);
      },
      delete: async (p) => void files.delete(p),
    };
    const store = new DecisionStore(storage);
    const decision = anchorDecision('Xi dan PBB', { start: 7, end: 10 }, { action: 'reject', scope: 'mention', file: 'a.txt' });
    await assert.rejects(store.add(decision), /EACCES: permission denied/);
    assert.strictEqual(store.decisions.length, 1);
    assert.ok(store.unsaved);
    readOnly = false;
    await store.load();
    assert.strictEqual(parseDecisions(files.get('.sorot/decisions.jsonl')!).decisions.length, 1);
    assert.ok(!store.unsaved);
  });
});
