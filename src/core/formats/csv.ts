import type { Mention } from '../types';
import { type AnnotatedDocument, FormatError, requireSource, requireType } from './document';

const HEADER = ['file', 'start', 'end', 'text', 'type', 'entity_id', 'entity_name', 'source'];

function field(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One row per mention (RFC 4180), UTF-16 offsets. */
export function toCsv(documents: readonly AnnotatedDocument[]): string {
  let out = HEADER.join(',') + '\r\n';
  for (const doc of documents) {
    for (const m of doc.mentions) {
      out += [doc.file, m.start, m.end, m.text, m.type, m.entity.id, m.entity.name, m.source].map(field).join(',') + '\r\n';
    }
  }
  return out;
}

/** Splits RFC 4180 text into rows of fields. */
export function parseCsvRows(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let value = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const ch = csv[i];
    if (quoted) {
      if (ch === '"' && csv[i + 1] === '"') {
        value += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else value += ch;
    } else if (ch === '"' && value === '') quoted = true;
    else if (ch === ',') {
      row.push(value);
      value = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && csv[i + 1] === '\n') i++;
      row.push(value);
      rows.push(row);
      row = [];
      value = '';
    } else value += ch;
  }
  if (quoted) throw new FormatError('unterminated quoted field', rows.length + 1);
  if (value !== '' || row.length > 0) {
    row.push(value);
    rows.push(row);
  }
  return rows;
}

export function fromCsv(csv: string): Map<string, Mention[]> {
  const rows = parseCsvRows(csv);
  const byFile = new Map<string, Mention[]>();
  if (rows.length === 0) return byFile;
  const header = rows[0];
  const column = (name: string) => {
    const index = header.indexOf(name);
    if (index < 0 && name !== 'source') throw new FormatError(`missing column "${name}"`, 1);
    return index;
  };
  const [file, start, end, text, type, entityId, entityName, source] = HEADER.map(column);
  rows.slice(1).forEach((row, index) => {
    if (row.length === 1 && row[0] === '') return;
    const line = index + 2;
    const mention: Mention = {
      start: Number(row[start]),
      end: Number(row[end]),
      text: row[text],
      type: requireType(row[type], line),
      entity: { id: row[entityId] ?? '', name: row[entityName] ?? row[text] },
      source: requireSource(source >= 0 ? row[source] : 'user'),
    };
    if (!Number.isInteger(mention.start) || !Number.isInteger(mention.end)) throw new FormatError('start and end must be integers', line);
    const list = byFile.get(row[file]) ?? [];
    list.push(mention);
    byFile.set(row[file], list);
  });
  return byFile;
}
