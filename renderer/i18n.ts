/** i18next over the shared catalogs (shared/i18n): the same texts the CLI and the reports use. */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { resources } from '@shared/i18n/catalog';
import { pickLanguage, type Language } from '@shared/i18n/languages';

export function osLanguage(): Language {
  return pickLanguage(navigator.languages.length ? navigator.languages : [navigator.language]);
}

export async function initI18n(lang: Language = osLanguage()): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources: resources(),
    lng: lang,
    fallbackLng: 'en',
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = lang;
  return i18next;
}

export async function changeLanguage(lang: Language): Promise<void> {
  await i18next.changeLanguage(lang);
  document.documentElement.lang = lang;
}
