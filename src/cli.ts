import { promises as fs } from 'fs';
import * as path from 'path';
import { annotate } from './core/annotate';
import { bundledKnowledgeBase } from './core/kb/bundled';
import type { KnowledgeBase } from './core/kb/knowledge-base';
import { formatProblem, parseKnowledgeBase } from './core/kb/validate';
import { type AnnotatedDocument, bratAnnotationConf, EXPORT_FORMATS, type ExportFormat, toBrat, toConll, toCsv, toDoccanoJsonl, toJsonl } from './core/formats';
import { ENTITY_TYPES, type EntityType } from './core/types';
import { collectFiles, readArticles, UsageError } from './cli/files';

const USAGE = `Usage:
  sorot annotate <file-or-dir>... [--format jsonl|conll|brat|csv|doccano] [--kb FILE] [--out DIR] [--types T,T]
  sorot stats <file-or-dir>... [--kb FILE]

Finds leaders, countries, organizations, people and places in .txt and .md articles.
  --format   output format (default jsonl). brat writes .txt/.ann pairs and needs --out.
  --kb       a knowledge-base JSON file merged over the bundled one (same schema as .sorot/entities.json)
  --out      write into this directory instead of standard output
  --types    only these types (LEADER,PERSON,COUNTRY,ORGANIZATION,PLACE)
Offsets are UTF-16 code units (JavaScript string indices); brat offsets are code points.`;

interface Options {
  command: string;
  paths: string[];
  format: ExportFormat;
  kb?: string;
  out?: string;
  types?: EntityType[];
}

function parseArguments(argv: string[]): Options {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') throw new UsageError('');
  if (command !== 'annotate' && command !== 'stats') throw new UsageError(`Unknown command "${command}".`);
  const options: Options = { command, paths: [], format: 'jsonl' };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const value = () => {
      const next = rest[++i];
      if (next === undefined || next.startsWith('--')) throw new UsageError(`Option ${arg} needs a value.`);
      return next;
    };
    if (arg === '--format') {
      const format = value();
      if (!(EXPORT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`Unknown format "${format}"; use one of ${EXPORT_FORMATS.join(', ')}.`);
      options.format = format as ExportFormat;
    } else if (arg === '--kb') options.kb = value();
    else if (arg === '--out') options.out = value();
    else if (arg === '--types') {
      const types = value().split(',').map((t) => t.trim().toUpperCase());
      const bad = types.filter((t) => !(ENTITY_TYPES as readonly string[]).includes(t));
      if (bad.length) throw new UsageError(`Unknown type ${bad.join(', ')}; use ${ENTITY_TYPES.join(', ')}.`);
      options.types = types as EntityType[];
    } else if (arg.startsWith('--')) throw new UsageError(`Unknown option ${arg}.`);
    else options.paths.push(arg);
  }
  if (options.paths.length === 0) throw new UsageError(`"${command}" needs at least one file or directory.`);
  if (options.format === 'brat' && !options.out) throw new UsageError('--format brat writes one .ann per article: give --out DIR.');
  return options;
}

async function loadKnowledgeBase(file: string | undefined): Promise<KnowledgeBase> {
  const bundled = bundledKnowledgeBase();
  if (!file) return bundled;
  const text = await fs.readFile(file, 'utf8').catch(() => {
    throw new UsageError(`Cannot read knowledge base ${file}.`);
  });
  const { entries, problems } = parseKnowledgeBase(text);
  for (const problem of problems) process.stderr.write(`sorot: ${formatProblem(file, problem)}\n`);
  if (problems.length > 0) process.stderr.write(`sorot: ${problems.length} problem(s) in ${file}; using its ${entries.length} valid entries.\n`);
  return bundled.withUserEntries(entries);
}

async function annotateAll(options: Options): Promise<AnnotatedDocument[]> {
  const kb = await loadKnowledgeBase(options.kb);
  const files = await collectFiles(options.paths);
  let skipped = 0;
  const articles = await readArticles(files, ({ file, reason }) => {
    skipped++;
    process.stderr.write(`sorot: skipped ${file} (${reason})\n`);
  });
  if (skipped > 0) process.stderr.write(`sorot: skipped ${skipped} of ${files.length} files\n`);
  return articles.map(({ file, text }) => ({ file, text, mentions: annotate(text, kb, { types: options.types }) }));
}

async function writeOutput(documents: AnnotatedDocument[], options: Options): Promise<void> {
  if (options.format === 'brat') {
    const out = options.out!;
    for (const doc of documents) {
      const base = path.join(out, doc.file.replace(/\.[^./]+$/, ''));
      await fs.mkdir(path.dirname(base), { recursive: true });
      await fs.writeFile(`${base}.txt`, doc.text);
      await fs.writeFile(`${base}.ann`, toBrat(doc));
    }
    await fs.writeFile(path.join(out, 'annotation.conf'), bratAnnotationConf());
    process.stderr.write(`sorot: wrote ${documents.length} .ann files to ${out}\n`);
    return;
  }
  const render = { jsonl: toJsonl, conll: toConll, csv: toCsv, doccano: toDoccanoJsonl }[options.format];
  const output = render(documents);
  if (!options.out) {
    process.stdout.write(output);
    return;
  }
  await fs.mkdir(options.out, { recursive: true });
  const target = path.join(options.out, `annotations.${options.format === 'doccano' ? 'doccano.jsonl' : options.format}`);
  await fs.writeFile(target, output);
  process.stderr.write(`sorot: wrote ${target}\n`);
}

function printStats(documents: AnnotatedDocument[]): void {
  const byType = new Map<EntityType, { mentions: number; entities: Map<string, { name: string; count: number }> }>();
  for (const doc of documents) {
    for (const m of doc.mentions) {
      const stats = byType.get(m.type) ?? { mentions: 0, entities: new Map() };
      stats.mentions++;
      const entity = stats.entities.get(m.entity.id) ?? { name: m.entity.name, count: 0 };
      entity.count++;
      stats.entities.set(m.entity.id, entity);
      byType.set(m.type, stats);
    }
  }
  const total = documents.reduce((n, d) => n + d.mentions.length, 0);
  process.stdout.write(`${documents.length} articles, ${total} mentions\n`);
  for (const type of ENTITY_TYPES) {
    const stats = byType.get(type);
    if (!stats) continue;
    const top = [...stats.entities.values()].sort((a, b) => b.count - a.count).slice(0, 5);
    process.stdout.write(`${type.padEnd(12)} ${String(stats.mentions).padStart(6)} mentions ${String(stats.entities.size).padStart(5)} entities  top: ${top.map((e) => `${e.name} (${e.count})`).join(', ')}\n`);
  }
}

async function main(argv: string[]): Promise<number> {
  try {
    const options = parseArguments(argv);
    const documents = await annotateAll(options);
    if (options.command === 'stats') printStats(documents);
    else await writeOutput(documents, options);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      if (error.message) process.stderr.write(`sorot: ${error.message}\n\n`);
      process.stderr.write(USAGE + '\n');
      return error.message ? 2 : 0;
    }
    process.stderr.write(`sorot: ${(error as Error).message ?? error}\n`);
    return 1;
  }
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
