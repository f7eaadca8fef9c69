import { endsWord, startsWord } from '../text';
import type { Mention } from '../types';
import { CONTEXT_LENGTH, type Decision } from './decision';

export interface AppliedDecisions {
  mentions: Mention[];
  /** Decisions for this file whose text is no longer where it was: kept, reported. */
  stale: Decision[];
}

/** Whole-word occurrences of `needle` in `text`. */
export function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  if (!needle) return found;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    if (startsWord(text, at) && endsWord(text, at + needle.length)) found.push(at);
  }
  return found;
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Finds the occurrence a mention-scoped decision meant: the one whose surrounding text
 * matches best, the nearest to its old offset on a tie. Undefined when the text is gone.
 */
export function anchor(text: string, decision: Decision): number | undefined {
  const candidates = occurrences(text, decision.text);
  if (candidates.length === 0) return undefined;
  let best: number | undefined;
  let bestScore = -Infinity;
  for (const at of candidates) {
    const before = text.slice(Math.max(0, at - CONTEXT_LENGTH), at);
    const after = text.slice(at + decision.text.length, at + decision.text.length + CONTEXT_LENGTH);
    const context = commonSuffix(before, decision.before ?? '') + commonPrefix(after, decision.after ?? '');
    const distance = Math.abs(at - (decision.start ?? at)) / (text.length + 1);
    const score = context - distance;
    if (score > bestScore) {
      bestScore = score;
      best = at;
    }
  }
  return best;
}

function applyAt(mentions: Mention[], decision: Decision, start: number, text: string): Mention[] {
  const end = start + decision.text.length;
  const same = mentions.find((m) => m.start === start && m.end === end);
  const others = mentions.filter((m) => m.end <= start || m.start >= end);
  switch (decision.action) {
    case 'reject':
      return same ? mentions.filter((m) => m !== same) : mentions;
    case 'accept':
      return same ? mentions.map((m) => (m === same ? { ...m, source: 'user' } : m)) : mentions;
    case 'retype':
    case 'link':
    case 'add': {
      const base = same ?? (decision.action === 'add' ? undefined : mentions.find((m) => m.start < end && m.end > start));
      if (!base && decision.action !== 'add') return mentions;
      const type = decision.type ?? base!.type;
      const entity = decision.entity ?? base!.entity;
      const mention: Mention = { start, end, text: text.slice(start, end), type, entity, source: 'user' };
      return [...others, mention].sort((a, b) => a.start - b.start);
    }
  }
}

/**
 * Applies a person's decisions to the recognizer's mentions of one file, in order, later
 * decisions over earlier ones. Workspace- and file-scoped decisions apply to every
 * whole-word occurrence of their text.
 */
export function applyDecisions(file: string, text: string, mentions: readonly Mention[], decisions: readonly Decision[]): AppliedDecisions {
  let result = [...mentions];
  const stale: Decision[] = [];
  for (const decision of decisions) {
    if (decision.scope !== 'workspace' && decision.file !== file) continue;
    if (decision.scope === 'mention') {
      const at = anchor(text, decision);
      if (at === undefined) stale.push(decision);
      else result = applyAt(result, decision, at, text);
      continue;
    }
    for (const at of occurrences(text, decision.text)) {
      // "All occurrences of Xi" does not cut "Xi Jinping" short.
      const end = at + decision.text.length;
      if (result.some((m) => m.start <= at && m.end >= end && m.end - m.start > end - at)) continue;
      result = applyAt(result, decision, at, text);
    }
  }
  return { mentions: result, stale };
}
