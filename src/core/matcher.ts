import { foldUnit, foldWordUnit, isLowerUnit, isWordUnit } from './text';

/**
 * Multi-pattern matcher over words. Every pattern is cut into its words (maximal runs of
 * letters, digits and marks, folded for case, accents, apostrophes and dashes) and the
 * separators between them; the patterns form a trie over (separator, word) steps.
 *
 * Scanning reads each character once to find the words of the text and hash them (the
 * hot loop touches two small tables and no large automaton), looks each word up once,
 * and walks the trie from every word that starts some pattern. A match starts where a
 * word starts and ends where a word ends, before an Indonesian clitic (`Tiongkoknya`),
 * or after a pattern's trailing punctuation (`U.S.`). Checks of the end boundary (which
 * clitics a pattern accepts) and of letter case are the caller's.
 */

/** Enclitics that may follow the last word of a match: `Tiongkoknya`, `Jakartalah`. */
const CLITICS = ['nya', 'lah', 'pun', 'kah', 'ku', 'mu'];

const NO_WORD = -1;
/** The pseudo-word of a trie step that only checks trailing punctuation. */
const TRAILING = -2;

interface PatternSteps {
  words: string[];
  /** separators[k] stands before words[k] (separators[0] is empty); the last one may trail. */
  separators: string[];
  trailing: string;
}

function foldString(text: string, start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; i++) out += String.fromCharCode(foldUnit(text.charCodeAt(i)));
  return out;
}

function steps(pattern: string): PatternSteps | undefined {
  if (pattern.length === 0 || !isWordUnit(pattern.charCodeAt(0))) return undefined;
  const words: string[] = [];
  const separators: string[] = [];
  let i = 0;
  let separator = '';
  while (i < pattern.length) {
    let end = i;
    while (end < pattern.length && isWordUnit(pattern.charCodeAt(end))) end++;
    words.push(foldString(pattern, i, end));
    separators.push(separator);
    i = end;
    while (end < pattern.length && !isWordUnit(pattern.charCodeAt(end))) end++;
    separator = foldString(pattern, i, end);
    i = end;
  }
  return { words, separators, trailing: separator };
}

/** A word of the vocabulary, folded; undefined when it is not one word of word units. */
function singleWord(word: string): string | undefined {
  if (word.length === 0) return undefined;
  for (let i = 0; i < word.length; i++) if (!isWordUnit(word.charCodeAt(i))) return undefined;
  return foldString(word, 0, word.length);
}

/** Clitics by their last (ASCII) letter, for a quick test of a word's end. */
const CLITICS_BY_LAST: Array<string[] | undefined> = new Array(128).fill(undefined);
for (const clitic of CLITICS) {
  const last = clitic.charCodeAt(clitic.length - 1);
  CLITICS_BY_LAST[last] = [...(CLITICS_BY_LAST[last] ?? []), clitic];
}

/** The running hash of a word's folded units, one unit at a time. */
function hashStep(hash: number, unit: number): number {
  return (Math.imul(hash, 31) + unit) | 0;
}

/** Spreads a running hash over the table's bits. */
function finish(hash: number): number {
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  return hash ^ (hash >>> 13);
}

function hashWord(word: string): number {
  let hash = 0;
  for (let i = 0; i < word.length; i++) hash = hashStep(hash, word.charCodeAt(i));
  return finish(hash);
}

/** The words of the last scanned text: `count` spans, valid until the next scan. */
export interface WordSpans {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  /** Each word's id in the matcher's vocabulary (see `Matcher.markWords`), or -1. */
  ids: Int32Array;
}

export class Matcher {
  /**
   * The distinct words of all patterns, folded: their units end to end, word `id` at
   * `wordOffset[id]` up to `wordOffset[id + 1]` (a compare reads one flat array, not a
   * string object per word), and an open-addressing table over them.
   */
  private readonly wordUnits: Uint16Array;
  private readonly wordOffset: Int32Array;
  /**
   * Two numbers per slot, side by side so that a probe reads one cache line: the word's
   * finished hash, and its id and length (`id << 8 | length`, -1 for an empty slot).
   */
  private readonly slots: Int32Array;
  private readonly wordMask: number;
  /** Folded word → id, for `markWords`. */
  private readonly wordIds: ReadonlyMap<string, number>;
  /** Separators between pattern words, folded; id 0 is the single space. */
  private readonly separatorIds = new Map<string, number>();
  private readonly separators: string[] = [];

  /** Trie: the node a first word leads to, then each node's steps as parallel arrays. */
  private readonly rootChild: Int32Array;
  private readonly stepStart: Int32Array;
  private readonly stepCount: Int32Array;
  private readonly stepSeparator: Int32Array;
  private readonly stepWord: Int32Array;
  private readonly stepNode: Int32Array;
  /** Nodes with a trailing-punctuation step. */
  private readonly hasTrailing: Uint8Array;
  /** First pattern ending at a node (or -1), and the next pattern with the same steps. */
  private readonly firstPattern: Int32Array;
  private readonly nextPattern: Int32Array;
  /** Length of each pattern in the text. */
  readonly patternLengths: Int32Array;

  /** Per-scan scratch: the words of the text (start, end, id, clitic-free id and end). */
  private tokenStart = new Int32Array(1024);
  private tokenEnd = new Int32Array(1024);
  private tokenWord = new Int32Array(1024);
  private tokenStem = new Int32Array(1024);
  private tokenStemEnd = new Int32Array(1024);

  /**
   * `patterns` are matched case- and accent-insensitively; their index is the payload.
   * `vocabulary` adds single words that start no pattern but that callers want to recognize
   * among the scanned words by id (`markWords`), at no cost beyond the look-up every word has.
   */
  constructor(patterns: readonly string[], vocabulary: readonly string[] = []) {
    this.separatorIds.set(' ', 0);
    this.separators.push(' ');
    const split = patterns.map(steps);
    const wordIds = new Map<string, number>();
    for (const s of split) for (const word of s?.words ?? []) if (!wordIds.has(word)) wordIds.set(word, wordIds.size);
    for (const word of vocabulary) {
      const folded = singleWord(word);
      if (folded !== undefined && !wordIds.has(folded)) wordIds.set(folded, wordIds.size);
    }
    this.wordIds = wordIds;
    const words = [...wordIds.keys()];
    this.wordOffset = new Int32Array(words.length + 1);
    words.forEach((word, id) => (this.wordOffset[id + 1] = this.wordOffset[id] + word.length));
    this.wordUnits = new Uint16Array(this.wordOffset[words.length]);
    words.forEach((word, id) => {
      for (let k = 0; k < word.length; k++) this.wordUnits[this.wordOffset[id] + k] = word.charCodeAt(k);
    });
    let size = 16;
    while (size < words.length * 3) size <<= 1;
    this.slots = new Int32Array(size * 2);
    for (let slot = 0; slot < size; slot++) this.slots[2 * slot + 1] = NO_WORD;
    this.wordMask = size - 1;
    words.forEach((word, id) => {
      const hash = hashWord(word);
      let slot = hash & this.wordMask;
      while (this.slots[2 * slot + 1] !== NO_WORD) slot = (slot + 1) & this.wordMask;
      this.slots[2 * slot] = hash;
      // Longer words cannot be looked up by length; they fall back to a full compare.
      this.slots[2 * slot + 1] = (id << 8) | Math.min(word.length, 255);
    });
    const separatorId = (separator: string): number => {
      let id = this.separatorIds.get(separator);
      if (id === undefined) {
        id = this.separators.length;
        this.separatorIds.set(separator, id);
        this.separators.push(separator);
      }
      return id;
    };

    // Build the trie with one map of edges keyed by number (a map per node would cost
    // tens of thousands of objects while the knowledge base compiles), then flatten it.
    const wordCount = words.length + 1; // and TRAILING
    const edgeKey = (node: number, separator: number, word: number) => (node * 4096 + separator) * wordCount + (word === TRAILING ? words.length : word);
    const edges = new Map<number, number>();
    const edgeParent: number[] = [];
    const edgeSeparator: number[] = [];
    const edgeWord: number[] = [];
    const terminal: number[] = [-1];
    const nextPattern = new Int32Array(patterns.length).fill(-1);
    const lengths = new Int32Array(patterns.length);
    const step = (node: number, separator: number, word: number): number => {
      const key = edgeKey(node, separator, word);
      let next = edges.get(key);
      if (next === undefined) {
        next = terminal.length;
        terminal.push(-1);
        edges.set(key, next);
        // Edge k leads to node k + 1.
        edgeParent.push(node);
        edgeSeparator.push(separator);
        edgeWord.push(word);
      }
      return next;
    };
    split.forEach((s, index) => {
      lengths[index] = patterns[index].length;
      if (!s) return;
      let node = 0;
      s.words.forEach((word, k) => {
        node = step(node, k === 0 ? 0 : separatorId(s.separators[k]), wordIds.get(word)!);
      });
      if (s.trailing) node = step(node, separatorId(s.trailing), TRAILING);
      nextPattern[index] = terminal[node];
      terminal[node] = index;
    });
    if (this.separators.length >= 4096) throw new Error('too many separators in the patterns');

    const nodeCount = terminal.length;
    this.rootChild = new Int32Array(words.length).fill(-1);
    this.stepStart = new Int32Array(nodeCount);
    this.stepCount = new Int32Array(nodeCount);
    this.hasTrailing = new Uint8Array(nodeCount);
    // Each node's steps in the order they were added, grouped by node (a counting sort).
    for (let k = 0; k < edgeParent.length; k++) {
      const parent = edgeParent[k];
      if (parent === 0) this.rootChild[edgeWord[k]] = k + 1;
      else this.stepCount[parent]++;
    }
    let at = 0;
    for (let node = 1; node < nodeCount; node++) {
      this.stepStart[node] = at;
      at += this.stepCount[node];
    }
    this.stepSeparator = new Int32Array(at);
    this.stepWord = new Int32Array(at);
    this.stepNode = new Int32Array(at);
    const filled = new Int32Array(nodeCount);
    for (let k = 0; k < edgeParent.length; k++) {
      const parent = edgeParent[k];
      if (parent === 0) continue;
      const slot = this.stepStart[parent] + filled[parent]++;
      this.stepSeparator[slot] = edgeSeparator[k];
      this.stepWord[slot] = edgeWord[k];
      this.stepNode[slot] = k + 1;
      if (edgeWord[k] === TRAILING) this.hasTrailing[parent] = 1;
    }
    this.firstPattern = Int32Array.from(terminal);
    this.nextPattern = nextPattern;
    this.patternLengths = lengths;
  }

  /** One flag per vocabulary word: 1 for each of `words` (which must be in the patterns or the vocabulary). */
  markWords(words: readonly string[]): Uint8Array {
    const marks = new Uint8Array(this.wordIds.size);
    for (const word of words) {
      const folded = singleWord(word);
      const id = folded === undefined ? undefined : this.wordIds.get(folded);
      if (id !== undefined) marks[id] = 1;
    }
    return marks;
  }

  /** The id of a single word of the patterns or the vocabulary, folded; -1 for any other. */
  wordId(word: string): number {
    const folded = singleWord(word);
    return (folded === undefined ? undefined : this.wordIds.get(folded)) ?? -1;
  }

  /** Nodes of the trie (the counterpart of an automaton's states). */
  get stateCount(): number {
    return this.firstPattern.length;
  }

  /** The id of the folded word text[start, end), or -1. */
  private lookup(text: string, start: number, end: number, hash: number): number {
    const { slots, wordMask, wordUnits, wordOffset } = this;
    const finished = finish(hash);
    const length = end - start;
    const lengthByte = Math.min(length, 255);
    for (let slot = finished & wordMask; ; slot = (slot + 1) & wordMask) {
      const entry = slots[2 * slot + 1];
      if (entry === NO_WORD) return NO_WORD;
      if (slots[2 * slot] !== finished || (entry & 0xff) !== lengthByte) continue;
      const id = entry >> 8;
      const from = wordOffset[id];
      if (wordOffset[id + 1] - from !== length) continue;
      let k = 0;
      while (k < length && foldUnit(text.charCodeAt(start + k)) === wordUnits[from + k]) k++;
      if (k === length) return id;
    }
  }

  /** The id of the separator text[start, end), or -1 when no pattern has it. */
  private separatorAt(text: string, start: number, end: number): number {
    if (end - start === 1 && foldUnit(text.charCodeAt(start)) === 0x20) return 0;
    return this.separatorIds.get(foldString(text, start, end)) ?? -1;
  }

  /** Does the text at `start` begin with the (folded) separator `id`? */
  private startsWithSeparator(text: string, start: number, end: number, id: number): boolean {
    const separator = this.separators[id];
    if (separator.length > end - start) return false;
    for (let k = 0; k < separator.length; k++) if (foldUnit(text.charCodeAt(start + k)) !== separator.charCodeAt(k)) return false;
    return true;
  }

  private grow(): void {
    const size = this.tokenStart.length * 2;
    const grown = (a: Int32Array) => {
      const b = new Int32Array(size);
      b.set(a);
      return b;
    };
    this.tokenStart = grown(this.tokenStart);
    this.tokenEnd = grown(this.tokenEnd);
    this.tokenWord = grown(this.tokenWord);
    this.tokenStem = grown(this.tokenStem);
    this.tokenStemEnd = grown(this.tokenStemEnd);
  }

  /** Splits `text` into words, each looked up as it is and without a trailing clitic. */
  private tokenize(text: string): number {
    let count = 0;
    let i = 0;
    const length = text.length;
    while (i < length) {
      while (i < length && !isWordUnit(text.charCodeAt(i))) i++;
      if (i >= length) break;
      const start = i;
      // The hashes of the word without its last two and three units, for clitic-free look-ups.
      let hash = 0;
      let without1 = 0;
      let without2 = 0;
      let without3 = 0;
      while (i < length) {
        const folded = foldWordUnit(text.charCodeAt(i));
        if (folded === 0) break;
        without3 = without2;
        without2 = without1;
        without1 = hash;
        hash = hashStep(hash, folded);
        i++;
      }
      if (count === this.tokenStart.length) this.grow();
      this.tokenStart[count] = start;
      this.tokenEnd[count] = i;
      this.tokenWord[count] = this.lookup(text, start, i, hash);
      this.tokenStem[count] = NO_WORD;
      const last = text.charCodeAt(i - 1);
      const clitics = last < 128 ? CLITICS_BY_LAST[last] : undefined;
      if (clitics) {
        for (const clitic of clitics) {
          const stemEnd = i - clitic.length;
          if (stemEnd <= start || !isLowerUnit(text.charCodeAt(stemEnd))) continue;
          let k = 0;
          while (k < clitic.length && foldUnit(text.charCodeAt(stemEnd + k)) === clitic.charCodeAt(k)) k++;
          if (k < clitic.length) continue;
          const stem = this.lookup(text, start, stemEnd, clitic.length === 3 ? without3 : without2);
          if (stem !== NO_WORD) {
            this.tokenStem[count] = stem;
            this.tokenStemEnd[count] = stemEnd;
            break;
          }
        }
      }
      count++;
    }
    return count;
  }

  private emit(node: number, start: number, end: number, onMatch: (start: number, end: number, pattern: number) => void): void {
    for (let pattern = this.firstPattern[node]; pattern >= 0; pattern = this.nextPattern[pattern]) onMatch(start, end, pattern);
  }

  /** Reports the trailing-punctuation steps of `node` that the text after `end` begins with. */
  private emitTrailing(text: string, node: number, start: number, end: number, gapEnd: number, onMatch: (start: number, end: number, pattern: number) => void): void {
    const first = this.stepStart[node];
    for (let s = first; s < first + this.stepCount[node]; s++) {
      if (this.stepWord[s] !== TRAILING || !this.startsWithSeparator(text, end, gapEnd, this.stepSeparator[s])) continue;
      this.emit(this.stepNode[s], start, end + this.separators[this.stepSeparator[s]].length, onMatch);
    }
  }

  /**
   * Calls `onMatch(start, end, pattern)` for every occurrence of every pattern that starts
   * where a word starts and ends where a word ends (or before a clitic, or after the
   * pattern's own trailing punctuation). Returns the words of the text, which the next
   * scan overwrites.
   */
  scan(text: string, onMatch: (start: number, end: number, pattern: number) => void): WordSpans {
    const count = this.tokenize(text);
    const { rootChild, tokenStart, tokenEnd, tokenWord, tokenStem, tokenStemEnd, stepStart, stepCount, stepSeparator, stepWord, stepNode, firstPattern } = this;
    for (let t = 0; t < count; t++) {
      const start = tokenStart[t];
      if (tokenStem[t] !== NO_WORD) {
        const node = rootChild[tokenStem[t]];
        if (node >= 0 && firstPattern[node] >= 0) this.emit(node, start, tokenStemEnd[t], onMatch);
      }
      if (tokenWord[t] === NO_WORD) continue;
      let node = rootChild[tokenWord[t]];
      if (node < 0) continue;
      for (let k = t; ; k++) {
        const end = tokenEnd[k];
        if (firstPattern[node] >= 0) this.emit(node, start, end, onMatch);
        if (stepCount[node] === 0) break;
        const gapEnd = k + 1 < count ? tokenStart[k + 1] : text.length;
        if (gapEnd > end && this.hasTrailing[node] === 1) this.emitTrailing(text, node, start, end, gapEnd, onMatch);
        if (k + 1 >= count) break;
        const separator = this.separatorAt(text, end, gapEnd);
        if (separator < 0) break;
        const word = tokenWord[k + 1];
        const stem = tokenStem[k + 1];
        let next = -1;
        const first = stepStart[node];
        for (let s = first; s < first + stepCount[node]; s++) {
          if (stepSeparator[s] !== separator) continue;
          if (stepWord[s] === word && word !== NO_WORD) next = stepNode[s];
          else if (stepWord[s] === stem && stem !== NO_WORD) this.emit(stepNode[s], start, tokenStemEnd[k + 1], onMatch);
        }
        if (next < 0) break;
        node = next;
      }
    }
    return { count, starts: tokenStart, ends: tokenEnd, ids: tokenWord };
  }
}
