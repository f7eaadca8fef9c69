import * as assert from 'assert';
import { readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import { annotate } from '../../src/core/annotate';
import { bundledKnowledgeBase } from '../../src/core/kb/bundled';
import type { FileMention } from '../../src/core/types';

/**
 * Generalization check: short news paragraphs on other topics than the dev set, written
 * for Sorot with their expected mentions. The thresholds sit a little under today's
 * scores so that a regression fails the build.
 */
const dir = path.resolve(__dirname, '../fixtures/checkset');
const gold: FileMention[] = readFileSync(path.join(dir, 'checkset.gold.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const MAIN_TYPES = new Set(['LEADER', 'COUNTRY', 'ORGANIZATION']);

function score(types: (type: string) => boolean) {
  const kb = bundledKnowledgeBase();
  const key = (m: { file: string; start: number; end: number; type: string }) => `${m.file}:${m.start}:${m.end}:${m.type}`;
  const expected = new Set(gold.filter((m) => types(m.type)).map(key));
  const predicted = new Set<string>();
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
    const file = `checkset/${name}`;
    for (const m of annotate(readFileSync(path.join(dir, name), 'utf8'), kb)) if (types(m.type)) predicted.add(key({ file, ...m }));
  }
  const tp = [...predicted].filter((k) => expected.has(k)).length;
  const precision = tp / predicted.size;
  const recall = tp / expected.size;
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall), missed: [...expected].filter((k) => !predicted.has(k)) };
}

suite('check set (generalization)', () => {
  test('has at least 10 paragraphs and gold whose text matches the files', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
    assert.ok(files.length >= 10);
    for (const m of gold) assert.strictEqual(readFileSync(path.join(dir, path.basename(m.file)), 'utf8').slice(m.start, m.end), m.text);
  });

  test('leaders, countries and organizations: strict F1 ≥ 0.93', () => {
    const result = score((t) => MAIN_TYPES.has(t));
    assert.ok(result.f1 >= 0.93, `F1 ${result.f1.toFixed(3)}; missed ${result.missed.join(', ')}`);
  });

  test('all five types: strict F1 ≥ 0.90', () => {
    const result = score(() => true);
    assert.ok(result.f1 >= 0.9, `F1 ${result.f1.toFixed(3)}`);
  });
});
