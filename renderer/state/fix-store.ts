/**
 * One fix at a time: its plan (the preview), the user's consent, progress while it runs, the result
 * with its verification, and undo. Types come from the contract by channel, never mirrored by hand.
 */
import { create } from 'zustand';
import type { EventPayloadOf, ResponseOf } from '@shared/ipc/contract';
import type { Failed } from '@shared/ipc/result';
import type { FixId } from '@shared/model/catalog-ids';
import type { Finding } from '@shared/model/findings';
import { api } from '../api';
import { usePackageStore } from './package-store';

export type FixPlan = Extract<ResponseOf<'fix:plan'>, { kind: 'plan' }>['plan'];
export type FixRefusal = Extract<ResponseOf<'fix:plan'>, { kind: 'refused' }>;
export type FixResult = ResponseOf<'fix:apply'>;
export type UndoResult = ResponseOf<'fix:undo'>;
export type FixProgress = EventPayloadOf<'fix:progress'>;

/** The i18n key of a fix's name, before a plan exists. */
export const fixTitleKey = (id: FixId): string =>
  `fixes:${id.replace(/-([a-z])/gu, (_m, c: string) => c.toUpperCase())}.title`;

type Phase = 'idle' | 'planning' | 'preview' | 'applying' | 'cancelling' | 'done' | 'undoing' | 'undone' | 'failed';

interface FixState {
  phase: Phase;
  fixId: FixId | null;
  finding: Finding | null;
  plan: FixPlan | null;
  refused: FixRefusal | null;
  progress: FixProgress | null;
  result: FixResult | null;
  undo: UndoResult | null;
  error: Failed | null;
  /** Fixes already applied in this session, so "the next fix" skips them. */
  applied: FixId[];
  choose(fixId: FixId, finding: Finding | null): Promise<void>;
  apply(): Promise<void>;
  /** Asks main to stop the running fix; apply() then shows how it ended (stopped, rolled back, or done). */
  cancel(): Promise<void>;
  undoLast(): Promise<void>;
  onProgress(p: FixProgress): void;
  reset(): void;
}

const blank = {
  phase: 'idle' as Phase,
  fixId: null,
  finding: null,
  plan: null,
  refused: null,
  progress: null,
  result: null,
  undo: null,
  error: null,
};

export const useFixStore = create<FixState>((set, get) => ({
  ...blank,
  applied: [],
  async choose(fixId, finding) {
    set({ ...blank, phase: 'planning', fixId, finding });
    const token = usePackageStore.getState().file?.token;
    const r = await api.fix.plan({
      fixId,
      ...(finding ? { findingId: finding.id } : {}),
      ...(token ? { packageToken: token } : {}),
    });
    if (get().fixId !== fixId) return;
    if (r.status === 'ok')
      set(r.value.kind === 'plan' ? { phase: 'preview', plan: r.value.plan } : { phase: 'failed', refused: r.value });
    else if (r.status === 'failed') set({ phase: 'failed', error: r });
    else set({ phase: 'idle' });
  },
  async apply() {
    const plan = get().plan;
    if (!plan) return;
    set({ phase: 'applying', progress: null, result: null, error: null });
    const r = await api.fix.apply({ planId: plan.planId });
    if (r.status === 'ok') {
      const applied = r.value.outcome === 'applied' ? [...get().applied, plan.fix] : get().applied;
      set({ phase: 'done', result: r.value, applied });
    } else if (r.status === 'failed') set({ phase: 'failed', error: r });
    else set({ phase: 'preview' });
  },
  async cancel() {
    if (get().phase !== 'applying') return;
    set({ phase: 'cancelling' });
    const r = await api.fix.cancel({});
    // Nothing was running any more (it ended as we asked): apply() has or will set the outcome.
    if (r.status !== 'ok' && get().phase === 'cancelling') set({ phase: 'applying' });
  },
  async undoLast() {
    const journalId = get().result?.journalId;
    if (!journalId) return;
    set({ phase: 'undoing' });
    const r = await api.fix.undo({ journalId });
    if (r.status === 'ok')
      set({ phase: 'undone', undo: r.value, applied: get().applied.filter((id) => id !== get().fixId) });
    else if (r.status === 'failed') set({ phase: 'done', error: r });
    else set({ phase: 'done' });
  },
  onProgress(p) {
    const phase = get().phase;
    if (phase === 'applying' || phase === 'cancelling' || phase === 'undoing') set({ progress: p });
  },
  reset: () => set({ ...blank, applied: [] }),
}));
