import { slugify } from '../text';
import type { EntityType, Mention } from '../types';
import { type AnnotatedDocument, FormatError, requireType } from './document';

const DOCSTART = '-DOCSTART- -X- -X- O';
const TOKEN = /[\p{L}\p{N}\p{M}]+(?:['’\-.][\p{L}\p{N}\p{M}]+)*|[^\s\p{L}\p{N}\p{M}]/gu;
const SENTENCE_END = new Set(['.', '!', '?']);
const PREFIX: Record<EntityType, string> = { LEADER: 'leader', PERSON: 'person', COUNTRY: 'country', ORGANIZATION: 'org', PLACE: 'place' };

interface Token {
  start: number;
  end: number;
}

/** Word tokens of `text`, split wherever a mention starts or ends so that spans align. */
function tokenize(text: string, mentions: readonly Mention[]): Token[] {
  const cuts = new Set<number>();
  for (const m of mentions) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    let start = match.index ?? 0;
    const end = start + match[0].length;
    for (let i = start + 1; i < end; i++) {
      if (cuts.has(i)) {
        tokens.push({ start, end: i });
        start = i;
      }
    }
    tokens.push({ start, end });
  }
  return tokens;
}

/**
 * CoNLL-2003 layout: `token -X- -X- TAG` per line with IOB2 tags, a blank line between
 * sentences and `-DOCSTART-` before each document. Tokens are exact substrings of the
 * text, in order, so the importer can put offsets back.
 */
export function toConll(documents: readonly AnnotatedDocument[]): string {
  let out = '';
  for (const doc of documents) {
    out += `${DOCSTART}\n\n`;
    const tokens = tokenize(doc.text, doc.mentions);
    let m = 0;
    let lines = 0;
    tokens.forEach((token, index) => {
      while (m < doc.mentions.length && doc.mentions[m].end <= token.start) m++;
      const mention = doc.mentions[m];
      const inside = mention && mention.start <= token.start && token.end <= mention.end;
      const tag = inside ? `${mention.start === token.start ? 'B' : 'I'}-${mention.type}` : 'O';
      const word = doc.text.slice(token.start, token.end);
      out += `${word} -X- -X- ${tag}\n`;
      lines++;
      const next = tokens[index + 1];
      const newline = next && /\n/.test(doc.text.slice(token.end, next.start));
      if (next && (newline || (SENTENCE_END.has(word) && !inside))) {
        out += '\n';
        lines = 0;
      }
    });
    if (lines > 0) out += '\n';
  }
  return out;
}

/**
 * Reads CoNLL back. With the documents' texts the mentions get their exact offsets;
 * without, each text is rebuilt from its tokens (spaces between, a line per sentence).
 */
export function fromConll(conll: string, texts?: readonly string[]): Array<{ text: string; mentions: Mention[] }> {
  const documents: Array<{ tokens: Array<{ word: string; tag: string; line: number }> }> = [];
  const sentenceBreaks: Array<Set<number>> = [];
  conll.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line.startsWith('-DOCSTART-')) {
      documents.push({ tokens: [] });
      sentenceBreaks.push(new Set());
      return;
    }
    if (line === '') {
      const doc = documents[documents.length - 1];
      if (doc && doc.tokens.length > 0) sentenceBreaks[sentenceBreaks.length - 1].add(doc.tokens.length);
      return;
    }
    const columns = line.split(/\s+/);
    if (columns.length < 2) throw new FormatError('expected a token and a tag', index + 1);
    if (documents.length === 0) {
      documents.push({ tokens: [] });
      sentenceBreaks.push(new Set());
    }
    documents[documents.length - 1].tokens.push({ word: columns[0], tag: columns[columns.length - 1], line: index + 1 });
  });
  return documents.map((doc, d) => {
    let text = texts?.[d];
    const offsets: Token[] = [];
    if (text !== undefined) {
      let pos = 0;
      for (const token of doc.tokens) {
        const at = text.indexOf(token.word, pos);
        if (at < 0) throw new FormatError(`token "${token.word}" not found in the text of document ${d + 1}`, token.line);
        offsets.push({ start: at, end: at + token.word.length });
        pos = at + token.word.length;
      }
    } else {
      text = '';
      doc.tokens.forEach((token, i) => {
        if (i > 0) text += sentenceBreaks[d].has(i) ? '\n' : ' ';
        offsets.push({ start: text!.length, end: text!.length + token.word.length });
        text += token.word;
      });
    }
    const mentions: Mention[] = [];
    doc.tokens.forEach((token, i) => {
      if (token.tag === 'O') return;
      const match = /^([BI])-(.+)$/.exec(token.tag);
      if (!match) throw new FormatError(`unknown tag "${token.tag}"`, token.line);
      const type = requireType(match[2], token.line);
      const last = mentions[mentions.length - 1];
      const continues = match[1] === 'I' && last && last.type === type && i > 0 && doc.tokens[i - 1].tag !== 'O';
      if (continues) last.end = offsets[i].end;
      else mentions.push({ start: offsets[i].start, end: offsets[i].end, text: '', type, entity: { id: '', name: '' }, source: 'user' });
    });
    for (const m of mentions) {
      m.text = text.slice(m.start, m.end);
      m.entity = { id: `${PREFIX[m.type]}:${slugify(m.text)}`, name: m.text };
    }
    return { text, mentions };
  });
}
