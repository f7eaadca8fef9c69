import * as assert from 'assert';
import { Matcher } from '../../src/core/matcher';
import { fold, isWordUnit } from '../../src/core/text';

const CLITICS = ['nya', 'lah', 'pun', 'kah', 'ku', 'mu'];

/** Is `end` where a word ends, or where only a lower-case clitic is left of it? */
function endsHere(text: string, end: number, key: string): boolean {
  if (!isWordUnit(key.charCodeAt(key.length - 1))) return true; // trailing punctuation
  if (end >= text.length || !isWordUnit(text.charCodeAt(end))) return true;
  let wordEnd = end;
  while (wordEnd < text.length && isWordUnit(text.charCodeAt(wordEnd))) wordEnd++;
  const rest = text.slice(end, wordEnd);
  return rest === rest.toLowerCase() && rest !== rest.toUpperCase() && CLITICS.includes(fold(rest)) && text[end - 1] !== text[end - 1].toUpperCase();
}

function naive(patterns: string[], text: string): string[] {
  const out: string[] = [];
  const folded = fold(text);
  patterns.forEach((pattern, index) => {
    const key = fold(pattern);
    for (let at = folded.indexOf(key); at >= 0; at = folded.indexOf(key, at + 1)) {
      if (at > 0 && isWordUnit(text.charCodeAt(at - 1))) continue; // matches start where words start
      if (!endsHere(text, at + key.length, key)) continue; // and end where words end
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

  test('a clitic may follow the last word; other letters may not', () => {
    const patterns = ['Tiongkok', 'Asia Tengah', 'Jakarta'];
    const text = 'Tiongkoknya, Asia Tengahlah, Jakartan, TIONGKOKNYA';
    const hits: string[] = [];
    new Matcher(patterns).scan(text, (s, e, p) => hits.push(text.slice(s, e) + ':' + p));
    assert.deepStrictEqual(hits.sort(), ['Asia Tengah:1', 'Tiongkok:0']);
  });

  test('trailing punctuation belongs to a pattern, separators must match whole', () => {
    const patterns = ['U.S.', 'PT Pertamina (Persero)', 'Asia Tengah'];
    const text = 'U.S. firms; PT Pertamina (Persero) Tbk; Asia  Tengah; U.S.A.';
    const hits: string[] = [];
    new Matcher(patterns).scan(text, (s, e, p) => hits.push(text.slice(s, e)));
    assert.deepStrictEqual(hits.sort(), ['PT Pertamina (Persero)', 'U.S.', 'U.S.']);
  });

  test('identical keys report every pattern', () => {
    const hits: number[] = [];
    new Matcher(['AS', 'as']).scan('as', (_s, _e, p) => hits.push(p));
    assert.deepStrictEqual(hits.sort(), [0, 1]);
  });
});
