/**
 * Runs the log analyzer in a worker thread with resource limits: a hostile or enormous log can at
 * worst exhaust the worker's own heap or hit the time limit, and the app stays responsive. The
 * analyzer streams, so its real need is small (peak RSS under 100 MB for 1 GB logs, see the bench).
 */
import { Worker } from 'node:worker_threads';
import type { LogAnalysis } from '@shared/model/log-analysis';
import type { WorkerReply, WorkerRequest } from './protocol';

export interface WorkerRunOptions {
  signal?: AbortSignal;
  onProgress?: (bytesRead: number, totalBytes: number) => void;
  encoding?: string;
  /** Whole-run time limit. */
  timeoutMs?: number;
  maxHeapMb?: number;
}

export class LogWorkerError extends Error {
  constructor(
    readonly reason: 'cancelled' | 'timeout' | 'crashed' | 'failed',
    message: string,
  ) {
    super(message);
    this.name = 'LogWorkerError';
  }
}

export function analyzeInWorker(
  workerPath: string,
  path: string,
  options: WorkerRunOptions = {},
): Promise<LogAnalysis> {
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) return reject(new LogWorkerError('cancelled', 'cancelled'));
    const request: WorkerRequest = { path, ...(options.encoding ? { encoding: options.encoding } : {}) };
    const worker = new Worker(workerPath, {
      workerData: request,
      resourceLimits: {
        maxOldGenerationSizeMb: options.maxHeapMb ?? 256,
        maxYoungGenerationSizeMb: 32,
        stackSizeMb: 4,
      },
      stdout: false,
      stderr: false,
    });
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      fn();
      void worker.terminate();
    };
    const timer = setTimeout(
      () => finish(() => reject(new LogWorkerError('timeout', 'the analysis took too long'))),
      options.timeoutMs ?? 10 * 60_000,
    );
    const onAbort = () => finish(() => reject(new LogWorkerError('cancelled', 'cancelled')));
    options.signal?.addEventListener('abort', onAbort);
    worker.on('message', (reply: WorkerReply) => {
      if (reply.type === 'progress') options.onProgress?.(reply.bytesRead, reply.totalBytes);
      else if (reply.type === 'done') finish(() => resolve(reply.analysis));
      else finish(() => reject(new LogWorkerError('failed', reply.message)));
    });
    worker.on('error', (err) => finish(() => reject(new LogWorkerError('crashed', err.message))));
    worker.on('exit', (code) =>
      finish(() => reject(new LogWorkerError('crashed', `the analysis stopped (exit ${code})`))),
    );
  });
}
