import * as assert from 'assert';
import { endsWord, fold, isWordAt, slugify, startsWord, stripBom } from '../../src/core/text';

suite('text', () => {
  test('fold keeps the length and removes case, accents, curly apostrophes and dashes', () => {
    const input = 'Xi’an – Erdoğan ÉCOLE';
    const folded = fold(input);
    assert.strictEqual(folded.length, input.length);
    assert.strictEqual(folded, "xi'an - erdogan ecole");
  });

  test('fold leaves surrogate pairs and unknown characters in place', () => {
    const input = 'a😀b𝐀';
    assert.strictEqual(fold(input).length, input.length);
    assert.strictEqual(fold(input).slice(1, 3), '😀');
  });

  test('word boundaries treat hyphens, quotes and punctuation as separators', () => {
    const text = 'Tiongkok-Kazakhstan "China".';
    assert.ok(endsWord(text, 8));
    assert.ok(startsWord(text, 9));
    assert.ok(endsWord(text, 26));
    assert.ok(!endsWord(text, 5));
  });

  test('Indonesian clitics end a word, other letters do not', () => {
    assert.ok(endsWord('Tiongkoknya maju', 8));
    assert.ok(endsWord('Jakartalah.', 7));
    assert.ok(endsWord('Indonesiapun', 9));
    assert.ok(!endsWord('Tiongkokan', 8));
    assert.ok(!endsWord('Tiongkoknya', 8, false));
  });

  test('letters outside the BMP count as word characters', () => {
    assert.ok(isWordAt('𝐀', 0));
    assert.ok(isWordAt('𝐀', 1));
    assert.ok(!isWordAt('😀', 0));
  });

  test('stripBom removes only a leading byte-order mark', () => {
    assert.strictEqual(stripBom('\uFEFFXi'), 'Xi');
    assert.strictEqual(stripBom('Xi\uFEFF'), 'Xi\uFEFF');
  });

  test('slugify makes ASCII ids', () => {
    assert.strictEqual(slugify('Recep Tayyip Erdoğan'), 'recep-tayyip-erdogan');
    assert.strictEqual(slugify('China Road & Bridge Corporation'), 'china-road-and-bridge-corporation');
    assert.strictEqual(slugify("Xi'an"), 'xian');
  });
});
