/** Fluent theme that follows Windows: light, dark, or high contrast (forced colors), unless the user chose one. */
import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Settings } from '@shared/model/app';

type Resolved = 'light' | 'dark' | 'highContrast';

function systemTheme(): Resolved {
  if (window.matchMedia('(forced-colors: active)').matches) return 'highContrast';
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

const THEMES: Record<Resolved, Theme> = {
  light: webLightTheme,
  dark: webDarkTheme,
  highContrast: teamsHighContrastTheme,
};

export function useFluentTheme(setting: Settings['theme']): Theme {
  const [system, setSystem] = useState<Resolved>(systemTheme);
  useEffect(() => {
    const queries = [window.matchMedia('(forced-colors: active)'), window.matchMedia('(prefers-color-scheme: dark)')];
    const update = () => setSystem(systemTheme());
    queries.forEach((q) => q.addEventListener('change', update));
    return () => queries.forEach((q) => q.removeEventListener('change', update));
  }, []);
  return THEMES[setting === 'system' ? system : setting];
}
