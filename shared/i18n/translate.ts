/**
 * A small translator for code that does not run i18next (the CLI, report.html): looks up
 * `namespace:key.path`, falls back to English, and fills {{placeholders}}.
 */
import { namespaces, type Namespace } from './catalog';
import type { Language } from './languages';
import type { MessageTree } from './define-messages';

function lookup(tree: MessageTree | string | undefined, path: string[]): string | undefined {
  let node: MessageTree | string | undefined = tree;
  for (const part of path) {
    if (typeof node !== 'object') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

export function translate(lang: Language, key: string, values: Record<string, string | number> = {}): string {
  const [ns, rest] = key.includes(':') ? (key.split(':', 2) as [string, string]) : ['common', key];
  const catalogs = (namespaces as Record<string, Record<Language, MessageTree>>)[ns as Namespace];
  const path = rest.split('.');
  const text = lookup(catalogs?.[lang], path) ?? lookup(catalogs?.en, path) ?? key;
  return text.replace(/\{\{(\w+)\}\}/gu, (m, name: string) => (name in values ? String(values[name]) : m));
}
