import { ENTITY_TYPES, type EntityType, type Mention } from './types';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export type DisagreementKind = 'missing' | 'extra' | 'type' | 'boundary';

export interface Disagreement {
  file: string;
  kind: DisagreementKind;
  /** The reference's mention (`missing`, `type`, `boundary`). */
  reference?: Mention;
  /** The other set's mention (`extra`, `type`, `boundary`). */
  other?: Mention;
}

export interface Comparison {
  perType: Partial<Record<EntityType, Counts>>;
  micro: Counts;
  /** Share of all mentions (either side) that both sets have exactly: span and type. */
  exactAgreement: number;
  disagreements: Disagreement[];
}

function counts(tp: number, fp: number, fn: number): Counts {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/**
 * Compares another annotation set with a reference (gold, or a colleague's): strict
 * matches need the same span and type. F1 between two annotators is their positive
 * specific agreement. Disagreements are classified so a person can review them.
 */
export function compareAnnotations(reference: ReadonlyMap<string, readonly Mention[]>, other: ReadonlyMap<string, readonly Mention[]>): Comparison {
  const tally = new Map<EntityType, { tp: number; fp: number; fn: number }>();
  const bump = (type: EntityType, key: 'tp' | 'fp' | 'fn') => {
    const entry = tally.get(type) ?? { tp: 0, fp: 0, fn: 0 };
    entry[key]++;
    tally.set(type, entry);
  };
  const disagreements: Disagreement[] = [];
  const files = [...new Set([...reference.keys(), ...other.keys()])].sort();
  for (const file of files) {
    const refs = reference.get(file) ?? [];
    const others = other.get(file) ?? [];
    const key = (m: Mention) => `${m.start}:${m.end}:${m.type}`;
    const otherKeys = new Set(others.map(key));
    const refKeys = new Set(refs.map(key));
    const matchedOthers = new Set<Mention>();
    for (const ref of refs) {
      if (otherKeys.has(key(ref))) {
        bump(ref.type, 'tp');
        continue;
      }
      bump(ref.type, 'fn');
      const sameSpan = others.find((o) => o.start === ref.start && o.end === ref.end);
      const overlapping = others.find((o) => o.start < ref.end && o.end > ref.start && !refKeys.has(key(o)));
      if (sameSpan) {
        disagreements.push({ file, kind: 'type', reference: ref, other: sameSpan });
        matchedOthers.add(sameSpan);
      } else if (overlapping && overlapping.type === ref.type) {
        disagreements.push({ file, kind: 'boundary', reference: ref, other: overlapping });
        matchedOthers.add(overlapping);
      } else disagreements.push({ file, kind: 'missing', reference: ref });
    }
    for (const o of others) {
      if (refKeys.has(key(o))) continue;
      bump(o.type, 'fp');
      if (!matchedOthers.has(o)) disagreements.push({ file, kind: 'extra', other: o });
    }
  }
  const perType: Partial<Record<EntityType, Counts>> = {};
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const type of ENTITY_TYPES) {
    const t = tally.get(type);
    if (!t) continue;
    perType[type] = counts(t.tp, t.fp, t.fn);
    tp += t.tp;
    fp += t.fp;
    fn += t.fn;
  }
  disagreements.sort((a, b) => a.file.localeCompare(b.file) || ((a.reference ?? a.other)!.start - (b.reference ?? b.other)!.start));
  return { perType, micro: counts(tp, fp, fn), exactAgreement: tp + fp + fn === 0 ? 1 : tp / (tp + fp + fn), disagreements };
}
