// Entry point of an annotator worker thread on Node (the CLI, the Node extension host and
// the benchmarks start it); see src/core/parallel.ts.
import { parentPort } from 'worker_threads';
import { serveAnnotator, type AnnotatorRequest } from '../core/parallel';

const port = parentPort;
if (!port) throw new Error('annotator-thread runs as a worker thread');
const serve = serveAnnotator((reply, transfer) => port.postMessage(reply, transfer));
port.on('message', (request: AnnotatorRequest) => serve(request));
