import * as vscode from 'vscode';
import type { StorageAdapter } from '../core';

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8');

/** The core's file operations over `vscode.workspace.fs`, with paths relative to one folder. */
export class WorkspaceStorage implements StorageAdapter {
  constructor(readonly root: vscode.Uri) {}

  uri(path: string): vscode.Uri {
    return vscode.Uri.joinPath(this.root, ...path.split('/'));
  }

  async read(path: string): Promise<string | undefined> {
    try {
      return decoder.decode(await vscode.workspace.fs.readFile(this.uri(path)));
    } catch (error) {
      const code = error instanceof vscode.FileSystemError ? error.code : '';
      if (code === 'FileNotFound' || /FileNotFound|EntryNotFound|ENOENT/.test(String(error))) return undefined;
      throw error;
    }
  }

  async write(path: string, content: string): Promise<void> {
    await vscode.workspace.fs.writeFile(this.uri(path), encoder.encode(content));
  }

  async rename(from: string, to: string): Promise<void> {
    await vscode.workspace.fs.rename(this.uri(from), this.uri(to), { overwrite: true });
  }

  async delete(path: string): Promise<void> {
    await vscode.workspace.fs.delete(this.uri(path));
  }
}

/** Storage in the first workspace folder, or undefined when no folder is open. */
export function workspaceStorage(): WorkspaceStorage | undefined {
  const folder = vscode.workspace.workspaceFolders?.[0];
  return folder ? new WorkspaceStorage(folder.uri) : undefined;
}

/** A document's path as decisions and exports name it: workspace-relative, forward slashes. */
export function relativePath(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri, false).replace(/\\/g, '/');
}
