import * as path from 'path';
import type * as vscode from 'vscode';
import type { AnnotatorThread } from '../core/parallel';
import { nodeAnnotatorThread, spareCores } from '../node/threads';

// Annotator threads in the Node extension host: worker threads. The web build replaces
// this module with annotator-threads.web.ts (see scripts/build.js).

export function spareThreads(): number {
  return spareCores();
}

export function annotatorThread(context: vscode.ExtensionContext): AnnotatorThread {
  return nodeAnnotatorThread(path.join(context.extensionPath, 'dist', 'annotator-thread.js'));
}
