import { isEntityType, type EntityRef, type EntityType } from '../types';

/**
 * A person's decision about a mention, kept in `.sorot/decisions.jsonl`. It is anchored by
 * file and text (plus a little context and the offset it had), not by offset alone, so it
 * survives edits elsewhere in the file; when its text is gone it is reported as stale and
 * kept, never dropped.
 */
export type DecisionAction = 'accept' | 'reject' | 'retype' | 'link' | 'add';

/** `mention`: this occurrence; `file`: every occurrence in the file; `workspace`: everywhere. */
export type DecisionScope = 'mention' | 'file' | 'workspace';

export interface Decision {
  action: DecisionAction;
  scope: DecisionScope;
  /** Workspace-relative path with forward slashes (omitted for workspace scope). */
  file?: string;
  /** The mention's text. */
  text: string;
  /** Where the text was when decided: a hint to find the right occurrence again. */
  start?: number;
  /** Up to 16 characters before and after, to tell occurrences apart. */
  before?: string;
  after?: string;
  type?: EntityType;
  entity?: EntityRef;
  /** ISO time of the decision. */
  time: string;
}

export const DECISION_ACTIONS: readonly DecisionAction[] = ['accept', 'reject', 'retype', 'link', 'add'];
const SCOPES: readonly DecisionScope[] = ['mention', 'file', 'workspace'];
export const CONTEXT_LENGTH = 16;

export interface DecisionProblem {
  line: number;
  message: string;
}

/** Reads decisions; a bad line is reported with its number and kept out, the rest load. */
export function parseDecisions(jsonl: string): { decisions: Decision[]; problems: DecisionProblem[] } {
  const decisions: Decision[] = [];
  const problems: DecisionProblem[] = [];
  jsonl.split('\n').forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    let value: Partial<Decision>;
    try {
      value = JSON.parse(raw);
    } catch {
      problems.push({ line, message: 'not valid JSON (a partial write?)' });
      return;
    }
    const problem = checkDecision(value);
    if (problem) problems.push({ line, message: problem });
    else decisions.push(value as Decision);
  });
  return { decisions, problems };
}

function checkDecision(value: Partial<Decision>): string | undefined {
  if (typeof value !== 'object' || value === null) return 'a decision must be an object';
  if (!DECISION_ACTIONS.includes(value.action as DecisionAction)) return `unknown action "${value.action}"`;
  if (!SCOPES.includes(value.scope as DecisionScope)) return `unknown scope "${value.scope}"`;
  if (typeof value.text !== 'string' || value.text === '') return 'a decision needs the mention "text"';
  if (value.scope !== 'workspace' && typeof value.file !== 'string') return 'a decision for a file needs "file"';
  if (value.type !== undefined && !isEntityType(value.type)) return `unknown type "${value.type}"`;
  if ((value.action === 'retype' || value.action === 'add') && !value.type) return `"${value.action}" needs a "type"`;
  if ((value.action === 'link' || value.action === 'add') && (typeof value.entity?.id !== 'string' || typeof value.entity?.name !== 'string')) {
    return `"${value.action}" needs an "entity" with "id" and "name"`;
  }
  return undefined;
}

/** One decision per line, keys in a stable order so the file diffs well. */
export function serializeDecisions(decisions: readonly Decision[]): string {
  return decisions
    .map((d) => {
      const ordered: Record<string, unknown> = { action: d.action, scope: d.scope };
      for (const key of ['file', 'text', 'start', 'before', 'after', 'type', 'entity', 'time'] as const) {
        if (d[key] !== undefined) ordered[key] = d[key];
      }
      return JSON.stringify(ordered) + '\n';
    })
    .join('');
}

/** Identity of a decision's target: a later decision on the same target replaces it. */
export function decisionTarget(d: Decision): string {
  return d.scope === 'mention' ? `m|${d.file}|${d.text}|${d.start}` : `${d.scope[0]}|${d.file ?? ''}|${d.text}`;
}

/** A decision about the mention at `start..end` of `text`, with its anchoring context. */
export function anchorDecision(
  text: string,
  span: { start: number; end: number },
  decision: Omit<Decision, 'text' | 'start' | 'before' | 'after' | 'time'> & { time?: string },
): Decision {
  return {
    ...decision,
    text: text.slice(span.start, span.end),
    start: decision.scope === 'mention' ? span.start : undefined,
    before: decision.scope === 'mention' ? text.slice(Math.max(0, span.start - CONTEXT_LENGTH), span.start) : undefined,
    after: decision.scope === 'mention' ? text.slice(span.end, span.end + CONTEXT_LENGTH) : undefined,
    time: decision.time ?? new Date().toISOString(),
  };
}
