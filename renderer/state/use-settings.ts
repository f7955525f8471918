/** Reads and saves settings through main, and applies the language at once. */
import { useCallback } from 'react';
import type { Settings } from '@shared/model/app';
import { api } from '../api';
import { changeLanguage, osLanguage } from '../i18n';
import { useAppStore } from './app-store';

export async function applySettings(settings: Settings): Promise<void> {
  useAppStore.getState().setSettings(settings);
  await changeLanguage(settings.language === 'system' ? osLanguage() : settings.language);
}

export function useSettingsActions() {
  const update = useCallback(async (patch: Partial<Settings>) => {
    const result = await api.settings.set(patch);
    if (result.status === 'ok') await applySettings(result.value);
  }, []);
  return { update };
}
