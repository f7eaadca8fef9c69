import { type Decision, decisionTarget, parseDecisions, type DecisionProblem, serializeDecisions } from './decision';
import { SerialQueue, type StorageAdapter, writeAtomic } from './storage';

export const DECISIONS_FILE = '.sorot/decisions.jsonl';

/**
 * The person's decisions of a workspace, in memory and in `.sorot/decisions.jsonl`.
 * Every change is written at once, atomically and one write at a time; a later decision
 * on the same target replaces the earlier one. Lines that cannot be read are reported and
 * kept in the file as they are, so nothing a person wrote is lost.
 */
export class DecisionStore {
  private decisionList: Decision[] = [];
  private unreadable: string[] = [];
  private readonly queue = new SerialQueue();
  private readonly listeners = new Set<() => void>();
  /** True while decisions in memory could not be written (e.g. a read-only folder). */
  unsaved = false;
  problems: DecisionProblem[] = [];

  constructor(private readonly storage: StorageAdapter, readonly path = DECISIONS_FILE) {}

  get decisions(): readonly Decision[] {
    return this.decisionList;
  }

  onDidChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }

  /** (Re)reads the file, e.g. after git changed it. Waits for pending writes first. */
  load(): Promise<void> {
    return this.queue.run(async () => {
      // Decisions that could not be written yet are not given up for the file's version.
      if (this.unsaved) return this.persist(this.decisionList);
      const text = (await this.storage.read(this.path)) ?? '';
      const { decisions, problems } = parseDecisions(text);
      const lines = text.split('\n');
      this.decisionList = decisions;
      this.problems = problems;
      this.unreadable = problems.map((p) => lines[p.line - 1]);
      this.emit();
    });
  }

  /** Records decisions (replacing earlier ones on the same targets) and writes the file. */
  add(...decisions: Decision[]): Promise<void> {
    return this.queue.run(async () => {
      const targets = new Set(decisions.map(decisionTarget));
      const next = [...this.decisionList.filter((d) => !targets.has(decisionTarget(d))), ...decisions];
      await this.persist(next);
    });
  }

  /** Removes decisions (e.g. an "undo"), by identity. */
  remove(predicate: (decision: Decision) => boolean): Promise<number> {
    return this.queue.run(async () => {
      const next = this.decisionList.filter((d) => !predicate(d));
      const removed = this.decisionList.length - next.length;
      if (removed > 0) await this.persist(next);
      return removed;
    });
  }

  /** Keeps `next` in memory even when writing fails, so a retry (any later change) saves it. */
  private async persist(next: Decision[]): Promise<void> {
    this.decisionList = next;
    this.unsaved = true;
    this.emit();
    const kept = this.unreadable.length ? this.unreadable.map((line) => line + '\n').join('') : '';
    await writeAtomic(this.storage, this.path, kept + serializeDecisions(next));
    this.unsaved = false;
  }
}
