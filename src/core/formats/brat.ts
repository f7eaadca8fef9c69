import type { Mention } from '../types';
import { type AnnotatedDocument, FormatError, requireType } from './document';

/**
 * brat standoff counts offsets in Unicode code points (it is written in Python), so
 * UTF-16 offsets are converted on the way out and back on the way in.
 */
function toCodePointOffsets(text: string): (utf16: number) => number {
  const surrogatesBefore: number[] = [];
  let count = 0;
  for (let i = 0; i <= text.length; i++) {
    surrogatesBefore.push(count);
    const unit = text.charCodeAt(i);
    if (unit >= 0xdc00 && unit <= 0xdfff && i > 0) count++;
  }
  return (utf16) => utf16 - surrogatesBefore[utf16];
}

function toUtf16Offsets(text: string): (codePoint: number) => number {
  const utf16Of: number[] = [];
  let index = 0;
  for (const ch of text) {
    utf16Of.push(index);
    index += ch.length;
  }
  utf16Of.push(index);
  return (codePoint) => {
    const offset = utf16Of[codePoint];
    if (offset === undefined) throw new FormatError(`offset ${codePoint} is past the end of the text`);
    return offset;
  };
}

/** The `.ann` file for one article: a text-bound annotation per mention, the entity in a note. */
export function toBrat(doc: AnnotatedDocument): string {
  const codePoint = toCodePointOffsets(doc.text);
  let out = '';
  doc.mentions.forEach((m, index) => {
    const id = index + 1;
    out += `T${id}\t${m.type} ${codePoint(m.start)} ${codePoint(m.end)}\t${m.text}\n`;
    if (m.entity.id) out += `#${id}\tAnnotatorNotes T${id}\t${m.entity.id} ${m.entity.name}\n`;
  });
  return out;
}

/** Reads an `.ann` file against its text. */
export function fromBrat(ann: string, text: string): Mention[] {
  const utf16 = toUtf16Offsets(text);
  const mentions = new Map<string, Mention>();
  const notes = new Map<string, string>();
  ann.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    const columns = line.split('\t');
    if (line.startsWith('T')) {
      const match = /^(\S+) (\d+) (\d+)(?:;\d+ \d+)*$/.exec(columns[1] ?? '');
      if (!match) throw new FormatError(`cannot read text-bound annotation "${line}"`, index + 1);
      const start = utf16(Number(match[2]));
      const end = utf16(Number(match[3]));
      const surface = text.slice(start, end);
      mentions.set(columns[0], { start, end, text: surface, type: requireType(match[1], index + 1), entity: { id: '', name: surface }, source: 'user' });
    } else if (line.startsWith('#')) {
      const target = /^AnnotatorNotes (\S+)$/.exec(columns[1] ?? '');
      if (target) notes.set(target[1], columns.slice(2).join('\t'));
    }
  });
  for (const [id, note] of notes) {
    const mention = mentions.get(id);
    if (!mention) continue;
    const space = note.indexOf(' ');
    mention.entity = space < 0 ? { id: note, name: mention.text } : { id: note.slice(0, space), name: note.slice(space + 1) };
  }
  return [...mentions.values()].sort((a, b) => a.start - b.start);
}

/** brat's `annotation.conf` declaring Sorot's five entity types. */
export function bratAnnotationConf(): string {
  return '[entities]\nLEADER\nPERSON\nCOUNTRY\nORGANIZATION\nPLACE\n\n[relations]\n\n[events]\n\n[attributes]\n';
}
