/**
 * Proves the KB holds every code of Microsoft's two tables (the reference copy in
 * ../shared/reference/msdocs, outside this repository), in the right namespace, with the exit
 * codes' ERROR_* names, and that our texts are our own words (no long run of Microsoft's or the
 * WiX translations' wording). Skipped, with a message, where the reference folder is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { kbEntries, lookupCode, type KbEntry } from './index';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const reference = resolve(repoRoot, '../shared/reference');
const present = existsSync(resolve(reference, 'msdocs/error-codes.md'));
if (!present) console.warn(`[kb] ${reference} is absent: skipping the reference-coverage tests.`);

const read = (rel: string): string => readFileSync(resolve(reference, rel), 'utf8');
const unescape = (s: string): string => s.replaceAll('\\', '');

/** Rows of error-codes.md: `| ERROR\_NAME | 1603 | description |`. */
function exitTable(): { name: string; code: number; text: string }[] {
  const rows: { name: string; code: number; text: string }[] = [];
  for (const line of read('msdocs/error-codes.md').split('\n')) {
    const m = /^\|\s*(ERROR[\\A-Z_0-9]+)\s*\|\s*(\d+)\s*\|([^|]*)\|/u.exec(line);
    if (m) rows.push({ name: unescape(m[1] ?? ''), code: Number(m[2]), text: m[3] ?? '' });
  }
  return rows;
}

/** Rows of windows-installer-error-messages.md: `| 1101<br/> | message | remarks |`. */
function messageTable(): { code: number; text: string }[] {
  const rows: { code: number; text: string }[] = [];
  for (const line of read('msdocs/windows-installer-error-messages.md').split('\n')) {
    const m = /^\|\s*(\d{4})<br\/>\s*\|([^|]*)\|/u.exec(line);
    if (m) rows.push({ code: Number(m[1]), text: m[2] ?? '' });
  }
  return rows;
}

/** Error strings of a WiX UI translation (the wording Chinese users see in dialogs). */
function wixErrors(file: string): string[] {
  return [...read(`wix-localized-errors/${file}`).matchAll(/<String Id="Error\d+"[^>]*Value="([^"]*)"/gu)].map(
    (m) => m[1] ?? '',
  );
}

const words = (s: string): string[] =>
  unescape(s)
    .replace(/<[^>]*>|\[\d+\]|\*\*/gu, ' ')
    .toLowerCase()
    .split(/[^a-z0-9']+/u)
    .filter(Boolean);

/** Every run of n consecutive words. */
function ngrams(s: string, n: number): Set<string> {
  const w = words(s);
  const out = new Set<string>();
  for (let i = 0; i + n <= w.length; i++) out.add(w.slice(i, i + n).join(' '));
  return out;
}

const ourEnglish = (e: KbEntry): string[] => [e.explanation.en, ...(e.dialogHint ? [e.dialogHint.en] : [])];

describe.skipIf(!present)('KB against Microsoft reference tables', () => {
  it('parses both tables fully (guards the parsers themselves)', () => {
    expect(exitTable().length).toBeGreaterThanOrEqual(50);
    expect(new Set(messageTable().map((r) => r.code)).size).toBeGreaterThanOrEqual(540);
  });

  it('holds every exit code in the exit namespace, with its ERROR_* name', () => {
    for (const row of exitTable()) {
      const [entry] = lookupCode(row.code, 'exit');
      expect(entry, `exit ${row.code}`).toBeDefined();
      expect(entry?.name, `exit ${row.code}`).toBe(row.name);
    }
  });

  it('holds every Error-table message in the message namespace', () => {
    for (const row of messageTable()) expect(lookupCode(row.code, 'message'), `message ${row.code}`).toHaveLength(1);
  });

  it('has no entry that is in neither table', () => {
    const exits = new Set(exitTable().map((r) => r.code));
    const messages = new Set(messageTable().map((r) => r.code));
    for (const e of kbEntries())
      expect((e.namespace === 'exit' ? exits : messages).has(e.code), `${e.namespace} ${e.code}`).toBe(true);
  });

  it("never repeats six words in a row of Microsoft's text for the same code", () => {
    const official = [
      ...exitTable().map((r) => ({ ns: 'exit' as const, code: r.code, text: r.text })),
      ...messageTable().map((r) => ({ ns: 'message' as const, code: r.code, text: r.text })),
    ];
    const copied = official.flatMap((row) => {
      const theirs = ngrams(row.text, 6);
      return lookupCode(row.code, row.ns)
        .flatMap(ourEnglish)
        .flatMap((ours) => [...ngrams(ours, 6)].filter((g) => theirs.has(g)).map((g) => `${row.ns} ${row.code}: ${g}`));
    });
    expect(copied).toEqual([]);
  });

  it('never repeats ten characters in a row of the WiX Chinese dialog strings', () => {
    /** Ten-character windows inside runs of Chinese text (Latin names such as "Windows Installer" are shared by nature). */
    const runs = (s: string): string[] => {
      const out: string[] = [];
      for (const segment of s.replace(/\[\d+\]|\{[^}]*\}|[\s"“”'‘’「」]/gu, '').split(/[\x20-\x7e]+/u)) {
        for (let i = 0; i + 10 <= segment.length; i++) out.push(segment.slice(i, i + 10));
      }
      return out;
    };
    const pairs = [
      ['WixUI_zh-CN.wxl', 'zh-CN'],
      ['WixUI_zh-TW.wxl', 'zh-TW'],
    ] as const;
    for (const [file, lang] of pairs) {
      const theirs = new Set(wixErrors(file).flatMap(runs));
      expect(theirs.size).toBeGreaterThan(100);
      const copied = kbEntries().flatMap((e) =>
        [e.explanation[lang], e.dialogHint?.[lang] ?? '']
          .flatMap(runs)
          .filter((r) => theirs.has(r))
          .map((r) => `${e.namespace} ${e.code}: ${r}`),
      );
      expect(copied, lang).toEqual([]);
    }
  });
});
