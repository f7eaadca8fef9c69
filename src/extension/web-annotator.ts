// Entry point of an annotator web worker (the web extension host starts it); see
// src/core/parallel.ts.
import { serveAnnotator, type AnnotatorRequest } from '../core/parallel';

interface WorkerScope {
  postMessage(message: unknown, transfer: ArrayBuffer[]): void;
  onmessage: ((event: { data: AnnotatorRequest }) => void) | null;
}

const scope = self as unknown as WorkerScope;
const serve = serveAnnotator((reply, transfer) => scope.postMessage(reply, transfer));
scope.onmessage = (event) => serve(event.data);
