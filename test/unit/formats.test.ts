import * as assert from 'assert';
import { annotate } from '../../src/core/annotate';
import { type AnnotatedDocument, checkMentionText, fromBrat, fromConll, fromCsv, fromJsonl, toBrat, toConll, toCsv, toDoccanoJsonl, toJsonl } from '../../src/core/formats';
import type { Mention } from '../../src/core/types';
import { fixtureKb } from './helpers';

const kb = fixtureKb();
const TEXTS = [
  'Presiden Tiongkok Xi Jinping bertemu Presiden Kassym-Jomart Tokayev.\nKedua negara, Tiongkok-Kazakhstan, sepakat.',
  '😀 Emoji sebelum nama: Xi Jinping, "Asia Tengah", dan PBB, 2024.\r\nBaris kedua dengan Xinhua/Liu Bin.',
  'Kalimat tanpa entitas sama sekali.',
];

function documents(): AnnotatedDocument[] {
  return TEXTS.map((text, i) => ({ file: `dir/${i}.txt`, text, mentions: annotate(text, kb) }));
}

const spanOf = (m: Mention) => ({ start: m.start, end: m.end, text: m.text, type: m.type });

suite('formats', () => {
  test('fixture documents have mentions to round-trip, including one after an emoji', () => {
    const docs = documents();
    assert.ok(docs[0].mentions.length >= 5);
    assert.ok(docs[1].mentions.some((m) => m.text === 'Xi Jinping' && m.start === 23));
  });

  test('JSONL round-trips every field', () => {
    const docs = documents();
    const back = fromJsonl(toJsonl(docs));
    for (const doc of docs) {
      assert.deepStrictEqual(back.get(doc.file) ?? [], doc.mentions);
      for (const m of doc.mentions) checkMentionText(doc.text, m);
    }
  });

  test('doccano JSONL carries text and labels', () => {
    const docs = documents();
    const back = fromJsonl(toDoccanoJsonl(docs));
    for (const doc of docs) assert.deepStrictEqual((back.get(doc.file) ?? []).map(spanOf), doc.mentions.map(spanOf));
  });

  test('CSV round-trips, with quotes, commas and line breaks in fields', () => {
    const docs = documents();
    docs[0].mentions[0].entity = { id: 'x:1', name: 'A "quoted", name\nwith a break' };
    const back = fromCsv(toCsv(docs));
    for (const doc of docs) assert.deepStrictEqual(back.get(doc.file) ?? [], doc.mentions);
  });

  test('brat uses code-point offsets and round-trips to UTF-16 ones', () => {
    const doc = documents()[1];
    const ann = toBrat(doc);
    const xi = doc.mentions.find((m) => m.text === 'Xi Jinping')!;
    assert.ok(ann.includes(`LEADER ${xi.start - 1} ${xi.end - 1}\tXi Jinping`), ann);
    const back = fromBrat(ann, doc.text);
    assert.deepStrictEqual(back.map(spanOf), doc.mentions.map(spanOf));
    assert.deepStrictEqual(back.map((m) => m.entity), doc.mentions.map((m) => m.entity));
  });

  test('CoNLL has DOCSTART, blank lines between sentences, BIO tags, and round-trips', () => {
    const docs = documents();
    const conll = toConll(docs);
    assert.strictEqual(conll.split('\n').filter((l) => l.startsWith('-DOCSTART-')).length, 3);
    assert.ok(conll.includes('Xi -X- -X- B-LEADER\nJinping -X- -X- I-LEADER\n'));
    assert.ok(conll.includes('Tiongkok -X- -X- B-COUNTRY\n- -X- -X- O\nKazakhstan -X- -X- B-COUNTRY\n'));
    assert.ok(/\n\n/.test(conll.split('-DOCSTART-')[1].trim()), 'sentences are separated');
    const back = fromConll(conll, TEXTS);
    back.forEach((doc, i) => assert.deepStrictEqual(doc.mentions.map(spanOf), docs[i].mentions.map(spanOf)));
  });

  test('CoNLL without the texts rebuilds text whose spans hold the same words', () => {
    const docs = documents();
    const back = fromConll(toConll(docs));
    back.forEach((doc, i) => {
      assert.deepStrictEqual(doc.mentions.map((m) => `${m.type}:${m.text}`), docs[i].mentions.map((m) => `${m.type}:${m.text}`));
      for (const m of doc.mentions) checkMentionText(doc.text, m);
    });
  });

  test('malformed input names the line', () => {
    assert.throws(() => fromJsonl('{"file":"a","start":0,"end":2,"text":"Xi","type":"LEADER"}\n{oops'), /line 2/);
    assert.throws(() => fromJsonl('{"file":"a","start":0,"end":2,"text":"Xi","type":"KING"}'), /unknown entity type "KING"/);
    assert.throws(() => fromCsv('file,start\na,1'), /missing column/);
    assert.throws(() => fromConll('Xi B-RULER'), /unknown entity type/);
  });
});
