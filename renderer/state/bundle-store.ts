/** The support bundle: build a preview (what goes in, what was redacted), read an entry, then save it. */
import { create } from 'zustand';
import type { ResponseOf } from '@shared/ipc/contract';
import type { Failed } from '@shared/ipc/result';
import type { BundleEntryText, BundlePreview } from '@shared/model/bundle';
import { api } from '../api';
import { useLogStore } from './log-store';
import { usePackageStore } from './package-store';
import { useSymptomStore } from './symptom-store';

type Status = 'idle' | 'building' | 'ready' | 'saving' | 'saved' | 'failed';

interface BundleState {
  status: Status;
  preview: BundlePreview | null;
  saved: ResponseOf<'bundle:save'> | null;
  error: Failed | null;
  /** The entry being read before saving (its redacted text, exactly as in the zip). */
  entry: BundleEntryText | null;
  build(): Promise<void>;
  openEntry(name: string): Promise<void>;
  closeEntry(): void;
  save(): Promise<void>;
  reset(): void;
}

export const useBundleStore = create<BundleState>((set, get) => ({
  status: 'idle',
  preview: null,
  saved: null,
  error: null,
  entry: null,
  async build() {
    set({ status: 'building', preview: null, saved: null, error: null, entry: null });
    const symptom = useSymptomStore.getState().symptom;
    const pkg = usePackageStore.getState().file?.token;
    const log = useLogStore.getState().file?.token;
    const r = await api.bundle.preview({
      ...(symptom ? { symptom } : {}),
      ...(pkg ? { packageToken: pkg } : {}),
      ...(log ? { logTokens: [log] } : {}),
    });
    if (r.status === 'ok') set({ status: 'ready', preview: r.value });
    else if (r.status === 'failed') set({ status: 'failed', error: r });
    else set({ status: 'idle' });
  },
  async save() {
    const preview = get().preview;
    if (!preview) return;
    set({ status: 'saving', error: null });
    const r = await api.bundle.save({ previewId: preview.previewId });
    if (r.status === 'ok') set({ status: 'saved', saved: r.value });
    else if (r.status === 'failed') set({ status: 'ready', error: r });
    else set({ status: 'ready' });
  },
  async openEntry(name) {
    const preview = get().preview;
    if (!preview) return;
    const r = await api.bundle.entry({ previewId: preview.previewId, name });
    if (r.status === 'ok') set({ entry: r.value, error: null });
    else if (r.status === 'failed') set({ error: r });
  },
  closeEntry: () => set({ entry: null }),
  reset: () => set({ status: 'idle', preview: null, saved: null, error: null, entry: null }),
}));
