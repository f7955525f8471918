/** The package the user chose (optional): its token, and what main read from it. */
import { create } from 'zustand';
import type { FileRef } from '@shared/ipc/domains/files';
import type { Failed, Result } from '@shared/ipc/result';
import type { PackageInfo } from '@shared/model/package-info';
import { api } from '../api';

type Status = 'empty' | 'reading' | 'ready' | 'failed';

interface PackageState {
  file: FileRef | null;
  info: PackageInfo | null;
  status: Status;
  error: Failed | null;
  /** Takes the answer of a pick or an upload, then reads the package. */
  accept(result: Result<FileRef>): Promise<void>;
  clear(): void;
}

const empty = { file: null, info: null, status: 'empty' as Status, error: null };

export const usePackageStore = create<PackageState>((set) => ({
  ...empty,
  async accept(result) {
    if (result.status === 'cancelled') return;
    if (result.status === 'failed') return set({ ...empty, status: 'failed', error: result });
    const file = result.value;
    set({ file, info: null, status: 'reading', error: null });
    const read = await api.files.inspectPackage({ token: file.token });
    if (read.status === 'ok') set({ info: read.value, status: 'ready' });
    else if (read.status === 'failed') set({ status: 'failed', error: read });
    else set({ status: 'empty' });
  },
  clear: () => set(empty),
}));
