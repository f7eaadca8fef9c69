import { createWriteStream, promises as fs } from 'fs';
import * as path from 'path';
import { type AnnotatedDocument, bratAnnotationConf, type ExportFormat, toBrat, toConll, toCsv, toDoccanoJsonl, toJsonl } from '../core/formats';
import type { Comparison } from '../core/compare';
import { ENTITY_TYPES, type EntityType } from '../core/types';

const FORMATTERS = { jsonl: toJsonl, conll: toConll, csv: toCsv, doccano: toDoccanoJsonl };

/**
 * Writes documents as they come, chunk after chunk, to standard output, to one file under
 * `out`, or (brat) to a .txt/.ann pair per article under `out`. The output is the same as
 * formatting all documents at once: only CSV has a header, written once.
 */
export class DocumentWriter {
  private stream?: NodeJS.WritableStream;
  private target?: string;
  private chunks = 0;
  private documents = 0;

  constructor(private readonly format: ExportFormat, private readonly out: string | undefined) {}

  async write(documents: AnnotatedDocument[]): Promise<void> {
    this.documents += documents.length;
    if (this.format === 'brat') {
      for (const doc of documents) {
        const base = path.join(this.out!, doc.file.replace(/\.[^./]+$/, ''));
        await fs.mkdir(path.dirname(base), { recursive: true });
        await fs.writeFile(`${base}.txt`, doc.text);
        await fs.writeFile(`${base}.ann`, toBrat(doc));
      }
      return;
    }
    let text = FORMATTERS[this.format](documents);
    if (this.format === 'csv' && this.chunks > 0) text = text.slice(text.indexOf('\r\n') + 2);
    this.chunks++;
    await this.send(text);
  }

  private async send(text: string): Promise<void> {
    if (!this.stream) {
      if (this.out) {
        await fs.mkdir(this.out, { recursive: true });
        this.target = path.join(this.out, `annotations.${this.format === 'doccano' ? 'doccano.jsonl' : this.format}`);
        this.stream = createWriteStream(this.target);
      } else this.stream = process.stdout;
    }
    const stream = this.stream;
    if (text && !stream.write(text)) await new Promise<void>((resolve) => stream.once('drain', () => resolve()));
  }

  async close(): Promise<void> {
    if (this.format === 'brat') {
      await fs.mkdir(this.out!, { recursive: true });
      await fs.writeFile(path.join(this.out!, 'annotation.conf'), bratAnnotationConf());
      process.stderr.write(`sorot: wrote ${this.documents} .ann files to ${this.out}\n`);
      return;
    }
    // Nothing written yet (no articles): the format's empty output still goes out.
    if (this.chunks === 0) await this.write([]);
    const stream = this.stream;
    if (stream && stream !== process.stdout) {
      await new Promise<void>((resolve, reject) => {
        stream.on('error', reject);
        stream.end(() => resolve());
      });
      process.stderr.write(`sorot: wrote ${this.target}\n`);
    }
  }
}

/** Mentions and entities per type, gathered chunk by chunk. */
export class Stats {
  private readonly byType = new Map<EntityType, { mentions: number; entities: Map<string, { name: string; count: number }> }>();
  private articles = 0;
  private mentions = 0;

  add(documents: readonly AnnotatedDocument[]): void {
    this.articles += documents.length;
    for (const doc of documents) {
      this.mentions += doc.mentions.length;
      for (const m of doc.mentions) {
        const stats = this.byType.get(m.type) ?? { mentions: 0, entities: new Map() };
        stats.mentions++;
        const entity = stats.entities.get(m.entity.id) ?? { name: m.entity.name, count: 0 };
        entity.count++;
        stats.entities.set(m.entity.id, entity);
        this.byType.set(m.type, stats);
      }
    }
  }

  print(): void {
    process.stdout.write(`${this.articles} articles, ${this.mentions} mentions\n`);
    for (const type of ENTITY_TYPES) {
      const stats = this.byType.get(type);
      if (!stats) continue;
      const top = [...stats.entities.values()].sort((a, b) => b.count - a.count).slice(0, 5);
      process.stdout.write(`${type.padEnd(12)} ${String(stats.mentions).padStart(6)} mentions ${String(stats.entities.size).padStart(5)} entities  top: ${top.map((e) => `${e.name} (${e.count})`).join(', ')}\n`);
    }
  }
}

export function printComparison(result: Comparison, limit: number): void {
  const row = (name: string, c: Comparison['micro']) =>
    `${name.padEnd(13)} ${String(c.tp).padStart(5)} ${String(c.fp).padStart(5)} ${String(c.fn).padStart(5)}  ${c.precision.toFixed(3)}  ${c.recall.toFixed(3)}  ${c.f1.toFixed(3)}\n`;
  let out = 'type             tp    fp    fn  prec   rec    f1\n';
  for (const type of ENTITY_TYPES) if (result.perType[type]) out += row(type, result.perType[type]!);
  out += row('micro', result.micro);
  out += `agreement: F1 ${result.micro.f1.toFixed(3)} (positive specific agreement), exact ${(100 * result.exactAgreement).toFixed(1)}% of mentions\n`;
  out += `${result.disagreements.length} disagreement(s)${result.disagreements.length > limit ? `, first ${limit}` : ''}:\n`;
  for (const d of result.disagreements.slice(0, limit)) {
    const a = d.reference ? `${d.reference.type} "${d.reference.text}" ${d.reference.start}-${d.reference.end}` : '';
    const b = d.other ? `${d.other.type} "${d.other.text}" ${d.other.start}-${d.other.end}` : '';
    out += `  ${d.file}:${(d.reference ?? d.other)!.start}  ${d.kind.padEnd(8)} ${a}${a && b ? ' vs ' : ''}${b}\n`;
  }
  process.stdout.write(out);
}
