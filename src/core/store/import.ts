import type { Mention } from '../types';
import { anchorDecision, type Decision } from './decision';

/**
 * Turns an imported annotation set for one file into decisions over what the recognizer
 * found: every imported mention the recognizer lacks (or has with another type or
 * entity) becomes an `add`, every recognized mention the import does not have a `reject`.
 * Applying them gives back exactly the imported mentions.
 */
export function decisionsFromImport(file: string, text: string, imported: readonly Mention[], recognized: readonly Mention[], time = new Date().toISOString()): Decision[] {
  const key = (m: Mention) => `${m.start}:${m.end}`;
  const importedByKey = new Map(imported.map((m) => [key(m), m]));
  const decisions: Decision[] = [];
  for (const m of recognized) {
    if (!importedByKey.has(key(m))) decisions.push(anchorDecision(text, m, { action: 'reject', scope: 'mention', file, time }));
  }
  const recognizedByKey = new Map(recognized.map((m) => [key(m), m]));
  for (const m of imported) {
    const existing = recognizedByKey.get(key(m));
    const entity = m.entity.id ? m.entity : existing?.entity ?? { id: '', name: m.text };
    if (existing && existing.type === m.type && existing.entity.id === entity.id) continue;
    decisions.push(anchorDecision(text, m, { action: 'add', scope: 'mention', file, type: m.type, entity, time }));
  }
  return decisions;
}
