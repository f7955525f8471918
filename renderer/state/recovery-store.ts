/**
 * Crash recovery at start: fixes the journal says were interrupted last time (journal:pending). The
 * user undoes each one (journal:rollback: the machine goes back to how it was before the fix) or keeps
 * it (journal:keep: it is not offered again).
 */
import { create } from 'zustand';
import type { ResponseOf } from '@shared/ipc/contract';
import type { Failed } from '@shared/ipc/result';
import { api } from '../api';

export type PendingFix = ResponseOf<'journal:pending'>['entries'][number];
export type UndoReport = ResponseOf<'journal:rollback'>;

export type RecoveryStatus = 'offered' | 'working' | 'undone' | 'partly-undone' | 'kept' | 'failed';

export interface RecoveryItem {
  entry: PendingFix;
  status: RecoveryStatus;
  report: UndoReport | null;
  error: Failed | null;
}

interface RecoveryState {
  loaded: boolean;
  items: RecoveryItem[];
  /** Asks main once per start; later calls do nothing. */
  load(): Promise<void>;
  rollback(journalId: string): Promise<void>;
  keep(journalId: string): Promise<void>;
}

export const useRecoveryStore = create<RecoveryState>((set, get) => {
  const update = (id: string, patch: Partial<RecoveryItem>) =>
    set((s) => ({ items: s.items.map((i) => (i.entry.id === id ? { ...i, ...patch } : i)) }));
  const offered = (id: string) =>
    get().items.find((i) => i.entry.id === id && (i.status === 'offered' || i.status === 'failed'));
  return {
    loaded: false,
    items: [],
    async load() {
      if (get().loaded) return;
      set({ loaded: true });
      const r = await api.journal.pending({});
      if (r.status === 'ok')
        set({ items: r.value.entries.map((entry) => ({ entry, status: 'offered', report: null, error: null })) });
    },
    async rollback(journalId) {
      if (!offered(journalId)) return;
      update(journalId, { status: 'working', error: null });
      const r = await api.journal.rollback({ journalId });
      if (r.status === 'ok')
        update(journalId, { status: r.value.failed.length > 0 ? 'partly-undone' : 'undone', report: r.value });
      else update(journalId, { status: 'failed', error: r.status === 'failed' ? r : null });
    },
    async keep(journalId) {
      if (!offered(journalId)) return;
      update(journalId, { status: 'working', error: null });
      const r = await api.journal.keep({ journalId });
      if (r.status === 'ok') update(journalId, { status: 'kept' });
      else update(journalId, { status: 'failed', error: r.status === 'failed' ? r : null });
    },
  };
});
