/**
 * All UI and CLI messages, by namespace. Add a namespace file under messages/ and list it here.
 * i18next receives `resources[lang][namespace]`.
 */
import type { Language } from './languages';
import type { MessageTree } from './define-messages';
import { common } from './messages/common';
import { errors } from './messages/errors';
import { fixes } from './messages/fixes';
import { welcome } from './messages/welcome';
import { log } from './messages/log';
import { kb } from './messages/kb';
import { findings } from './messages/findings';
import { symptoms } from './messages/symptoms';
import { uiNamespaces } from './messages/ui-index';
import { bundle } from './messages/bundle';
import { about } from './messages/about';
import { cli } from './messages/cli';

export const namespaces = {
  common,
  errors,
  welcome,
  log,
  kb,
  findings,
  symptoms,
  fixes,
  ...uiNamespaces,
  bundle,
  about,
  cli,
} as const;
export type Namespace = keyof typeof namespaces;

export function resources(): Record<Language, Record<Namespace, MessageTree>> {
  const out = { en: {}, 'zh-CN': {}, 'zh-TW': {} } as Record<Language, Record<Namespace, MessageTree>>;
  for (const [ns, catalogs] of Object.entries(namespaces) as [Namespace, Record<Language, MessageTree>][]) {
    for (const lang of Object.keys(out) as Language[]) out[lang][ns] = catalogs[lang];
  }
  return out;
}
