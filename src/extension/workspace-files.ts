import * as vscode from 'vscode';

/**
 * File access through `workspace.fs` only, never Node's `fs`: the same code then reads
 * local folders, remote and virtual workspaces, and the in-memory folders of VS Code web.
 */
export type FileVerdict =
  | { kind: 'text'; text: string }
  | { kind: 'binary' }
  | { kind: 'oversized'; size: number }
  | { kind: 'missing' };

const decoder = new TextDecoder('utf-8');

/** Reads a file as UTF-8 text; invalid sequences become U+FFFD rather than failing. */
export async function readText(uri: vscode.Uri): Promise<string> {
  return decoder.decode(await vscode.workspace.fs.readFile(uri));
}

/** Text files contain no NUL bytes; looking at the start is how git and grep decide too. */
export function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 8192);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
}

/**
 * Reads an article unless it is too large or binary. The size is checked before reading,
 * unless `knownSmall` (the file was far under the limit when last read): then only after,
 * which saves a file-system call per article (in VS Code for the Web a third of a pass).
 */
export async function readArticle(uri: vscode.Uri, maxBytes: number, knownSmall = false): Promise<FileVerdict> {
  try {
    if (!knownSmall) {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.type & vscode.FileType.Directory) return { kind: 'missing' };
      if (stat.size > maxBytes) return { kind: 'oversized', size: stat.size };
    }
    const bytes = await vscode.workspace.fs.readFile(uri);
    // The size can grow between stat and read.
    if (bytes.length > maxBytes) return { kind: 'oversized', size: bytes.length };
    if (looksBinary(bytes)) return { kind: 'binary' };
    return { kind: 'text', text: decoder.decode(bytes) };
  } catch {
    return { kind: 'missing' };
  }
}
