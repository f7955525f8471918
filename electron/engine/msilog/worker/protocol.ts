/** Messages between the log worker and the thread that started it. */
import type { LogAnalysis } from '@shared/model/log-analysis';

export interface WorkerRequest {
  path: string;
  encoding?: string;
}

export type WorkerReply =
  | { type: 'progress'; bytesRead: number; totalBytes: number }
  | { type: 'done'; analysis: LogAnalysis }
  | { type: 'error'; message: string };
