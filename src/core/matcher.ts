import { foldUnit } from './text';

/**
 * Aho-Corasick automaton over folded UTF-16 code units, compiled to a dense transition
 * table (Int32Array) so that scanning allocates nothing per character. Only code units
 * that occur in some pattern get a column; every other unit sends the scan back to the
 * root. Boundary and case checks are left to the caller and run only on hits.
 */
export class Matcher {
  private readonly columnOf: Uint16Array;
  private readonly columns: number;
  private readonly delta: Int32Array;
  /** First pattern ending in a state (or -1), and the next pattern with the same key. */
  private readonly firstPattern: Int32Array;
  private readonly nextPattern: Int32Array;
  /** Nearest state on the failure chain that ends some pattern (0 when none). */
  private readonly outputLink: Int32Array;
  private readonly hasOutput: Uint8Array;
  readonly patternLengths: Int32Array;

  /** `patterns` are matched case- and accent-insensitively; their index is the payload. */
  constructor(patterns: readonly string[]) {
    const columnOf = new Uint16Array(0x10000);
    let columns = 1;
    for (const pattern of patterns) {
      for (let i = 0; i < pattern.length; i++) {
        const unit = foldUnit(pattern.charCodeAt(i));
        if (columnOf[unit] === 0) columnOf[unit] = columns++;
      }
    }
    // Map every raw code unit to the column of its folded form.
    for (let unit = 0; unit < 0x10000; unit++) {
      const folded = foldUnit(unit);
      if (folded !== unit) columnOf[unit] = columnOf[folded];
    }
    this.columnOf = columnOf;
    this.columns = columns;

    // 1. Trie, with children in hash maps while building.
    const children: Map<number, number>[] = [new Map()];
    const terminal: number[] = [-1];
    const nextPattern = new Int32Array(patterns.length).fill(-1);
    const lengths = new Int32Array(patterns.length);
    patterns.forEach((pattern, index) => {
      lengths[index] = pattern.length;
      if (pattern.length === 0) return;
      let state = 0;
      for (let i = 0; i < pattern.length; i++) {
        const column = columnOf[pattern.charCodeAt(i)];
        let next = children[state].get(column);
        if (next === undefined) {
          next = children.length;
          children.push(new Map());
          terminal.push(-1);
          children[state].set(column, next);
        }
        state = next;
      }
      nextPattern[index] = terminal[state];
      terminal[state] = index;
    });

    // 2. Breadth-first: failure links folded into a complete transition table.
    const stateCount = children.length;
    const delta = new Int32Array(stateCount * columns);
    const fail = new Int32Array(stateCount);
    const outputLink = new Int32Array(stateCount);
    const hasOutput = new Uint8Array(stateCount);
    const queue = new Int32Array(stateCount);
    let head = 0;
    let tail = 0;
    for (const [column, child] of children[0]) {
      delta[column] = child;
      queue[tail++] = child;
    }
    while (head < tail) {
      const state = queue[head++];
      const failure = fail[state];
      outputLink[state] = terminal[failure] >= 0 ? failure : outputLink[failure];
      hasOutput[state] = terminal[state] >= 0 || outputLink[state] !== 0 ? 1 : 0;
      const row = state * columns;
      const failRow = failure * columns;
      for (let column = 1; column < columns; column++) delta[row + column] = delta[failRow + column];
      for (const [column, child] of children[state]) {
        fail[child] = delta[failRow + column];
        delta[row + column] = child;
        queue[tail++] = child;
      }
    }

    this.delta = delta;
    this.firstPattern = Int32Array.from(terminal);
    this.nextPattern = nextPattern;
    this.outputLink = outputLink;
    this.hasOutput = hasOutput;
    this.patternLengths = lengths;
  }

  get stateCount(): number {
    return this.firstPattern.length;
  }

  /**
   * Calls `onMatch(start, end, pattern)` for every occurrence of every pattern, in order
   * of end position (longer patterns first at the same end).
   */
  scan(text: string, onMatch: (start: number, end: number, pattern: number) => void): void {
    const { columnOf, columns, delta, hasOutput, firstPattern, nextPattern, outputLink, patternLengths } = this;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const column = columnOf[text.charCodeAt(i)];
      state = column === 0 ? 0 : delta[state * columns + column];
      if (hasOutput[state] === 0) continue;
      const end = i + 1;
      let hit = firstPattern[state] >= 0 ? state : outputLink[state];
      while (hit !== 0) {
        for (let pattern = firstPattern[hit]; pattern >= 0; pattern = nextPattern[pattern]) {
          onMatch(end - patternLengths[pattern], end, pattern);
        }
        hit = outputLink[hit];
      }
    }
  }
}
