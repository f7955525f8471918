/** App-level state: what main told us about itself and the machine, and the user's settings. */
import { create } from 'zustand';
import type { AppInfo, HostInfo, Settings } from '@shared/model/app';
import { DEFAULT_SETTINGS } from '@shared/model/app';

interface AppState {
  info: AppInfo | null;
  settings: Settings;
  setInfo(info: AppInfo): void;
  setHost(host: HostInfo): void;
  setSettings(settings: Settings): void;
}

export const useAppStore = create<AppState>((set) => ({
  info: null,
  settings: DEFAULT_SETTINGS,
  setInfo: (info) => set({ info }),
  setHost: (host) => set((s) => (s.info ? { info: { ...s.info, host } } : {})),
  setSettings: (settings) => set({ settings }),
}));
