/** The log analyzer: the chosen log, progress while it is read, the analysis, and logs found on this PC. */
import { create } from 'zustand';
import type { FileRef } from '@shared/ipc/domains/files';
import type { LogCandidate, LogProgress } from '@shared/ipc/domains/log';
import type { Failed, Result } from '@shared/ipc/result';
import type { LogAnalysis } from '@shared/model/log-analysis';
import { api } from '../api';

type Status = 'empty' | 'analyzing' | 'done' | 'failed';

interface LogState {
  file: FileRef | null;
  status: Status;
  progress: { bytesRead: number; totalBytes: number } | null;
  analysis: LogAnalysis | null;
  error: Failed | null;
  candidates: LogCandidate[] | null;
  analyze(result: Result<FileRef>): Promise<void>;
  onProgress(p: LogProgress): void;
  findLogs(): Promise<void>;
  reset(): void;
}

const empty = { file: null, status: 'empty' as Status, progress: null, analysis: null, error: null };

export const useLogStore = create<LogState>((set, get) => ({
  ...empty,
  candidates: null,
  async analyze(result) {
    if (result.status === 'cancelled') return;
    if (result.status === 'failed') return set({ ...empty, status: 'failed', error: result });
    const file = result.value;
    set({ ...empty, file, status: 'analyzing', progress: { bytesRead: 0, totalBytes: file.size } });
    const done = await api.log.analyze({ token: file.token });
    if (get().file?.token !== file.token) return;
    if (done.status === 'ok') set({ status: 'done', analysis: done.value });
    else if (done.status === 'failed') set({ status: 'failed', error: done });
    else set({ status: 'empty' });
  },
  onProgress(p) {
    if (get().file?.token === p.token) set({ progress: { bytesRead: p.bytesRead, totalBytes: p.totalBytes } });
  },
  async findLogs() {
    const found = await api.log.find({});
    set({ candidates: found.status === 'ok' ? found.value.candidates : [] });
  },
  reset: () => set({ ...empty, candidates: null }),
}));
