import { compareAnnotations } from './core/compare';
import { EXPORT_FORMATS, type ExportFormat } from './core/formats';
import { ENTITY_TYPES, type EntityType } from './core/types';
import { UsageError } from './cli/files';
import { DocumentWriter, printComparison, Stats } from './cli/output';
import { annotateInChunks, exportWorkspaceInChunks, loadAnnotationSet, loadKnowledgeBase } from './cli/workspace';
import { spareCores } from './node/threads';

const USAGE = `Usage:
  sorot annotate <file-or-dir>... [--format F] [--kb FILE] [--out DIR] [--types T,T] [--threads N] [--cache FILE]
  sorot stats <file-or-dir>... [--kb FILE] [--threads N] [--cache FILE]
  sorot export <workspace-dir> [--format F] [--kb FILE] [--out DIR] [--types T,T] [--threads N] [--cache FILE]
  sorot compare <reference> <other> [--json] [--limit N]

Finds leaders, countries, organizations, people and places in .txt and .md articles.
  annotate   the recognizer's mentions; paths relative to the current directory
  export     a workspace as annotated: its .sorot/entities.json and .sorot/decisions.jsonl
             applied; paths relative to the workspace folder
  compare    per-type precision/recall/F1 and agreement of <other> against <reference>;
             each a .jsonl (ours or doccano), .csv, brat folder or workspace folder
  --format   jsonl (default), doccano, conll, csv, or brat (writes .txt/.ann pairs; needs --out)
  --kb       a knowledge-base JSON file merged over the bundled one
  --out      write into this directory instead of standard output
  --types    only these types (${ENTITY_TYPES.join(',')})
  --threads  worker threads that annotate besides the main one (default: one per spare
             core, for 64 or more articles; 0 for none); the output is the same
  --cache    keep what was found in each article in FILE, and take articles unchanged
             since the last run from it (made again for another version or --kb)
Offsets are UTF-16 code units (JavaScript string indices); brat offsets are code points.`;

interface Options {
  command: string;
  paths: string[];
  format: ExportFormat;
  kb?: string;
  out?: string;
  types?: EntityType[];
  threads?: number;
  cache?: string;
  json: boolean;
  limit: number;
}

const COMMANDS = ['annotate', 'stats', 'export', 'compare'];

function parseArguments(argv: string[]): Options {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') throw new UsageError('');
  if (!COMMANDS.includes(command)) throw new UsageError(`Unknown command "${command}".`);
  const options: Options = { command, paths: [], format: 'jsonl', json: false, limit: 50 };
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
    else if (arg === '--cache') options.cache = value();
    else if (arg === '--json') options.json = true;
    else if (arg === '--limit') options.limit = Number(value());
    else if (arg === '--threads') {
      const threads = Number(value());
      if (!Number.isInteger(threads) || threads < 0 || threads > 64) throw new UsageError('--threads takes a whole number from 0 to 64.');
      options.threads = threads;
    }
    else if (arg === '--types') {
      const types = value().split(',').map((t) => t.trim().toUpperCase());
      const bad = types.filter((t) => !(ENTITY_TYPES as readonly string[]).includes(t));
      if (bad.length) throw new UsageError(`Unknown type ${bad.join(', ')}; use ${ENTITY_TYPES.join(', ')}.`);
      options.types = types as EntityType[];
    } else if (arg.startsWith('--')) throw new UsageError(`Unknown option ${arg}.`);
    else options.paths.push(arg);
  }
  if (options.paths.length === 0) throw new UsageError(`"${command}" needs at least one file or directory.`);
  if (command === 'export' && options.paths.length !== 1) throw new UsageError('"export" takes one workspace folder.');
  if (command === 'compare' && options.paths.length !== 2) throw new UsageError('"compare" takes two annotation sets: <reference> <other>.');
  if (options.format === 'brat' && !options.out) throw new UsageError('--format brat writes one .ann per article: give --out DIR.');
  return options;
}

async function run(options: Options): Promise<void> {
  switch (options.command) {
    case 'annotate': {
      // Written a chunk at a time: memory does not grow with the corpus.
      const kb = await loadKnowledgeBase(options.kb, true);
      const writer = new DocumentWriter(options.format, options.out);
      await annotateInChunks(options.paths, kb, options.types, process.cwd(), options.threads ?? spareCores(), (documents) => writer.write(documents), options.cache);
      await writer.close();
      return;
    }
    case 'stats': {
      const kb = await loadKnowledgeBase(options.kb, true);
      const stats = new Stats();
      await annotateInChunks(options.paths, kb, options.types, process.cwd(), options.threads ?? spareCores(), (documents) => stats.add(documents), options.cache);
      stats.print();
      return;
    }
    case 'export': {
      const writer = new DocumentWriter(options.format, options.out);
      await exportWorkspaceInChunks(options.paths[0], options.kb, options.types, options.threads ?? spareCores(), (documents) => writer.write(documents), options.cache);
      await writer.close();
      return;
    }
    case 'compare': {
      const [reference, other] = await Promise.all(options.paths.map((p) => loadAnnotationSet(p, options.kb)));
      const result = compareAnnotations(reference, other);
      if (options.json) process.stdout.write(JSON.stringify(result, null, 2) + '\n');
      else printComparison(result, options.limit);
    }
  }
}

async function main(argv: string[]): Promise<number> {
  try {
    await run(parseArguments(argv));
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
