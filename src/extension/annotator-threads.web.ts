import * as vscode from 'vscode';
import type { AnnotatorReply, AnnotatorThread } from '../core/parallel';

// Annotator threads in the web extension host: web workers started from the extension's
// own dist/web/annotator-worker.js. Replaces annotator-threads.ts in the web build.

export function spareThreads(): number {
  return Math.max(0, (navigator.hardwareConcurrency || 1) - 1);
}

export function annotatorThread(context: vscode.ExtensionContext): AnnotatorThread {
  const worker = new Worker(vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'annotator-worker.js').toString(true));
  return {
    post: (request) => worker.postMessage(request),
    listen(onReply, onError) {
      worker.onmessage = (event: MessageEvent<AnnotatorReply>) => onReply(event.data);
      worker.onerror = (event) => {
        event.preventDefault();
        onError(new Error(event.message || 'the annotator worker failed to load'));
      };
      worker.onmessageerror = () => onError(new Error('a message from the annotator worker could not be read'));
    },
    terminate: () => worker.terminate(),
  };
}
