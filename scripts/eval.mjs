// `npm run eval`: scores the CLI on the dev set (../shared/corpus) and on Sorot's own
// check set (test/fixtures/checkset), per type, with the shared scorer.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(root, '../shared');
const cli = path.join(root, 'dist/cli.js');
const scorer = path.join(shared, 'eval/score.mjs');
const extraArgs = process.argv.slice(2);
const work = mkdtempSync(path.join(tmpdir(), 'sorot-eval-'));

const sets = [
  { name: 'dev set (shared/corpus/seeds)', cwd: path.join(shared, 'corpus'), input: 'seeds', gold: 'seeds.gold.jsonl', args: [] },
  { name: 'check set (test/fixtures/checkset)', cwd: path.join(root, 'test/fixtures'), input: 'checkset', gold: 'checkset/checkset.gold.jsonl', args: [] },
  {
    name: 'external NER UI fold (mapped types; its own conventions)',
    cwd: path.join(shared, 'eval/external'),
    input: 'nerui',
    gold: 'nerui.gold.jsonl',
    args: ['--map', 'LEADER=PERSON,COUNTRY=LOCATION,PLACE=LOCATION'],
  },
];

if (!existsSync(cli)) {
  console.error('dist/cli.js is missing: run `npm run build` first.');
  process.exit(1);
}
for (const set of sets) {
  if (!existsSync(path.join(set.cwd, set.gold))) {
    console.log(`${set.name}: not found, skipped`);
    continue;
  }
  const prediction = path.join(work, `${path.basename(set.input)}.pred.jsonl`);
  writeFileSync(prediction, execFileSync(process.execPath, [cli, 'annotate', set.input, '--format', 'jsonl'], { cwd: set.cwd, maxBuffer: 1 << 28 }));
  const report = JSON.parse(execFileSync(process.execPath, [scorer, set.gold, prediction, ...set.args], { cwd: set.cwd, maxBuffer: 1 << 28 }).toString());
  console.log(`\n${set.name}`);
  console.log('type            strict P   R      F1     | overlap F1');
  const rows = Object.entries(report.strict.perType).map(([type, s]) => [type, s, report.overlap?.perType?.[type]]);
  rows.push(['micro', report.strict.micro, report.overlap?.micro]);
  for (const [type, s, o] of rows) {
    console.log(`${type.padEnd(14)} ${s.precision.toFixed(3)} ${s.recall.toFixed(3)} ${s.f1.toFixed(3)}  | ${o ? o.f1.toFixed(3) : '-'}`);
  }
  if (set.input === 'seeds') {
    const core = JSON.parse(execFileSync(process.execPath, [scorer, set.gold, prediction, '--types', 'LEADER,COUNTRY,ORGANIZATION'], { cwd: set.cwd }).toString());
    console.log(`LEADER+COUNTRY+ORGANIZATION strict micro F1: ${core.strict.micro.f1.toFixed(3)} (acceptance: >= 0.90)`);
  }
  if (extraArgs.includes('--diff')) {
    console.log(execFileSync(process.execPath, [scorer, set.gold, prediction, ...set.args, '--text', '--diff'], { cwd: set.cwd, maxBuffer: 1 << 28 }).toString());
  }
}
