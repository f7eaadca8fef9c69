import * as assert from 'assert';
import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, existsSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { build, buildSync } from 'esbuild';
import { annotate } from '../../src/core/annotate';
import { toConll, toCsv, toDoccanoJsonl, toJsonl } from '../../src/core/formats';
import { bundledKnowledgeBase } from '../../src/core/kb/bundled';
import { DocumentWriter } from '../../src/cli/output';

const root = path.resolve(__dirname, '../..');
const cliSource = path.join(root, 'src/cli.ts');

function sorot(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, ['--require', require.resolve('tsx/cjs'), cliSource, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

suite('CLI', function () {
  this.timeout(60000);
  let dir: string;

  suiteSetup(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'sorot-cli-'));
    mkdirSync(path.join(dir, 'news', 'sub'), { recursive: true });
    writeFileSync(path.join(dir, 'news', 'a.txt'), '\uFEFFPresiden Tiongkok Xi Jinping tiba di Jakarta.\r\n');
    writeFileSync(path.join(dir, 'news', 'sub', 'b.md'), 'Kementerian Luar Negeri Indonesia dan PBB.');
    writeFileSync(path.join(dir, 'news', 'c.txt'), Buffer.from([0x58, 0x69, 0x00, 0x01]));
    writeFileSync(path.join(dir, 'news', 'notes.json'), '{}');
  });

  test('annotate prints JSONL with paths relative to the current directory', () => {
    const { code, stdout, stderr } = sorot(['annotate', 'news'], dir);
    assert.strictEqual(code, 0, stderr);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepStrictEqual([...new Set(lines.map((l) => l.file))], ['news/a.txt', 'news/sub/b.md']);
    const xi = lines.find((l) => l.text === 'Xi Jinping');
    assert.deepStrictEqual([xi.start, xi.end, xi.type, xi.entity.id, xi.source], [18, 28, 'LEADER', 'leader:xi-jinping', 'kb']);
    assert.match(stderr, /skipped news\/c\.txt \(binary file\)/);
  });

  test('every format writes something readable; brat needs --out', () => {
    assert.match(sorot(['annotate', 'news/a.txt', '--format', 'conll'], dir).stdout, /^-DOCSTART-/);
    assert.match(sorot(['annotate', 'news/a.txt', '--format', 'csv'], dir).stdout, /^file,start,end,text,type/);
    const brat = sorot(['annotate', 'news', '--format', 'brat'], dir);
    assert.strictEqual(brat.code, 2);
    assert.match(brat.stderr, /needs|give --out/);
    const out = path.join(dir, 'out');
    assert.strictEqual(sorot(['annotate', 'news', '--format', 'brat', '--out', out], dir).code, 0);
    assert.match(readFileSync(path.join(out, 'news', 'a.ann'), 'utf8'), /^T1\tCOUNTRY 9 17\tTiongkok/);
    assert.ok(existsSync(path.join(out, 'annotation.conf')));
  });

  test('--kb merges a user file; a broken one is reported by line and the rest still works', () => {
    const kb = path.join(dir, 'kb.json');
    writeFileSync(kb, '[\n {"id":"person:budi-santoso","type":"PERSON","name":"Budi Santoso"},\n {"id":"org:x","type":"TEAM","name":"X"}\n]');
    const { code, stdout, stderr } = sorot(['annotate', 'news/a.txt', '--kb', kb, '--types', 'PERSON,LEADER'], dir);
    assert.strictEqual(code, 0);
    assert.match(stderr, /kb\.json:3:\d+: Field "type" must be one of/);
    assert.deepStrictEqual(stdout.trim().split('\n').map((l) => JSON.parse(l).text), ['Xi Jinping']);
  });

  test('bad paths and options exit non-zero with a message', () => {
    const missing = sorot(['annotate', 'nope'], dir);
    assert.match(missing.stderr, /No such file or directory: nope/);
    assert.notStrictEqual(missing.code, 0);
    const format = sorot(['annotate', 'news', '--format', 'xml'], dir);
    assert.strictEqual(format.code, 2);
    assert.match(format.stderr, /Unknown format "xml"/);
    assert.strictEqual(sorot(['frobnicate'], dir).code, 2);
    assert.strictEqual(sorot(['annotate'], dir).code, 2);
  });

  test('export applies the workspace decisions and reports stale ones; compare scores two sets', () => {
    const ws = path.join(dir, 'ws');
    mkdirSync(path.join(ws, '.sorot'), { recursive: true });
    writeFileSync(path.join(ws, 'a.txt'), 'Presiden Tiongkok Xi Jinping dan PBB.\n');
    const decisions = [
      { action: 'reject', scope: 'mention', file: 'a.txt', text: 'PBB', start: 33, before: 'Xi Jinping dan ', after: '.\n', time: 't' },
      { action: 'add', scope: 'mention', file: 'a.txt', text: 'Hilang', start: 0, time: 't', type: 'PERSON', entity: { id: 'person:hilang', name: 'Hilang' } },
    ];
    writeFileSync(path.join(ws, '.sorot', 'decisions.jsonl'), decisions.map((d) => JSON.stringify(d)).join('\n') + '\n');
    const exported = sorot(['export', ws], dir);
    assert.strictEqual(exported.code, 0, exported.stderr);
    const lines = exported.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepStrictEqual(lines.map((l) => `${l.file}:${l.text}`), ['a.txt:Tiongkok', 'a.txt:Xi Jinping']);
    assert.match(exported.stderr, /stale decision in a\.txt: add "Hilang"/);
    const recognized = path.join(dir, 'recognized.jsonl');
    writeFileSync(recognized, sorot(['annotate', '.'], ws).stdout);
    const edited = path.join(dir, 'edited.jsonl');
    writeFileSync(edited, exported.stdout);
    const compared = sorot(['compare', edited, recognized], dir);
    assert.strictEqual(compared.code, 0, compared.stderr);
    assert.match(compared.stdout, /ORGANIZATION\s+0\s+1\s+0/);
    assert.match(compared.stdout, /1 disagreement\(s\)/);
    assert.match(compared.stdout, /extra\s+ORGANIZATION "PBB"/);
    const json = JSON.parse(sorot(['compare', edited, edited, '--json'], dir).stdout);
    assert.strictEqual(json.micro.f1, 1);
    assert.strictEqual(sorot(['compare', edited], dir).code, 2);
  });

  test('stats summarizes per type', () => {
    const { code, stdout } = sorot(['stats', 'news'], dir);
    assert.strictEqual(code, 0);
    assert.match(stdout, /^2 articles, \d+ mentions/);
    assert.match(stdout, /COUNTRY\s+\d+ mentions/);
  });
  test('many articles annotated on worker threads print exactly what one thread prints', function () {
    this.timeout(120000);
    // The built CLI starts annotator-thread.js from its own folder: build both there.
    const bin = mkdtempSync(path.join(tmpdir(), 'sorot-cli-bin-'));
    for (const [entry, out] of [['src/cli.ts', 'cli.js'], ['src/node/annotator-thread.ts', 'annotator-thread.js']]) {
      buildSync({ entryPoints: [path.join(root, entry)], outfile: path.join(bin, out), bundle: true, platform: 'node', format: 'cjs', mainFields: ['module', 'main'], logLevel: 'error' });
    }
    const many = path.join(dir, 'many');
    mkdirSync(many, { recursive: true });
    const leaders = ['Presiden Tiongkok Xi Jinping', 'Perdana Menteri Malaysia Anwar Ibrahim', 'Menteri Luar Negeri Sugiono', 'Sekjen PBB António Guterres'];
    for (let i = 0; i < 90; i++) {
      const a = leaders[i % leaders.length];
      const b = leaders[(i * 7 + 1) % leaders.length];
      writeFileSync(path.join(many, `n${String(i).padStart(3, '0')}.txt`), `Berita ${i}\n\n${a} bertemu ${b} di Jakarta pada hari ke-${i}, kata Kementerian Luar Negeri Indonesia.\n`);
    }
    const run = (threads: string) => spawnSync(process.execPath, [path.join(bin, 'cli.js'), 'annotate', 'many', '--threads', threads], { cwd: dir, encoding: 'utf8' });
    const one = run('0');
    const two = run('2');
    assert.strictEqual(two.status, 0, two.stderr);
    assert.strictEqual(two.stderr, '', 'no thread stopped');
    assert.ok(one.stdout.split('\n').length > 90 * 4, one.stdout.slice(0, 400));
    assert.strictEqual(two.stdout, one.stdout);
    // A thread that dies is reported, and its articles are annotated on the main thread.
    writeFileSync(path.join(bin, 'annotator-thread.js'), "throw new Error('broken thread');");
    const broken = run('2');
    assert.strictEqual(broken.status, 0, broken.stderr);
    assert.match(broken.stderr, /an annotator thread stopped; its articles are annotated on the main thread \(Error: broken thread\)/);
    assert.strictEqual(broken.stdout, one.stdout);
    assert.match(sorot(['annotate', 'many', '--threads', 'lots'], dir).stderr, /--threads takes a whole number/);
  });
  test('--cache takes unchanged articles from the last run and prints exactly what annotating them prints', async function () {
    this.timeout(120000);
    // Built as npm run build builds it: the cache is keyed by the engine version it stamps.
    const bin = mkdtempSync(path.join(tmpdir(), 'sorot-cli-cache-'));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { engineVersion } = require(path.join(root, 'scripts/engine-version.js'));
    await build({ entryPoints: [path.join(root, 'src/cli.ts')], outfile: path.join(bin, 'cli.js'), bundle: true, platform: 'node', format: 'cjs', mainFields: ['module', 'main'], logLevel: 'error', plugins: [engineVersion] });
    const cacheDir = mkdtempSync(path.join(dir, 'cached-'));
    const articles = ['Presiden Tiongkok Xi Jinping tiba di Jakarta.', 'Kementerian Luar Negeri Indonesia dan PBB, kata Menlu Sugiono.', 'Tidak ada nama.'];
    articles.forEach((text, i) => writeFileSync(path.join(cacheDir, `a${i}.txt`), text));
    const cache = path.join(dir, 'state', 'sorot.cache');
    const run = (...args: string[]) => spawnSync(process.execPath, [path.join(bin, 'cli.js'), ...args], { cwd: dir, encoding: 'utf8' });
    const plain = run('annotate', path.basename(cacheDir));
    const first = run('annotate', path.basename(cacheDir), '--cache', cache);
    assert.strictEqual(first.status, 0, first.stderr);
    assert.match(first.stderr, /0 of 3 articles unchanged, 3 annotated/);
    assert.ok(existsSync(cache), 'the cache is written, its folder made');
    const second = run('annotate', path.basename(cacheDir), '--cache', cache);
    assert.match(second.stderr, /3 of 3 articles unchanged, 0 annotated/);
    assert.strictEqual(second.stdout, plain.stdout);
    assert.ok(plain.stdout.split('\n').length > 4, plain.stdout);
    // --types filters what is written, not what is kept.
    const leaders = run('annotate', path.basename(cacheDir), '--cache', cache, '--types', 'LEADER');
    assert.match(leaders.stderr, /3 of 3 articles unchanged/);
    assert.strictEqual(leaders.stdout, run('annotate', path.basename(cacheDir), '--types', 'LEADER').stdout);
    // A changed article is annotated again; another --kb makes the whole cache again.
    writeFileSync(path.join(cacheDir, 'a2.txt'), 'Sekjen PBB António Guterres tiba di Jakarta.');
    const changed = run('annotate', path.basename(cacheDir), '--cache', cache);
    assert.match(changed.stderr, /2 of 3 articles unchanged, 1 annotated/);
    assert.strictEqual(changed.stdout, run('annotate', path.basename(cacheDir)).stdout);
    writeFileSync(path.join(dir, 'extra-kb.json'), JSON.stringify([{ id: 'org:tidak-club', type: 'ORGANIZATION', name: 'Tidak Club' }]));
    const otherKb = run('annotate', path.basename(cacheDir), '--cache', cache, '--kb', 'extra-kb.json');
    assert.match(otherKb.stderr, /not used \(made by another version of the engine or knowledge base\); it is written again/);
    assert.match(otherKb.stderr, /0 of 3 articles unchanged/);
    // A damaged cache is reported and the output is still right.
    writeFileSync(cache, 'garbage');
    const damaged = run('annotate', path.basename(cacheDir), '--cache', cache);
    assert.strictEqual(damaged.status, 0, damaged.stderr);
    assert.match(damaged.stderr, /not used \(not a Sorot cache\)/);
    assert.strictEqual(damaged.stdout, changed.stdout);
    // From source there is no engine version to key a cache by: said, and ignored.
    const fromSource = sorot(['annotate', path.basename(cacheDir), '--cache', cache], dir);
    assert.match(fromSource.stderr, /--cache needs the built CLI/);
    assert.strictEqual(fromSource.stdout, changed.stdout);
  });

  test('output written chunk by chunk is the output of all documents at once, in every format', async () => {
    const kb = bundledKnowledgeBase();
    const texts = ['Presiden Tiongkok Xi Jinping tiba di Jakarta.', 'Kementerian Luar Negeri Indonesia dan PBB.', 'Tidak ada nama.', 'Sekjen PBB António Guterres, "kata" Menlu Sugiono.'];
    const documents = texts.map((text, i) => ({ file: `d${i}.txt`, text, mentions: annotate(text, kb) }));
    for (const format of ['jsonl', 'csv', 'conll', 'doccano'] as const) {
      const out = mkdtempSync(path.join(tmpdir(), `sorot-writer-${format}-`));
      const writer = new DocumentWriter(format, out);
      await writer.write(documents.slice(0, 1));
      await writer.write([]);
      await writer.write(documents.slice(1, 3));
      await writer.write(documents.slice(3));
      await writer.close();
      const written = readFileSync(path.join(out, `annotations.${format === 'doccano' ? 'doccano.jsonl' : format}`), 'utf8');
      const whole = { jsonl: toJsonl, csv: toCsv, conll: toConll, doccano: toDoccanoJsonl }[format](documents);
      assert.strictEqual(written, whole, format);
    }
  });
});
