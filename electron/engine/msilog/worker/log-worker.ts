/**
 * Worker entry: analyzes one log file off the main thread (Electron security checklist item 4: do
 * not process untrusted content in the main process). Started by run-in-worker.ts with resource
 * limits; reports progress and the result as messages, never throws past the message boundary.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeLogFile } from '../index';
import type { WorkerReply, WorkerRequest } from './protocol';

const port = parentPort;
if (!port) throw new Error('log-worker must run as a worker thread');

const request = workerData as WorkerRequest;
let lastReport = 0;
const send = (reply: WorkerReply) => port.postMessage(reply);

analyzeLogFile(request.path, {
  ...(request.encoding ? { encoding: request.encoding } : {}),
  onProgress: (bytesRead, totalBytes) => {
    // At most ~20 progress messages a second: the UI needs no more.
    const now = Date.now();
    if (now - lastReport < 50 && bytesRead < totalBytes) return;
    lastReport = now;
    send({ type: 'progress', bytesRead, totalBytes });
  },
})
  .then((analysis) => send({ type: 'done', analysis }))
  .catch((err: unknown) => send({ type: 'error', message: err instanceof Error ? err.message : String(err) }));
