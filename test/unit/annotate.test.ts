import * as assert from 'assert';
import { annotate } from '../../src/core/annotate';
import { KnowledgeBase } from '../../src/core/kb/knowledge-base';
import { FIXTURE_ENTRIES, fixtureKb, spans } from './helpers';

suite('annotate: gazetteer', () => {
  const kb = fixtureKb();

  test('offsets index the text and link the entity', () => {
    const text = 'Presiden Tiongkok Xi Jinping tiba.';
    const [country, leader] = annotate(text, kb);
    assert.deepStrictEqual(country, { start: 9, end: 17, text: 'Tiongkok', type: 'COUNTRY', entity: { id: 'country:CN', name: 'China' }, source: 'kb' });
    assert.strictEqual(text.slice(leader.start, leader.end), 'Xi Jinping');
    assert.deepStrictEqual(leader.entity, { id: 'leader:xi-jinping', name: 'Xi Jinping' });
  });

  test('hyphenated pairs are two mentions', () => {
    assert.deepStrictEqual(spans(annotate('hubungan Tiongkok-Kazakhstan dan China–Asia Tengah', kb)), [
      'COUNTRY:Tiongkok', 'COUNTRY:Kazakhstan', 'COUNTRY:China', 'PLACE:Asia Tengah',
    ]);
  });

  test('clitics stay outside the span', () => {
    assert.deepStrictEqual(spans(annotate('ekonomi Tiongkoknya tumbuh', kb)), ['COUNTRY:Tiongkok']);
  });

  test('names inside longer words are not matched', () => {
    assert.deepStrictEqual(spans(annotate('Tiongkokan, Asiatik, ChinaTown', kb)), []);
  });

  test('acronyms match only in their own case', () => {
    assert.deepStrictEqual(spans(annotate('Ia datang as usual ke AS, bukan ke As.', kb)), ['COUNTRY:AS']);
    assert.deepStrictEqual(spans(annotate('pbb dan PBB', kb)), ['ORGANIZATION:PBB']);
  });

  test('names match in capitals (datelines, headlines) but organizations not in lower case', () => {
    assert.deepStrictEqual(spans(annotate("XI'AN, 18 Mei (Xinhua) -- XINHUA", kb)), ["PLACE:XI'AN", 'ORGANIZATION:Xinhua', 'ORGANIZATION:XINHUA']);
    assert.deepStrictEqual(spans(annotate('kantor berita xinhua', kb)), []);
  });

  test('curly apostrophes and dashes match their plain forms', () => {
    assert.deepStrictEqual(spans(annotate('Kota Xi’an', kb)), ['PLACE:Xi’an']);
  });

  test('the longest, leftmost match wins and spans never overlap', () => {
    assert.deepStrictEqual(spans(annotate('negara Asia Tengah', kb)), ['PLACE:Asia Tengah']);
    assert.deepStrictEqual(spans(annotate('Republik Rakyat Tiongkok', kb)), ['COUNTRY:Republik Rakyat Tiongkok']);
  });

  test('language names are not countries', () => {
    assert.deepStrictEqual(spans(annotate('dalam bahasa Inggris dan Inggris', kb)), ['COUNTRY:Inggris']);
  });

  test('a user entry wins over a bundled one with the same alias', () => {
    const user = kb.withUserEntries([{ id: 'org:asia-club', type: 'ORGANIZATION', name: 'Asia' }]);
    const [mention] = annotate('di Asia', user);
    assert.strictEqual(mention.entity.id, 'org:asia-club');
  });

  test('offsets count UTF-16 units: emoji and CRLF before a name', () => {
    const text = '😀👍🏽\r\nXi Jinping';
    const [mention] = annotate(text, kb);
    assert.strictEqual(mention.start, 8);
    assert.strictEqual(text.slice(mention.start, mention.end), 'Xi Jinping');
  });
});

suite('annotate: context rules', () => {
  const kb = fixtureKb();

  test('a title before an unknown capitalized name makes a LEADER', () => {
    const mentions = annotate('Perdana Menteri Kazakhstan Olzhas Bektenov bertemu Presiden Joko Widodo.', kb);
    const leaders = mentions.filter((m) => m.type === 'LEADER');
    assert.deepStrictEqual(leaders.map((m) => m.text), ['Olzhas Bektenov', 'Joko Widodo']);
    assert.strictEqual(leaders[0].source, 'rule');
    assert.strictEqual(leaders[0].entity.id, 'leader:olzhas-bektenov');
  });

  test('portfolio words and a country between title and name stay outside', () => {
    const mentions = annotate('Menteri Luar Negeri Tiongkok Wang Yi dan Menlu Sugiono', kb);
    assert.deepStrictEqual(spans(mentions), ['COUNTRY:Tiongkok', 'LEADER:Wang Yi', 'LEADER:Sugiono']);
  });

  test('English titles, possessives and "of" phrases', () => {
    const mentions = annotate("China's Foreign Minister Wang Yi met Secretary of State Marco Rubio and UN Secretary-General Antonio Guterres.", kb);
    assert.deepStrictEqual(spans(mentions).filter((s) => s.startsWith('LEADER')), ['LEADER:Wang Yi', 'LEADER:Marco Rubio', 'LEADER:Antonio Guterres']);
  });

  test('spokespersons and quoted speakers are PERSON', () => {
    const mentions = annotate('"Kami siap," kata Budi Santoso. Juru bicara Lin Jian menambahkan.', kb);
    assert.deepStrictEqual(spans(mentions), ['PERSON:Budi Santoso', 'PERSON:Lin Jian']);
  });

  test('organization heads take the capitalized words and a country that follow', () => {
    const mentions = annotate('Kementerian Luar Negeri Tiongkok dan kementerian luar negeri Tiongkok', kb);
    assert.deepStrictEqual(spans(mentions), ['ORGANIZATION:Kementerian Luar Negeri Tiongkok', 'COUNTRY:Tiongkok']);
  });

  test('organization suffixes look back over capitalized words', () => {
    const mentions = annotate('proyek oleh China Road & Bridge Corporation dan the Communist Party of China.', kb);
    assert.deepStrictEqual(spans(mentions), ['ORGANIZATION:China Road & Bridge Corporation', 'ORGANIZATION:Communist Party of China']);
  });

  test('place designators stay outside the place', () => {
    assert.deepStrictEqual(spans(annotate('di Provinsi Shaanxi dan Kabupaten Bogor', kb)), ['PLACE:Shaanxi', 'PLACE:Bogor']);
  });

  test('an acronym in brackets names its long form and later recurrences', () => {
    const text = 'Organisasi Kerja Sama Shanghai (SCO) bertemu. Para anggota SCO sepakat.';
    const mentions = annotate(text, kb);
    assert.deepStrictEqual(spans(mentions), ['ORGANIZATION:Organisasi Kerja Sama Shanghai', 'ORGANIZATION:SCO', 'ORGANIZATION:SCO']);
    assert.ok(mentions.every((m) => m.entity.id === mentions[0].entity.id));
  });

  test('an acronym after an unknown capitalized name is checked against its initials', () => {
    const text = 'Komite Olahraga Nasional Indonesia (KONI) dan Rapat Umum (XYZ)';
    assert.deepStrictEqual(spans(annotate(text, kb)), ['ORGANIZATION:Komite Olahraga Nasional Indonesia', 'ORGANIZATION:KONI']);
  });

  test('a long form found by a rule takes the entity of its known acronym', () => {
    const withUstr = kb.withUserEntries([{ id: 'org:ustr', type: 'ORGANIZATION', name: 'Office of the United States Trade Representative', aliases: ['USTR'] }]);
    const mentions = annotate('Kantor Perwakilan Dagang Amerika Serikat (USTR) menolak.', withUstr);
    assert.deepStrictEqual(mentions.map((m) => [m.text, m.entity.id]), [['Kantor Perwakilan Dagang Amerika Serikat', 'org:ustr'], ['USTR', 'org:ustr']]);
  });

  test('events before an acronym are not organizations', () => {
    assert.deepStrictEqual(spans(annotate('Konferensi Tingkat Tinggi Asia Pasifik (KTTAP) dibuka', kb)).filter((s) => s.startsWith('ORG')), []);
  });

  test('photo credits name a PERSON after the agency', () => {
    assert.deepStrictEqual(spans(annotate('(Xinhua/Liu Bin)', kb)), ['ORGANIZATION:Xinhua', 'PERSON:Liu Bin']);
    // An Indonesian agency's credit: agency FOTO/photographer/editors' initials.
    assert.deepStrictEqual(spans(annotate('Warga antre di Shanghai. XINHUA FOTO/Raisan Al Farisi/app/foc.', kb)), ['PLACE:Shanghai', 'ORGANIZATION:XINHUA', 'PERSON:Raisan Al Farisi']);
    assert.deepStrictEqual(spans(annotate('(Xinhua Photo/Li Xin)', kb)), ['ORGANIZATION:Xinhua', 'PERSON:Li Xin']);
  });

  test('appositions: an age in brackets or commas, or a role after a comma', () => {
    const text = 'Nurhayati (52), warga desa, mengungsi. Olena Martynenko, 61, said so. Dmitry Peskov, spokesman for the Kremlin.';
    assert.deepStrictEqual(spans(annotate(text, kb)), ['PERSON:Nurhayati', 'PERSON:Olena Martynenko', 'PERSON:Dmitry Peskov']);
  });

  test('descriptions of ordinary people need a two-word name: demonyms stay out', () => {
    assert.deepStrictEqual(spans(annotate('warga Tionghoa dan warga Budi Santoso', kb)), ['PERSON:Budi Santoso']);
  });

  test('facilities keep their head word; a known place may close the name', () => {
    const text = 'di Bandara Internasional Juanda, Kilang Shanghai dan Heathrow Airport.';
    assert.deepStrictEqual(spans(annotate(text, kb)), ['PLACE:Bandara Internasional Juanda', 'PLACE:Kilang Shanghai', 'PLACE:Heathrow Airport']);
  });

  test('a compass word after a known place makes a longer place', () => {
    assert.deepStrictEqual(spans(annotate('di Shanghai Selatan dan Tiongkok Timur', kb)), ['PLACE:Shanghai Selatan', 'PLACE:Tiongkok Timur']);
  });

  test('the longest title decides the type', () => {
    assert.deepStrictEqual(spans(annotate('Press Secretary Karoline Leavitt and Secretary Marco Rubio', kb)), ['PERSON:Karoline Leavitt', 'LEADER:Marco Rubio']);
  });

  test('initials without points and role words inside a name', () => {
    assert.deepStrictEqual(spans(annotate('Gubernur Basuki T Purnama dan Menag Lukman Hakim Saefuddin, kata JA Barata.', kb)), [
      'LEADER:Basuki T Purnama', 'LEADER:Lukman Hakim Saefuddin', 'PERSON:JA Barata',
    ]);
  });

  test('a portfolio after a title is no place designator', () => {
    assert.deepStrictEqual(spans(annotate('Menteri Desa Marwan Jafar dan warga Desa Sukamaju', kb)), ['LEADER:Marwan Jafar', 'PLACE:Sukamaju']);
  });

  test('an acronym after a name that ends a longer capitalized phrase is not that name', () => {
    const text = 'Perjanjian Kemitraan Indonesia-Uni Eropa (IEU-CEPA) dan Regulasi Deforestasi Uni Eropa (EUDR).';
    const eu = kb.withUserEntries([{ id: 'org:european-union', type: 'ORGANIZATION', name: 'European Union', aliases: ['Uni Eropa'] }]);
    assert.ok(!spans(annotate(text, eu)).some((s) => s.endsWith('EUDR') || s.endsWith('IEU-CEPA')));
  });

  test('a head word inside a known name starts no other name; capitalized descriptions are no titles', () => {
    const world = kb.withUserEntries([{ id: 'org:world-bank', type: 'ORGANIZATION', name: 'World Bank', aliases: ['Bank Dunia'] }]);
    assert.deepStrictEqual(spans(annotate('mantan Direktur Pelaksana Bank Dunia itu', world)), ['ORGANIZATION:Bank Dunia']);
    assert.deepStrictEqual(spans(annotate('Gabungan Pengusaha Kelapa Sawit Indonesia (Gapki) menolak.', kb)), [
      'ORGANIZATION:Gabungan Pengusaha Kelapa Sawit Indonesia', 'ORGANIZATION:Gapki',
    ]);
  });

  test('currencies and language names are not countries', () => {
    assert.deepStrictEqual(spans(annotate('US$ 5 juta, dolar AS, bahasa Inggris', kb)), ['COUNTRY:AS']);
  });

  test("an alias shared by entries of two countries names the one of the article's countries", () => {
    const shared = new KnowledgeBase([
      ...FIXTURE_ENTRIES,
      { id: 'country:PK', type: 'COUNTRY', name: 'Pakistan' },
      { id: 'org:united-development-party', type: 'ORGANIZATION', name: 'United Development Party', aliases: ['PPP'], country: 'ID' },
      { id: 'org:pakistan-peoples-party', type: 'ORGANIZATION', name: 'Pakistan Peoples Party', aliases: ['PPP'], country: 'PK' },
    ]);
    const ids = (text: string) => annotate(text, shared).filter((m) => m.text === 'PPP').map((m) => m.entity.id);
    assert.deepStrictEqual(ids('Di Pakistan, PPP menang. Pakistan berduka.'), ['org:pakistan-peoples-party']);
    assert.deepStrictEqual(ids('Kader PPP di Jakarta berkumpul.'), ['org:united-development-party']);
    assert.deepStrictEqual(ids('PPP dan Pakistan People\'s Party: PPP.'), ['org:pakistan-peoples-party', 'org:pakistan-peoples-party']);
    // Entries of different types too: a district of Jakarta, or Brazil's minister.
    const tebet = new KnowledgeBase([
      ...FIXTURE_ENTRIES,
      { id: 'place:tebet', type: 'PLACE', name: 'Tebet', country: 'ID' },
      { id: 'leader:simone-tebet', type: 'LEADER', name: 'Simone Tebet', aliases: ['Tebet'], country: 'BR' },
      { id: 'place:south-jakarta', type: 'PLACE', name: 'South Jakarta', aliases: ['Jakarta Selatan'], country: 'ID' },
      { id: 'place:brasilia', type: 'PLACE', name: 'Brasília', country: 'BR' },
    ]);
    const tebets = (text: string) => annotate(text, tebet).filter((m) => m.text === 'Tebet').map((m) => `${m.type} ${m.entity.id}`);
    assert.deepStrictEqual(tebets('Banjir melanda Tebet, Jakarta Selatan.'), ['PLACE place:tebet']);
    assert.deepStrictEqual(tebets('Di Brasília, Tebet berbicara.'), ['LEADER leader:simone-tebet']);
    // A workspace's own entry with the alias wins wherever the article is.
    const own = shared.withUserEntries([{ id: 'org:ppp-club', type: 'ORGANIZATION', name: 'PPP Club', aliases: ['PPP'], country: 'PK' }]);
    assert.deepStrictEqual(annotate('Di Pakistan, PPP menang.', own).filter((m) => m.text === 'PPP').map((m) => m.entity.id), ['org:ppp-club']);
  });

  test("the initials a report gives suspects are no mentions; a list of known acronyms stays", () => {
    assert.deepStrictEqual(spans(annotate('Tersangka berinisial AS ditahan. Mereka adalah HAR, NI, AS, SW dan YEP. Warga AS dan RRT.', kb)), [
      'COUNTRY:AS',
      'COUNTRY:RRT',
    ]);
    assert.deepStrictEqual(spans(annotate('Wakil dari AS, RRT, Kazakhstan dan AS hadir.', kb)), ['COUNTRY:AS', 'COUNTRY:RRT', 'COUNTRY:Kazakhstan', 'COUNTRY:AS']);
  });

  test('an unknown dateline place in capitals', () => {
    assert.deepStrictEqual(spans(annotate('ALMATY, 3 Juli (Xinhua) -- Kazakhstan', kb)), ['PLACE:ALMATY', 'ORGANIZATION:Xinhua', 'COUNTRY:Kazakhstan']);
  });

  test("a dateline's outlet next to its place, before a dash; not a day's name or a titled name", () => {
    assert.deepStrictEqual(spans(annotate('ALMATY, DDTCNews – Pajak naik.\nWAHANANEWS.CO, Kazakhstan - Harga turun.\nALMATY, Senin (1/12) - Hujan.\nALMATY, Presiden Baru – hadir.', kb)), [
      'PLACE:ALMATY',
      'ORGANIZATION:DDTCNews',
      'ORGANIZATION:WAHANANEWS.CO',
      'COUNTRY:Kazakhstan',
      'PLACE:ALMATY',
      'PLACE:ALMATY',
    ]);
  });
});

suite('annotate: coreference', () => {
  const kb = fixtureKb();

  test("a company named in full is named again by its distinctive first word", () => {
    const withCompanies = new KnowledgeBase([
      ...FIXTURE_ENTRIES,
      { id: 'org:nippon-steel', type: 'ORGANIZATION', name: 'Nippon Steel', description: 'Japanese steelmaker', country: 'JP' },
      { id: 'org:walt-disney-company', type: 'ORGANIZATION', name: 'Walt Disney Company', aliases: ['Disney'], description: 'American media company', country: 'US' },
    ]);
    const found = annotate('Nippon Steel bought it. Nippon will invest, Walt Disney Company said; Walt spoke.', withCompanies);
    assert.deepStrictEqual(found.map((m) => `${m.text}=${m.entity.id}`), ['Nippon Steel=org:nippon-steel', 'Nippon=org:nippon-steel', 'Walt Disney Company=org:walt-disney-company']);
  });

  test('the name a person goes by is that person, of the same type', () => {
    const found = annotate('Presiden Tiongkok Liu Bin, yang akrab disapa Bambang Santoso, hadir. Ahmad Wuryanto alias Ahmad Pacul datang.', kb);
    assert.deepStrictEqual(found.filter((m) => m.type !== 'COUNTRY').map((m) => `${m.type}:${m.text}:${m.entity.id}`), [
      'LEADER:Liu Bin:leader:liu-bin',
      'LEADER:Bambang Santoso:leader:liu-bin',
      'PERSON:Ahmad Wuryanto:person:ahmad-wuryanto',
      'PERSON:Ahmad Pacul:person:ahmad-wuryanto',
    ]);
  });

  test('a later surname resolves to the person named in full', () => {
    const text = 'Presiden Kassym-Jomart Tokayev menyambut Xi Jinping. Tokayev dan Xi berbicara.';
    const mentions = annotate(text, kb);
    assert.deepStrictEqual(spans(mentions), ['LEADER:Kassym-Jomart Tokayev', 'LEADER:Xi Jinping', 'LEADER:Tokayev', 'LEADER:Xi']);
    assert.strictEqual(mentions[2].entity.id, 'leader:kassym-jomart-tokayev');
  });

  test('a rule-found person is resolved too, and a shared surname is left alone', () => {
    const text = 'Juru bicara Lin Jian berkata. Lin menambahkan.';
    assert.deepStrictEqual(spans(annotate(text, kb)), ['PERSON:Lin Jian', 'PERSON:Lin']);
    const ambiguous = 'Kata Menteri Kim Jong Dae dan Menteri Kim Yong Ho. Kim pergi.';
    assert.ok(!spans(annotate(ambiguous, kb)).includes('LEADER:Kim'));
  });

  test('options switch rules and coreference off, and filter types', () => {
    const text = 'Presiden Joko Widodo. Widodo dan Tiongkok.';
    assert.deepStrictEqual(spans(annotate(text, kb, { rules: false })), ['COUNTRY:Tiongkok']);
    assert.deepStrictEqual(spans(annotate(text, kb, { coreference: false })), ['LEADER:Joko Widodo', 'COUNTRY:Tiongkok']);
    assert.deepStrictEqual(spans(annotate(text, kb, { types: ['LEADER'] })), ['LEADER:Joko Widodo', 'LEADER:Widodo']);
  });
});

suite('annotate: invariants on arbitrary input', () => {
  const kb = new KnowledgeBase(FIXTURE_ENTRIES);
  const pieces = [
    'Xi Jinping', 'Tiongkok', 'AS', 'as', 'PBB', '(', ')', 'Presiden ', 'Kementerian ', 'Luar Negeri ', '-', '–', "'", '’',
    ' ', '\n', '\r\n', '😀', '\uD800', '\uDC00', 'é', 'e\u0301', 'نص', '中国', 'nya', 'Asia Tengah', 'Kota ', '.', ',', '"',
    'Corporation', '&', 'kata ', 'Lin', '/', '\u0000', '\uFEFF', 'Ab', 'Zz Yy', 'XI', 'Xi',
  ];

  test('never throws; spans are in range, sorted, non-overlapping and equal the slice', () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    for (let round = 0; round < 400; round++) {
      let text = '';
      const length = Math.floor(random() * 60);
      for (let i = 0; i < length; i++) {
        text += random() < 0.8 ? pieces[Math.floor(random() * pieces.length)] : String.fromCharCode(Math.floor(random() * 0x10000));
      }
      const mentions = annotate(text, kb);
      let lastEnd = 0;
      for (const m of mentions) {
        assert.ok(m.start >= lastEnd && m.start < m.end && m.end <= text.length, `bad span ${JSON.stringify(m)} in ${JSON.stringify(text)}`);
        assert.strictEqual(m.text, text.slice(m.start, m.end));
        lastEnd = m.end;
      }
      assert.deepStrictEqual(annotate(text, kb), mentions, 'annotate is deterministic');
    }
  });
});
