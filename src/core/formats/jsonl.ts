import type { FileMention, Mention } from '../types';
import { type AnnotatedDocument, FormatError, requireSource, requireType } from './document';

/** One mention per line: `{"file","start","end","text","type","entity","source"}`. */
export function toJsonl(documents: readonly AnnotatedDocument[]): string {
  let out = '';
  for (const doc of documents) {
    for (const m of doc.mentions) {
      const record: FileMention = { file: doc.file, start: m.start, end: m.end, text: m.text, type: m.type, entity: m.entity, source: m.source };
      out += JSON.stringify(record) + '\n';
    }
  }
  return out;
}

/** Reads our JSONL (and doccano's `{"text","label":[[s,e,T]]}` lines) into mentions per file. */
export function fromJsonl(jsonl: string): Map<string, Mention[]> {
  const byFile = new Map<string, Mention[]>();
  jsonl.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    let value: Record<string, unknown>;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      throw new FormatError(`not valid JSON (${(error as Error).message})`, line);
    }
    const add = (file: string, mention: Mention) => {
      const list = byFile.get(file) ?? [];
      list.push(mention);
      byFile.set(file, list);
    };
    if (typeof value.text === 'string' && Array.isArray(value.label)) {
      const file = typeof value.file === 'string' ? value.file : `doc-${line}`;
      byFile.set(file, byFile.get(file) ?? []);
      for (const label of value.label as unknown[]) {
        if (!Array.isArray(label) || label.length < 3) throw new FormatError('a doccano label must be [start, end, TYPE]', line);
        const [start, end, type] = label as [number, number, string];
        const text = value.text.slice(start, end);
        add(file, { start, end, text, type: requireType(type, line), entity: { id: '', name: text }, source: 'user' });
      }
      return;
    }
    const { file, start, end, text, type, entity } = value as Partial<FileMention>;
    if (typeof file !== 'string' || typeof start !== 'number' || typeof end !== 'number' || typeof text !== 'string' || typeof type !== 'string') {
      throw new FormatError('a mention needs "file", "start", "end", "text" and "type"', line);
    }
    const ref = entity && typeof entity.id === 'string' ? { id: entity.id, name: String(entity.name ?? text) } : { id: '', name: text };
    add(file, { start, end, text, type: requireType(type, line), entity: ref, source: requireSource(value.source) });
  });
  for (const list of byFile.values()) list.sort((a, b) => a.start - b.start);
  return byFile;
}

/** doccano's sequence-labelling import format: one article per line. */
export function toDoccanoJsonl(documents: readonly AnnotatedDocument[]): string {
  return documents
    .map((doc) => JSON.stringify({ file: doc.file, text: doc.text, label: doc.mentions.map((m) => [m.start, m.end, m.type]) }) + '\n')
    .join('');
}
