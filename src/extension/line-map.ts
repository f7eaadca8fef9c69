import * as vscode from 'vscode';

/**
 * Turns UTF-16 offsets into editor positions for files that are not open, so references
 * and the sidebar can point into any indexed article without reading it again. Holds one
 * number per line, far less than the text itself.
 */
export class LineMap {
  private readonly starts: Uint32Array;

  constructor(text: string) {
    // Line breaks as the editor counts them: \r\n, \n and a lone \r (files with mixed endings).
    const starts = [0];
    const breaks = /\r\n?|\n/g;
    for (let match = breaks.exec(text); match; match = breaks.exec(text)) starts.push(match.index + match[0].length);
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
