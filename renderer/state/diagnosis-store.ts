/** The diagnosis: running (with live progress per check), cancelled, failed, or its report. */
import { create } from 'zustand';
import type { Failed } from '@shared/ipc/result';
import type { CheckId } from '@shared/model/catalog-ids';
import type { DiagnosisProgress, DiagnosisReport } from '@shared/model/diagnosis';
import type { RecentFailure } from '@shared/model/facts';
import { api } from '../api';
import { usePackageStore } from './package-store';
import { useSymptomStore } from './symptom-store';

type Status = 'idle' | 'running' | 'cancelling' | 'done' | 'cancelled' | 'failed';

interface DiagnosisState {
  status: Status;
  progress: DiagnosisProgress | null;
  /** Checks already finished in this run, in order. */
  finished: CheckId[];
  report: DiagnosisReport | null;
  error: Failed | null;
  recent: RecentFailure[] | null;
  start(): Promise<void>;
  /** Asks main to stop the run; the run's own answer then says whether it stopped. */
  cancel(): Promise<void>;
  onProgress(p: DiagnosisProgress): void;
  loadRecent(): Promise<void>;
  reset(): void;
}

let runId = 0;

export const useDiagnosisStore = create<DiagnosisState>((set, get) => ({
  status: 'idle',
  progress: null,
  finished: [],
  report: null,
  error: null,
  recent: null,
  async start() {
    const id = ++runId;
    const symptom = useSymptomStore.getState().symptom;
    const token = usePackageStore.getState().file?.token;
    set({ status: 'running', progress: null, finished: [], report: null, error: null });
    const result = await api.diagnose.run({
      ...(symptom ? { symptom } : {}),
      ...(token ? { packageToken: token } : {}),
    });
    if (id !== runId) return;
    if (result.status === 'ok') set({ status: 'done', report: result.value, recent: result.value.recentFailures });
    else if (result.status === 'cancelled') set({ status: 'cancelled', progress: null });
    else set({ status: 'failed', error: result });
  },
  /**
   * The user asked to stop. The screen says "cancelled" only when main's run answers `cancelled`
   * (start() above sets it): if the checks had already finished, their findings are shown instead.
   */
  async cancel() {
    if (get().status !== 'running') return;
    set({ status: 'cancelling' });
    await api.diagnose.cancel({});
  },
  onProgress(p) {
    if (get().status !== 'running' && get().status !== 'cancelling') return;
    set((s) => {
      const prev = s.progress?.checkId;
      const finished = prev && prev !== p.checkId && !s.finished.includes(prev) ? [...s.finished, prev] : s.finished;
      return { progress: p, finished };
    });
  },
  async loadRecent() {
    const result = await api.diagnose.recentFailures({});
    set({ recent: result.status === 'ok' ? result.value.failures : [] });
  },
  reset() {
    runId++;
    set({ status: 'idle', progress: null, finished: [], report: null, error: null, recent: null });
  },
}));
