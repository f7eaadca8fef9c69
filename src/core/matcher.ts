import { foldUnit, isWordUnit } from './text';

/**
 * Aho-Corasick automaton over folded UTF-16 code units, compiled to a dense transition
 * table (Int32Array) so that scanning allocates nothing per character.
 *
 * Matches may only start where a word starts. Rather than checking that on every hit,
 * the automaton reads a virtual boundary symbol before the first character of every word,
 * in the text and in the patterns alike; every pattern begins with it. Inside a word the
 * scan therefore falls back to the root at once, which keeps it in a few hot states.
 * Only code units that occur in some pattern get a column; every other unit sends the
 * scan back to the root. Checks of the end boundary and of letter case are the caller's.
 */
export class Matcher {
  private readonly columnOf: Uint16Array;
  private readonly columns: number;
  /**
   * Transitions, indexed by row offset (state × columns) + column. Entries hold the target
   * state's row offset, negated when that state ends some pattern, so the scan needs no
   * multiplication and no second look-up per character.
   */
  private readonly delta: Int32Array;
  /** First pattern ending in a state (or -1), and the next pattern with the same key. */
  private readonly firstPattern: Int32Array;
  private readonly nextPattern: Int32Array;
  /** Nearest state on the failure chain that ends some pattern (0 when none). */
  private readonly outputLink: Int32Array;
  /** Length of each pattern in the text (without boundary symbols). */
  readonly patternLengths: Int32Array;

  /** `patterns` are matched case- and accent-insensitively; their index is the payload. */
  constructor(patterns: readonly string[]) {
    const BOUNDARY = 1;
    const columnOf = new Uint16Array(0x10000);
    let columns = 2;
    for (const pattern of patterns) {
      for (let i = 0; i < pattern.length; i++) {
        const unit = foldUnit(pattern.charCodeAt(i));
        if (columnOf[unit] === 0) columnOf[unit] = columns++;
      }
    }
    for (let unit = 0; unit < 0x10000; unit++) {
      const folded = foldUnit(unit);
      if (folded !== unit) columnOf[unit] = columnOf[folded];
    }
    this.columnOf = columnOf;
    this.columns = columns;

    // 1. Trie over column sequences, boundary symbol before each word start.
    const children: Map<number, number>[] = [new Map()];
    const terminal: number[] = [-1];
    const nextPattern = new Int32Array(patterns.length).fill(-1);
    const lengths = new Int32Array(patterns.length);
    const step = (state: number, column: number): number => {
      let next = children[state].get(column);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        terminal.push(-1);
        children[state].set(column, next);
      }
      return next;
    };
    patterns.forEach((pattern, index) => {
      lengths[index] = pattern.length;
      if (pattern.length === 0 || !isWordUnit(pattern.charCodeAt(0))) return;
      let state = 0;
      let previousIsWord = false;
      for (let i = 0; i < pattern.length; i++) {
        const unit = pattern.charCodeAt(i);
        const isWord = isWordUnit(unit);
        if (isWord && !previousIsWord) state = step(state, BOUNDARY);
        previousIsWord = isWord;
        state = step(state, columnOf[unit]);
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

    for (let i = 0; i < delta.length; i++) {
      const target = delta[i];
      delta[i] = hasOutput[target] ? -(target * columns) : target * columns;
    }
    this.delta = delta;
    this.firstPattern = Int32Array.from(terminal);
    this.nextPattern = nextPattern;
    this.outputLink = outputLink;
    this.patternLengths = lengths;
  }

  get stateCount(): number {
    return this.firstPattern.length;
  }

  /**
   * Calls `onMatch(start, end, pattern)` for every occurrence of every pattern that starts
   * where a word starts, in order of end position (longer patterns first at the same end).
   */
  scan(text: string, onMatch: (start: number, end: number, pattern: number) => void): void {
    const { columnOf, columns, delta, firstPattern, nextPattern, outputLink, patternLengths } = this;
    let row = 0;
    let previousIsWord = false;
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      const isWord = isWordUnit(unit);
      if (isWord) {
        if (!previousIsWord) row = Math.abs(delta[row + 1]);
        // Inside a word that no pattern follows, nothing can start before the next word.
        else if (row === 0) continue;
      }
      previousIsWord = isWord;
      const column = columnOf[unit];
      if (column === 0) {
        row = 0;
        continue;
      }
      row = delta[row + column];
      if (row >= 0) continue;
      row = -row;
      const end = i + 1;
      const state = row / columns;
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
