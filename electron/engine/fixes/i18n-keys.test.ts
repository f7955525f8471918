import { describe, expect, it } from 'vitest';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fixes } from '@shared/i18n/messages/fixes';
import type { MessageTree } from '@shared/i18n/define-messages';

const lookup = (tree: MessageTree, path: string): unknown =>
  path.split('.').reduce<unknown>((t, k) => (t && typeof t === 'object' ? (t as MessageTree)[k] : undefined), tree);

describe('every fixes: key the engine uses exists in en, zh-CN and zh-TW', () => {
  it('literal keys resolve to strings; templated keys to a subtree', async () => {
    const dir = import.meta.dirname;
    const keys = new Set<string>();
    const prefixes = new Set<string>();
    for (const f of (await readdir(dir)).filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts'))) {
      const text = await readFile(join(dir, f), 'utf8');
      for (const m of text.matchAll(/'fixes:([\w.]+)'/gu)) keys.add(m[1] as string);
      for (const m of text.matchAll(/`fixes:([\w.]+)\.\$\{/gu)) prefixes.add(m[1] as string);
    }
    expect(keys.size).toBeGreaterThan(50);
    for (const lang of ['en', 'zh-CN', 'zh-TW'] as const) {
      for (const k of keys) expect([lang, k, typeof lookup(fixes[lang], k)]).toEqual([lang, k, 'string']);
      for (const p of prefixes) expect([lang, p, typeof lookup(fixes[lang], p)]).toEqual([lang, p, 'object']);
    }
  });
});
