import * as assert from 'assert';
import { Matcher } from '../../src/core/matcher';
import { fold, isWordUnit } from '../../src/core/text';

function naive(patterns: string[], text: string): string[] {
  const out: string[] = [];
  const folded = fold(text);
  patterns.forEach((pattern, index) => {
    const key = fold(pattern);
    for (let at = folded.indexOf(key); at >= 0; at = folded.indexOf(key, at + 1)) {
      if (at > 0 && isWordUnit(text.charCodeAt(at - 1))) continue; // matches start where words start
      out.push(`${at}:${at + key.length}:${index}`);
    }
  });
  return out.sort();
}

suite('matcher', () => {
  test('finds overlapping and nested patterns at word starts, case- and accent-insensitively', () => {
    const patterns = ['Asia', 'Asia Tengah', 'Tengah', 'sia', 'Erdoğan'];
    const matcher = new Matcher(patterns);
    const hits: string[] = [];
    matcher.scan('ASIA TENGAH dan Erdogan', (start, end, p) => hits.push(`${start}:${end}:${p}`));
    assert.deepStrictEqual(hits.sort(), naive(patterns, 'ASIA TENGAH dan Erdogan'));
    assert.ok(hits.includes('0:11:1'));
    assert.ok(hits.includes('16:23:4'));
    assert.ok(!hits.some((h) => h.endsWith(':3')), '"sia" inside "ASIA" is not a word start');
  });

  test('agrees with a naive search on random text', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    const alphabet = 'abAB -’é';
    // Patterns start with a letter, as aliases do.
    const word = (n: number) => Array.from({ length: n }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
    for (let round = 0; round < 50; round++) {
      const patterns = Array.from({ length: 8 }, () => 'aAbé'[Math.floor(random() * 4)] + word(Math.floor(random() * 4)));
      const text = word(200);
      const hits: string[] = [];
      new Matcher(patterns).scan(text, (s, e, p) => hits.push(`${s}:${e}:${p}`));
      assert.deepStrictEqual(hits.sort(), naive(patterns, text), `round ${round}`);
    }
  });

  test('identical keys report every pattern', () => {
    const hits: number[] = [];
    new Matcher(['AS', 'as']).scan('as', (_s, _e, p) => hits.push(p));
    assert.deepStrictEqual(hits.sort(), [0, 1]);
  });
});
