import * as assert from 'assert';
import { annotate } from '../../src/core/annotate';
import { KnowledgeBase } from '../../src/core/kb/knowledge-base';
import type { KbEntry } from '../../src/core/types';
import { FIXTURE_ENTRIES, spans } from './helpers';

/** Entries these rules meet: a known ministry, a city that is also a given name, an acronym with two bearers. */
const EXTRA: KbEntry[] = [
  { id: 'org:ministry-of-foreign-affairs-of-china', type: 'ORGANIZATION', name: 'Ministry of Foreign Affairs of China', aliases: ['Kementerian Luar Negeri Tiongkok'] },
  { id: 'place:kunming', type: 'PLACE', name: 'Kunming' },
  { id: 'place:guangdong', type: 'PLACE', name: 'Guangdong' },
  { id: 'leader:wang-yi', type: 'LEADER', name: 'Wang Yi', country: 'CN' },
  { id: 'org:national-standardization-agency-of-indonesia', type: 'ORGANIZATION', name: 'National Standardization Agency of Indonesia', aliases: ['Badan Standardisasi Nasional', 'BSN'] },
  { id: 'org:chinese-academy-of-sciences', type: 'ORGANIZATION', name: 'Chinese Academy of Sciences' },
  { id: 'org:court-of-arbitration-for-sport', type: 'ORGANIZATION', name: 'Court of Arbitration for Sport', aliases: ['CAS'] },
  { id: 'org:chinese-people-s-political-consultative-conference', type: 'ORGANIZATION', name: "Chinese People's Political Consultative Conference", aliases: ['CPPCC'] },
  { id: 'place:tibet', type: 'PLACE', name: 'Tibet' },
  { id: 'org:bappenas', type: 'ORGANIZATION', name: 'Bappenas', country: 'ID' },
  { id: 'org:republika', type: 'ORGANIZATION', name: 'Republika', country: 'ID' },
  { id: 'country:ID', type: 'COUNTRY', name: 'Indonesia', aliases: ['RI'] },
  { id: 'org:national-disaster-management-agency', type: 'ORGANIZATION', name: 'National Disaster Management Agency', aliases: ['Badan Nasional Penanggulangan Bencana', 'BNPB'], country: 'ID' },
  { id: 'org:indonesian-national-police', type: 'ORGANIZATION', name: 'Indonesian National Police', aliases: ['Kepolisian Republik Indonesia', 'Polri'], country: 'ID' },
  { id: 'org:gerindra', type: 'ORGANIZATION', name: 'Gerindra', country: 'ID', description: 'Indonesian political party' },
  { id: 'org:renmin-university-of-china', type: 'ORGANIZATION', name: 'Renmin University of China', aliases: ['Universitas Renmin Tiongkok'] },
];
const kb = new KnowledgeBase([...FIXTURE_ENTRIES, ...EXTRA]);
const ids = (text: string) => annotate(text, kb).map((m) => `${m.text}=${m.entity.id}`);

suite('annotate: context rules around known names', () => {
  test('a known organization at a head word does not run on into the name after it', () => {
    assert.deepStrictEqual(spans(annotate('Juru bicara Kementerian Luar Negeri Tiongkok Guo Jiakun mengatakan bahwa Tiongkok menolak.', kb)), [
      'ORGANIZATION:Kementerian Luar Negeri Tiongkok', 'PERSON:Guo Jiakun', 'COUNTRY:Tiongkok',
    ]);
  });

  test('a one-word place after a given name is the rest of the name', () => {
    assert.deepStrictEqual(spans(annotate('Sekretaris Provinsi Guangdong Huang Kunming mengunjungi Kunming.', kb)), [
      'PLACE:Guangdong', 'PERSON:Huang Kunming', 'PLACE:Kunming',
    ]);
  });

  test("units of armed forces and offices after a title are no person's name; a command is a body", () => {
    const typed = (text: string) => spans(annotate(text, kb));
    assert.deepStrictEqual(typed('Mereka akan menjadi Komandan Peleton, dihadiri Komandan Skadron dan Direktur Latihan.'), []);
    assert.deepStrictEqual(typed('Kepala Dinas Pimpin Penanganan Longsor'), []);
    assert.deepStrictEqual(typed('Panglima Komando Armada Indonesia Laksamana Madya Denih Hendrata hadir.'), ['ORGANIZATION:Komando Armada Indonesia', 'PERSON:Denih Hendrata']);
    // A numbered unit goes on after its slash; an embassy or consulate takes its city.
    assert.deepStrictEqual(typed('Prajurit Kodim 0405/Lahat hadir di Makodam IX/ Udayana.'), ['ORGANIZATION:Kodim 0405/Lahat', 'PLACE:Makodam IX/ Udayana']);
    assert.deepStrictEqual(typed('KBRI Jakarta dan KJRI Jakarta membuka posko, kata pihak KBRI.'), ['ORGANIZATION:KBRI Jakarta', 'ORGANIZATION:KJRI Jakarta']);
    // A kind of command, in every province, is no one body.
    assert.deepStrictEqual(typed('Setiap provinsi akan memiliki Komando Daerah Militer sendiri.'), []);
  });

  test("an index's acronym names no body; a company's legal forms are part of its name", () => {
    const typed = (text: string) => spans(annotate(text, kb));
    assert.deepStrictEqual(typed('Indeks Harga Saham Gabungan (IHSG) naik, dan saham PT Sinar Jaya Abadi (Persero) Tbk (SJAA) turun. IHSG ditutup menguat.'), [
      'ORGANIZATION:PT Sinar Jaya Abadi (Persero) Tbk',
      'ORGANIZATION:SJAA',
    ]);
    assert.deepStrictEqual(typed('The Jakarta Composite Index (JCI) rose, and the JCI fell.'), []);
    // A country in brackets after an index is the country's.
    assert.deepStrictEqual(typed('The TW Weighted Index (Indonesia) fell.'), ['COUNTRY:Indonesia']);
  });

  test('a short form is not taken when another name word follows it', () => {
    assert.deepStrictEqual(ids('Menlu Wang Yi tiba. Profesor di Universitas Renmin Tiongkok Wang Yiwei menilai.'), [
      'Wang Yi=leader:wang-yi', 'Universitas Renmin Tiongkok=org:renmin-university-of-china', 'Wang Yiwei=person:wang-yiwei',
    ]);
    // Two people called Wang: a bare `Wang` is neither of them.
    assert.deepStrictEqual(ids('Menlu Wang Yi tiba. Profesor Wang Yiwei menilai. Wang mengatakan.'), [
      'Wang Yi=leader:wang-yi', 'Wang Yiwei=person:wang-yiwei', 'Wang=person:wang',
    ]);
    assert.deepStrictEqual(ids('Menlu Wang Yi tiba. Wang mengatakan.'), ['Wang Yi=leader:wang-yi', 'Wang=leader:wang-yi']);
  });

  test("an article's own acronym definition names its body, not the knowledge base's bearer", () => {
    assert.deepStrictEqual(ids('Biro Statistik Nasional (BSN) Tiongkok melaporkan. Data BSN naik.'), [
      'Biro Statistik Nasional=org:biro-statistik-nasional', 'BSN=org:biro-statistik-nasional', 'Tiongkok=country:CN', 'BSN=org:biro-statistik-nasional',
    ]);
    assert.deepStrictEqual(ids('Badan Standardisasi Nasional (BSN) menetapkan. BSN juga.').slice(-1), ['BSN=org:national-standardization-agency-of-indonesia']);
  });

  test('envoys and special representatives are titles; a government is not a name', () => {
    assert.deepStrictEqual(spans(annotate('Li Hui, Perwakilan Khusus Pemerintah Tiongkok untuk Urusan Eurasia, tiba di Kyiv.', kb)), ['PERSON:Li Hui', 'COUNTRY:Tiongkok']);
    assert.deepStrictEqual(spans(annotate('Utusan Khusus PBB Hans Grundberg tiba.', kb)), ['ORGANIZATION:PBB', 'PERSON:Hans Grundberg']);
  });

  test('a bracket with the name in another language and the acronym after a slash', () => {
    assert.deepStrictEqual(ids('Peneliti Akademi Ilmu Pengetahuan Tiongkok (Chinese Academy of Sciences/CAS) menemukan. CAS juga.'), [
      'Akademi Ilmu Pengetahuan Tiongkok=org:chinese-academy-of-sciences', 'Chinese Academy of Sciences=org:chinese-academy-of-sciences',
      'CAS=org:chinese-academy-of-sciences', 'CAS=org:chinese-academy-of-sciences',
    ]);
    assert.deepStrictEqual(ids('Menurut Administrasi Umum Kepabeanan (General Administration of Customs/GAC), ekspor naik.').slice(-1), [
      'GAC=org:general-administration-of-customs',
    ]);
  });

  test("a known organization's acronym after its translated name names the whole run", () => {
    assert.deepStrictEqual(ids('Konferensi Permusyawaratan Politik Rakyat Tiongkok (CPPCC) membuka sesi.'), [
      "Konferensi Permusyawaratan Politik Rakyat Tiongkok=org:chinese-people-s-political-consultative-conference",
      "CPPCC=org:chinese-people-s-political-consultative-conference",
    ]);
  });

  test('two or more name words before a verb of saying are a person', () => {
    assert.deepStrictEqual(spans(annotate('Anthony Budiawan mengatakan harga naik. Nico Rosberg said on Monday. Pada Senin Warga menilai.', kb)), [
      'PERSON:Anthony Budiawan', 'PERSON:Nico Rosberg',
    ]);
  });

  test('a head word does not reach back into a title; designators of autonomous regions stay outside', () => {
    assert.deepStrictEqual(spans(annotate('Direktur Eksekutif Center of Economic and Law Studies (Celios) Bhima Yudhistira menilai.', kb)), [
      'ORGANIZATION:Center of Economic and Law Studies', 'ORGANIZATION:Celios', 'PERSON:Bhima Yudhistira',
    ]);
    assert.deepStrictEqual(spans(annotate('spesies baru di Daerah Otonom Tibet dan Prefektur Otonom Mongol Bortala', kb)), ['PLACE:Tibet', 'PLACE:Mongol Bortala']);
  });

  test('a one-word name a rule finds is the person named in full before', () => {
    const local = new KnowledgeBase([...FIXTURE_ENTRIES, { id: 'person:lin-jian', type: 'PERSON', name: 'Lin Jian' }]);
    const found = annotate('ujar Lin Jian, juru bicara. Untuk pertama kalinya, Lin mengatakan. "Ya," kata Lin.', local);
    assert.deepStrictEqual(found.map((m) => `${m.text}=${m.entity.id}`), ['Lin Jian=person:lin-jian', 'Lin=person:lin-jian', 'Lin=person:lin-jian']);
  });

  test('`dan` before a known name or a new head starts a second name', () => {
    const local = new KnowledgeBase([...FIXTURE_ENTRIES, { id: 'place:taiwan-strait', type: 'PLACE', name: 'Taiwan Strait', aliases: ['Selat Taiwan'] }, { id: 'place:south-china-sea', type: 'PLACE', name: 'South China Sea', aliases: ['Laut China Selatan'] }]);
    assert.deepStrictEqual(spans(annotate('latihan di Selat Taiwan dan Laut China Selatan', local)), ['PLACE:Selat Taiwan', 'PLACE:Laut China Selatan']);
    assert.deepStrictEqual(spans(annotate('mahasiswa Universitas Tsinghua dan Universitas Peking', local)), ['ORGANIZATION:Universitas Tsinghua', 'ORGANIZATION:Universitas Peking']);
    assert.deepStrictEqual(spans(annotate('Kementerian Pemuda dan Olahraga menyatakan', local)), ['ORGANIZATION:Kementerian Pemuda dan Olahraga']);
  });

  test('geographic heads and joint facilities named by a pair of countries', () => {
    assert.deepStrictEqual(spans(annotate('di kawasan Bukit Bintang dan Pantai Kuta', kb)), ['PLACE:Bukit Bintang', 'PLACE:Pantai Kuta']);
    assert.deepStrictEqual(spans(annotate('Kawasan Asia Tengah tumbuh. Kawasan Industri Morowali berkembang.', kb)), ['PLACE:Asia Tengah', 'PLACE:Kawasan Industri Morowali']);
    assert.deepStrictEqual(spans(annotate('Kawasan Industri Tiongkok-Kazakhstan (China-Kazakhstan Industrial Park) dan hubungan Tiongkok-Kazakhstan', kb)), [
      'PLACE:Kawasan Industri Tiongkok-Kazakhstan', 'PLACE:China-Kazakhstan Industrial Park', 'COUNTRY:Tiongkok', 'COUNTRY:Kazakhstan',
    ]);
  });

  test('a name between commas before a verb of saying', () => {
    assert.deepStrictEqual(spans(annotate('Seorang pedagang di Shanghai, Lim Wei Keat, mengatakan pasar ramai.', kb)), ['PLACE:Shanghai', 'PERSON:Lim Wei Keat']);
  });

  test('every name of a byline', () => {
    assert.deepStrictEqual(spans(annotate('Reporting by Jane Doe, John Roe and Lili Bayer in Shanghai; Editing by Ann Lee', kb)), [
      'PERSON:Jane Doe', 'PERSON:John Roe', 'PERSON:Lili Bayer', 'PLACE:Shanghai', 'PERSON:Ann Lee',
    ]);
    // The credits under an Indonesian news agency's story.
    assert.deepStrictEqual(spans(annotate('Harga naik di Shanghai.\n\nPewarta: Rina Wulandari\nEditor: Dimas Prakoso\n', kb)), [
      'PLACE:Shanghai', 'PERSON:Rina Wulandari', 'PERSON:Dimas Prakoso',
    ]);
  });

  test('an acronym spelled by the last words of a longer name names what those words are', () => {
    const local = new KnowledgeBase([...FIXTURE_ENTRIES, { id: 'org:communist-party-of-vietnam', type: 'ORGANIZATION', name: 'Communist Party of Vietnam', aliases: ['Partai Komunis Vietnam'] }, { id: 'country:VN', type: 'COUNTRY', name: 'Vietnam' }]);
    const found = annotate('Sekretaris Jenderal Komite Sentral Partai Komunis Vietnam (PKV) To Lam tiba. PKV menyatakan.', local);
    assert.deepStrictEqual(found.filter((m) => m.text === 'PKV').map((m) => m.entity.id), ['org:communist-party-of-vietnam', 'org:communist-party-of-vietnam']);
    assert.ok(found.some((m) => m.text === 'Komite Sentral Partai Komunis Vietnam' && m.type === 'ORGANIZATION'));
  });

  test('titles in a title-case headline start no names; the story below still does', () => {
    const text = 'Presiden Minta Menteri Percepat Program Makan Bergizi Gratis\n\nJakarta - Menteri Budi Arto mengatakan program dipercepat.';
    assert.deepStrictEqual(spans(annotate(text, kb)), ['LEADER:Budi Arto']);
    // A first line that the next one continues (hard-wrapped text) is a sentence.
    assert.deepStrictEqual(spans(annotate('Menteri Budi Arto dan Gubernur Ani Saputri\nbertemu di Shanghai.', kb)), ['LEADER:Budi Arto', 'LEADER:Ani Saputri', 'PLACE:Shanghai']);
  });

  test('ranks stand before names, never in them or in the body before them', () => {
    const local = new KnowledgeBase([...FIXTURE_ENTRIES, { id: 'org:polda-metro-jaya', type: 'ORGANIZATION', name: 'Polda Metro Jaya', aliases: ['Kepolisian Daerah Metro Jaya'] }, { id: 'place:levant', type: 'PLACE', name: 'Levant', aliases: ['Syam'] }]);
    assert.deepStrictEqual(spans(annotate('Kepala Kepolisian Daerah Metro Jaya Irjen Pol. Asep Edi Suheri mengatakan.', local)), [
      'ORGANIZATION:Kepolisian Daerah Metro Jaya', 'PERSON:Asep Edi Suheri',
    ]);
    assert.deepStrictEqual(spans(annotate('didampingi Kabid Humas Polda Metro Jaya Kombes Ade Ary Syam Indradi di Jakarta', local)), [
      'ORGANIZATION:Polda Metro Jaya', 'PERSON:Ade Ary Syam Indradi',
    ]);
  });

  test('a name that is an everyday word opening a sentence is the word', () => {
    const local = new KnowledgeBase([...FIXTURE_ENTRIES, { id: 'place:lima', type: 'PLACE', name: 'Lima' }, { id: 'country:PE', type: 'COUNTRY', name: 'Peru' }]);
    assert.deepStrictEqual(spans(annotate('Lima orang tewas. Presiden Peru tiba di Lima.', local)), ['COUNTRY:Peru', 'PLACE:Lima']);
  });

  test('a month between two name words is a given name; after the name it is the date', () => {
    assert.deepStrictEqual(spans(annotate('Seorang turis asal Shanghai, Tan Mei Ling, mengatakan senang.', kb)), ['PLACE:Shanghai', 'PERSON:Tan Mei Ling']);
    assert.deepStrictEqual(spans(annotate('Menteri Budi Arto pada Mei lalu dan Menteri Ani Mei 2024', kb)), ['LEADER:Budi Arto', 'LEADER:Ani']);
  });

  test('heads of parliaments are leaders; English designators after a place stay outside it', () => {
    assert.deepStrictEqual(spans(annotate('Pakistani Senate Chairman Yousaf Raza Gilani and Ketua DPR Budi Arto met.', kb)), ['LEADER:Yousaf Raza Gilani', 'LEADER:Budi Arto']);
    assert.deepStrictEqual(spans(annotate('A fire broke out in Tai Po district. In the district, police said.', kb)), ['PLACE:Tai Po']);
    assert.deepStrictEqual(spans(annotate('the Russian region of Kursk, the Kurdish region and the Southern district court', kb)), []);
  });

  test('village heads name their village first; party chairs are leaders, other chairs persons; envoys "untuk" a country', () => {
    assert.deepStrictEqual(spans(annotate('Kepala Desa Sukamaju Rahmat Hidayat ikut membagikan bantuan.', kb)), ['PLACE:Sukamaju', 'PERSON:Rahmat Hidayat']);
    // One word alone after the title is the place, unless it is a given name.
    assert.deepStrictEqual(spans(annotate('Hadir Plt Camat Pangalengan, kepala desa Selaraja dan Lurah Ahmad.', kb)), ['PLACE:Pangalengan', 'PLACE:Selaraja', 'PERSON:Ahmad']);
    const local = new KnowledgeBase([...FIXTURE_ENTRIES, { id: 'org:gerindra', type: 'ORGANIZATION', name: 'Gerindra', aliases: ['Partai Gerindra'], description: 'Indonesian political party' }, { id: 'org:pssi', type: 'ORGANIZATION', name: 'PSSI', description: 'Football association of Indonesia' }]);
    assert.deepStrictEqual(spans(annotate('Ketua Umum Partai Gerindra Budi Arto dan Ketua Umum PSSI Ani Susanti hadir.', local)), [
      'ORGANIZATION:Partai Gerindra', 'LEADER:Budi Arto', 'ORGANIZATION:PSSI', 'PERSON:Ani Susanti',
    ]);
    assert.deepStrictEqual(spans(annotate('Duta Besar Kazakhstan untuk Indonesia Serzhan Abdykarimov tiba.', local)), ['COUNTRY:Kazakhstan', 'COUNTRY:Indonesia', 'PERSON:Serzhan Abdykarimov']);
  });

  test('an office tower named after a known body is a place; a building word before a body is that body', () => {
    const local = new KnowledgeBase([...FIXTURE_ENTRIES, { id: 'org:indocement', type: 'ORGANIZATION', name: 'Indocement' }, { id: 'org:dpr', type: 'ORGANIZATION', name: 'DPR' }]);
    assert.deepStrictEqual(spans(annotate('rapat di Wisma Indocement dan di Gedung DPR', local)), ['PLACE:Wisma Indocement', 'ORGANIZATION:DPR']);
  });

  test('an acronym spelled letter for letter by a body-like name defines an organization, not for a person', () => {
    assert.deepStrictEqual(spans(annotate('tujuh pekerja World Central Kitchen (WCK) tewas. WCK berduka.', kb)), ['ORGANIZATION:World Central Kitchen', 'ORGANIZATION:WCK', 'ORGANIZATION:WCK']);
    assert.deepStrictEqual(spans(annotate('Budi Santoso Wibowo (BSW) datang.', kb)).filter((m) => m.startsWith('ORGANIZATION')), []);
    // Budgets and policies spell their acronyms too: no body word, no organization.
    assert.deepStrictEqual(spans(annotate('Anggaran Pendapatan dan Belanja Negara (APBN) dan Penyertaan Modal Negara (PMN) naik.', kb)), []);
    assert.deepStrictEqual(spans(annotate('Menteri Luar Negeri Tiongkok Pangeran Budi Arto hadir.', kb)).filter((m) => m.includes('Pangeran')), []);
  });

  test('a legal form keeps a known company; an owner is not part of a name; honorifics between title and name', () => {
    const local = new KnowledgeBase([...FIXTURE_ENTRIES, { id: 'org:microsoft', type: 'ORGANIZATION', name: 'Microsoft' }, { id: 'leader:keir-starmer', type: 'LEADER', name: 'Keir Starmer' }]);
    assert.deepStrictEqual(annotate('Microsoft Corp slipped.', local).map((m) => `${m.text}=${m.entity.id}`), ['Microsoft Corp=org:microsoft']);
    // An Indonesian legal form before the name: the same company as its bare name.
    const ap = new KnowledgeBase([...FIXTURE_ENTRIES, { id: 'org:angkasa-pura', type: 'ORGANIZATION', name: 'Angkasa Pura' }]);
    assert.deepStrictEqual(annotate('Direksi PT Angkasa Pura bertemu wartawan.', ap).map((m) => `${m.text}=${m.entity.id}`), ['PT Angkasa Pura=org:angkasa-pura']);
    assert.deepStrictEqual(annotate('Direksi PT Sumber Makmur bertemu wartawan.', ap).map((m) => `${m.text}=${m.entity.id}`), ['PT Sumber Makmur=org:pt-sumber-makmur']);
    assert.deepStrictEqual(spans(annotate("Prime Minister Keir Starmer's Labour Party trails.", local)), ['LEADER:Keir Starmer', 'ORGANIZATION:Labour Party']);
    assert.deepStrictEqual(spans(annotate('Energy Minister Prince Abdulaziz bin Salman pushed.', local)), ['LEADER:Abdulaziz bin Salman']);
  });

  test('a roman numeral after the place that ends a name belongs to it: Gedung Shanghai III', () => {
    assert.deepStrictEqual(spans(annotate('Rapat digelar di Gedung Shanghai III, lalu di Gedung Shanghai pada 2024.', kb)), ['PLACE:Gedung Shanghai III', 'PLACE:Gedung Shanghai']);
  });

  test('a ruler\'s title at the start of a known alias stays outside the mention, and is no short form', () => {
    const local = new KnowledgeBase([
      ...FIXTURE_ENTRIES,
      { id: 'leader:pope-francis', type: 'LEADER', name: 'Pope Francis', aliases: ['Paus Fransiskus', 'Jorge Mario Bergoglio'] },
      { id: 'leader:salman', type: 'LEADER', name: 'Salman bin Abdulaziz', aliases: ['King Salman', 'Raja Salman'] },
      // A title that is part of every name of a person is part of the name.
      { id: 'leader:raja-juli-antoni', type: 'LEADER', name: 'Raja Juli Antoni' },
      { id: 'place:sultan-hasanuddin-airport', type: 'PLACE', name: 'Sultan Hasanuddin Airport', aliases: ['Bandara Hasanuddin'] },
    ]);
    const found = (text: string) => annotate(text, local).map((m) => `${m.text}=${m.entity.id}`);
    assert.deepStrictEqual(found('Pope Francis arrived. The Pope said peace matters. Francis left.'), ['Francis=leader:pope-francis', 'Francis=leader:pope-francis']);
    assert.deepStrictEqual(found('Paus Fransiskus dan Raja Salman bertemu. Raja menyapa warga.'), ['Fransiskus=leader:pope-francis', 'Salman=leader:salman']);
    assert.deepStrictEqual(found('Menteri Raja Juli Antoni tiba di Sultan Hasanuddin Airport.'), ['Raja Juli Antoni=leader:raja-juli-antoni', 'Sultan Hasanuddin Airport=place:sultan-hasanuddin-airport']);
  });

  test('words of a financial portfolio between a title and a name: Kepala Eksekutif Pengawas Perbankan', () => {
    assert.deepStrictEqual(spans(annotate('Kepala Eksekutif Pengawas Perbankan Dian Ediana Rae menjelaskan alasannya.', kb)), ['PERSON:Dian Ediana Rae']);
  });

  test('KH (Kiai Haji) before a name, a judge\'s word inside it; Polrestabes heads a police unit', () => {
    assert.deepStrictEqual(spans(annotate('Rais Aam PBNU KH Miftachul Akhyar dan KH Abdul Hakim Mahfudz hadir.', kb)).filter((m) => m.startsWith('PERSON')), [
      'PERSON:Miftachul Akhyar', 'PERSON:Abdul Hakim Mahfudz',
    ]);
    assert.deepStrictEqual(spans(annotate('Polrestabes Shanghai menggelar razia.', kb)), ['ORGANIZATION:Polrestabes Shanghai']);
  });

  test('English rank abbreviations stand before a name, never in it: Gen., Lt. Gen., Col.', () => {
    assert.deepStrictEqual(spans(annotate('Army chief Lt. Gen. John Harlow said. Col. Tom Reed retired. Gen Z voters cheered.', kb)), ['PERSON:John Harlow', 'PERSON:Tom Reed']);
    assert.deepStrictEqual(spans(annotate('Military commander Gen. Maria Lopez visited Shanghai.', kb)), ['PERSON:Maria Lopez', 'PLACE:Shanghai']);
  });

  test('ranks written out and police units: Marsekal Madya TNI, Polres Metro', () => {
    assert.deepStrictEqual(spans(annotate('Kepala Basarnas Marsekal Madya TNI Rudi Hartono memimpin operasi.', kb)).filter((m) => m.startsWith('PERSON')), ['PERSON:Rudi Hartono']);
    assert.deepStrictEqual(spans(annotate('Kapolres Metro Shanghai Kombes Pol Ade Rahmat mengatakan pelaku ditangkap.', kb)), ['PLACE:Shanghai', 'PERSON:Ade Rahmat']);
  });

  test('a word of a company name after a title is no person: Direktur PT Nusantara Data Teknologi', () => {
    const local = new KnowledgeBase([...FIXTURE_ENTRIES, { id: 'place:nusantara', type: 'PLACE', name: 'Nusantara' }]);
    assert.deepStrictEqual(spans(annotate('Direktur PT Nusantara Data Teknologi Agus Pranoto mengatakan dana itu cukup.', local)), [
      'ORGANIZATION:PT Nusantara', 'PERSON:Agus Pranoto',
    ]);
  });

  test('an English compass word before a known place names a place: North Shanghai', () => {
    assert.deepStrictEqual(spans(annotate('Rain fell on North Shanghai and Western Shanghai overnight.', kb)), ['PLACE:North Shanghai', 'PLACE:Western Shanghai']);
    // Not before a country, whose compass forms are names of their own or regions (`northern Syria`).
    assert.deepStrictEqual(spans(annotate('Rain fell in Central Kazakhstan.', kb)), ['COUNTRY:Kazakhstan']);
  });

  test('a head that can start or end a name does both: The Ministry of Commerce, the Chinese Ministry', () => {
    assert.deepStrictEqual(spans(annotate("The Ministry of Commerce said so. Shanghai's University of Finance said so.", kb)), [
      'ORGANIZATION:Ministry of Commerce', 'PLACE:Shanghai', 'ORGANIZATION:University of Finance',
    ]);
    assert.deepStrictEqual(spans(annotate('The Chinese Ministry of Commerce said so.', kb)), ['ORGANIZATION:Chinese Ministry of Commerce']);
  });

  test('a body named by its remit: Commission on Human Rights, but not a known name or a weekday after on', () => {
    assert.deepStrictEqual(spans(annotate('Protesters gathered in Shanghai, the Kenya National Commission on Human Rights said.', kb)), [
      'PLACE:Shanghai', 'ORGANIZATION:Kenya National Commission on Human Rights',
    ]);
    assert.deepStrictEqual(spans(annotate('The National Security Council on Monday discussed Shanghai.', kb)), ['ORGANIZATION:National Security Council', 'PLACE:Shanghai']);
    assert.deepStrictEqual(spans(annotate('The National Security Council on Shanghai met.', kb)), ['ORGANIZATION:National Security Council', 'PLACE:Shanghai']);
  });

  test('Seluruh (all of) inside a body name goes on to the place; Konfederasi heads a name', () => {
    assert.deepStrictEqual(spans(annotate('Konfederasi Serikat Pekerja Seluruh Indonesia (KSPSI) menolak aturan itu.', kb)), [
      'ORGANIZATION:Konfederasi Serikat Pekerja Seluruh Indonesia', 'ORGANIZATION:KSPSI',
    ]);
    // Outside a name it is the quantifier it is: only the country.
    assert.deepStrictEqual(spans(annotate('Seluruh Indonesia merayakan hari itu.', kb)), ['COUNTRY:Indonesia']);
  });

  test('a coach of a national team: the team word is no name, the country inside it is a country', () => {
    assert.deepStrictEqual(spans(annotate('Pelatih Timnas Indonesia Dimas Prakoso memanggil 28 pemain.', kb)), ['COUNTRY:Indonesia', 'PERSON:Dimas Prakoso']);
  });

  test('athletes and astronauts by their sport, also opening a sentence; Wilayah is a designator', () => {
    assert.deepStrictEqual(spans(annotate('Atlet bulu tangkis Tiongkok Shi Yuqi juara. Pebalap Kazakhstan Ani Susanti kedua.', kb)), [
      'COUNTRY:Tiongkok', 'PERSON:Shi Yuqi', 'COUNTRY:Kazakhstan', 'PERSON:Ani Susanti',
    ]);
    assert.deepStrictEqual(spans(annotate('Gempa terjadi di Wilayah Dingri pada Selasa.', kb)), ['PLACE:Dingri']);
  });

  test('an apposition with an article (Name, a federal contractor); a body name ending a person name', () => {
    assert.deepStrictEqual(spans(annotate('Tanya Brooks, a federal contractor from Shanghai, said.', kb)), ['PERSON:Tanya Brooks', 'PLACE:Shanghai']);
    const local = new KnowledgeBase([...FIXTURE_ENTRIES, { id: 'org:wagner-group', type: 'ORGANIZATION', name: 'Wagner Group', aliases: ['Wagner'] }]);
    assert.deepStrictEqual(spans(annotate('signed by Foreign Minister Thérèse Kayikwamba Wagner and her counterpart', local)), ['LEADER:Thérèse Kayikwamba Wagner']);
  });

  test('an acronym that spells a whole known name is that name even when the acronym has another bearer', () => {
    const local = new KnowledgeBase([...FIXTURE_ENTRIES, ...EXTRA, { id: 'org:nbs-china', type: 'ORGANIZATION', name: 'National Bureau of Statistics of China', aliases: ['Biro Statistik Nasional'] }]);
    assert.deepStrictEqual(annotate('Biro Statistik Nasional (BSN) melaporkan. Data BSN naik.', local).map((m) => `${m.text}=${m.entity.id}`), [
      'Biro Statistik Nasional=org:nbs-china', 'BSN=org:nbs-china', 'BSN=org:nbs-china',
    ]);
    assert.deepStrictEqual(ids('The Group of 20 (G20) met.'), []);
  });

  test('no speaker from quantifiers or a body word before a verb of saying', () => {
    assert.deepStrictEqual(spans(annotate('Kedua Pemimpin menegaskan itu. Pihak Kepolisian mengatakan hal itu. Banyak Pihak menilai positif.', kb)), []);
  });

  test('streets run over the places they are named after; legal forms in brackets are no acronyms; party boards', () => {
    const local = new KnowledgeBase([...FIXTURE_ENTRIES, { id: 'place:medan', type: 'PLACE', name: 'Medan' }, { id: 'org:pos', type: 'ORGANIZATION', name: 'Pos Indonesia', aliases: ['PT Pos Indonesia'] },
      { id: 'org:dpd', type: 'ORGANIZATION', name: 'Regional Representative Council', aliases: ['DPD'] }, { id: 'org:pdip', type: 'ORGANIZATION', name: 'Indonesian Democratic Party of Struggle', aliases: ['PDIP'] }]);
    assert.deepStrictEqual(spans(annotate('di Jl Medan Merdeka Barat, Jakarta', local)), ['PLACE:Jl Medan Merdeka Barat']);
    assert.deepStrictEqual(spans(annotate('PT Pos Indonesia (Persero) mengangkat pegawai.', local)), ['ORGANIZATION:PT Pos Indonesia (Persero)']);
    assert.deepStrictEqual(spans(annotate('Sekretaris DPD PDIP dan anggota DPD hadir.', local)), ['ORGANIZATION:PDIP', 'ORGANIZATION:DPD']);
  });

  test("an owner's title in an apposition (Name, Brazil's foreign minister); a sentence ends after a title", () => {
    assert.deepStrictEqual(spans(annotate("Ani Susanti, Kazakhstan's foreign minister, arrived.", kb)), ['LEADER:Ani Susanti', 'COUNTRY:Kazakhstan']);
    assert.deepStrictEqual(spans(annotate("He met Iraq's prime minister. John Doe, the company's chief executive, said.", kb)), ['PERSON:John Doe']);
  });

  test("a legal form closes a company's name and opens it; a company's president is an executive", () => {
    const local = new KnowledgeBase([...FIXTURE_ENTRIES, { id: 'org:bca', type: 'ORGANIZATION', name: 'Bank Central Asia', aliases: ['PT Bank Central Asia', 'BCA'] }]);
    assert.deepStrictEqual(spans(annotate('Menurut Vice President PT Trimegah Sekuritas Tbk Akhabani, pihaknya ditunjuk.', local)), ['ORGANIZATION:PT Trimegah Sekuritas Tbk', 'PERSON:Akhabani']);
    assert.deepStrictEqual(annotate('Saham PT Bank Central Asia Tbk naik, Hyundai Motor Co Ltd turun.', local).map((m) => `${m.text}=${m.entity.id}`), [
      'PT Bank Central Asia Tbk=org:bca', 'Hyundai Motor Co Ltd=org:hyundai-motor-co-ltd',
    ]);
  });

  test("a director's remit and a minister's portfolio written short stand between the title and the name", () => {
    const local = new KnowledgeBase([...FIXTURE_ENTRIES, { id: 'org:telkom', type: 'ORGANIZATION', name: 'Telkom Indonesia', aliases: ['PT Telkom'] }]);
    assert.deepStrictEqual(spans(annotate('Direktur Konsumer PT Telkom Guntur Siregar ditetapkan menjadi tersangka.', local)), ['ORGANIZATION:PT Telkom', 'PERSON:Guntur Siregar']);
    assert.deepStrictEqual(spans(annotate('Isu Mendes PDT Marwan Jafar bakal direshuffle.', local)), ['LEADER:Marwan Jafar']);
  });

  test("a remit runs from the title up to the body it is of, when a name follows that body", () => {
    const local = new KnowledgeBase([...FIXTURE_ENTRIES, { id: 'org:bmkg', type: 'ORGANIZATION', name: 'Meteorology, Climatology, and Geophysical Agency', aliases: ['BMKG'] },
      { id: 'org:bnpb', type: 'ORGANIZATION', name: 'National Disaster Management Agency', aliases: ['BNPB'] }, { id: 'place:jakarta', type: 'PLACE', name: 'Jakarta' }]);
    assert.deepStrictEqual(spans(annotate('Deputi Bidang Meteorologi BMKG Guswanto menambahkan hujan lebat.', local)), ['ORGANIZATION:BMKG', 'PERSON:Guswanto']);
    assert.deepStrictEqual(spans(annotate('Kepala Pusat Data, Informasi dan Komunikasi Kebencanaan BNPB Abdul Muhari mengatakan banjir surut.', local)), ['ORGANIZATION:BNPB', 'PERSON:Abdul Muhari']);
    // No name after the body: the words after the title are the name.
    assert.deepStrictEqual(spans(annotate('Menteri Ani Susanti Jakarta, Senin.', local)), ['LEADER:Ani Susanti', 'PLACE:Jakarta']);
  });

  test("a place and 'Party' before a party office name the office, not a party", () => {
    assert.deepStrictEqual(spans(annotate('He met Guangdong Party Secretary Wang Lin. Labour Party members voted.', kb)), [
      'PLACE:Guangdong', 'LEADER:Wang Lin', 'ORGANIZATION:Labour Party',
    ]);
  });

  test("a link to another story ('Baca juga: …') is a headline: its titles start no names", () => {
    assert.deepStrictEqual(spans(annotate('Harga naik.\nBaca juga: Menlu Indonesia dan AS Bahas Isu Keamanan di Kawasan\nPresiden Xi Jinping hadir.', kb)), [
      'COUNTRY:Indonesia', 'COUNTRY:AS', 'LEADER:Xi Jinping',
    ]);
    // A question, and the short label.
    assert.deepStrictEqual(spans(annotate('Harga naik.\nBaca : Anggota Dewan Indonesia, Atur Strategi Jelang Sidang?\nIa pulang.', kb)), ['COUNTRY:Indonesia']);
  });

  test("a known person's one-word alias after another name word is that person's surname", () => {
    const local = new KnowledgeBase([...FIXTURE_ENTRIES, { id: 'leader:yasser-arafat', type: 'LEADER', name: 'Yasser Arafat', aliases: ['Arafat'] }]);
    assert.deepStrictEqual(spans(annotate('Dia didampingi Kepala Biro Administrasi, Akkar Arafat. Presiden Arafat wafat pada 2004. Namun Arafat dikenang.', local)), [
      'ORGANIZATION:Biro Administrasi', 'PERSON:Akkar Arafat', 'LEADER:Arafat', 'LEADER:Arafat',
    ]);
  });

  test('English portfolios stand between a title and a name', () => {
    assert.deepStrictEqual(spans(annotate('Minister of Energy and Mineral Resources Ani Susanti and Minister of State-Owned Enterprises Budi Hartono came.', kb)), [
      'LEADER:Ani Susanti', 'LEADER:Budi Hartono',
    ]);
  });

  test("police style: an academic title after the rank, 'Agung' as a given name, a team is no person", () => {
    assert.deepStrictEqual(spans(annotate('Kapolda Irjen Pol. Drs Agung Sabar Santoso, M.H., hadir. Ketua Team Divhumas mengatakan.', kb)), ['PERSON:Agung Sabar Santoso']);
  });

  test('a bulleted list of headlines starts no names', () => {
    assert.deepStrictEqual(spans(annotate('Harga naik.\n- Brigjen Faizal Sebut Kelompok Bersenjata Pelaku Penembakan\nPresiden Xi Jinping hadir.', kb)), ['LEADER:Xi Jinping']);
  });

  test("a person's name found again covers the known place inside it", () => {
    const local = new KnowledgeBase([...FIXTURE_ENTRIES, { id: 'place:minahasa', type: 'PLACE', name: 'Minahasa' }]);
    assert.deepStrictEqual(spans(annotate('Kapolda Teddy Minahasa ditangkap. "Benar (Teddy Minahasa diamankan)," ujar dia di Minahasa.', local)), [
      'PERSON:Teddy Minahasa', 'PERSON:Teddy Minahasa', 'PLACE:Minahasa',
    ]);
  });

  test("an owner's name ends before its 's", () => {
    assert.deepStrictEqual(spans(annotate("It was broadcast on the Ministry of Finance's YouTube page.", kb)), ['ORGANIZATION:Ministry of Finance']);
  });

  test('football clubs: FC before or after the name, and a player after the club', () => {
    const local = new KnowledgeBase([...FIXTURE_ENTRIES, { id: 'place:copenhagen', type: 'PLACE', name: 'Copenhagen' }]);
    assert.deepStrictEqual(spans(annotate('Bek FC Copenhagen, Kevin Diks, dan pemain FC Utrecht Miliano Jonathans dipanggil. Persis Solo FC menang.', local)), [
      'ORGANIZATION:FC Copenhagen', 'PERSON:Kevin Diks', 'ORGANIZATION:FC Utrecht', 'PERSON:Miliano Jonathans', 'ORGANIZATION:Persis Solo FC',
    ]);
  });

  test("disaster reports: a remit set off by a comma, two rivers, islands and hamlets", () => {
    const local = new KnowledgeBase([...FIXTURE_ENTRIES, { id: 'org:bnpb', type: 'ORGANIZATION', name: 'National Disaster Management Agency', aliases: ['BNPB'] },
      { id: 'place:java', type: 'PLACE', name: 'Java', aliases: ['Jawa'] }]);
    assert.deepStrictEqual(spans(annotate('"Total 61 orang," kata Kepala Pusat Data, Informasi dan Komunikasi Kebencanaan BNPB, Abdul Muhari.', local)), ['ORGANIZATION:BNPB', 'PERSON:Abdul Muhari']);
    assert.deepStrictEqual(spans(annotate('Banjir disebabkan meluapnya Sungai Cibeureum dan Cikawung di Dusun Sukamaju.', local)), ['PLACE:Sungai Cibeureum', 'PLACE:Sukamaju']);
    assert.deepStrictEqual(annotate('Hujan turun di Pulau Jawa dan Pulau Karatung.', local).map((m) => `${m.text}=${m.entity.id}`), ['Pulau Jawa=place:java', 'Pulau Karatung=place:pulau-karatung']);
  });

  test("an Arabic name runs on after a known alias; a photographer named before the agency", () => {
    const local = new KnowledgeBase([...FIXTURE_ENTRIES, { id: 'leader:mohammed-bin-abdulrahman-al-thani', type: 'LEADER', name: 'Mohammed bin Abdulrahman Al Thani', aliases: ['Mohammed bin Abdulrahman'] }]);
    assert.deepStrictEqual(annotate('Qatari Prime Minister Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani spoke.', local).map((m) => `${m.text}=${m.entity.id}`), [
      'Mohammed bin Abdulrahman bin Jassim Al Thani=leader:mohammed-bin-abdulrahman-al-thani',
    ]);
    assert.deepStrictEqual(spans(annotate('A man walks in the rubble. (Photo by Rizek Abdeljawad/Xinhua)', kb)), ['PERSON:Rizek Abdeljawad', 'ORGANIZATION:Xinhua']);
  });

  test("parliament: a numbered commission before a name; 'Said' capitalized is a name", () => {
    const local = new KnowledgeBase([...FIXTURE_ENTRIES, { id: 'org:dpr', type: 'ORGANIZATION', name: "People's Representative Council", aliases: ['DPR'] }]);
    assert.deepStrictEqual(spans(annotate('Ketua Komisi I Utut Adianto memimpin rapat Komisi III DPR. Anggota fraksi, Said Abdullah mengatakan hal itu.', local)), [
      'ORGANIZATION:Komisi I', 'PERSON:Utut Adianto', 'ORGANIZATION:Komisi III DPR', 'PERSON:Said Abdullah',
    ]);
    assert.deepStrictEqual(spans(annotate('The minister, John Smith said on Monday.', local)), ['PERSON:John Smith']);
  });

  test('a place named before a comma and a known place it lies in, after a locative', () => {
    const local = new KnowledgeBase([...FIXTURE_ENTRIES, { id: 'place:sukabumi', type: 'PLACE', name: 'Sukabumi' }, { id: 'place:davos', type: 'PLACE', name: 'Davos' }]);
    assert.deepStrictEqual(spans(annotate('Pabrik itu ada di Cicurug, Sukabumi. Ia tinggal di Kecamatan Cibadak, Sukabumi. Forum digelar di Davos-Klosters, Kazakhstan.', local)), [
      'PLACE:Cicurug', 'PLACE:Sukabumi', 'PLACE:Cibadak', 'PLACE:Sukabumi', 'PLACE:Davos', 'COUNTRY:Kazakhstan',
    ]);
    assert.deepStrictEqual(spans(annotate('Kata Budi Santoso, Sukabumi aman.', local)), ['PERSON:Budi Santoso', 'PLACE:Sukabumi']);
  });

  test("an owner's 's after a name read by a rule stays outside it", () => {
    assert.deepStrictEqual(spans(annotate("In response to Kazakhstan's President Ani Susanti's remarks, he spoke.", kb)), ['COUNTRY:Kazakhstan', 'LEADER:Ani Susanti']);
  });

  test("an analyst's firm between the title and the name is an organization", () => {
    const local = new KnowledgeBase([...FIXTURE_ENTRIES, { id: 'org:bni', type: 'ORGANIZATION', name: 'Bank Negara Indonesia', aliases: ['BNI'] }]);
    assert.deepStrictEqual(spans(annotate('"Positif," kata analis Foster Asset Management Riki Adi Saputra. Analyst BNI Sekuritas Fanny Suherman agreed.', local)), [
      'ORGANIZATION:Foster Asset Management', 'PERSON:Riki Adi Saputra', 'ORGANIZATION:BNI Sekuritas', 'PERSON:Fanny Suherman',
    ]);
  });

  test('a byline on a line of its own', () => {
    assert.deepStrictEqual(spans(annotate('Anwar met the junta chief.\nBy Berk Kutay Gokmen\nISTANBUL - More talks came.\nOleh Budi Santoso\n', kb)), [
      'PERSON:Berk Kutay Gokmen', 'PLACE:ISTANBUL', 'PERSON:Budi Santoso',
    ]);
    // `By` opening a sentence reads no name.
    assert.deepStrictEqual(spans(annotate('By Monday Evening Prayers ended the talks.', kb)), []);
  });

  test("a local government's unit after a title is named by its remit; the person follows", () => {
    const local = new KnowledgeBase([...FIXTURE_ENTRIES, { id: 'place:lebak', type: 'PLACE', name: 'Lebak' }]);
    assert.deepStrictEqual(spans(annotate('Hadir Kepala Dinas Kesehatan Triatno Supiono dan Kepala Dinas Pertanian Kabupaten Lebak, Rahmat Yuniar. Dinas Kesehatan Lebak menggelar vaksinasi.', local)), [
      'ORGANIZATION:Dinas Kesehatan', 'PERSON:Triatno Supiono', 'ORGANIZATION:Dinas Pertanian Kabupaten Lebak', 'PERSON:Rahmat Yuniar', 'ORGANIZATION:Dinas Kesehatan Lebak',
    ]);
  });

  test('English parliamentary leaders: majority and minority leaders are titles, never names', () => {
    assert.deepStrictEqual(spans(annotate('House Minority Leader Ani Susanti said the vote failed. It will open when (Senate Minority Leader) Budi Hartono allows it.', kb)), [
      'LEADER:Ani Susanti', 'PERSON:Budi Hartono',
    ]);
  });

  test("an office's acronym in brackets between the title and the name", () => {
    assert.deepStrictEqual(spans(annotate('Kepala Staf Kepresidenan (KSP) AM Putranto hadir.', kb)), ['PERSON:AM Putranto']);
  });

  test('an office the knowledge base has no acronym for, and a second office after a slash', () => {
    assert.deepStrictEqual(spans(annotate('Hadir Menteri PPN Rachmat Pambudi.', kb)), ['LEADER:Rachmat Pambudi']);
    assert.deepStrictEqual(spans(annotate('Hadir Menteri PPN/Kepala Bappenas Rachmat Pambudi.', kb)), ['ORGANIZATION:Bappenas', 'LEADER:Rachmat Pambudi']);
    // Initials are no office (`Kepala Staf Kepresidenan (KSP) AM Putranto` above).
  });

  test('officers of a party or faction, and who holds or leads a body', () => {
    assert.deepStrictEqual(spans(annotate('Sekretaris Mukhtarudin dan Bendahara Sari Yuliati hadir.', kb)), ['PERSON:Mukhtarudin', 'PERSON:Sari Yuliati']);
    assert.deepStrictEqual(spans(annotate('Ketua fraksi dijabat oleh Jazuli Juwaini, dan timnya dipimpin oleh Budisatrio Djiwandono.', kb)), ['PERSON:Jazuli Juwaini', 'PERSON:Budisatrio Djiwandono']);
  });

  test("a party's faction is named by the party; a faction's chair is a person", () => {
    assert.deepStrictEqual(spans(annotate('Fraksi Partai Kebangkitan Bangsa (FPKB) menolak. Ketua Fraksi Viktor Laiskodat hadir.', kb)).slice(0, 2), [
      'ORGANIZATION:Fraksi Partai Kebangkitan Bangsa',
      'ORGANIZATION:FPKB',
    ]);
    assert.ok(spans(annotate('Ketua Fraksi Viktor Laiskodat hadir.', kb)).every((s) => !s.startsWith('ORGANIZATION')));
  });

  test('remits of offices made with pe(N)-…-an and ke-…-an are no names; prosecutors and judges have their titles', () => {
    assert.deepStrictEqual(spans(annotate('Kepala Pusat Penerangan dan Hukum (Kapuspenkum) Harli Siregar hadir.', kb)), ['PERSON:Harli Siregar']);
    assert.deepStrictEqual(spans(annotate('Direktur Penyidikan Supardi hadir.', kb)), ['PERSON:Supardi']);
    assert.deepStrictEqual(spans(annotate('Jaksa Agung Muda Tindak Pidana Khusus Febrie Adriansyah dan Hakim Konstitusi I Dewa Gede Palguna hadir.', kb)), [
      'PERSON:Febrie Adriansyah',
      'PERSON:I Dewa Gede Palguna',
    ]);
    // Places are named so too.
    assert.deepStrictEqual(spans(annotate('Banjir melanda Kecamatan Pejagoan.', kb)), ['PLACE:Pejagoan']);
  });

  test('a wife named with her husband\'s name; two-letter titles written with a capital', () => {
    assert.deepStrictEqual(spans(annotate('Hadir pula Ny Rahma Wang Yi dan Bu Siti.', kb)), ['PERSON:Rahma Wang Yi', 'PERSON:Siti']);
  });

  test("after a title, a person's name that starts with a given name ends the body's name before it", () => {
    assert.deepStrictEqual(spans(annotate('Hadir Direktur Kantor Perdana Menteri Kang Xuping dan Kepala Sekretariat Wapres Ahmad Erani Yustika.', kb)), [
      'ORGANIZATION:Kantor Perdana Menteri',
      'PERSON:Kang Xuping',
      'ORGANIZATION:Sekretariat Wapres',
      'PERSON:Ahmad Erani Yustika',
    ]);
    // A given name right after the head is the body's own (`Universitas Budi Luhur`).
    assert.deepStrictEqual(spans(annotate('Rektor Universitas Budi Luhur hadir.', kb)), ['ORGANIZATION:Universitas Budi Luhur']);
  });

  test("a leader's aides are persons; so is the secretary-general of a state body, not of a party", () => {
    assert.deepStrictEqual(spans(annotate('Staf Khusus Presiden Billy Mambrasar dan ajudan Gubernur Agus Salim hadir.', kb)), ['PERSON:Billy Mambrasar', 'PERSON:Agus Salim']);
    assert.deepStrictEqual(spans(annotate('Hadir Sekjen Bappenas Budi Hartono, Sekjen Kementerian Kesehatan Ahmad Wibawa dan Sekjen Gerindra Ahmad Muzani.', kb)), [
      'ORGANIZATION:Bappenas',
      'PERSON:Budi Hartono',
      'ORGANIZATION:Kementerian Kesehatan',
      'PERSON:Ahmad Wibawa',
      'ORGANIZATION:Gerindra',
      'LEADER:Ahmad Muzani',
    ]);
  });

  test('a body before a designator and its place is its branch there; local agencies are named by their region', () => {
    assert.deepStrictEqual(spans(annotate('Bappenas Provinsi Guangdong dan BPBD Kabupaten Kebumen melapor, juga Dinkes Kota Bogor.', kb)), [
      'ORGANIZATION:Bappenas Provinsi Guangdong',
      'ORGANIZATION:BPBD Kabupaten Kebumen',
      'ORGANIZATION:Dinkes Kota Bogor',
    ]);
    // With no designator: a known Indonesian body before a known Indonesian region; not a party or a company.
    const regions = new KnowledgeBase([
      ...EXTRA,
      { id: 'org:general-elections-commission', type: 'ORGANIZATION', name: 'General Elections Commission', aliases: ['KPU'], country: 'ID' },
      { id: 'org:pertamina', type: 'ORGANIZATION', name: 'Pertamina', description: 'State-owned oil and gas company', country: 'ID' },
      { id: 'place:bantul', type: 'PLACE', name: 'Bantul', country: 'ID' },
    ]);
    assert.deepStrictEqual(spans(annotate('Ketua KPU Bantul hadir; KPU Guangdong, Gerindra Bantul dan Pertamina Bantul tidak.', regions)), [
      'ORGANIZATION:KPU Bantul',
      'ORGANIZATION:KPU',
      'PLACE:Guangdong',
      'ORGANIZATION:Gerindra',
      'PLACE:Bantul',
      'ORGANIZATION:Pertamina',
      'PLACE:Bantul',
    ]);
  });

  test('a name found once after a leader\'s title and once without is the leader both times', () => {
    const found = annotate('Gubernur Guangdong Muhammad Tamzil ditangkap. Ruang kerja Muhammad Tamzil disegel. Tamzil membantah.', kb).filter((m) => m.type === 'LEADER' || m.type === 'PERSON');
    assert.deepStrictEqual(found.map((m) => `${m.type}:${m.text}:${m.entity.id}`), [
      'LEADER:Muhammad Tamzil:leader:muhammad-tamzil',
      'LEADER:Muhammad Tamzil:leader:muhammad-tamzil',
      'LEADER:Tamzil:leader:muhammad-tamzil',
    ]);
  });

  test('lower ranks, a rank with its abbreviation in brackets, relatives and honorifics of address stand before a name', () => {
    assert.deepStrictEqual(spans(annotate('Jenazah Briptu Deni Alfian Hadi tiba. Jabatan diserahkan dari Mayor Jenderal (Mayjen) Mulyo Aji.', kb)), [
      'PERSON:Deni Alfian Hadi',
      'PERSON:Mulyo Aji',
    ]);
    assert.deepStrictEqual(spans(annotate('Ia datang bersama istrinya Evy Susanti dan kang Emil.', kb)), ['PERSON:Evy Susanti', 'PERSON:Emil']);
  });

  test('the last word of a title is no name, before or after it', () => {
    assert.deepStrictEqual(spans(annotate('Para pihak termasuk Bupati dan Wakil Bupati hadir.', kb)), []);
    // A second title after `dan` opens no name with its first word.
    assert.deepStrictEqual(spans(annotate('Ia menjadi Wali Kota dan Wakil Wali Kota Kunming lagi.', kb)), ['PLACE:Kunming']);
    // After a pair of offices, a pair of one-word names joined by a hyphen is two leaders.
    assert.deepStrictEqual(spans(annotate('Bupati dan Wakil Bupati Kunming Harianti-Maskuri dilantik.', kb)), ['PLACE:Kunming', 'LEADER:Harianti', 'LEADER:Maskuri']);
    assert.deepStrictEqual(spans(annotate('Kepala Marsekal Madya Henri Alfiandi mengatakan.', kb)), ['PERSON:Henri Alfiandi']);
  });

  test("the term of an office, and a comma, may stand between the title and a name of two words", () => {
    assert.deepStrictEqual(spans(annotate('Gubernur nonaktif Guangdong Annas Maamun didakwa. Wali Kota Kunming saat itu, Ilham Arief Sirajuddin, ditahan.', kb)), [
      'PLACE:Guangdong',
      'LEADER:Annas Maamun',
      'PLACE:Kunming',
      'LEADER:Ilham Arief Sirajuddin',
    ]);
    assert.deepStrictEqual(spans(annotate('Menteri Hukum dan Hak Asasi Manusia, Yasonna Laoly, hadir.', kb)), ['LEADER:Yasonna Laoly']);
    // One word after the comma is as often a list's next word.
    assert.deepStrictEqual(spans(annotate('Deputi Bidang Protokol, Humas, dan Media hadir.', kb)), []);
  });

  test('the office of a known body is that body; an Indonesian body with RI after it is one name', () => {
    const found = annotate('Ia hadir di Kantor Bappenas. Menurut Bappenas RI, angka itu naik.', kb);
    assert.deepStrictEqual(found.map((m) => `${m.type}:${m.text}:${m.entity.id}`), ['ORGANIZATION:Bappenas:org:bappenas', 'ORGANIZATION:Bappenas RI:org:bappenas']);
    // So is the office of a body named after its own head.
    assert.deepStrictEqual(spans(annotate('Penyerangan terhadap Kantor Polda Kunming.', kb)), ['ORGANIZATION:Polda Kunming']);
  });

  test("credit lines: labels before a colon, and a photographer's name before or after the outlet at a line's end", () => {
    const credits = 'Harga naik.\nRep: Retno Wulandhari/ Red: Nidia Zuraya\nFoto: Yogi Ardhi/Xinhua\nFoto: Xinhua/Wahdi Septiawan\nFoto: Dok.\nThe red line: a warning.';
    assert.deepStrictEqual(spans(annotate(credits, kb)), [
      'PERSON:Retno Wulandhari',
      'PERSON:Nidia Zuraya',
      'PERSON:Yogi Ardhi',
      'ORGANIZATION:Xinhua',
      'ORGANIZATION:Xinhua',
      'PERSON:Wahdi Septiawan',
    ]);
  });

  test('a nickname in brackets after a name, made from the name, is that person wherever it recurs; a club in brackets is not', () => {
    const found = annotate('Direktur Utama Budi Waseso (Buwas) mengatakan stok aman. Kemudian Buwas menambahkan. Pelatih Marc Klok (Persikabo) hadir.', kb);
    assert.deepStrictEqual(found.map((m) => `${m.type}:${m.text}:${m.entity.id}`), [
      'PERSON:Budi Waseso:person:budi-waseso',
      'PERSON:Buwas:person:budi-waseso',
      'PERSON:Buwas:person:budi-waseso',
      'PERSON:Marc Klok:person:marc-klok',
    ]);
  });

  test('legislatures, exchanges and police forces end names; a capitalized designator after one name word stays outside the place', () => {
    assert.deepStrictEqual(spans(annotate('The National Assembly and the Federal Senate met. A Guangdong Exchange logo. The National Police said.', kb)), [
      'ORGANIZATION:National Assembly',
      'ORGANIZATION:Federal Senate',
      'ORGANIZATION:Guangdong Exchange',
      'ORGANIZATION:National Police',
    ]);
    assert.deepStrictEqual(spans(annotate('Voters in Shimane Prefecture and Orange County went out.', kb)), ['PLACE:Shimane']);
  });

  test('a person named with middle names the knowledge base leaves out is the known person', () => {
    const local = new KnowledgeBase([...FIXTURE_ENTRIES, { id: 'leader:joseph-boakai', type: 'LEADER', name: 'Joseph Boakai', country: 'LR' }]);
    const found = annotate('Presiden Joseph Nyumah Boakai hadir.', local);
    assert.deepStrictEqual(found.map((m) => `${m.type}:${m.text}:${m.entity.id}`), ['LEADER:Joseph Nyumah Boakai:leader:joseph-boakai']);
  });

  test('acronyms: a misspelled long form is the known body; a kind of body and a title with its body define nothing', () => {
    const ids = (text: string) => annotate(text, kb).map((m) => `${m.text}:${m.entity.id}`);
    assert.deepStrictEqual(ids('Badan Nasional Penanggulagan Bencana (BNPB) mencatat. BNPB juga.'), [
      'Badan Nasional Penanggulagan Bencana:org:national-disaster-management-agency',
      'BNPB:org:national-disaster-management-agency',
      'BNPB:org:national-disaster-management-agency',
    ]);
    assert.deepStrictEqual(ids('Perusahaan Badan Usaha Milik Negara (BUMN) itu rugi. BUMN lain untung.'), []);
    assert.deepStrictEqual(ids('Kepala Kepolisian Republik Indonesia (Kapolri) hadir.'), ['Kepolisian Republik Indonesia:org:indonesian-national-police']);
  });

  test("English: a name before ', who'; judges, lawmakers and mission chiefs are titles", () => {
    assert.deepStrictEqual(spans(annotate('Loh Boon Chye, who started as CEO, spoke. Judge Juan Merchan and lawmaker Kenta Izumi agreed.', kb)), [
      'PERSON:Loh Boon Chye',
      'PERSON:Juan Merchan',
      'PERSON:Kenta Izumi',
    ]);
  });

  test('a title-case headline that asks a question starts no names', () => {
    assert.deepStrictEqual(spans(annotate('Mentan Amran Mendadak ke Kantor Bappenas, Ada Apa?\nMenteri Pertanian Amran Sulaiman datang pagi ini.', kb)), [
      'ORGANIZATION:Bappenas',
      'LEADER:Amran Sulaiman',
    ]);
  });

  test('places in a chain of designated places; a second designator names the place itself', () => {
    assert.deepStrictEqual(spans(annotate('Banjir menerjang Desa Hergamanah, Ngamprah, Kabupaten Kunming, dan wilayah Nagari Pangkalan.', kb)), [
      'PLACE:Hergamanah',
      'PLACE:Ngamprah',
      'PLACE:Kunming',
      'PLACE:Pangkalan',
    ]);
  });

  test("a company's legal forms after its known name are part of it", () => {
    const local = new KnowledgeBase([...FIXTURE_ENTRIES, { id: 'org:telkom', type: 'ORGANIZATION', name: 'Telkom Indonesia', aliases: ['PT Telkom Indonesia'], country: 'ID' }]);
    const found = annotate('Saham PT Telkom Indonesia (Persero) Tbk naik. Telkom Indonesia, Tbk. juga.', local);
    assert.deepStrictEqual(found.map((m) => `${m.text}:${m.entity.id}`), ['PT Telkom Indonesia (Persero) Tbk:org:telkom', 'Telkom Indonesia, Tbk:org:telkom']);
  });

  test('English ministries named by listed portfolios; a place\'s exchange; Malaysian honours before names', () => {
    assert.deepStrictEqual(spans(annotate('The Public Works and Housing Ministry and the Education, Culture, Research and Technology Ministry met.', kb)), [
      'ORGANIZATION:Public Works and Housing Ministry',
      'ORGANIZATION:Education, Culture, Research and Technology Ministry',
    ]);
    assert.deepStrictEqual(spans(annotate('A Guangdong Exchange logo. A forum on People-to-People Exchange.', kb)), ['ORGANIZATION:Guangdong Exchange']);
    assert.deepStrictEqual(spans(annotate('Chief Secretary Tan Sri Shamsul Azri Abu Bakar and Datuk Seri Ahmad Zahid Hamidi met.', kb)), [
      'PERSON:Shamsul Azri Abu Bakar',
      'PERSON:Ahmad Zahid Hamidi',
    ]);
  });

  test('question words and pronouns, day names in datelines and unit remits are no names; deputy ministers\' abbreviations are titles', () => {
    assert.deepStrictEqual(spans(annotate('AFP: Bisakah Anda memastikan hal itu?', kb)), []);
    assert.deepStrictEqual(spans(annotate('SENIN, 31 JULI 2023\nBerita hari ini.', kb)), []);
    assert.deepStrictEqual(spans(annotate('Kepala Pusat Data dan Informasi Abdul Muhari dan Wamenag Saiful Rahmat Dasuki hadir.', kb)), [
      'PERSON:Abdul Muhari',
      'LEADER:Saiful Rahmat Dasuki',
    ]);
  });

  test('news sites named by their domains; in lower case only where outlets are named; not in addresses', () => {
    const found = annotate('REPUBLIKA.CO.ID, JAKARTA -- Berita. Laporan wartawan TribunSolo.com hari ini.\nkedannews.com – Kegiatan. Kunjungi www.kompas.com atau tulis ke a@b.com.', kb);
    assert.deepStrictEqual(found.map((m) => `${m.type}:${m.text}:${m.entity.id}`), [
      'ORGANIZATION:REPUBLIKA.CO.ID:org:republika',
      'ORGANIZATION:TribunSolo.com:org:tribunsolo-com',
      'ORGANIZATION:kedannews.com:org:kedannews-com',
    ]);
  });

  test("the chair of a regional parliament named after the title is a leader, and the parliament a body", () => {
    assert.deepStrictEqual(spans(annotate('Rapat dipimpin Ketua DPRD Kunming Adi Sutarwijono dan Wakil Ketua DPRD Kota Kunming Laila Mufidah.', kb)), [
      'ORGANIZATION:DPRD Kunming',
      'LEADER:Adi Sutarwijono',
      'ORGANIZATION:DPRD Kota Kunming',
      'LEADER:Laila Mufidah',
    ]);
  });

  test('abbreviated given names, a place that ends a photographer\'s name, and bylines of two names', () => {
    assert.deepStrictEqual(spans(annotate('Berita hari ini.\nPewarta: La Ode Muh. Deden Saputra', kb)), ['PERSON:La Ode Muh. Deden Saputra']);
    assert.deepStrictEqual(spans(annotate('Foto dari pasar. (Xinhua/Rivan Awal Kunming) Berita.', kb)), ['ORGANIZATION:Xinhua', 'PERSON:Rivan Awal Kunming']);
    assert.deepStrictEqual(spans(annotate('By Wendell Roelf and Nellie Peyton\nANC loses majority\nThe story.', kb)), ['PERSON:Wendell Roelf', 'PERSON:Nellie Peyton']);
  });

  test("a person's initials next to another word in capitals are part of a longer acronym", () => {
    const local = new KnowledgeBase([...FIXTURE_ENTRIES, { id: 'leader:jusuf-kalla', type: 'LEADER', name: 'Jusuf Kalla', aliases: ['JK'] }]);
    assert.deepStrictEqual(spans(annotate('Peserta PBI JK bertambah. Pak JK hadir.', local)), ['LEADER:JK']);
  });

  test("an English long form that shares no word with the known bearer of its acronym names another body", () => {
    const local = new KnowledgeBase([...FIXTURE_ENTRIES, { id: 'org:dpa', type: 'ORGANIZATION', name: 'Deutsche Presse-Agentur', aliases: ['DPA'], country: 'DE' }]);
    const found = annotate('The Supreme Advisory Council (DPA) was revived. The DPA will advise.', local);
    assert.ok(found.every((m) => m.entity.id !== 'org:dpa'), JSON.stringify(found));
  });

  test("coreference: a name's first words, and one name word the article gives one person (or one leader), are that person", () => {
    const local = new KnowledgeBase([...FIXTURE_ENTRIES, { id: 'leader:budi-gunadi-sadikin', type: 'LEADER', name: 'Budi Gunadi Sadikin', country: 'ID' }]);
    const linked = (text: string) => annotate(text, local).filter((m) => m.type === 'LEADER' || m.type === 'PERSON').map((m) => `${m.text}:${m.entity.id}`);
    assert.deepStrictEqual(linked('Menteri Budi Gunadi Sadikin datang. Kata Menkes Budi Gunadi, "Siap," ujar Budi. Budi juga hadir.'), [
      'Budi Gunadi Sadikin:leader:budi-gunadi-sadikin',
      'Budi Gunadi:leader:budi-gunadi-sadikin',
      'Budi:leader:budi-gunadi-sadikin',
      'Budi:leader:budi-gunadi-sadikin',
    ]);
    assert.deepStrictEqual(linked('Gubernur Ali Baal Masdar meninjau bersama Muhammad Ali Rachman. Warga melapor kepada Gubernur Ali.'), [
      'Ali Baal Masdar:leader:ali-baal-masdar',
      'Muhammad Ali Rachman:person:muhammad-ali-rachman',
      'Ali:leader:ali-baal-masdar',
    ]);
  });

  test("an Indonesian ministry's short name with another country after it is that country's ministry; Kementrian is Kementerian", () => {
    const local = new KnowledgeBase([...FIXTURE_ENTRIES, { id: 'org:kemlu', type: 'ORGANIZATION', name: 'Ministry of Foreign Affairs of Indonesia', aliases: ['Kemenlu'], country: 'ID' }]);
    assert.deepStrictEqual(spans(annotate('Konferensi pers Kemenlu China hari ini, kata Kemenlu.', local)), ['ORGANIZATION:Kemenlu China', 'ORGANIZATION:Kemenlu']);
    const found = annotate('Juru bicara Kementrian Luar Negeri Tiongkok hadir.', kb);
    assert.deepStrictEqual(found.map((m) => m.entity.id), ['org:ministry-of-foreign-affairs-of-china']);
  });

  test("a nickname in quotation marks inside a name; a party before a chair's title makes a leader", () => {
    const local = new KnowledgeBase([...FIXTURE_ENTRIES, { id: 'leader:joko-widodo', type: 'LEADER', name: 'Joko Widodo', aliases: ['Jokowi'] }, { id: 'org:da', type: 'ORGANIZATION', name: 'Democratic Alliance', description: 'South African political party' }]);
    const found = annotate('President Joko "Jokowi" Widodo attended. Democratic Alliance chairman John Steenhuisen said. He said "Yes" Budi.', local);
    assert.deepStrictEqual(found.map((m) => `${m.type}:${m.text}:${m.entity.id}`), [
      'LEADER:Joko "Jokowi" Widodo:leader:joko-widodo',
      'ORGANIZATION:Democratic Alliance:org:da',
      'LEADER:John Steenhuisen:leader:john-steenhuisen',
    ]);
    // A party's `leader` is its head (she led it 2007–2015), unless the words before make him one of many.
    assert.deepStrictEqual(spans(annotate('Democratic Alliance leader Helen Zille said.', local)), ['ORGANIZATION:Democratic Alliance', 'LEADER:Helen Zille']);
    assert.deepStrictEqual(spans(annotate('A senior Democratic Alliance leader Tom Smith said.', local)), ['ORGANIZATION:Democratic Alliance', 'PERSON:Tom Smith']);
  });

  test('a portfolio before a leader\'s title is part of it; a title after words makes them a description; selaku before a title', () => {
    assert.deepStrictEqual(spans(annotate('Justice Minister Yilmaz Tunc condemned it. Sri Lankan President Mahinda Rajapaksa spoke.', kb)), [
      'LEADER:Yilmaz Tunc',
      'LEADER:Mahinda Rajapaksa',
    ]);
    assert.deepStrictEqual(spans(annotate('Rapat dengan Erzaldi Rosman selaku Gubernur Guangdong.', kb)), ['LEADER:Erzaldi Rosman', 'PLACE:Guangdong']);
    assert.deepStrictEqual(spans(annotate('Representative Chip Roy and Sen. Ted Cruz spoke.', kb)), ['PERSON:Chip Roy', 'PERSON:Ted Cruz']);
  });

  test('corps after a rank, initials with a point, legal forms and designators abbreviated with a point, police headquarters', () => {
    assert.deepStrictEqual(spans(annotate('Kolonel Mar Benny Poltak Nadeak dan Jaksa Agung ST. Burhanuddin hadir.', kb)), ['PERSON:Benny Poltak Nadeak', 'LEADER:ST. Burhanuddin']);
    assert.deepStrictEqual(spans(annotate('Tambang milik PT. Bintang Delapan Group dan staf Dinas Komunikasi dan Informatika Kab. Kunming.', kb)), [
      'ORGANIZATION:PT. Bintang Delapan Group',
      'ORGANIZATION:Dinas Komunikasi dan Informatika Kab. Kunming',
    ]);
    assert.deepStrictEqual(spans(annotate('Ia diperiksa di Mapolda Metro Jaya.', kb)), ['PLACE:Mapolda Metro Jaya']);
  });

  test('epithets and benches are no names; a staff byline names no one', () => {
    assert.deepStrictEqual(spans(annotate('Lembaga Antirasuah memiliki waktu. Majelis Hakim Tipikor menjatuhkan vonis.\nBy Editorial Staff\nThe story.', kb)), []);
  });

  test('places listed after a designated place share its designator; a list with a given name is no list of places', () => {
    assert.deepStrictEqual(spans(annotate('Banjir melanda Kecamatan Nusaniwe, Sirimau, Kunming dan Leitimur Selatan.', kb)), [
      'PLACE:Nusaniwe',
      'PLACE:Sirimau',
      'PLACE:Kunming',
      'PLACE:Leitimur Selatan',
    ]);
    assert.deepStrictEqual(spans(annotate('Di Kecamatan Cilandak, Pasar Minggu dan Ahmad Dahlan hadir.', kb)), ['PLACE:Cilandak', 'PERSON:Ahmad Dahlan']);
  });

  test("a name right before a leader's title and its place; a ruler's title opens a facility's name; the Senate alone", () => {
    assert.deepStrictEqual(spans(annotate('Tersangka adalah Pangonal Harahap Bupati Kunming yang ditangkap.', kb)), ['LEADER:Pangonal Harahap', 'PLACE:Kunming']);
    assert.deepStrictEqual(spans(annotate('He landed at King Khalid International Airport. It was approved in the Senate on Tuesday.', kb)), [
      'PLACE:King Khalid International Airport',
      'ORGANIZATION:Senate',
    ]);
  });

  test("a designator inside another name names no place; politicians, honorifics, plural titles and executives' acronyms", () => {
    assert.deepStrictEqual(spans(annotate('Program Koperasi Desa Merah Putih dan Koperasi Desa/Kelurahan Merah Putih; Desa Sukamaju Kecamatan Cidahu.', kb)), [
      'PLACE:Sukamaju',
      'PLACE:Cidahu',
    ]);
    assert.deepStrictEqual(spans(annotate('ujar politikus Gerindra Ahmad Muzani. Ujar Politikus Gerindra Ahmad Muzani. Kepala Bappenas (CEO) hadir. The Big Bang Theory.', kb)), [
      'ORGANIZATION:Gerindra',
      'PERSON:Ahmad Muzani',
      'ORGANIZATION:Gerindra',
      'PERSON:Ahmad Muzani',
      'ORGANIZATION:Bappenas',
    ]);
    assert.deepStrictEqual(spans(annotate('Deputy Foreign Ministers Kazem Gharibabadi and Hossein Takht-Ravanchi came.', kb)), ['LEADER:Kazem Gharibabadi', 'LEADER:Hossein Takht-Ravanchi']);
  });

  test("a body's boards and kinds of groupings name no body; a party's board does", () => {
    assert.deepStrictEqual(spans(annotate('Atas nama Dewan Komisaris dan para Ketua Umum Partai Politik, Ketua Dewan Pembina Partai Gerindra hadir.', kb)), [
      'ORGANIZATION:Dewan Pembina Partai Gerindra',
    ]);
  });

  test("an office of someone else's after a name, and a region's secretary, make no leader", () => {
    assert.deepStrictEqual(spans(annotate("Raffi Ahmad, the president's special envoy, and provincial secretary Isnan Fajri came.", kb)), [
      'PERSON:Raffi Ahmad',
      'PERSON:Isnan Fajri',
    ]);
  });

  test("a byline with the outlet in brackets, and a photographer's last initial", () => {
    assert.deepStrictEqual(spans(annotate('Dio Suhenda (Xinhua)\nThe rally ended. (Xinhua/Hafidz Mubarak A)', kb)), [
      'PERSON:Dio Suhenda',
      'ORGANIZATION:Xinhua',
      'ORGANIZATION:Xinhua',
      'PERSON:Hafidz Mubarak A',
    ]);
  });

  test('an alliance named by a known body is that body; an embassy by its country; an outlet before a known dateline place', () => {
    const found = annotate('TIMES NIAS, KUNMING – Aliansi CPPCC hadir di Kedutaan China, kata Madam Liu Bin.', kb);
    assert.deepStrictEqual(found.map((m) => `${m.type}:${m.text}`), [
      'ORGANIZATION:TIMES NIAS',
      'PLACE:KUNMING',
      'ORGANIZATION:CPPCC',
      'ORGANIZATION:Kedutaan China',
      'PERSON:Liu Bin',
    ]);
  });

  test("Indonesia's regional heads and governments in English", () => {
    assert.deepStrictEqual(spans(annotate('The Regent of Kunming Karna Suswandi skipped it, said the Kunming Regency Government.', kb)), [
      'PLACE:Kunming',
      'LEADER:Karna Suswandi',
      'ORGANIZATION:Kunming Regency Government',
    ]);
  });

  test('an index before a verb of saying, and a word with a year after a dash, are no names', () => {
    assert.deepStrictEqual(spans(annotate('The Shanghai Composite Index added 0.9 per cent. Drills named Justice Mission–2025 began.', kb)), ['PLACE:Shanghai']);
  });

  test('portfolio words, terms in title case, executive titles and honorifics between a title and a name', () => {
    assert.deepStrictEqual(spans(annotate('Menteri Badan Usaha Milik Negara Rini Soemarno hadir. Menteri Investasinya juga hadir.', kb)), ['LEADER:Rini Soemarno']);
    assert.deepStrictEqual(spans(annotate('Dirut Definitif ini dan Presiden Terpilih Ahmad Dahlan hadir.', kb)), ['LEADER:Ahmad Dahlan']);
    assert.deepStrictEqual(spans(annotate('Chief Executive Officer (CEO) Bappenas, Rosan Roeslani, dan Seyed Abbas Araghchi hadir.', kb)), [
      'ORGANIZATION:Bappenas',
      'PERSON:Rosan Roeslani',
      'PERSON:Abbas Araghchi',
    ]);
  });

  test('schools, hospitals, boarding schools, local agencies and governments are organizations named after their heads', () => {
    assert.deepStrictEqual(spans(annotate('Siswa SMAN 1 Mayong dan SD Muhammadiyah 12 Kunming; jenjang SMA tidak.', kb)), [
      'ORGANIZATION:SMAN 1 Mayong',
      'ORGANIZATION:SD Muhammadiyah 12 Kunming',
    ]);
    assert.deepStrictEqual(spans(annotate('Pelaku berinisial RS Ditangkap. Ia dirawat di RSUD Dr. Soetomo, lalu RSPAD Gatot Soebroto; dana Rs 1.16 lakh crore dan RS 163 rumah.', kb)), [
      'ORGANIZATION:RSUD Dr. Soetomo',
      'ORGANIZATION:RSPAD Gatot Soebroto',
    ]);
    assert.deepStrictEqual(spans(annotate('Pengasuh Ponpes Al Falah Ploso dan Ponpes Se-Kabupaten Kunming hadir bersama Kepala Kesbangpol Kabupaten Kunming Haryanto.', kb)), [
      'ORGANIZATION:Ponpes Al Falah Ploso',
      'PLACE:Kunming',
      'ORGANIZATION:Kesbangpol Kabupaten Kunming',
      'PERSON:Haryanto',
    ]);
    assert.deepStrictEqual(spans(annotate('Pemerintah Kota Kunming menolak. The Philippine Navy and the Chinese Embassy spoke.', kb)), [
      'ORGANIZATION:Pemerintah Kota Kunming',
      'ORGANIZATION:Philippine Navy',
      'ORGANIZATION:Chinese Embassy',
    ]);
  });

  test('Congress alone is an organization; a congress after its owner or its number is an event', () => {
    assert.deepStrictEqual(spans(annotate('Milei sent the bill to Congress. The main opposition Congress party won, and Kunming\'s Congress agreed.', kb)), [
      'ORGANIZATION:Congress',
      'ORGANIZATION:Congress',
      'PLACE:Kunming',
      'ORGANIZATION:Congress',
    ]);
    assert.deepStrictEqual(spans(annotate('The 20th Party Congress opened. Delegates of the 19th Congress and the Mobile World Congress met.', kb)), []);
  });

  test('in a list of stocks, the name before each ticker is a company; acronyms and people are not', () => {
    // (The tickers name the companies too, as the knowledge base's aliases do.)
    assert.deepStrictEqual(spans(annotate('Saham Matahari (LPPF) turun Rp 675 dan Inco (INCO) naik 2 persen.', kb)), [
      'ORGANIZATION:Matahari',
      'ORGANIZATION:LPPF',
      'ORGANIZATION:Inco',
      'ORGANIZATION:INCO',
    ]);
    assert.deepStrictEqual(spans(annotate('Daftar Isian Penyelenggaraan Anggaran (DIPA) naik 5 persen, Budi Hartono (BDHR) turun 2 persen.', kb)).filter((m) => !m.startsWith('ORGANIZATION:DIPA') && !m.startsWith('ORGANIZATION:Daftar')), [
      'PERSON:Budi Hartono',
    ]);
  });

  test("a club the article names in full is named again by its first or last name word that no other entity has", () => {
    const local = new KnowledgeBase([
      ...FIXTURE_ENTRIES,
      { id: 'org:real-madrid', type: 'ORGANIZATION', name: 'Real Madrid', description: 'Spanish football club' },
      { id: 'place:madrid', type: 'PLACE', name: 'Madrid' },
      { id: 'org:ministry-of-x', type: 'ORGANIZATION', name: 'Real Estate Board', description: 'A board' },
    ]);
    const found = annotate('Real Madrid won. Later Real looked tired in Madrid.', local);
    assert.deepStrictEqual(found.map((m) => `${m.text}:${m.entity.id}`), ['Real Madrid:org:real-madrid', 'Real:org:real-madrid', 'Madrid:place:madrid']);
    assert.deepStrictEqual(spans(annotate('The Real Estate Board met. Real prices rose.', local)), ['ORGANIZATION:Real Estate Board']);
  });

  test("a goal's minute after a name names the scorer; a quoted title ending in a number does not", () => {
    assert.deepStrictEqual(spans(annotate("Skor akhir (Kimmich 28′ – Marcelo 44′). Gol dicetak Marc Klok (45') dan Beckham Putra 90+2'.", kb)), [
      'PERSON:Kimmich',
      'PERSON:Marcelo',
      'PERSON:Marc Klok',
      'PERSON:Beckham Putra',
    ]);
    assert.deepStrictEqual(spans(annotate("Film animasi 'Big Hero 6' tayang. Harga naik 5' pagi.", kb)), []);
  });

  test("a photographer's name in capitals before the agency in a credit", () => {
    assert.deepStrictEqual(spans(annotate('Berita hari ini.\nFoto: FLORENCE LO/Xinhua\nBerita lain.', kb)), ['PERSON:FLORENCE LO', 'ORGANIZATION:Xinhua']);
  });

  test("a name before 'as' or 'sebagai' and a leader's title; chief ministers are leaders", () => {
    assert.deepStrictEqual(spans(annotate('The induction of Kapil Sibal as cabinet minister. Presiden melantik Ahmad Wibawa sebagai Menteri Kesehatan.', kb)), [
      'LEADER:Kapil Sibal',
      'LEADER:Ahmad Wibawa',
    ]);
    assert.deepStrictEqual(spans(annotate('Guangdong Chief Minister Hajiji Noor said.', kb)), ['PLACE:Guangdong', 'LEADER:Hajiji Noor']);
  });

  test("the maker of a work and a body's spokesperson named with -nya stand before a name", () => {
    assert.deepStrictEqual(spans(annotate('Diangkat dari novel karya Pramoedya Ananta Toer, kata juru bicaranya Yona Bagus Widyatmoko.', kb)), [
      'PERSON:Pramoedya Ananta Toer',
      'PERSON:Yona Bagus Widyatmoko',
    ]);
  });

  test("after a portfolio joined by 'and', a lone capitalized word is the portfolio's, a name has two words", () => {
    assert.deepStrictEqual(spans(annotate('The Minister of Information and National Orientation said. Minister of Trade and Industry Piyush Goyal spoke.', kb)), [
      'LEADER:Piyush Goyal',
    ]);
  });

  test('English remits, a state after a governor, and a comma that closes a name after a title in lower case', () => {
    assert.deepStrictEqual(spans(annotate('Minister of Humanitarian Affairs and Poverty Alleviation Betta Edu and the Minister of Information and National Orientation Mohammed Idris spoke.', kb)), [
      'LEADER:Betta Edu',
      'LEADER:Mohammed Idris',
    ]);
    assert.deepStrictEqual(spans(annotate('Governor of Kwara State Abdul Rahman AbdulRazaq came.', kb)), ['PLACE:Kwara', 'LEADER:Abdul Rahman AbdulRazaq']);
    assert.deepStrictEqual(spans(annotate('Power went to the economy minister, Luis Caputo, and a former governor, Alfred Mutua, said he met the minister, John Smith said.', kb)), [
      'LEADER:Luis Caputo',
      'LEADER:Alfred Mutua',
      'PERSON:John Smith',
    ]);
  });

  test("a chair's title ends a body's name read after its head", () => {
    assert.deepStrictEqual(spans(annotate('Yesterday PT Chairwoman Gleisi Hoffmann spoke.', kb)), ['PERSON:Gleisi Hoffmann']);
  });

  test("Indonesian police ranks in Antara's English abbreviations stand before the name", () => {
    assert.deepStrictEqual(spans(annotate('Police spokesperson Sr. Comr. Ani Susanti and Insp. Gen. Budi Hartono said.', kb)), ['PERSON:Ani Susanti', 'PERSON:Budi Hartono']);
  });
});

suite('annotate: names and bodies of world news', () => {
  const world = new KnowledgeBase([
    ...FIXTURE_ENTRIES,
    { id: 'country:US', type: 'COUNTRY', name: 'United States', aliases: ['AS', 'U.S.', 'Amerika Serikat'] },
    { id: 'org:united-states-house-of-representatives', type: 'ORGANIZATION', name: 'United States House of Representatives', aliases: ['U.S. House', 'DPR AS'], country: 'US' },
    { id: 'org:united-states-senate', type: 'ORGANIZATION', name: 'United States Senate', aliases: ['Senat AS'], country: 'US' },
    { id: 'org:united-states-congress', type: 'ORGANIZATION', name: 'United States Congress', aliases: ['Kongres AS'], country: 'US' },
    { id: 'leader:mike-johnson', type: 'LEADER', name: 'Mike Johnson', country: 'US' },
    { id: 'org:labour-party-uk', type: 'ORGANIZATION', name: 'Labour Party', aliases: ['Labour'], country: 'GB' },
    { id: 'org:conservative-party-uk', type: 'ORGANIZATION', name: 'Conservative Party', aliases: ['Tory'], country: 'GB' },
  ]);

  test("an Arabic name's article in lower case is part of the name, and the name after it its short form", () => {
    assert.deepStrictEqual(spans(annotate('Menteri luar negeri sementara Ali al-Sadeq hadir. Jenderal Abdel Fattah al-Burhan bertemu dia. Burhan mengatakan tidak.', world)), [
      'LEADER:Ali al-Sadeq',
      'PERSON:Abdel Fattah al-Burhan',
      'PERSON:Burhan',
    ]);
  });

  test("a party's or creed's word after a title is no name, nor is a party that is a portfolio", () => {
    assert.deepStrictEqual(spans(annotate('Kegagalan tiga perdana menteri Konservatif terlihat.', world)), []);
    assert.deepStrictEqual(spans(annotate('the Minister of State for Labour and Employment spoke, a point ahead of Labour.', world)), ['ORGANIZATION:Labour']);
  });

  test('soldiers, pilots and clerics before their names, and a name given with bernama', () => {
    assert.deepStrictEqual(spans(annotate('Pilot bernama Abhinandan Varthaman ditahan. Komandan itu, ulama Hashem Safieddine, tewas.', world)), [
      'PERSON:Abhinandan Varthaman',
      'PERSON:Hashem Safieddine',
    ]);
  });

  test("a party's leader is a leader unless one of many, and a capitalized portfolio after a name makes its holder a leader", () => {
    assert.deepStrictEqual(spans(annotate('Tory leader Kemi Badenoch spoke. A Labour leader Tom Smith replied.', world)), [
      'ORGANIZATION:Tory',
      'LEADER:Kemi Badenoch',
      'ORGANIZATION:Labour',
      'PERSON:Tom Smith',
    ]);
    assert.deepStrictEqual(spans(annotate('Wes Streeting, the Health Secretary, and Darren Jones, the chief secretary to the Treasury, met.', world)), [
      'LEADER:Wes Streeting',
      'LEADER:Darren Jones',
    ]);
  });

  test("a credit line's photographer and agency: known, or the agency's initials", () => {
    assert.deepStrictEqual(spans(annotate('Protesters in Newport on Monday. Photograph: Ben Birchall/PA\nTolga Akmen/EPA\nA ratio of 3/4 and Hari Ini/Besok. [Photo by Wang Zhuangfei / CGTN]', world)), [
      'PERSON:Ben Birchall',
      'ORGANIZATION:PA',
      'PERSON:Tolga Akmen',
      'ORGANIZATION:EPA',
      'PERSON:Wang Zhuangfei',
      'ORGANIZATION:CGTN',
    ]);
  });

  test("a body's units are no part of a person's name", () => {
    assert.deepStrictEqual(spans(annotate('Kepala Subbidang Mitigasi Gunungapi hadir. Rachmad Hardadi, Direktur Megaproyek Pengolahan, hadir. Dekan Fakultas Kedokteran datang.', world)), ['PERSON:Rachmad Hardadi']);
  });

  test('capitalized words listed with two known places or more are places, but not after a school or a given name', () => {
    const local = new KnowledgeBase([
      ...FIXTURE_ENTRIES,
      { id: 'place:bogor', type: 'PLACE', name: 'Bogor' },
      { id: 'place:tangerang', type: 'PLACE', name: 'Tangerang' },
      { id: 'place:rembang', type: 'PLACE', name: 'Rembang' },
    ]);
    assert.deepStrictEqual(spans(annotate('Kota-kota seperti Bogor, Ciputat, Cawang Baru dan Tangerang juga banjir.', local)), ['PLACE:Bogor', 'PLACE:Ciputat', 'PLACE:Cawang Baru', 'PLACE:Tangerang']);
    // One known place is no list of places; a pesantren's name is no place.
    assert.deepStrictEqual(spans(annotate('Kami ke Bogor, Ciputat lalu pulang. Ia pengasuh pondok pesantren Roudlotut Tholibien, Rembang, Bogor.', local)), ['PLACE:Bogor', 'PLACE:Rembang', 'PLACE:Bogor']);
  });

  test("an American politician's party and state after the name, and the state each listed person is of", () => {
    const local = new KnowledgeBase([...FIXTURE_ENTRIES, { id: 'place:wisconsin', type: 'PLACE', name: 'Wisconsin' }, { id: 'place:kentucky', type: 'PLACE', name: 'Kentucky' }]);
    assert.deepStrictEqual(spans(annotate('Voting yes were Jeanne Shaheen (D-NH) and Minority Whip Dick Durbin (D-Ill.).', local)), ['PERSON:Jeanne Shaheen', 'PERSON:Dick Durbin']);
    assert.deepStrictEqual(spans(annotate('Senators like Ron Johnson of Wisconsin and Rand Paul of Kentucky disagree.', local)), [
      'PERSON:Ron Johnson',
      'PLACE:Wisconsin',
      'PERSON:Rand Paul',
      'PLACE:Kentucky',
    ]);
  });

  test("an airport's code in brackets is the airport; an editor's mark ends a name; bylines in capitals", () => {
    const local = new KnowledgeBase([...FIXTURE_ENTRIES, { id: 'org:bpn', type: 'ORGANIZATION', name: 'Badan Pertanahan Nasional', aliases: ['BPN'] }]);
    const found = annotate('Pesawat dari Bandara Sepinggan Balikpapan (BPN) mendarat. Kata direktur Kevin Aluwi-red kepada wartawan.', local);
    assert.deepStrictEqual(found.map((m) => `${m.type}:${m.text}`), ['PLACE:Bandara Sepinggan Balikpapan', 'PLACE:BPN', 'PERSON:Kevin Aluwi']);
    assert.strictEqual(found[1].entity.id, found[0].entity.id);
    assert.deepStrictEqual(spans(annotate('By AAMER MADHANI and ZEKE MILLER\nThe talks went on.\nLAPORAN: HANI FATUNNISA\nBerita.', local)), [
      'PERSON:AAMER MADHANI',
      'PERSON:ZEKE MILLER',
      'PERSON:HANI FATUNNISA',
    ]);
  });

  test("a headline's verb ends a name; officials' and spouses' titles; nicknames in single quotes; jails", () => {
    assert.deepStrictEqual(spans(annotate('PM Returns From Tokyo. Mentan Amran Tinjau Sawah di Merauke.', world)), ['LEADER:Amran']);
    assert.deepStrictEqual(spans(annotate('Permanent Secretary of Defence Sanitchanok Sangkhachan, First Lady Pich Chanmony and Vice Admiral Suwin Jangyodsuk came. Both All India Congress Committee leaders agreed.', world)), [
      'PERSON:Sanitchanok Sangkhachan',
      'PERSON:Pich Chanmony',
      'PERSON:Suwin Jangyodsuk',
      'ORGANIZATION:All India Congress Committee',
    ]);
    assert.deepStrictEqual(spans(annotate("Justice Secretary Jesus Crispin 'Boying' Remulla said. He was moved to Adiala Jail.", world)), [
      "LEADER:Jesus Crispin 'Boying' Remulla",
      'PLACE:Adiala Jail',
    ]);
  });

  test("initials a report gives a suspect stand for the suspect in the whole report", () => {
    const local = new KnowledgeBase([...FIXTURE_ENTRIES, { id: 'country:US', type: 'COUNTRY', name: 'United States', aliases: ['AS'] }]);
    assert.deepStrictEqual(spans(annotate('Polisi menangkap tersangka AS di kafe. AS mengaku menjual sabu.', local)), []);
    assert.deepStrictEqual(spans(annotate('Tarif AS naik lagi.', local)), ['COUNTRY:AS']);
  });

  test('regional bodies and places: PN, Pemko, a class in a prison\'s name, Dukuh and Lembang, degrees after a name', () => {
    const local = new KnowledgeBase([...FIXTURE_ENTRIES, { id: 'place:mataram', type: 'PLACE', name: 'Mataram' }, { id: 'place:sidoarjo', type: 'PLACE', name: 'Sidoarjo' }]);
    assert.deepStrictEqual(spans(annotate('Sidang di PN Mataram. Ia ditahan di Lapas Kelas II A Sidoarjo. Warga Dukuh Bayanan dan Lembang Randanbatu hadir.', local)), [
      'ORGANIZATION:PN Mataram',
      'ORGANIZATION:Lapas Kelas II A Sidoarjo',
      'PLACE:Bayanan',
      'PLACE:Randanbatu',
    ]);
    assert.deepStrictEqual(spans(annotate('Hadir Staf Ahli Ir. Ronald Sorongan M.Si dan Kabid Sarana dan Prasarana.', local)), ['PERSON:Ronald Sorongan']);
    // A known body's name as the last word of a person's title: `Kasi Intel`, not the chip maker.
    const intel = new KnowledgeBase([...FIXTURE_ENTRIES, { id: 'org:intel', type: 'ORGANIZATION', name: 'Intel' }]);
    assert.deepStrictEqual(spans(annotate('Kasi Intel Jatmiko Budiono mengatakan. Intel merilis cip baru.', intel)), ['PERSON:Jatmiko Budiono', 'ORGANIZATION:Intel']);
    assert.deepStrictEqual(spans(annotate('The party backed Chief Minister Eknath Shinde-led government.', local)), ['LEADER:Eknath Shinde']);
    // A regency or city the knowledge base names only in English, with its designator.
    const karo = new KnowledgeBase([...FIXTURE_ENTRIES, { id: 'place:karo-regency', type: 'PLACE', name: 'Karo Regency', country: 'ID' }, { id: 'place:batu-city', type: 'PLACE', name: 'Batu City', country: 'ID' }]);
    assert.deepStrictEqual(annotate('Banjir di Kabupaten Karo dan Kota Batu.', karo).map((m) => `${m.text}=${m.entity.id}`), ['Karo=place:karo-regency', 'Batu=place:batu-city']);
  });

  test("what bears a person's name is named whole, and a state's National Guard is a body", () => {
    const local = new KnowledgeBase([...FIXTURE_ENTRIES, { id: 'leader:tony-blair', type: 'LEADER', name: 'Tony Blair' }, { id: 'place:california', type: 'PLACE', name: 'California' }]);
    assert.deepStrictEqual(spans(annotate('The Tony Blair Institute said. Tony Blair Tower rose. The California National Guard came. Tony Blair spoke.', local)), [
      'ORGANIZATION:Tony Blair Institute',
      'PLACE:Tony Blair Tower',
      'ORGANIZATION:California National Guard',
      'LEADER:Tony Blair',
    ]);
  });

  test("schools, colleges and Islamic institutes are bodies; a ministry named by its known acronym is that ministry; acting titles are no names", () => {
    const local = new KnowledgeBase([
      ...FIXTURE_ENTRIES,
      { id: 'place:makassar', type: 'PLACE', name: 'Makassar' },
      { id: 'org:komdigi', type: 'ORGANIZATION', name: 'Ministry of Communication and Digital Affairs', aliases: ['Komdigi'] },
    ]);
    assert.deepStrictEqual(annotate('Ia kuliah di IAIN Alauddin Makassar dan Gulshan Model High School. Kementerian Komdigi menyatakan, ujar Plh Kajari.', local).map((m) => `${m.type}:${m.text}=${m.entity.id}`), [
      'ORGANIZATION:IAIN Alauddin Makassar=org:iain-alauddin-makassar',
      'ORGANIZATION:Gulshan Model High School=org:gulshan-model-high-school',
      'ORGANIZATION:Kementerian Komdigi=org:komdigi',
    ]);
  });

  test("an initiative's or an event's acronym names nothing in the article; press conferences, autonomous regions, short surnames", () => {
    const local = new KnowledgeBase([
      ...FIXTURE_ENTRIES,
      { id: 'org:bri', type: 'ORGANIZATION', name: 'Bank Rakyat Indonesia', aliases: ['BRI'], country: 'ID' },
      { id: 'place:inner-mongolia', type: 'PLACE', name: 'Inner Mongolia' },
      { id: 'leader:pan-gongsheng', type: 'LEADER', name: 'Pan Gongsheng' },
      { id: 'org:pan', type: 'ORGANIZATION', name: 'National Mandate Party', aliases: ['PAN'] },
    ]);
    assert.deepStrictEqual(spans(annotate('Inisiatif Sabuk dan Jalan (Belt and Road Initiative/BRI) tumbuh. Proyek BRI berlanjut.', local)), []);
    assert.deepStrictEqual(spans(annotate("Lin Jian's Regular Press Conference was held in Inner Mongolia Autonomous Region. President Lee Holds Press Conference.", local)), [
      'PERSON:Lin Jian',
      'PLACE:Inner Mongolia',
      'LEADER:Lee',
    ]);
    assert.deepStrictEqual(spans(annotate('Pan Gongsheng spoke. Rates will stay, Pan added.', local)), ['LEADER:Pan Gongsheng', 'LEADER:Pan']);
  });

  test("English Saudi before a noun, and English Swiss, are adjectives; an Arabic family name with its article names its bearer again; title-case acronyms", () => {
    const local = new KnowledgeBase([
      ...FIXTURE_ENTRIES,
      { id: 'country:SA', type: 'COUNTRY', name: 'Saudi Arabia', aliases: ['Saudi', 'Arab Saudi'] },
      { id: 'country:US', type: 'COUNTRY', name: 'United States', aliases: ['US'] },
      { id: 'leader:haitham-al-ghais', type: 'LEADER', name: 'Haitham Al Ghais' },
      { id: 'org:opec', type: 'ORGANIZATION', name: 'Organization of the Petroleum Exporting Countries', aliases: ['OPEC', 'Opec'] },
    ]);
    assert.deepStrictEqual(spans(annotate('The Saudi energy minister and the Saudi-led group met in the capital. He flew to Saudi for US-Saudi talks.', local)), ['COUNTRY:Saudi', 'COUNTRY:US', 'COUNTRY:Saudi']);
    assert.deepStrictEqual(spans(annotate('Pemerintah Saudi dan Indonesia sepakat, yang penting bagi Saudi.', local)), ['COUNTRY:Saudi', 'COUNTRY:Indonesia', 'COUNTRY:Saudi']);
    // English `Swiss` is the adjective; Indonesian `Swiss` the country.
    const swiss = new KnowledgeBase([...FIXTURE_ENTRIES, { id: 'country:CH', type: 'COUNTRY', name: 'Switzerland', aliases: ['Swiss'] }]);
    assert.deepStrictEqual(spans(annotate('Most Swiss voters said the Swiss financial centre was at risk, and the bank was in trouble.', swiss)), []);
    assert.deepStrictEqual(spans(annotate('Pemerintah Swiss mengatakan bahwa bank yang bangkrut itu akan dijual.', swiss)), ['COUNTRY:Swiss']);
    assert.deepStrictEqual(annotate('Haitham Al Ghais spoke. Mr Al Ghais added that Opec was ready, Al-Ghais said.', local).map((m) => `${m.text}=${m.entity.id}`), [
      'Haitham Al Ghais=leader:haitham-al-ghais',
      'Al Ghais=leader:haitham-al-ghais',
      'Opec=org:opec',
      'Al-Ghais=leader:haitham-al-ghais',
    ]);
  });

  test("the name someone goes by after 'atau yang akrab disapa', and a person's initials in brackets, are that person", () => {
    const local = new KnowledgeBase([...FIXTURE_ENTRIES, { id: 'org:art', type: 'ORGANIZATION', name: 'Art Club', aliases: ['ART'] }]);
    assert.deepStrictEqual(annotate('Wamenaker Budi Santoso atau yang akrab disapa Noel ditangkap. Sekjen LMP Abdul Rachman Thaha (ART) mengatakan. ART menambahkan.', local).map((m) => `${m.text}=${m.entity.id}`), [
      'Budi Santoso=leader:budi-santoso',
      'Noel=leader:budi-santoso',
      'Abdul Rachman Thaha=leader:abdul-rachman-thaha',
      'ART=leader:abdul-rachman-thaha',
      'ART=leader:abdul-rachman-thaha',
    ]);
  });

  test('the president of a firm or a private council named after a comma is a person, of a state body a leader', () => {
    const local = new KnowledgeBase([...FIXTURE_ENTRIES, { id: 'org:european-commission', type: 'ORGANIZATION', name: 'European Commission' }]);
    assert.deepStrictEqual(spans(annotate('Craig Allen, president of the Pacific Business Council, agreed. Ursula Gertrud Leyen, president of the European Commission, spoke.', local)), [
      'PERSON:Craig Allen',
      'ORGANIZATION:Pacific Business Council',
      'LEADER:Ursula Gertrud Leyen',
      'ORGANIZATION:European Commission',
    ]);
  });

  test('a party described before the word party, a cartel, and a dictator', () => {
    const typed = (text: string) => spans(annotate(text, world));
    assert.deepStrictEqual(typed('Leaders of the ruling Kenya Kwanza party met, and the opposition Democratic Unity Platform coalition did not.'), [
      'ORGANIZATION:Kenya Kwanza',
      'ORGANIZATION:Democratic Unity Platform',
    ]);
    assert.deepStrictEqual(typed('The liberal Progressive Slovakia party won.'), ['ORGANIZATION:Progressive Slovakia']);
    // `PBB-P2`, a land tax: an acronym that begins a code names no body.
    assert.deepStrictEqual(typed('Kenaikan PBB-P2 ditolak warga, kata PBB.'), ['ORGANIZATION:PBB']);
    assert.deepStrictEqual(typed('The Sinaloa Cartel and Kartel Jalisco fought. The dictator Augusto Pinochet ruled.'), [
      'ORGANIZATION:Sinaloa Cartel',
      'ORGANIZATION:Kartel Jalisco',
      'LEADER:Augusto Pinochet',
    ]);
  });

  test('bylines after By:, members of parliament and candidates are persons; laws, regions and peoples are not', () => {
    const typed = (text: string) => spans(annotate(text, world));
    assert.deepStrictEqual(typed('By: Chen Yi-hsuan and Chiang Yi-ching\nGreen Party MP Teanau Tuiono and candidate Fan Yun spoke.'), [
      'PERSON:Chen Yi-hsuan',
      'PERSON:Chiang Yi-ching',
      'ORGANIZATION:Green Party',
      'PERSON:Teanau Tuiono',
      'PERSON:Fan Yun',
    ]);
    assert.deepStrictEqual(typed('The Special Prosecutor Act was passed, and Pacific leaders met.'), []);
    assert.deepStrictEqual(typed("Kim Yo-jong, North Korean leader Kim Jong Un's sister, spoke."), ['PERSON:Kim Yo-jong', 'PERSON:Kim Jong Un']);
  });

  test("a company's two legal forms are no part of who it is; its founder's surname stays the founder", () => {
    const firms = new KnowledgeBase([
      ...FIXTURE_ENTRIES,
      { id: 'org:byd', type: 'ORGANIZATION', name: 'BYD', description: 'Chinese carmaker', country: 'CN' },
      { id: 'org:adani-group', type: 'ORGANIZATION', name: 'Adani Group', description: 'Indian conglomerate founded by Gautam Adani', country: 'IN' },
      { id: 'person:gautam-adani', type: 'PERSON', name: 'Gautam Adani', country: 'IN' },
    ]);
    const linked = (text: string) => annotate(text, firms).map((m) => `${m.text}=${m.entity.id}`);
    assert.deepStrictEqual(linked('BYD Co Ltd said sales rose.'), ['BYD Co Ltd=org:byd']);
    assert.deepStrictEqual(linked('Shares of the Adani Group fell. Gautam Adani denied it, and Adani said so again.'), [
      'Adani Group=org:adani-group',
      'Gautam Adani=person:gautam-adani',
      'Adani=person:gautam-adani',
    ]);
  });

  test('a name that is also a common word is the word in a title-case headline, and after a dateline dash', () => {
    const words = new KnowledgeBase([
      ...FIXTURE_ENTRIES,
      { id: 'country:EG', type: 'COUNTRY', name: 'Egypt', aliases: ['Mesir'] },
      { id: 'leader:abdel-fattah-el-sisi', type: 'LEADER', name: 'Abdel Fattah el-Sisi', aliases: ['Sisi'], country: 'EG' },
      { id: 'place:serang', type: 'PLACE', name: 'Serang', country: 'ID' },
      { id: 'place:lima', type: 'PLACE', name: 'Lima', country: 'PE' },
    ]);
    const typed = (text: string) => spans(annotate(text, words));
    assert.deepStrictEqual(typed('Prabowo Duduk di Sisi Jokowi\n\nPresiden Mesir Abdel Fattah el-Sisi hadir. Sisi berkata.'), ['COUNTRY:Mesir', 'LEADER:Abdel Fattah el-Sisi', 'LEADER:Sisi']);
    assert.deepStrictEqual(typed('Banjir Rendam Kab Serang\n\nHujan turun di Serang.'), ['PLACE:Serang', 'PLACE:Serang']);
    assert.deepStrictEqual(typed('TRIBUNWOW.COM - Lima lembaga merilis hasil hitung cepat.').filter((m) => m.startsWith('PLACE')), []);
  });

  test("cabinets are bodies, a programme's cooperatives no one body; parties to a case and ballot numbers are no names", () => {
    const typed = (text: string) => spans(annotate(text, world));
    assert.deepStrictEqual(typed('Satgas Koperasi Desa/Kelurahan Merah Putih melapor kepada Kabinet Merah Putih. Ribuan Koperasi Merah Putih terbentuk.'), [
      'ORGANIZATION:Kabinet Merah Putih',
    ]);
    assert.deepStrictEqual(typed('Kuasa hukum para Pemohon hadir, dan pasangan Nomor Urut 2 menang.'), []);
    assert.deepStrictEqual(typed('Ia menteri dalam Kabinet Indonesia Bersatu II, kata Sekretaris Kabinet Teddy Indra Wijaya.'), [
      'ORGANIZATION:Kabinet Indonesia Bersatu II',
      'PERSON:Teddy Indra Wijaya',
    ]);
  });

  test("terms of office, elections and academic titles after an office are no one's name", () => {
    const typed = (text: string) => spans(annotate(text, world)).filter((m) => m.startsWith('PERSON') || m.startsWith('LEADER'));
    assert.deepStrictEqual(typed('Pelantikan Wakil Presiden Masa Jabatan 2019-2024 digelar. Enam pasang Calon Gubernur Siap Bertarung.'), []);
    assert.deepStrictEqual(typed('Calon wakil gubernur Doktor Insinyur Kun Wardhana mendapat dukungan.'), ['PERSON:Kun Wardhana']);
  });

  test("a body's research unit and secretariat, and a gallery or hall named after its body, are one name", () => {
    const bodies = new KnowledgeBase([...FIXTURE_ENTRIES, { id: 'org:antara', type: 'ORGANIZATION', name: 'Antara' }, { id: 'org:kompas', type: 'ORGANIZATION', name: 'Kompas' }]);
    assert.deepStrictEqual(spans(annotate('Survei Litbang Kompas dirilis di Galeri Foto Jurnalistik Antara, lalu di Graha Bhakti Antara.', bodies)), [
      'ORGANIZATION:Litbang Kompas',
      'PLACE:Galeri Foto Jurnalistik Antara',
      'PLACE:Graha Bhakti Antara',
    ]);
  });

  test("a firm's or a university's own words name it again in its article, but not before another name word", () => {
    const typed = (text: string) => spans(annotate(text, world)).filter((m) => m.startsWith('ORGANIZATION'));
    assert.deepStrictEqual(typed('The Blackstone Group agreed. Blackstone funds rose, and Virgin Group said Virgin Galactic would wait.'), [
      'ORGANIZATION:Blackstone Group',
      'ORGANIZATION:Blackstone',
      'ORGANIZATION:Virgin Group',
    ]);
  });

  test('an acronym in capitals of any alphabet names its body again; a body\'s head word alone after a title is no name', () => {
    const typed = (text: string) => spans(annotate(text, world));
    assert.deepStrictEqual(typed('The far-right Freedom Party (FPÖ) won. Talks with the FPÖ failed.'), ['ORGANIZATION:Freedom Party', 'ORGANIZATION:FPÖ', 'ORGANIZATION:FPÖ']);
    assert.deepStrictEqual(typed('a politician from the right-wing Law and Justice Party said so.').filter((m) => m.startsWith('PERSON')), []);
  });

  test('TV after a name makes a broadcaster, without the platform it is seen on or the full stop after it', () => {
    const typed = (text: string) => spans(annotate(text, world));
    assert.deepStrictEqual(typed('He said so in an interview with Joy Prime TV. It was shown on kanal YouTube Citra Nusa TV. People watched it on TV.'), [
      'ORGANIZATION:Joy Prime TV',
      'ORGANIZATION:Citra Nusa TV',
    ]);
  });

  test('a credit line under a headline is no headline: its names are people', () => {
    const typed = (text: string) => spans(annotate(text, world)).filter((m) => m.startsWith('PERSON'));
    assert.deepStrictEqual(typed('Harga Beras Naik Lagi\nEditor: Ahmad Naufal Dzulfaroh\n\nJakarta - Harga beras naik.'), ['PERSON:Ahmad Naufal Dzulfaroh']);
    assert.deepStrictEqual(typed('Reporter: Dea Chadiza Syafina | Editor: Mesti Sinaga\n\nJakarta - Harga beras naik.'), ['PERSON:Dea Chadiza Syafina', 'PERSON:Mesti Sinaga']);
  });

  test("a state's ministry named with its country is one entity in both languages", () => {
    const states = new KnowledgeBase([
      ...FIXTURE_ENTRIES,
      { id: 'country:JP', type: 'COUNTRY', name: 'Japan', aliases: ['Jepang'] },
      { id: 'country:KR', type: 'COUNTRY', name: 'South Korea', aliases: ['Korea Selatan'] },
      { id: 'country:PH', type: 'COUNTRY', name: 'Philippines', aliases: ['Filipina'] },
      { id: 'country:US', type: 'COUNTRY', name: 'United States', aliases: ['AS'] },
      { id: 'country:IN', type: 'COUNTRY', name: 'India' },
      { id: 'country:CN', type: 'COUNTRY', name: 'China' },
      { id: 'org:united-states-department-of-state', type: 'ORGANIZATION', name: 'United States Department of State', country: 'US' },
      { id: 'person:lin-jian', type: 'PERSON', name: 'Lin Jian', country: 'CN' },
      { id: 'org:ministry-of-foreign-affairs-of-indonesia', type: 'ORGANIZATION', name: 'Ministry of Foreign Affairs of Indonesia', aliases: ['Kemlu', 'Kementerian Luar Negeri'], country: 'ID' },
    ]);
    const bodies = (text: string) => annotate(text, states).filter((m) => m.type === 'ORGANIZATION').map((m) => `${m.text}=${m.entity.id}`);
    const japan = 'org:ministry-of-foreign-affairs-of-japan';
    assert.deepStrictEqual(bodies('Kementerian Luar Negeri Jepang menyatakan keprihatinan, dan Kemlu Jepang memanggil duta besar.'), [`Kementerian Luar Negeri Jepang=${japan}`, `Kemlu Jepang=${japan}`]);
    assert.deepStrictEqual(bodies('The Japanese Foreign Ministry said so, as did the Foreign Ministry of Japan.'), [`Japanese Foreign Ministry=${japan}`, `Foreign Ministry of Japan=${japan}`]);
    assert.deepStrictEqual(bodies("South Korea's Foreign Ministry said so. Kementerian Pertahanan Korea Selatan juga."), ['Foreign Ministry=org:ministry-of-foreign-affairs-of-south-korea', 'Kementerian Pertahanan Korea Selatan=org:ministry-of-defence-of-south-korea']);
    assert.deepStrictEqual(bodies('Juru bicara Kementerian Luar Negeri Filipina mengatakan hal itu.'), ['Kementerian Luar Negeri Filipina=org:ministry-of-foreign-affairs-of-the-philippines']);
    // A state whose ministry is named otherwise: the knowledge base's body, or no made-up name.
    assert.deepStrictEqual(bodies('Kementerian Luar Negeri AS menyatakan. The Indian Foreign Ministry said.'), ['Kementerian Luar Negeri AS=org:united-states-department-of-state', 'Indian Foreign Ministry=org:indian-foreign-ministry']);
    // Without a country, by the official after it; a number after `for` is no part of the name.
    assert.deepStrictEqual(bodies('Foreign Ministry Spokesperson Lin Jian said he had worked in the Foreign Ministry for 25 years.'), ['Foreign Ministry=org:ministry-of-foreign-affairs-of-china', 'Foreign Ministry=org:ministry-of-foreign-affairs-of-china']);
  });

  test("an Indonesian ministry's bare name is another state's before its official, or in a report on that state", () => {
    const ministries = new KnowledgeBase([
      ...FIXTURE_ENTRIES,
      { id: 'country:CN', type: 'COUNTRY', name: 'China', aliases: ['Tiongkok'] },
      { id: 'country:JP', type: 'COUNTRY', name: 'Japan', aliases: ['Jepang'] },
      { id: 'org:ministry-of-foreign-affairs-of-china', type: 'ORGANIZATION', name: 'Ministry of Foreign Affairs of China', aliases: ['Kementerian Luar Negeri Tiongkok'], country: 'CN' },
      { id: 'org:ministry-of-foreign-affairs-of-indonesia', type: 'ORGANIZATION', name: 'Ministry of Foreign Affairs of Indonesia', aliases: ['Kementerian Luar Negeri'], country: 'ID' },
      { id: 'person:lin-jian', type: 'PERSON', name: 'Lin Jian', country: 'CN' },
      { id: 'person:mao-ning', type: 'PERSON', name: 'Mao Ning', country: 'CN' },
      { id: 'leader:wang-yi', type: 'LEADER', name: 'Wang Yi', country: 'CN' },
      { id: 'leader:prabowo-subianto', type: 'LEADER', name: 'Prabowo Subianto', country: 'ID' },
    ]);
    const bodies = (text: string) => annotate(text, ministries).filter((m) => m.type === 'ORGANIZATION').map((m) => `${m.text}=${m.entity.id}`);
    assert.deepStrictEqual(bodies('Juru Bicara Kementerian Luar Negeri Lin Jian mengatakan hal itu di Beijing.'), ['Kementerian Luar Negeri=org:ministry-of-foreign-affairs-of-china']);
    assert.deepStrictEqual(bodies('Juru bicara Kementerian Luar Negeri Tiongkok Mao Ning mengatakan Tiongkok menentang sanksi. Kementerian Luar Negeri juga memanggil duta besar Jepang.'), [
      'Kementerian Luar Negeri Tiongkok=org:ministry-of-foreign-affairs-of-china',
      'Kementerian Luar Negeri=org:ministry-of-foreign-affairs-of-china',
    ]);
    // Indonesia's own leaders named, or the bare name first: Indonesia's ministry.
    assert.deepStrictEqual(bodies('Menteri Luar Negeri Tiongkok Wang Yi bertemu Presiden Prabowo Subianto. Wang Yi juga mengunjungi Kementerian Luar Negeri di Jakarta.').slice(-1), ['Kementerian Luar Negeri=org:ministry-of-foreign-affairs-of-indonesia']);
    assert.deepStrictEqual(bodies('Kementerian Luar Negeri memanggil duta besar. Kementerian Luar Negeri Tiongkok menolak mengomentari, kata Tiongkok.')[0], 'Kementerian Luar Negeri=org:ministry-of-foreign-affairs-of-indonesia');
  });

  test("a chamber named by its head alone is the chamber of the article's country", () => {
    const chambers = (text: string) => annotate(text, world).filter((m) => m.type === 'ORGANIZATION').map((m) => `${m.text}=${m.entity.id}`);
    assert.deepStrictEqual(chambers('House Speaker Mike Johnson said the House would vote, then the Senate. The Sydney Opera House and House prices.'), [
      'House=org:united-states-house-of-representatives',
      'House=org:united-states-house-of-representatives',
      'Senate=org:united-states-senate',
    ]);
    const china = new KnowledgeBase([
      ...FIXTURE_ENTRIES,
      { id: 'country:CN', type: 'COUNTRY', name: 'China' },
      { id: 'org:mfa-cn', type: 'ORGANIZATION', name: 'Ministry of Foreign Affairs of China', country: 'CN' },
    ]);
    assert.deepStrictEqual(annotate('China said so. The Foreign Ministry added that China would respond.', china).filter((m) => m.type === 'ORGANIZATION').map((m) => m.entity.id), ['org:mfa-cn']);
    assert.deepStrictEqual(chambers('Ketua DPR AS Mike Johnson mengatakan Senat akan memungut suara dan Kongres menunggu.'), [
      'DPR AS=org:united-states-house-of-representatives',
      'Senat=org:united-states-senate',
      'Kongres=org:united-states-congress',
    ]);
    const philippines = new KnowledgeBase([
      ...FIXTURE_ENTRIES,
      { id: 'country:PH', type: 'COUNTRY', name: 'Philippines' },
      { id: 'org:congress-of-the-philippines', type: 'ORGANIZATION', name: 'Congress of the Philippines', country: 'PH' },
    ]);
    assert.deepStrictEqual(annotate('The Philippines is divided, and Congress must act.', philippines).map((m) => `${m.text}=${m.entity.id}`), ['Philippines=country:PH', 'Congress=org:congress-of-the-philippines']);
    // No country's chamber known: the words name nothing (`Kongres` is also an event).
    assert.deepStrictEqual(chambers('Kongres akan memilih ketua umum baru. Senat mahasiswa bersidang. We sat in the House.'), []);
  });
});
