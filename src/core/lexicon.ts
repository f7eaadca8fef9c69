import demonyms from './data/demonyms.json';
import givenNames from './data/given-names.json';
import { FoldedWords } from './text';
import type { EntityType } from './types';

/**
 * Words that trigger context rules, in Indonesian and English. They are matched by the
 * same automaton as knowledge-base aliases, case-insensitively and on word boundaries.
 */

/** Titles of high office: the capitalized name that follows is a LEADER. */
export const LEADER_TITLES = [
  'presiden', 'wakil presiden', 'wapres', 'mantan presiden', 'perdana menteri', 'wakil perdana menteri', 'pm',
  'menteri', 'wakil menteri', 'wamen', 'menteri koordinator', 'menko', 'menlu', 'wamenlu', 'mendagri', 'menhan', 'menneg',
  'menkeu', 'wamenkeu', 'mendag', 'menkes', 'menag', 'menpora', 'mensesneg', 'menparekraf', 'mentan', 'menaker',
  'menhub', 'menkumham', 'mendikbud', 'mendikbudristek', 'menkominfo', 'menteri luar negeri', 'raja', 'ratu',
  'mendes', 'menpan', 'menristek', 'menpar', 'menkop', 'menlhk', 'menpupr', 'menperin', 'menpppa', 'menkomdigi',
  'mendikdasmen', 'mendiktisaintek', 'menbud', 'mentrans', 'menekraf', 'menhut', 'mensos', 'menpu', 'menkum',
  'menimipas', 'menham', 'menlh', 'menkop ukm', 'menp2mi', 'menkopolhukam', 'menkopolkam', 'menkomarves', 'menko pmk',
  // deputy ministers (`Wamenag Saiful Rahmat Dasuki`)
  'wamenag', 'wamendagri', 'wamenhan', 'wamenkes', 'wamendag', 'wamentan', 'wamenaker', 'wamenhub', 'wamenkumham',
  'wamendikbud', 'wamendikbudristek', 'wamenkominfo', 'wamenkomdigi', 'wamenpar', 'wamenparekraf', 'wamenpora',
  'wamensesneg', 'wamenperin', 'wamenpupr', 'wamenpu', 'wamenlhk', 'wamensos', 'wamenbumn', 'wamenkop', 'wamenpan',
  'wamendes', 'wamenkum', 'wamenham', 'wamenimipas', 'wamenesdm', 'wamenekraf', 'wamendikdasmen', 'wamendiktisaintek',
  'sultan', 'kaisar', 'emir', 'putra mahkota', 'kanselir', 'sekjen', 'sekretaris jenderal', 'gubernur',
  'wakil gubernur', 'wagub', 'wali kota', 'walikota', 'wakil wali kota', 'bupati', 'wakil bupati', 'panglima', 'kapolri', 'kepala negara', 'pemimpin tertinggi', 'paus', 'president', 'vice president',
  'vice-president', 'prime minister', 'deputy prime minister', 'premier', 'minister', 'foreign minister',
  'defence minister', 'defense minister', 'finance minister', 'secretary of state', 'chief secretary to the treasury', 'secretary-general',
  'secretary general', 'chancellor', 'king', 'queen', 'crown prince', 'emperor', 'governor', 'mayor',
  'speaker', 'supreme leader', 'pope', 'ayatollah', 'secretary', 'jaksa agung', 'attorney general', 'gov.',
  // heads of parliaments (`Ketua` alone is any chair, a PERSON title)
  'ketua dpr', 'wakil ketua dpr', 'ketua mpr', 'wakil ketua mpr', 'ketua dpd', 'ketua parlemen',
  'ketua senat', 'ketua majelis nasional', 'senate chairman', 'senate president', 'house speaker',
  'parliament speaker', 'parliamentary speaker', 'speaker of parliament', 'speaker of the house',
  'majority leader', 'minority leader',
  // who ruled a state by force (`the dictator Augusto Pinochet`)
  'dictator', 'diktator',
  // heads of a federation's states (`Sabah Chief Minister Hajiji Noor`, `Menteri Besar Selangor …`)
  'chief minister', 'first minister', 'menteri besar', 'ketua menteri',
  // Indonesia's regional heads in English (`the Regent of Situbondo Karna Suswandi`)
  'regent', 'deputy regent', 'vice regent', 'deputy governor', 'vice governor', 'deputy mayor', 'vice mayor',
  // before a list of holders (`Deputy Foreign Ministers Kazem Gharibabadi and Majid Takht-Ravanchi`)
  'ministers', 'deputy ministers', 'foreign ministers', 'deputy foreign ministers',
];

/**
 * Ranks that are also titles before a name: air and naval ranks written out (`Marsekal Madya
 * TNI Kusworo`), and English ranks as news agencies abbreviate them, with their points
 * (`Gen. Agus Subiyanto`).
 */
const TITLE_RANKS = [
  'marsekal madya', 'marsekal muda', 'marsekal pertama', 'laksamana madya', 'laksamana muda', 'laksamana pertama',
  'gen.', 'lt. gen.', 'maj. gen.', 'brig. gen.', 'col.', 'lt. col.', 'adm.', 'vice adm.', 'rear adm.', 'capt.', 'sgt.', 'lt.',
  'admiral', 'vice admiral', 'rear admiral', 'lieutenant general', 'major general', 'brigadier general', 'colonel',
  // Indonesian police ranks as Antara's English service abbreviates them (`Sr. Comr.` for Kombes)
  'sr. comr.', 'adj. sr. comr.', 'comr.', 'adj. comr.', 'insp. gen.', 'comm. gen.',
];

/** Military and police ranks: never part of a name, always right before one (`Irjen Pol. Asep`). */
export const RANKS = new Set([
  'irjen', 'kombes', 'brigjen', 'mayjen', 'letjen', 'komjen', 'akbp', 'akp', 'iptu', 'ipda', 'aiptu', 'aipda',
  'bripka', 'brigadir', 'kompol', 'kolonel', 'letkol', 'kapten', 'laksda', 'laksdya', 'laksma', 'marsda',
  // lower police and military ranks (`Briptu Deni Alfian Hadi`, `Serka Budi`)
  'bripda', 'briptu', 'brigpol', 'bharada', 'bharatu', 'bharaka', 'ipka', 'prada', 'pratu', 'praka', 'kopda', 'koptu',
  'kopka', 'serda', 'sertu', 'serka', 'serma', 'pelda', 'peltu', 'letda', 'lettu', 'mayor', 'mayor jenderal', 'letnan kolonel',
  'letnan satu', 'letnan dua', 'ajun komisaris', 'ajun komisaris polisi', 'inspektur satu', 'inspektur dua', 'brigadir polisi',
  'marsdya', 'marsma', 'kolonel laut', 'jenderal tni', 'jenderal pol', 'jenderal polisi',
  ...TITLE_RANKS,
]);

/** Heads of a village or district: the word after them is the place, the name follows it. */
export const PLACE_HEAD_TITLES = new Set(['camat', 'lurah', 'kades', 'kepala desa', 'kepala kampung']);

/** Malaysian and Bruneian honours written before a name (`Datuk Seri Anwar Ibrahim`, `Tan Sri Muhyiddin Yassin`). */
const MALAYSIAN_HONORIFICS = ['datuk seri', 'datuk', 'dato', "dato'", 'dato sri', "dato' sri", 'datuk wira', 'tan sri', 'puan sri', 'toh puan', 'tun', 'datin', 'datin seri', 'dato seri'];

/**
 * Titles of rulers and clerics that knowledge-base aliases begin with (`King Salman`, `Paus
 * Fransiskus`): the mention is the name after them. Longer titles first. Not `Sheikh`,
 * which is also part of names (`Sheikh Hasina`).
 */
export const LEADING_TITLES = ['grand duke', 'crown prince', 'putra mahkota', 'pope', 'paus', 'king', 'queen', 'raja', 'ratu', 'prince', 'princess', 'pangeran', 'sultan', 'emir', 'ayatollah'];

/** Honorifics between a title and a name (`Menteri Energi Pangeran Abdulaziz`): skipped. */
export const HONORIFICS = new Set(['pangeran', 'prince', 'princess', 'sheikh', 'syekh', 'sir', 'seyed', 'sayyid', ...MALAYSIAN_HONORIFICS]);

/** Legal forms that end a company's name (`Microsoft Corp`): without them it may be known. */
export const LEGAL_SUFFIXES = new Set(['inc', 'corp', 'corporation', 'co', 'ltd', 'limited', 'plc', 'llc', 'tbk', 'ag', 'sa', 'nv', 'se']);

/** Indonesian legal forms written before a company's name: `PT Pos Indonesia`, `Perum Bulog`, `CV …`. */
export const LEGAL_PREFIXES = new Set(['pt', 'perum', 'cv']);

/** Chairs that make a LEADER when the body between them and the name is a political party. */
export const PARTY_CHAIRS = new Set(['ketua umum', 'ketum', 'chairman', 'chairwoman', 'chair', 'leader', 'pemimpin']);

/** Other roles: the capitalized name that follows is a PERSON. */
export const PERSON_TITLES = [
  'juru bicara', 'jubir', 'spokesperson', 'spokesman', 'spokeswoman', 'duta besar', 'dubes', 'ambassador',
  'direktur', 'direktur utama', 'dirut', 'direktur jenderal', 'dirjen', 'kepala', 'deputi', 'staf khusus',
  'anggota', 'pengamat', 'analis', 'peneliti', 'profesor', 'prof', 'dr', 'bapak', 'ibu', 'pak', 'bu', 'mr',
  'mrs', 'ms', 'ceo', 'chief executive', 'chief executive officer', 'chief operating officer', 'chief financial officer',
  'chief investment officer', 'chief technology officer', 'chief information officer', 'chief marketing officer', 'pelatih', 'coach', 'senator', 'wartawan', 'jurnalis', 'reporter',
  'fotografer', 'photographer', 'komandan', 'jenderal', 'kolonel', 'letnan', 'brigjen', 'mayjen',
  'letjen', 'irjen', 'komjen', 'kombes', 'akbp', 'kapolda', 'sekretaris', 'ketua', 'wakil ketua', 'hakim', 'jaksa',
  'aktivis', 'tokoh', 'kiai', 'kh', 'k.h.', 'kiai haji', 'rais aam',
  // the name someone goes by (`Ridwan Kamil, yang akrab disapa Emil`)
  'akrab disapa', 'biasa disapa', 'karib disapa', 'akrab dipanggil', 'biasa dipanggil',
  'ustaz', 'uskup', 'chairman', 'chairwoman', 'founder', 'pendiri', 'analyst',
  'professor', 'press secretary', 'kapten', 'reporting by', 'additional reporting by', 'writing by', 'editing by',
  'pewarta', 'penyunting', 'penulis', 'redaktur', 'editor', 'pemimpin redaksi', 'pemred', 'editor in chief', 'captain', 'komisaris', 'komisaris besar', 'ajun komisaris besar',
  'inspektur jenderal', 'brigadir jenderal', 'mayor jenderal', 'letnan jenderal', 'laksamana', 'marsekal',
  ...TITLE_RANKS,
  // officials, not ministers, whatever the word `Secretary` (`Permanent Secretary of Defence …`)
  'permanent secretary', 'principal secretary', 'additional secretary', 'joint secretary', 'under secretary', 'undersecretary',
  'delegate', 'first lady', 'ibu negara',
  'perwakilan khusus', 'utusan khusus', 'special envoy', 'special representative', 'wakil tetap', 'permanent representative',
  'envoy', 'utusan', 'konsul jenderal', 'konjen', 'consul general', 'direktur eksekutif', 'executive director',
  'managing director', 'peneliti senior', 'senior fellow', 'ekonom', 'economist', 'kabid humas', 'kabid',
  'kasubdit', 'kapolres', 'kapolresta', 'kapolsek', 'kasat', 'kasatreskrim', 'dirreskrimum', 'dirreskrimsus',
  'kadiv humas', 'karopenmas', 'kapuspen', 'kapuspenkum', 'kapuskom', 'kabiro', 'kajati', 'kajari', 'pangdam',
  'danrem', 'dandim', 'kasad', 'kasal', 'kasau', 'sekda', 'sekretaris daerah', 'camat', 'lurah', 'kades',
  'kabidhumas', 'kadivhumas', 'kadiv', 'wakapolda', 'wakapolri', 'wakapolres', 'kabareskrim', 'kakorlantas',
  'dirlantas', 'dirresnarkoba', 'dirintelkam', 'dirsabhara', 'dirbinmas', 'dirpolairud', 'kanit', 'kasatlantas',
  'kasatnarkoba', 'ksad', 'ksal', 'ksau', 'danjen', 'pangkostrad', 'pangkoarmada', 'danpaspampres', 'kapendam',
  'kadispen', 'danlantamal', 'danlanud', 'hakim agung', 'hakim konstitusi', 'hakim ketua', 'jaksa agung muda',
  'jampidsus', 'jampidum', 'jamintel', 'jamdatun', 'jamwas', 'jampidmil', 'aspidsus', 'aspidum', 'kasipidsus',
  'kasipidum', 'kasi intel', 'kasi pidsus', 'kasi pidum', 'jaksa penuntut umum', 'jpu',
  // academic and pilgrim's titles before a name (`Irjen Pol. Drs Agung Sabar Santoso`, `Hj. Siti`)
  'drs', 'dra', 'ir', 'doktor', 'insinyur', 'insiyur', 'hj', 'ny', 'nyonya', 'nona',
  'representative', 'rep.', 'sen.', 'judge', 'justice', 'chief justice', 'magistrate', 'prosecutor', 'lawmaker', 'legislator', 'congressman',
  'congresswoman', 'parliamentarian', 'mission chief', 'delegation chief', 'commander', 'chief economist', 'anchor',
  'police chief', 'army chief', 'military chief', 'intelligence chief', 'chief of staff', 'kepala polisi',
  'kepala desa', 'kepala kampung', 'rektor', 'dekan', 'rector', 'dean', 'pangeran', 'prince', 'princess',
  'sheikh', 'syekh', 'seyed', 'sayyid', 'sir', ...MALAYSIAN_HONORIFICS, 'leader', 'opposition leader', 'chief secretary', 'researcher', 'amb.', 'expert', 'scholar', 'academic', 'observer',
  // chairs of any body; of a political party they are leaders (see PARTY_CHAIRS)
  'ketua umum', 'ketum',
  // officers of a party, a faction or any body (`Bendahara Fraksi Novita Wijayanti`)
  'bendahara', 'bendahara umum', 'wakil bendahara', 'treasurer', 'wakil sekretaris', 'wasekjen', 'penasihat',
  // honorifics of address before a name or a nickname (`Kang Emil`, `Cak Imin`, `Gus Ipul`)
  'cak', 'gus', 'bung', 'abah', 'mbak', 'kak', 'madam', 'madame', 'senators',
  'kapolda metro jaya', 'pangdam jaya', 'kadis', 'kadispora', 'kadisdik', 'kadinkes', 'kadishub', 'kadiskominfo',
  'adviser', 'advisor', 'ajudan', 'asisten', 'staf ahli', 'sekretaris pribadi', 'aide',
  // regional governments' secretaries (`provincial secretary Isnan Fajri`), not ministers
  'provincial secretary', 'regional secretary', 'city secretary', 'regency secretary',
  // the cabinet's secretary (`Sekretaris Kabinet Teddy Indra Wijaya`)
  'sekretaris kabinet', 'seskab',
  // members of a parliament and candidates (`National MP Tim van de Molen`, `candidate Fan Yun`)
  'mp', 'mps', 'candidate', 'presidential candidate',
];

/**
 * Descriptions of ordinary people that stand before their names in news. A single word
 * after them is often a demonym (`warga Tionghoa`), so they need a name of two words.
 */
export const DESCRIPTIVE_TITLES = [
  'warga', 'pekerja', 'mahasiswa', 'mahasiswi', 'pelajar', 'siswa', 'guru', 'petani', 'nelayan', 'pedagang',
  'pendukung', 'penggemar', 'sopir', 'pengemudi', 'buruh', 'karyawan', 'pengusaha', 'pemudik', 'relawan',
  'korban', 'saksi', 'penumpang', 'resident', 'student', 'teacher', 'worker', 'farmer', 'trader', 'seller',
  'contractor', 'nurse', 'doctor', 'lawyer', 'pengacara', 'dokter', 'perawat', 'pemain', 'player', 'striker',
  'kiper', 'goalkeeper', 'penyanyi', 'singer', 'aktor', 'aktris', 'actor', 'actress', 'sutradara', 'director',
  'counterpart', 'mitranya', 'atlet', 'atlet bulu tangkis', 'atlet angkat besi', 'pemain bulu tangkis', 'pemain tenis',
  'pemain sepak bola', 'pebulu tangkis', 'pebulutangkis', 'petenis', 'pebalap', 'pembalap', 'perenang', 'pelari',
  'pegolf', 'pesepak bola', 'pesepakbola', 'petinju', 'lifter', 'astronaut', 'astronot', 'taikonaut', 'athlete',
  'shuttler', 'swimmer', 'sprinter', 'tennis player', 'golfer', 'boxer', 'bomber', 'gelandang', 'bek', 'penyerang',
  // soldiers, pilots, clerics, hostages (`prajurit Ori Magidish`, `ulama Hashem Safieddine`)
  'prajurit', 'tentara', 'serdadu', 'soldier', 'pilot', 'pastor', 'pendeta', 'ulama', 'cleric', 'sandera', 'hostage',
  // a name given (`seorang pria bernama Ahmad Fauzi`)
  'bernama',
  // politicians with no office (`politikus PDIP Ahmad Basarah`)
  'politikus', 'politisi', 'kader', 'caleg', 'politician',
  // the maker of a work (`novel karya Pramoedya Ananta Toer`, `film garapan Joko Anwar`)
  'karya', 'besutan', 'garapan', 'ciptaan', 'juru bicaranya', 'jubirnya',
  // relatives (`istrinya Evy Susanti`, `his wife Kim Keon-hee`)
  'istri', 'suami', 'anak', 'adik', 'kakak', 'ayah', 'ibunda', 'ayahanda', 'cucu', 'keponakan', 'menantu',
  'mertua', 'istrinya', 'suaminya', 'anaknya', 'putranya', 'putrinya', 'adiknya', 'kakaknya', 'ayahnya', 'ibunya', 'wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'father', 'mother', 'widow', 'nephew', 'niece',
  // who holds or leads something (`Ketua Fraksi dijabat oleh Jazuli Juwaini`)
  'dijabat oleh', 'dipimpin oleh', 'diketuai oleh', 'diketuai', 'diisi oleh', 'diwakili', 'diwakili oleh', 'led by', 'headed by', 'chaired by',
];

/** Verbs of saying that stand before the speaker's name in Indonesian and English. */
export const SPEECH_VERBS = ['kata', 'ujar', 'tutur', 'ucap', 'ungkap', 'jelas', 'tegas', 'imbuh', 'said', 'says', 'told'];

/** The English verbs of saying, which rules read only in lower case. */
/** Labels of a credit line, titles only before a colon (`Rep: Retno Wulandhari`, `Foto: Yogi Ardhi/Republika`). */
const CREDIT_LABELS = ['rep', 'red', 'foto', 'kontributor', 'teks', 'text', 'photo', 'translator', 'penerjemah'];

/** Honorifics that are titles only in lower case. */
const LOWER_CASE_TITLES = ['kang'];

const ENGLISH_VERBS = new Set(['said', 'says', 'told', 'added', 'noted', 'warned', 'explained', 'stressed', 'wrote']);

/**
 * Verbs of saying and judging that follow the speaker's name (`Bhima Yudhistira menilai`,
 * `John Smith said`): a name of two words or more before them is a person's.
 */
export const REPORTING_VERBS = [
  'mengatakan', 'menyatakan', 'menjelaskan', 'menegaskan', 'mengungkapkan', 'menambahkan', 'menuturkan',
  'menyebut', 'menyebutkan', 'mengaku', 'menyampaikan', 'menilai', 'memastikan', 'mengakui', 'menekankan', 'menerangkan', 'memaparkan',
  'said', 'says', 'told', 'added', 'noted', 'warned', 'explained', 'stressed', 'wrote',
];

/** An index's name before a bracket (`Indeks Harga Saham Gabungan (IHSG)`, `Indeks Harga Konsumen (IHK)`): no body's. */
export const INDEX_NAME = /(?:^|[^\p{L}])(?:Indeks|Index)(?: \p{Lu}[\p{L}-]*){1,5} $/u;

/** Heads that start an organization's name: `Kementerian Luar Negeri Tiongkok`. */
export const ORG_PREFIXES = [
  'kementerian', 'kementrian', 'departemen', 'badan', 'komisi', 'dewan', 'partai', 'bank', 'universitas', 'institut',
  'organisasi', 'lembaga', 'majelis', 'mahkamah', 'pengadilan', 'kejaksaan', 'kepolisian', 'angkatan', 'tentara',
  'pasukan', 'yayasan', 'asosiasi', 'federasi', 'konfederasi', 'persatuan', 'perhimpunan', 'ikatan', 'himpunan', 'komite', 'kantor',
  'direktorat', 'sekretariat', 'otoritas', 'perusahaan', 'pt', 'serikat', 'gerakan', 'front', 'aliansi', 'koalisi',
  'kedutaan besar', 'kedutaan', 'kedubes', 'kbri', 'kjri', 'konsulat', 'parlemen', 'perserikatan', 'korps', 'palang merah', 'bursa',
  'akademi', 'rumah sakit', 'dinas', 'kamar dagang', 'ministry', 'department', 'university', 'organization', 'organisation',
  'council', 'commission', 'committee', 'federation', 'confederation', 'association', 'institute', 'bank of', 'union of',
  'house of', 'komando', 'kartel', 'litbang', 'balitbang', 'setjen', 'setdaprov', 'bakorwil', 'kabinet', 'upt', 'pn', 'pemko', 'iain', 'stain', 'stikes', 'stie', 'polda', 'polres', 'polresta', 'polrestabes', 'polsek', 'kodam', 'korem', 'kodim', 'pemprov', 'pemkot', 'pemkab',
  // local governments' agencies, named by their region (`BPBD Kabupaten Kebumen`, `Dinkes Kota Bogor`)
  'bpbd', 'kpud', 'bappeda', 'bapenda', 'bpkad', 'satpol pp', 'dinkes', 'disdik', 'dishub', 'diskominfo', 'dispora',
  'disnaker', 'disperindag', 'lapas', 'rutan', 'koramil', 'lantamal', 'lanud', 'lanal', 'kodaeral', 'pengadilan negeri', 'pengadilan tinggi',
  'dprd', 'kejati', 'kejari', 'balai besar', 'fraksi', 'kanwil', 'rsud', 'mabes', 'kelompok', 'gabungan', 'biro', 'bureau of',
  'center for', 'centre for', 'center of', 'centre of', 'institute for', 'institute of', 'pusat studi', 'pusat kajian',
  // football clubs (`FC Copenhagen`, `Persis Solo FC`)
  'fc',
  // more local agencies (`Kesbangpol Kabupaten Pekalongan`, `Disdukcapil Kota Bekasi`)
  'kesbangpol', 'bakesbangpol', 'dindikbud', 'disdikbud', 'bpkd', 'disdukcapil', 'dispendukcapil', 'dpmptsp', 'bkpsdm',
  'dinsos', 'dpupr', 'disparbud', 'disbudpar', 'disperkim', 'bapperida', 'dispertan', 'cabang dinas',
  // hospitals, boarding schools and governments, named after their head (`RSUP Dr. Sardjito`,
  // `Pondok Pesantren Al Falah Ploso`, `Pemerintah Kota Malang`)
  'rs', 'rsup', 'rsu', 'rsia', 'rsj', 'rspad', 'rumah sakit umum', 'pondok pesantren', 'ponpes', 'pesantren',
  'pemerintah kota', 'pemerintah kabupaten', 'pemerintah provinsi',
  'alliance of', 'league of',
];

/** Heads of named facilities and geographic features: they belong to the PLACE name. */
export const FACILITY_PREFIXES = [
  'bandara', 'bandar udara', 'stadion', 'pelabuhan', 'jembatan', 'terminal', 'stasiun', 'masjid', 'gereja',
  'pura', 'candi', 'gedung', 'istana', 'wisma', 'jalan', 'jl', 'jl.', 'gunung', 'danau', 'sungai', 'selat',
  'teluk', 'tanjung', 'kilang', 'lapangan', 'taman', 'monumen', 'museum', 'pasar', 'balai kota', 'alun-alun',
  'kampus', 'mount', 'mt', 'lake', 'bukit', 'pantai', 'lembah', 'semenanjung', 'samudra', 'samudera', 'kawasan',
  'taman nasional', 'bendungan', 'waduk', 'pulau', 'kepulauan', 'mapolda', 'mapolres', 'mapolresta', 'mapolrestabes', 'mapolsek', 'makodam', 'makorem', 'makodim', 'gurun', 'dataran tinggi', 'menara', 'hotel', 'kompleks', 'galeri', 'graha', 'halte', 'makam',
];

/** English heads that end a facility's or feature's name: `Heathrow Airport`. */
export const FACILITY_SUFFIXES = [
  'airport', 'stadium', 'centre', 'center', 'bridge', 'street', 'avenue', 'square', 'palace', 'hall', 'tower',
  'mosque', 'church', 'cathedral', 'temple', 'park', 'river', 'port', 'station', 'plaza', 'arena', 'strait',
  'island', 'islands', 'bay', 'valley', 'desert', 'sea', 'ocean', 'mountains', 'peninsula', 'canal', 'dam', 'jail', 'prison',
  'cosmodrome',
];

/** Heads that end an organization's name: `China Road & Bridge Corporation`. */
export const ORG_SUFFIXES = [
  'party', 'corporation', 'corp', 'company', 'inc', 'ltd', 'limited', 'group', 'bank', 'university', 'institute', 'fc',
  'agency', 'commission', 'council', 'committee', 'ministry', 'organization', 'organisation', 'association',
  'federation', 'foundation', 'union', 'authority', 'court', 'army', 'forces', 'fund', 'airlines', 'airways',
  'network', 'television', 'national guard', 'high school', 'school', 'college', 'academy', 'club', 'movement', 'alliance', 'coalition', 'tbk', 'news agency', 'parliament',
  'co', 'administration', 'department', 'service', 'bureau', 'office', 'industries', 'holdings', 'motors',
  'robotics', 'technologies', 'technology', 'electronics', 'pharmaceuticals', 'systems', 'logistics', 'securities',
  'capital', 'studios', 'entertainment', 'holding',
  // legislatures and markets (`Federal Senate`, `National Assembly`, `Singapore Exchange`)
  'senate', 'assembly', 'stock exchange', 'futures exchange', 'commodity exchange', 'chamber of deputies', 'police',
  'board', 'body', 'press', 'regency government', 'city government', 'provincial government',
  // armed services and missions (`Philippine Navy`, `Chinese Embassy`)
  'navy', 'embassy', 'coast guard', 'air force', 'marine corps',
  // crime syndicates (`the Sinaloa Cartel`)
  'cartel',
  // broadcasters named by a known name (`Bloomberg TV`)
  'tv',
];

/** Generic designators that stand before a place name and stay outside its span. */
export const PLACE_DESIGNATORS = [
  'kab.', 'kec.', 'kel.', 'prov.', 'kota', 'provinsi', 'kabupaten', 'kecamatan', 'desa', 'kelurahan', 'dusun', 'dukuh', 'lembang', 'nagari', 'gampong', 'jorong', 'padukuhan', 'pedukuhan', 'distrik', 'prefektur', 'negara bagian',
  'prefektur otonom', 'daerah otonom', 'kabupaten otonom', 'wilayah otonom', 'daerah administratif khusus', 'wilayah',
  'city of', 'province of',
];

/** English designators written after a place name, in lower case: `Tai Po district`, `Kharkiv region`. */
export const PLACE_SUFFIX_DESIGNATORS = [
  'province', 'district', 'region', 'county', 'prefecture', 'oblast', 'governorate', 'municipality', 'township',
  'autonomous region', 'special administrative region', 'autonomous prefecture', 'autonomous county',
];

/** Words that make a country name part of the state's formal name: `Republik Kazakhstan`. */
export const FORMAL_STATE_PREFIXES = ['republik rakyat', 'republik', 'republic of', 'kerajaan', 'kingdom of', 'federasi', 'federation of'];

/** Lower-case words allowed inside a multi-word name when a capitalized word follows. */
export const NAME_CONNECTORS = new Set(['dan', 'untuk', 'bagi', 'of', 'for', 'and', 'the', 'on', 'in', 'de', 'la', 'del', 'des', 'du', '&', 'se']);

/**
 * Words never in a personal name, though capitalized after a title: parties and creeds
 * (`tiga perdana menteri Konservatif`, `the Socialist prime minister`), and units of a body
 * that `PORTFOLIO_WORDS` leaves out (`Kepala Subbidang Mitigasi`, `Dekan Fakultas Teknik`,
 * `Direktur Megaproyek`). They stay name words elsewhere: they may open a body's name.
 */
/** Demonyms that are also names (`German Gref`, `Thai Lee`). */
const NAMES_TOO = new Set(['German', 'Thai', 'Lao', 'Laotian', 'Filipino', 'Irish', 'Kazakh', 'Tajik']);

export const NOT_PERSON_NAME_WORDS = new FoldedWords([
  // verbs of headlines in title case (`Anutin Elected Prime Minister`, `PM Returns From Tokyo`, `Irfan Ditunjuk Jadi Dirut`)
  'elected', 'returns', 'meets', 'visits', 'says', 'calls', 'urges', 'warns', 'slams', 'vows', 'backs', 'wins', 'named', 'appointed',
  'sworn', 'resigns', 'quits', 'arrives', 'leaves', 'seeks', 'rejects', 'signs', 'hails', 'pledges', 'orders', 'denies', 'faces',
  'launches', 'opens', 'takes', 'makes', 'eyes', 'plans', 'pushes', 'blasts', 'defends', 'dies', 'arrested', 'charged', 'jailed',
  'sentenced', 'acquitted', 'ousted', 'impeached', 'targets', 'targeting', 'accuses', 'condemns', 'welcomes', 'congratulates',
  'discusses', 'announces', 'confirms', 'expects', 'wants', 'asks', 'tells', 'insists', 'admits', 'reveals', 'unveils', 'receives',
  'holds', 'hosts', 'attends', 'delivers', 'gives', 'marks', 'joins', 'greets', 'inspects', 'chairs', 'presides', 'addresses',
  'conference', 'summit', 'meeting', 'forum', 'press', 'muktamar', 'munas', 'mukernas', 'musyawarah', 'kongres', 'sekertaris', 'melaksanakan',
  'ditunjuk', 'dilantik', 'ditangkap', 'diperiksa', 'ditahan', 'diusulkan', 'dicopot', 'minta', 'tegaskan', 'pastikan', 'tunggu',
  'bantah', 'sebut', 'ungkap', 'klaim', 'desak', 'dukung', 'tolak', 'terpilih', 'lantik', 'resmikan', 'tinjau', 'serahkan',
  'bertemu', 'temui', 'kunjungi', 'hadiri', 'tanggapi', 'soroti', 'kritik', 'apresiasi', 'imbau', 'ajak', 'janji', 'umumkan',
  'konservatif', 'liberal', 'sosialis', 'komunis', 'nasionalis', 'republikan', 'conservative', 'socialist', 'communist',
  'nationalist', 'republican', 'democrat', 'tory', 'tories', 'labour', 'islamis', 'islamist', 'populis', 'populist',
  'subbidang', 'subdirektorat', 'subbagian', 'subbag', 'fakultas', 'jurusan', 'prodi', 'laboratorium', 'balai', 'proyek', 'megaproyek',
  'lingkup', 'sarana', 'prasarana', 'penyidik', 'intel', 'intelijen', 'sekkot', 'sekda', 'pj', 'plh', 'plt',
  // units of armed forces and offices (`Komandan Peleton`, `Komandan Skadron`, `Direktur Latihan`, `Deputi Penanganan Darurat`)
  'peleton', 'kompi', 'skadron', 'batalyon', 'detasemen', 'resimen', 'brigade', 'satuan', 'satgas', 'latihan', 'operasi',
  'darurat', 'komando', 'armada', 'pimpin', 'platoon', 'squadron', 'battalion', 'regiment', 'brigade', 'operations',
  // laws and outlets (`Special Prosecutor Act`), regions and peoples (`Pacific leaders`, `North Korean leader`)
  'act', 'bill', 'law', 'news', 'pacific', 'atlantic', 'asian', 'european', 'african', 'arabian', 'caribbean',
  'nordic', 'baltic', 'balkan', 'western', 'eastern', 'northern', 'southern',
  // terms of office, elections and academic titles after an office (`Wakil Presiden Masa Jabatan 2019-2024`,
  // `Calon Gubernur DKI Siap Bertarung`, `Calon gubernur Doktor Insinyur …`)
  'masa', 'jabatan', 'periode', 'siap', 'bertarung', 'calon', 'pasang', 'pilkada', 'pemilu', 'pilpres', 'mayjend',
  // parties to a case and ballot numbers (`kuasa hukum para Pemohon`, `Nomor Urut 2`)
  'pemohon', 'termohon', 'terdakwa', 'tergugat', 'penggugat', 'pelapor', 'terlapor', 'nomor', 'urut',
  // the flag's colours, which name a programme's cooperatives (`Koperasi Merah Putih`)
  'merah', 'putih',
  // (of `North Korean`, `Sri Lankan` only the last word: `Sri` opens names)
  ...Object.keys(demonyms).map((demonym) => demonym.slice(demonym.lastIndexOf(' ') + 1)).filter((demonym) => !NAMES_TOO.has(demonym)).map((demonym) => demonym.toLowerCase()),
]);

/** Particles inside personal names: `Mohammed bin Salman`, `Ursula von der Leyen`. */
export const NAME_PARTICLES = new Set(['bin', 'binti', 'van', 'von', 'der', 'den', 'de', 'da', 'dos', 'del', 'al', 'el', 'la', 'le', 'ibn']);

/**
 * An Arabic name's article written in lower case and joined to the next part
 * (`Ali al-Sadeq`, `Abdel Fattah al-Burhan`, `Hasan as-Sayyid`): part of the name, and the
 * part after it is the name's short form (`Burhan`).
 */
export const ARTICLED_NAME_PART = /^(?:al|el|ad|an|ar|as|ash|at|az)[-‑](?=\p{Lu})/iu;

/** Words that open an event, document or initiative: a definition `(ABBR)` after them is not an organization. */
export const EVENT_WORDS = new Set([
  'ktt', 'konferensi', 'summit', 'forum', 'pertemuan', 'sidang', 'festival', 'olimpiade', 'piala', 'deklarasi',
  'perjanjian', 'inisiatif', 'program', 'rencana', 'undang-undang', 'uu', 'peraturan', 'kesepakatan', 'agreement',
  'treaty', 'initiative', 'declaration', 'conference', 'meeting', 'cup', 'games', 'pekan', 'hari', 'tahun',
  'pemilihan', 'pemilu', 'pilkada', 'pilpres', 'kongres', 'musyawarah', 'rapat', 'dialog', 'simposium', 'pameran',
  'expo', 'protokol', 'produk', 'indeks', 'index', 'act', 'law', 'operasi', 'operation', 'proyek', 'project',
]);

/** Words of the names of bodies, never of people's: `World Central Kitchen (WCK)` is an organization. */
export const BODY_WORDS = ['world', 'central', 'international', 'internasional', 'global', 'dunia', 'national', 'kitchen', 'foundation'];

/** The same and more words of companies' names: after a name read after a title, they show it was a body's (`Data Teknologi`). */
export const BODY_NAME_WORDS = new Set([...BODY_WORDS, 'teknologi', 'technology', 'technologies', 'nasional', 'group', 'grup', 'holding', 'industri', 'industries', 'tbk']);

/** Words of firms' names that no person's name holds (`Foster Asset Management`, `BNI Sekuritas`). */
export const COMPANY_WORDS = new Set([
  'sekuritas', 'securities', 'management', 'manajemen', 'asset', 'aset', 'capital', 'kapital', 'investama',
  'holdings', 'holding', 'group', 'grup', 'partners', 'consulting', 'advisory', 'tbk', 'persero', 'corp', 'inc', 'ltd',
]);

/** Words of office and portfolio that stand between a title and a name (`Menteri Luar Negeri`). */
export const PORTFOLIO_WORDS = new Set([
  'luar', 'negeri', 'dalam', 'keuangan', 'pertahanan', 'perdagangan', 'kesehatan', 'pendidikan', 'kebudayaan',
  'riset', 'teknologi', 'koordinator', 'bidang', 'perekonomian', 'politik', 'hukum', 'keamanan', 'ham', 'agama',
  'sosial', 'pertanian', 'perindustrian', 'energi', 'sumber', 'daya', 'mineral', 'lingkungan', 'hidup',
  'kehutanan', 'kelautan', 'perikanan', 'pariwisata', 'ekonomi', 'kreatif', 'perhubungan', 'pekerjaan', 'umum',
  'perumahan', 'rakyat', 'milik', 'komunikasi', 'informatika', 'digital', 'ketenagakerjaan', 'tenaga', 'kerja', 'bumn',
  'sekretaris', 'negara', 'investasi', 'desa', 'pembangunan', 'daerah', 'tertinggal', 'transmigrasi', 'pemuda',
  'olahraga', 'pemberdayaan', 'perempuan', 'perlindungan', 'pelindungan', 'pekerja', 'migran', 'anak', 'aparatur', 'reformasi', 'birokrasi', 'agraria',
  'tata', 'ruang', 'perencanaan', 'nasional', 'koperasi', 'ukm', 'usaha', 'kecil', 'menengah', 'kabinet',
  'senior', 'muda', 'pertama', 'utama', 'jenderal', 'besar', 'berkuasa', 'penuh', 'khusus', 'polhukam',
  'otonomi', 'rb', 'polkam', 'pers', 'data', 'pengendali', 'pengawal', 'kemaritiman', 'marves', 'pmk', 'pdt', 'esdm', 'pupr', 'lhk', 'atr', 'bpn', 'panrb', 'pppa', 'pol', 'purn', 'tni', 'pelaksana', 'eksekutif', 'harian', 'infrastruktur', 'pangan', 'kebijakan', 'luar biasa', 'tinggi',
  'foreign', 'affairs', 'defence', 'defense', 'finance', 'trade', 'health', 'interior', 'home', 'justice',
  'secretary', 'state', 'treasury', 'deputy', 'vice', 'acting', 'former', 'minister', 'prime', 'general',
  'transportation', 'transport', 'energy', 'commerce', 'labor', 'labour', 'education', 'agriculture', 'economy',
  // English portfolios (`Minister of Energy and Mineral Resources Bahlil Lahadalia`)
  'majority', 'minority', 'leader', 'whip', 'presidential',
  'resources', 'mines', 'mining', 'natural', 'environment', 'forestry', 'fisheries', 'maritime', 'tourism',
  'industry', 'investment', 'communications', 'information', 'religious', 'manpower', 'works', 'housing',
  'planning', 'cooperatives', 'villages', 'women', 'youth', 'sports', 'culture', 'law', 'rights', 'enterprises',
  'agrarian', 'spatial', 'state-owned', 'coordinating', 'political', 'security', 'welfare', 'development', 'technology',
  'science', 'research', 'higher', 'primary', 'secondary', 'digital', 'creative', 'migrant', 'protection',
  'empowerment', 'administrative', 'bureaucratic', 'reform', 'national', 'food', 'water', 'infrastructure',
  'president', 'presiden', 'wakil', 'menteri', 'perdana', 'mantan', 'ketua', 'kepala', 'juru', 'bicara',
  'kota', 'provinsi', 'kabupaten', 'wilayah', 'republik', 'republic', 'kerajaan', 'kingdom', 'persatuan',
  // units of organizations, which follow `Kepala`, `Direktur` … instead of a name
  'biro', 'bagian', 'divisi', 'seksi', 'subdit', 'direktorat', 'pusat', 'badan', 'dinas', 'komisi', 'kantor',
  'unit', 'satuan', 'tim', 'team', 'cabang', 'divhumas', 'bidhumas', 'staf', 'pembinaan', 'humas', 'operasional', 'nomor', 'pasal', 'ayat', 'metro',
  'pengawas', 'pengawasan', 'perbankan', 'asuransi', 'perasuransian', 'moneter', 'fiskal',
  // remits of local governments' units (`Kepala Dinas Kependudukan dan Pencatatan Sipil`)
  'kepresidenan', 'setda', 'setjen', 'administrasi', 'protokol', 'organisasi', 'layanan', 'informasi', 'publik', 'hubungan', 'pimpinan', 'kepegawaian', 'pengadaan',
  'kependudukan', 'pencatatan', 'pemadam', 'kebakaran', 'modal', 'pelayanan', 'terpadu', 'ketahanan', 'perpustakaan',
  'kearsipan', 'pertanahan', 'peternakan', 'perkebunan', 'permukiman', 'kesejahteraan', 'keluarga', 'berencana',
  'pengendalian', 'penduduk', 'ketenteraman', 'ketertiban', 'perizinan', 'persandian', 'statistik', 'pangan',
  // a company director's remit (`Direktur Konsumer PT Telkom Guntur Siregar`)
  'konsumer', 'consumer', 'korporasi', 'corporate', 'komersial', 'commercial', 'pemasaran', 'marketing', 'niaga',
  'ritel', 'retail', 'produksi', 'operasi', 'operations', 'logistik', 'hulu', 'hilir', 'penjualan', 'sales',
  'kepatuhan', 'compliance', 'risiko', 'manajemen', 'pengembangan', 'bisnis', 'business', 'strategi', 'transformasi', 'sdm',
  'league', 'liga', 'cup', 'piala', 'club', 'klub', 'city', 'united', 'fc', 'timnas',
  'pemerintah', 'pemerintahan', 'government', 'negara', 'daerah', 'pusat', 'otonom', 'administratif', 'istimewa',
  // words of bodies' names, never of persons' (`pekerja World Central Kitchen`)
  ...BODY_WORDS,
  'masyarakat', 'manusia', 'sipil', 'gizi', 'haji', 'hak', 'asasi', 'imigrasi', 'pemasyarakatan', 'penanaman',
  'modal', 'hilirisasi', 'kependudukan', 'keluarga', 'kesejahteraan', 'ketahanan', 'pertanahan', 'industri',
  'kewilayahan', 'kelembagaan', 'ekraf', 'urusan', 'dasar', 'mikro', 'permukiman', 'kawasan', 'sains',
  'pelayanan', 'publik', 'pemberantasan', 'korupsi', 'narkotika', 'pengawasan', 'ekspor', 'impor', 'sekretariat',
  'fraksi', 'darat', 'udara', 'perkeretaapian', 'pajak', 'bea', 'cukai', 'anggaran', 'perbendaharaan', 'kekayaan', 'pencatatan',
  // remits of prosecutors, judges and the police (`Jaksa Agung Muda Tindak Pidana Khusus`, `Hakim Konstitusi`)
  'tindak', 'pidana', 'perdata', 'konstitusi', 'intelijen', 'militer', 'tipikor', 'narkoba', 'reserse', 'kriminal',
  'siber', 'lintas', 'reskrim', 'propam', 'provos', 'sabhara', 'binmas', 'brimob',
  'minyak', 'gas', 'listrik', 'ketenagalistrikan', 'batubara', 'bina', 'marga', 'cipta', 'karya', 'divisi', 'humas',
]);

/**
 * Names that are also everyday Indonesian words which often open a sentence (`Lima` the
 * city, `Lima orang tewas` five people): at the start of a sentence they are the word.
 * (Solo, Malang, Padang also are words, but open sentences as the cities far more often.)
 */
export const COMMON_WORD_NAMES = new Set(['lima', 'nice', 'tyre', 'hama', 'baku']);

/**
 * Names that are also words that title-case headlines capitalize (`Duduk di Sisi Jokowi`,
 * `Jangan Serang …`): in such a line they are the word.
 */
export const HEADLINE_WORD_NAMES = new Set([...COMMON_WORD_NAMES, 'sisi', 'serang', 'wina', 'mega']);

/** Months and days: capitalized, never names. */
export const CALENDAR_WORDS = new Set([
  'januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november',
  'desember', 'january', 'february', 'march', 'may', 'june', 'july', 'august', 'october', 'december', 'senin',
  'selasa', 'rabu', 'kamis', 'jumat', "jum'at", 'sabtu', 'minggu', 'ahad', 'monday', 'tuesday', 'wednesday',
  'thursday', 'friday', 'saturday', 'sunday',
]);

/** Function words that open sentences or clauses, capitalized or not. */
export const FUNCTION_WORDS = new Set([
  'pada', 'di', 'ke', 'dari', 'yang', 'dan', 'atau', 'ini', 'itu', 'dengan', 'untuk', 'bagi', 'dalam', 'oleh',
  'saat', 'ketika', 'namun', 'tetapi', 'sementara', 'selain', 'menurut', 'sejak', 'setelah', 'sebelum', 'kami',
  'kita', 'mereka', 'dia', 'ia', 'beliau', 'para', 'sang', 'the', 'a', 'an', 'in', 'on', 'at', 'of', 'for', 'and',
  'but', 'he', 'she', 'they', 'we', 'it', 'this', 'that', 'his', 'her', 'their', 'when', 'while', 'after',
  'before', 'also', 'as', 'by', 'with', 'from', 'to', 'kata', 'ujar', 'tahun', 'pekan', 'bulan',
  'hari', 'pukul', 'sekitar', 'lebih', 'juga', 'akan', 'telah', 'sudah', 'tidak', 'bukan', 'bahwa', 'if', 'not',
  'no', 'yes', 'mr', 'mrs', 'ms', 'dr', 'prof', 'pak', 'bu', 'bapak', 'ibu', 'rp', 'us$', 'km', 'wib', 'wita', 'wit',
  'seorang', 'sebuah', 'para', 'kepada', 'tentang', 'antara', 'hingga', 'sampai', 'agar', 'karena', 'jika',
  'sebagai', 'secara', 'adapun', 'sedangkan', 'lalu', 'kemudian', 'selama', 'tanpa', 'meski', 'walau', 'where',
  'which', 'who', 'what', 'how', 'why', 'there', 'here', 'our', 'your', 'my', 'its', 'these', 'those', 'some',
  'sebelumnya', 'selanjutnya', 'sebaliknya', 'akhirnya', 'menurutnya', 'katanya', 'sedangkan', 'however',
  'meanwhile', 'earlier', 'later', 'today', 'yesterday', 'kemarin', 'besok', 'kini', 'sekarang', 'jadi', 'menjadi', 'usai', 'soal', 'bakal', 'both',
  // quantifiers and the like that open Indonesian sentences
  'kedua', 'ketiga', 'banyak', 'sejumlah', 'sebagian', 'pihak', 'seluruh', 'semua', 'beberapa', 'setiap', 'tiap',
  'berbagai', 'masing-masing', 'sebanyak', 'hanya', 'bahkan', 'terkait', 'mengenai',
  // pronouns and question words that open questions (`Bisakah Anda memastikan …`)
  'anda', 'bisakah', 'dapatkah', 'apakah', 'mengapa', 'bagaimana', 'kapan', 'siapa', 'kenapa',
  'pasangan', 'paslon', 'kandidat', 'saham', 'staff', 'editorial', 'newsroom', 'redaksi', 'reporters', 'agencies', 'wires',
  // what a photo credit gives instead of a photographer (`Foto: Dok.`, `Foto: Istimewa`)
  'dok', 'dokumentasi', 'istimewa', 'ilustrasi', 'arsip', 'tangkapan', 'handout', 'courtesy',
]);

/**
 * Kinds of bodies written like names, with their acronyms: `Badan Usaha Milik Negara (BUMN)`
 * is any state-owned enterprise, `Organisasi Kemasyarakatan` any civil society group.
 */
export const GENERIC_BODY_NAMES = new Set([
  'badan usaha milik negara', 'badan usaha milik daerah', 'badan usaha milik desa', 'organisasi kemasyarakatan',
  'lembaga swadaya masyarakat', 'organisasi non-pemerintah', 'organisasi nonpemerintah', 'perseroan terbatas',
  'aparatur sipil negara', 'pegawai negeri sipil', 'organisasi perangkat daerah', 'badan hukum',
  'usaha mikro, kecil, dan menengah', 'usaha mikro kecil dan menengah', 'non-governmental organization',
  'state-owned enterprise', 'state-owned enterprises',
  // epithets and benches, not names (`Lembaga Antirasuah` for the KPK, `Majelis Hakim`)
  'lembaga antirasuah', 'komisi antirasuah', 'majelis hakim',
  // a body's boards, and kinds of groupings (`Dewan Komisaris`, `Partai Politik`, `Koalisi Pemerintah`)
  'dewan komisaris', 'dewan direksi', 'dewan pengawas', 'dewan pembina', 'dewan gubernur', 'dewan pakar',
  'dewan penasihat', 'dewan kehormatan', 'partai politik', 'koalisi pemerintah', 'board of directors', 'board of commissioners',
  // kinds of military commands and banks (`Komando Daerah Militer (Kodam)` in every province, `Bank Pembangunan Daerah`)
  'komando daerah militer', 'komando resor militer', 'komando distrik militer', 'komando rayon militer', 'bank pembangunan daerah',
  'bank syariah', 'bank perkreditan rakyat',
]);

/** Is this folded name a kind of body, or one with a head before it (`perusahaan badan usaha milik negara`)? */
export function isGenericBody(folded: string): boolean {
  if (GENERIC_BODY_NAMES.has(folded) || folded.startsWith('majelis hakim')) return true;
  const space = folded.indexOf(' ');
  return space > 0 && GENERIC_BODY_NAMES.has(folded.slice(space + 1));
}

/** Capitalized words that are never part of a person's name. */
export const NOT_NAME_WORDS = new Set([...PORTFOLIO_WORDS, ...CALENDAR_WORDS, ...FUNCTION_WORDS]);

/**
 * Indonesian nouns of an activity or a field, made with pe(N)-…-an or ke-…-an
 * (`Penerangan`, `Penyidikan`, `Pencegahan`, `Kebencanaan`): the remits of offices, never
 * the words of a personal name. Eight letters or more, so `Kenan` or `Pelan` stay out.
 */
export function isRemitNoun(folded: string): boolean {
  const length = folded.length;
  if (length < 8 || folded.charCodeAt(length - 1) !== 0x6e || folded.charCodeAt(length - 2) !== 0x61) return false;
  return REMIT_NOUN.test(folded);
}
const REMIT_NOUN = /^(?:pe(?:m|n|ng|ny|r|l)?|ke)[a-z]{3,}an$/;

/** A word of an office's portfolio or remit (`Luar`, `Negeri`, `Penerangan`). */
export function isPortfolioWord(folded: string): boolean {
  return PORTFOLIO_WORDS.has(folded) || isRemitNoun(folded);
}
/** `NOT_NAME_WORDS` for words as written (any case or accents). */
export const NOT_NAME_WORDS_WRITTEN = new FoldedWords(NOT_NAME_WORDS);

/**
 * Common given names of many naming traditions (and the family names that open East Asian
 * names): the first word of a name that no title announces. The matcher knows them as
 * words (`CompiledKnowledgeBase.givenNames`), matched like names: in any case and accents.
 */
export const GIVEN_NAMES: readonly string[] = Object.values(givenNames.groups as Record<string, string[] | string>).flatMap(
  // The bundles carry each group as one string of words (scripts/build.js).
  (names) => (typeof names === 'string' ? names.split(' ') : names),
);

/** Figures of speech that look like a given name and a surname (`Dewi Fortuna`, Lady Luck). */
export const NAME_LIKE_IDIOMS = new Set(['dewi fortuna']);

export interface TitleInfo {
  /** Fewest words of a name after this trigger. */
  minWords?: number;
  /** Only in lower case: an English verb of saying, where `Said` capitalized is a name (`Said Abdullah`). */
  lowerCaseOnly?: boolean;
  /** Only as a label before a colon: a credit line's `Rep:`, `Red:`, `Foto:`. */
  labelOnly?: boolean;
  kind: 'leader-title' | 'person-title' | 'speech' | 'reported' | 'org-prefix' | 'org-suffix' | 'facility-prefix' | 'facility-suffix' | 'designator' | 'designator-suffix' | 'formal-state';
  type: EntityType;
}

/** All trigger phrases with what they signal. */
export function triggerPhrases(): Array<[string, TitleInfo]> {
  const out: Array<[string, TitleInfo]> = [];
  for (const t of LEADER_TITLES) out.push([t, { kind: 'leader-title', type: 'LEADER' }]);
  for (const t of new Set([...PERSON_TITLES, ...RANKS])) out.push([t, { kind: 'person-title', type: 'PERSON' }]);
  // `kang Emil`; capitalized, `Kang` is as often a Chinese family name (`Kang Xuping`).
  for (const t of LOWER_CASE_TITLES) out.push([t, { kind: 'person-title', type: 'PERSON', lowerCaseOnly: true }]);
  for (const t of CREDIT_LABELS) out.push([t, { kind: 'person-title', type: 'PERSON', labelOnly: true }]);
  for (const t of DESCRIPTIVE_TITLES) out.push([t, { kind: 'person-title', type: 'PERSON', minWords: 2 }]);
  for (const t of SPEECH_VERBS) out.push([t, { kind: 'speech', type: 'PERSON', ...(ENGLISH_VERBS.has(t) ? { lowerCaseOnly: true } : {}) }]);
  // `said`, `says`, `told` are both: after a quotation before the name, else after the name.
  for (const t of REPORTING_VERBS) if (!SPEECH_VERBS.includes(t)) out.push([t, { kind: 'reported', type: 'PERSON', ...(ENGLISH_VERBS.has(t) ? { lowerCaseOnly: true } : {}) }]);
  for (const t of ORG_PREFIXES) out.push([t, { kind: 'org-prefix', type: 'ORGANIZATION' }]);
  for (const t of ORG_SUFFIXES) out.push([t, { kind: 'org-suffix', type: 'ORGANIZATION' }]);
  for (const t of FACILITY_PREFIXES) out.push([t, { kind: 'facility-prefix', type: 'PLACE' }]);
  for (const t of FACILITY_SUFFIXES) out.push([t, { kind: 'facility-suffix', type: 'PLACE' }]);
  for (const t of PLACE_DESIGNATORS) out.push([t, { kind: 'designator', type: 'PLACE' }]);
  for (const t of PLACE_SUFFIX_DESIGNATORS) out.push([t, { kind: 'designator-suffix', type: 'PLACE' }]);
  for (const t of FORMAL_STATE_PREFIXES) out.push([t, { kind: 'formal-state', type: 'COUNTRY' }]);
  return out;
}
