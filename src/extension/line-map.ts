import * as vscode from 'vscode';

/**
 * Turns UTF-16 offsets into editor positions for files that are not open, so references
 * and the sidebar can point into any indexed article without reading it again. Holds one
 * number per line, far less than the text itself.
 */
export class LineMap {
  private readonly starts: Uint32Array;

  constructor(text: string) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    this.starts = Uint32Array.from(starts);
  }

  positionAt(offset: number): vscode.Position {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return new vscode.Position(low, offset - this.starts[low]);
  }

  rangeOf(start: number, end: number): vscode.Range {
    return new vscode.Range(this.positionAt(start), this.positionAt(end));
  }
}
