import * as assert from 'assert';
import { annotate } from '../../src/core/annotate';
import { KnowledgeBase } from '../../src/core/kb/knowledge-base';
import { GIVEN_NAMES } from '../../src/core/lexicon';
import type { KbEntry } from '../../src/core/types';
import { FIXTURE_ENTRIES, spans } from './helpers';

const EXTRA: KbEntry[] = [
  { id: 'place:jakarta', type: 'PLACE', name: 'Jakarta' },
  { id: 'org:indofood', type: 'ORGANIZATION', name: 'Indofood' },
];
const kb = new KnowledgeBase([...FIXTURE_ENTRIES, ...EXTRA]);
const persons = (text: string) => spans(annotate(text, kb)).filter((s) => s.startsWith('PERSON:') || s.startsWith('LEADER:'));

suite('annotate: names with no title before them', () => {
  test('the lexicon has common given names and leaves out common words, titles and places', () => {
    const names = new Set(GIVEN_NAMES);
    for (const name of ['Roger', 'Bambang', 'Siti', 'Muhammad']) assert.ok(names.has(name), name);
    for (const word of ['Will', 'Putri', 'May', 'Jordan', 'Agung', 'Sultan']) assert.ok(!names.has(word), word);
  });

  test('a given name is found with or without its accents, and after the first word of a sentence', () => {
    assert.deepStrictEqual(persons('Penyerang José Mourinho dan Jose Pereira hadir. ROGER FEDERER tidak.'), ['PERSON:José Mourinho', 'PERSON:Jose Pereira']);
  });

  test('a given name and the name words after it are a PERSON, and its surname names them later', () => {
    assert.deepStrictEqual(persons('Di perempat final ia akan bertemu dengan Roger Federer. Federer kalah sekali tahun ini.'), [
      'PERSON:Roger Federer', 'PERSON:Federer',
    ]);
    assert.deepStrictEqual(persons('The final between Rafael Nadal and Roger Federer was close.'), ['PERSON:Rafael Nadal', 'PERSON:Roger Federer']);
  });

  test('at the start of a sentence, and after a known country', () => {
    assert.deepStrictEqual(persons('Bambang Wuryanto hadir di Jakarta. Pebalap Indonesia Rio Haryanto finis ketujuh.'), [
      'PERSON:Bambang Wuryanto', 'PERSON:Rio Haryanto',
    ]);
  });

  test('one given name alone is not enough, but before a verb of saying it is a speaker', () => {
    assert.deepStrictEqual(persons('Di lapangan, Roger berlari ke gawang.'), []);
    assert.deepStrictEqual(persons('Harga naik. Taufik mengatakan stok cukup. Pemerintah mengatakan hal yang sama.'), ['PERSON:Taufik']);
  });

  test('a speaker named by one given name is the person named in full before', () => {
    assert.deepStrictEqual(annotate('Hal itu disampaikan Taufik Hidayat, pengamat pasar. Taufik menambahkan stok cukup.', kb).map((m) => `${m.text}=${m.entity.id}`), [
      'Taufik Hidayat=person:taufik-hidayat', 'Taufik=person:taufik-hidayat',
    ]);
  });

  test('the name someone goes by', () => {
    assert.deepStrictEqual(persons('Ridwan Kamil, yang akrab disapa Emil, hadir.'), ['PERSON:Ridwan Kamil', 'PERSON:Emil']);
  });

  test('a given name inside a longer capitalized run belongs to that name', () => {
    // `Kampus Budi Luhur`, `Hotel Ahmad Yani`: the run starts at another word.
    assert.deepStrictEqual(persons('Acara itu digelar di Kampus Sinar Budi Luhur pada Senin.'), []);
    assert.deepStrictEqual(persons('Ia kuliah di Ahmad Dahlan University sejak 2019.'), []);
  });

  test('a known name or a company word stops it', () => {
    assert.deepStrictEqual(persons('Ia bekerja di pabrik Indofood Sukses Makmur.'), []);
    assert.deepStrictEqual(persons('Saham Andi Teknologi naik.'), []);
  });

  test('a figure of speech is no name', () => {
    assert.deepStrictEqual(persons('Dewi Fortuna tidak berpihak kepada tim tamu.'), []);
  });

  test('headlines in title case are left alone', () => {
    assert.deepStrictEqual(persons('Bambang Santoso Terpilih Jadi Ketua Umum Baru\n\nJAKARTA - Ketua umum yang baru dipilih hari ini.'), []);
  });

  test("names listed with a person's name are people too", () => {
    assert.deepStrictEqual(persons('Hanya ada Elkan Baggott, Shayne Pattynama, Rafael Struick, dan Jordi Amat di skuad itu.'), [
      'PERSON:Elkan Baggott', 'PERSON:Shayne Pattynama', 'PERSON:Rafael Struick', 'PERSON:Jordi Amat',
    ]);
    // A known name, a title or a one-word item ends the list.
    assert.deepStrictEqual(persons('Rafael Struick, Jakarta, dan Persija Utama hadir. Rafael Struick dan Presiden Xi Jinping bertemu.'), [
      'PERSON:Rafael Struick', 'PERSON:Rafael Struick', 'LEADER:Xi Jinping',
    ]);
  });

  test('names listed with the body each is from', () => {
    assert.deepStrictEqual(persons('Mereka adalah Kahar Muzakir dari Indofood, Rafael Struick dari Indofood, dan Cucun Syamsurizal dari Indofood.'), [
      'PERSON:Kahar Muzakir',
      'PERSON:Rafael Struick',
      'PERSON:Cucun Syamsurizal',
    ]);
  });

  test('names listed with their party in brackets', () => {
    assert.deepStrictEqual(persons('Wakilnya Bambang Wuryanto (FPDIP), Syaifullah Tamliha (FPPP), dan Dossy Iskandar (FHanura).'), [
      'PERSON:Bambang Wuryanto',
      'PERSON:Syaifullah Tamliha',
      'PERSON:Dossy Iskandar',
    ]);
  });

  test('a pair of candidates joined by a hyphen is two persons; hyphenated names stay whole', () => {
    assert.deepStrictEqual(persons('Pasangan yang mendaftar yakni Fahmi Fadli-Ikhwan Antasari dan Madri Pani-Agus Wahyudi.'), [
      'PERSON:Fahmi Fadli',
      'PERSON:Ikhwan Antasari',
      'PERSON:Madri Pani',
      'PERSON:Agus Wahyudi',
    ]);
    assert.deepStrictEqual(persons('Wakil Presiden Aidarous Al-Zoubaidi dan Presiden Taye Atske-Selassie hadir.'), ['LEADER:Aidarous Al-Zoubaidi', 'LEADER:Taye Atske-Selassie']);
  });

  test("a doubles partner joined by a slash to a person's name is a person too", () => {
    assert.deepStrictEqual(persons('Yang belum bertanding yaitu Tontowi Ahmad/Liliyana Natsir dan Ronald Alexander/Melati Daeva Oktavianti.'), [
      'PERSON:Tontowi Ahmad',
      'PERSON:Liliyana Natsir',
      'PERSON:Ronald Alexander',
      'PERSON:Melati Daeva Oktavianti',
    ]);
    // Nothing joins a person to an outlet or an office.
    assert.deepStrictEqual(persons('Foto: Bambang Santoso/Xinhua. Bambang Santoso/Wakil Ketua hadir.'), ['PERSON:Bambang Santoso', 'PERSON:Bambang Santoso']);
  });
});
