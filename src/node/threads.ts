import { availableParallelism } from 'os';
import * as path from 'path';
import { Worker } from 'worker_threads';
import type { AnnotatorReply, AnnotatorRequest, AnnotatorThread } from '../core/parallel';

const YOUNG_GENERATION_MB = 8;

/** An annotator thread on Node: a worker thread running `script` (a bundle of annotator-thread.ts). */
export function nodeAnnotatorThread(script: string): AnnotatorThread {
  // A thread's short-lived objects are one batch's tokens and candidates: a young generation
  // of 8 MB holds them, where Node's default leaves some 20 MB more resident with no gain in speed.
  const worker = new Worker(path.resolve(script), { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
  // A thread with work keeps the process alive; an idle one must not.
  let outstanding = 0;
  worker.unref();
  return {
    post(request: AnnotatorRequest) {
      if (request.kind === 'annotate' && outstanding++ === 0) worker.ref();
      worker.postMessage(request);
    },
    listen(onReply, onError) {
      worker.on('message', (reply: AnnotatorReply) => {
        if (--outstanding === 0) worker.unref();
        onReply(reply);
      });
      worker.on('error', onError);
      worker.on('exit', (code) => {
        if (code !== 0) onError(new Error(`annotator thread exited with code ${code}`));
      });
    },
    terminate: () => void worker.terminate(),
  };
}

/** Threads worth starting besides this one: one per further core. */
export function spareCores(): number {
  return Math.max(0, availableParallelism() - 1);
}
