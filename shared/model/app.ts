/** Facts about the running app and the machine model it talks to, shown on the welcome screen. */
import { z } from 'zod';
import { LANGUAGES } from '../i18n/languages';

export const HostInfo = z.object({
  kind: z.enum(['live', 'simulated']),
  scenarioId: z.string().nullable(),
  scenarioTitle: z.string().nullable(),
  scenarioTitles: z.object({ 'zh-CN': z.string(), 'zh-TW': z.string() }).partial().default({}),
  platform: z.string(),
});
export type HostInfo = z.infer<typeof HostInfo>;

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  /** 'electron' inside the app, 'preview' in the development browser preview. */
  shell: z.enum(['electron', 'preview']),
  host: HostInfo,
  /** The OS's preferred languages, most preferred first. */
  osLanguages: z.array(z.string()),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const LanguageSetting = z.enum(['system', ...LANGUAGES]);
export const ThemeSetting = z.enum(['system', 'light', 'dark', 'highContrast']);
export const Settings = z.object({ language: LanguageSetting, theme: ThemeSetting }).strict();
export type Settings = z.infer<typeof Settings>;
export const DEFAULT_SETTINGS: Settings = { language: 'system', theme: 'system' };

export const ScenarioSummary = z.object({
  id: z.string(),
  title: z.string(),
  titles: HostInfo.shape.scenarioTitles,
  tags: z.array(z.string()),
});

/** A scenario's title in the given UI language, English when it has none. */
export function localizedScenarioTitle(
  title: string,
  titles: { 'zh-CN'?: string | undefined; 'zh-TW'?: string | undefined },
  lang: string,
): string {
  return (lang === 'zh-CN' || lang === 'zh-TW' ? titles[lang] : undefined) ?? title;
}
export type ScenarioSummary = z.infer<typeof ScenarioSummary>;
