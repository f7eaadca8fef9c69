import { promises as fs } from 'fs';
import * as path from 'path';
import { type AnnotatedDocument, bratAnnotationConf, type ExportFormat, toBrat, toConll, toCsv, toDoccanoJsonl, toJsonl } from '../core/formats';
import type { Comparison } from '../core/compare';
import { ENTITY_TYPES, type EntityType } from '../core/types';

/** Writes documents in a format, to standard output or under `out`. */
export async function writeDocuments(documents: AnnotatedDocument[], format: ExportFormat, out: string | undefined): Promise<void> {
  if (format === 'brat') {
    for (const doc of documents) {
      const base = path.join(out!, doc.file.replace(/\.[^./]+$/, ''));
      await fs.mkdir(path.dirname(base), { recursive: true });
      await fs.writeFile(`${base}.txt`, doc.text);
      await fs.writeFile(`${base}.ann`, toBrat(doc));
    }
    await fs.writeFile(path.join(out!, 'annotation.conf'), bratAnnotationConf());
    process.stderr.write(`sorot: wrote ${documents.length} .ann files to ${out}\n`);
    return;
  }
  const output = { jsonl: toJsonl, conll: toConll, csv: toCsv, doccano: toDoccanoJsonl }[format](documents);
  if (!out) {
    process.stdout.write(output);
    return;
  }
  await fs.mkdir(out, { recursive: true });
  const target = path.join(out, `annotations.${format === 'doccano' ? 'doccano.jsonl' : format}`);
  await fs.writeFile(target, output);
  process.stderr.write(`sorot: wrote ${target}\n`);
}

export function printStats(documents: AnnotatedDocument[]): void {
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
