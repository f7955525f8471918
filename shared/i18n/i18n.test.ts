/**
 * The catalogs and the code agree: every key the code asks for exists (in every language), and every
 * key in a catalog is used somewhere in renderer/, electron/ or shared/. A key counts as used when its
 * full path appears as a string ('uiLog:title', 'title', "kb:category.disk"), or when a template
 * literal in the code can produce it (`languageNames.${l}` covers languageNames.en, .zh-CN, ...).
 * Plural forms (_one, _other) count as their base key.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVENT_CHANNELS, INVOKE_CHANNELS } from '../ipc/channels';
import { namespaces } from './catalog';
import type { MessageTree } from './define-messages';
import { LANGUAGES } from './languages';

const root = join(import.meta.dirname, '..', '..');
const DIRS = ['renderer', 'electron', 'shared'];

function sources(dir: string, out: { path: string; text: string }[] = []) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'node_modules' && name !== 'fixtures') sources(path, out);
    } else if (/\.tsx?$/u.test(name) && !/\.test\.tsx?$/u.test(name) && !path.includes(join('i18n', 'messages'))) {
      out.push({ path: relative(root, path), text: readFileSync(path, 'utf8') });
    }
  }
  return out;
}

function leaves(tree: MessageTree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : leaves(v, `${prefix}${k}.`),
  );
}

const base = (key: string) => key.replace(/_(?:zero|one|two|few|many|other)$/u, '');
const files = DIRS.flatMap((d) => sources(join(root, d)));
const code = files.map((f) => f.text).join('\n');
const catalog = Object.fromEntries(
  Object.entries(namespaces).map(([ns, c]) => [ns, new Set(leaves(c.en).map(base))]),
) as Record<string, Set<string>>;
const literals = new Set([...code.matchAll(/(['"])([\w.:-]+)\1/gu)].map((m) => m[2] ?? ''));
const templates = [...code.matchAll(/`([^`]*\$\{[^`]*)`/gu)]
  .map((m) => m[1] ?? '')
  .filter((t) => /^[\w.:-]*(?:\$\{[^}]*\}[\w.:-]*)+$/u.test(t) && t.replace(/\$\{[^}]*\}/gu, '').length > 1)
  .map(
    (t) =>
      new RegExp(
        `^${t
          .split(/\$\{[^}]*\}/u)
          .map((part) => part.replace(/\./gu, '\\.'))
          .join('[\\w-]+(?:\\.[\\w-]+)?')}$`,
        'u',
      ),
  );

function isUsed(ns: string, key: string): boolean {
  const candidates = [key, `${ns}:${key}`];
  return candidates.some((c) => literals.has(c) || templates.some((re) => re.test(c)));
}

/** Static t('key') calls, resolved against the namespaces the file asks for. */
function calls(): { file: string; key: string; namespaces: string[] }[] {
  const out = [];
  for (const f of files.filter((x) => x.path.startsWith('renderer'))) {
    const nsUsed = [...f.text.matchAll(/useTranslation\((?:'(\w+)')?\)/gu)].map((m) => m[1] ?? 'common');
    for (const m of f.text.matchAll(/\bt\(\s*'([\w.:-]+)'/gu))
      out.push({ file: f.path, key: m[1] ?? '', namespaces: nsUsed });
  }
  return out;
}

describe('i18n catalogs', () => {
  it('every language has exactly the keys of English', () => {
    for (const [ns, c] of Object.entries(namespaces)) {
      const en = leaves(c.en).sort();
      for (const lang of LANGUAGES)
        expect(leaves((c as Record<string, MessageTree>)[lang] ?? {}).sort(), `${ns} ${lang}`).toEqual(en);
    }
  });

  it('every key used by the renderer exists', () => {
    const missing = calls().filter(({ key, namespaces: nss }) => {
      const [ns, rest] = key.includes(':') ? (key.split(':', 2) as [string, string]) : [null, key];
      const where = ns ? [ns] : nss;
      return !where.some((n) => catalog[n]?.has(rest));
    });
    expect(missing.map((m) => `${m.file}: ${m.key}`)).toEqual([]);
  });

  it('every namespaced key named anywhere in the code exists', () => {
    const channels = new Set<string>([...INVOKE_CHANNELS, ...EVENT_CHANNELS]);
    const missing = [...literals].filter((l) => {
      if (channels.has(l)) return false;
      const m = /^(\w+):([\w.-]+)$/u.exec(l);
      return m && m[1] && m[1] in catalog && !catalog[m[1]]?.has(m[2] ?? '');
    });
    expect(missing).toEqual([]);
  });

  it('every key in a catalog is used somewhere', () => {
    const unused = Object.entries(catalog).flatMap(([ns, keys]) =>
      [...keys].filter((k) => !isUsed(ns, k)).map((k) => `${ns}:${k}`),
    );
    expect(unused).toEqual([]);
  });
});
