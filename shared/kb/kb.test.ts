import { describe, expect, it } from 'vitest';
import { CHECK_IDS, FIX_IDS, SYMPTOM_IDS } from '../model/catalog-ids';
import { LANGUAGES } from '../i18n/languages';
import { kb as kbMessages } from '../i18n/messages/kb';
import { HINTS, LINKS, NOTES } from './define';
import { KB_CATEGORIES, KB_NAMESPACES, KbEntrySchema, kbEntries, lookupCode, type KbEntry, type KbText } from './index';

const texts = (e: KbEntry): KbText[] => [e.explanation, ...(e.dialogHint ? [e.dialogHint] : [])];

/** Simplified-only characters (left) and their Traditional forms (right), frequent in our texts. */
const PAIRS =
  '装裝这這个個为為无無时時开開关關设設数數录錄务務载載运運启啟动動权權夹夾档檔网網络絡脑腦电電机機该該请請试試钮鈕单單选選项項组組户戶应應态態实實错錯误誤报報损損坏壞删刪储儲写寫读讀样樣显顯标標图圖补補级級问問发發库庫览覽变變复復统統签簽验驗证證护護续續处處说說须須协協'
    .match(/../gu)!
    .map((p) => [...p] as [string, string]);
const SIMPLIFIED_ONLY = new Set(PAIRS.map(([s]) => s));
const TRADITIONAL_ONLY = new Set(PAIRS.map(([, t]) => t));

/** Mainland words that Taiwan says differently, and the reverse (checked against whole words). */
const MAINLAND_TERMS = [
  '文件夹',
  '文件夾',
  '设置',
  '設置',
  '服务器',
  '服務器',
  '默认',
  '默認',
  '网络',
  '網絡',
  '软件',
  '軟件',
  '内存',
  '內存',
  '数据',
  '數據',
  '信息',
  '菜單',
  '快捷方式',
  '卸載',
];
const TAIWAN_TERMS = [
  '檔案',
  '档案',
  '資料夾',
  '资料夹',
  '伺服器',
  '记录档',
  '記錄檔',
  '軟體',
  '软体',
  '預設',
  '预设',
  '網路',
  '网路',
  '程式',
  '登錄',
  '捷徑',
  '捷径',
];

const HAN = /\p{Script=Han}/u;

describe('KB data', () => {
  const all = kbEntries();

  it('has every entry valid against the schema', () => {
    for (const e of all) expect(KbEntrySchema.safeParse(e).success, `${e.namespace} ${e.code}`).toBe(true);
  });

  it('has one entry per code and namespace, and unique names within a namespace', () => {
    for (const ns of ['exit', 'message'] as const) {
      const list = all.filter((e) => e.namespace === ns);
      expect(new Set(list.map((e) => e.code)).size).toBe(list.length);
      expect(new Set(list.map((e) => e.name)).size).toBe(list.length);
    }
  });

  it('has non-empty text in every language, Chinese written in Chinese, no placeholders', () => {
    for (const e of all) {
      for (const t of texts(e)) {
        for (const lang of LANGUAGES) expect(t[lang].trim().length, `${e.code} ${lang}`).toBeGreaterThan(5);
        expect(HAN.test(t['zh-CN']), `${e.namespace} ${e.code} zh-CN`).toBe(true);
        expect(HAN.test(t['zh-TW']), `${e.namespace} ${e.code} zh-TW`).toBe(true);
        expect(HAN.test(t.en), `${e.namespace} ${e.code} en`).toBe(false);
        for (const lang of LANGUAGES)
          expect(t[lang], `${e.namespace} ${e.code} ${lang}`).not.toMatch(
            /\bTODO\b|\bTBD\b|FIXME|lorem|placeholder|\?\?/iu,
          );
      }
    }
  });

  it('writes zh-TW in Traditional script with Taiwan words, and zh-CN in Simplified with Mainland words', () => {
    const problems: string[] = [];
    for (const e of all) {
      for (const t of texts(e)) {
        const cn = t['zh-CN'];
        const tw = t['zh-TW'];
        if ([...cn].some((c) => SIMPLIFIED_ONLY.has(c)) && tw === cn)
          problems.push(`${e.code}: zh-TW is a copy of zh-CN`);
        for (const c of tw) if (SIMPLIFIED_ONLY.has(c)) problems.push(`${e.code}: zh-TW has Simplified ${c}`);
        for (const c of cn) if (TRADITIONAL_ONLY.has(c)) problems.push(`${e.code}: zh-CN has Traditional ${c}`);
        for (const w of MAINLAND_TERMS) if (tw.includes(w)) problems.push(`${e.code}: zh-TW uses ${w}`);
        for (const w of TAIWAN_TERMS) if (cn.includes(w)) problems.push(`${e.code}: zh-CN uses ${w}`);
        if (tw.replace(/處理程序/gu, '').includes('程序')) problems.push(`${e.code}: zh-TW uses 程序 for "program"`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('links only to checks and fixes that exist', () => {
    for (const e of all) {
      for (const c of e.checks) expect(CHECK_IDS, `${e.code}`).toContain(c);
      for (const f of e.fixes) expect(FIX_IDS, `${e.code}`).toContain(f);
    }
    for (const preset of Object.values(LINKS)) {
      for (const c of preset.checks) expect(CHECK_IDS).toContain(c);
      for (const f of preset.fixes) expect(FIX_IDS).toContain(f);
    }
  });

  it('uses every shared note, link preset and hint (none is dead text)', () => {
    const joined = all.map((e) => `${e.explanation.en}|${e.dialogHint?.en ?? ''}`).join('\n');
    for (const note of Object.values(NOTES)) expect(joined).toContain(note.en);
    for (const hint of Object.values(HINTS)) expect(joined).toContain(hint.en);
    for (const [id, preset] of Object.entries(LINKS)) {
      const used = all.some(
        (e) => preset.checks.every((c) => e.checks.includes(c)) && preset.fixes.every((f) => e.fixes.includes(f)),
      );
      expect(used, id).toBe(true);
    }
  });

  it('flags the codes of healthy logs as benign, and real failures as not benign', () => {
    const benign = (code: number, ns: 'exit' | 'message') => lookupCode(code, ns)[0]?.benign;
    for (const code of [2205, 2228, 2262, 2826, 2835, 2898, 1707])
      expect(benign(code, 'message'), `message ${code}`).toBe(true);
    for (const code of [0, 1641, 3010]) expect(benign(code, 'exit'), `exit ${code}`).toBe(true);
    for (const code of [1603, 1618, 1619, 1625, 1632]) expect(benign(code, 'exit'), `exit ${code}`).toBe(false);
    for (const code of [2502, 2503, 2755, 2103, 1925, 1722, 1603])
      expect(benign(code, 'message'), `message ${code}`).toBe(false);
    const exitSuccess = all.filter((e) => e.namespace === 'exit' && e.benign).map((e) => e.code);
    expect(exitSuccess).toEqual([0, 1641, 3010]);
  });

  it('links the well-known failures to the checks and fixes that diagnose them', () => {
    for (const code of [2502, 2503]) {
      const [e] = lookupCode(code, 'message');
      expect(e?.checks).toEqual(expect.arrayContaining(['windows-temp', 'user-temp', 'token-uac']));
      expect(e?.fixes).toEqual(expect.arrayContaining(['repair-windows-temp', 'elevated-install']));
    }
    expect(lookupCode(1618, 'exit')[0]?.fixes).toContain('wait-for-install');
    expect(lookupCode(1632, 'exit')[0]?.checks).toEqual(expect.arrayContaining(['user-temp', 'windows-temp']));
    expect(lookupCode(1612, 'exit')[0]?.checks).toContain('cached-packages');
    expect(lookupCode(1625, 'exit')[0]?.checks).toContain('installer-policies');
    expect(lookupCode(2103, 'message')[0]?.checks).toContain('shell-folders');
    expect(lookupCode(1601, 'exit')[0]?.fixes).toContain('reset-msiserver');
    expect(lookupCode(3010, 'exit')[0]?.checks).toContain('pending-reboot');
  });

  it('has a recognisable dialog paraphrase for every numeric symptom the wizard offers', () => {
    for (const id of SYMPTOM_IDS.filter((s) => /^\d+$/u.test(s))) {
      expect(
        lookupCode(Number(id)).some((e) => e.dialogHint),
        `symptom ${id}`,
      ).toBe(true);
    }
  });

  it('has a label in every language for every category and namespace', () => {
    for (const lang of LANGUAGES) {
      const m = kbMessages[lang] as { category: Record<string, string>; namespace: Record<string, string> };
      expect(Object.keys(m.category).sort(), lang).toEqual([...KB_CATEGORIES].sort());
      expect(Object.keys(m.namespace).sort(), lang).toEqual([...KB_NAMESPACES].sort());
    }
  });

  it('keeps the two meanings of 1603 apart', () => {
    const [exit, message] = lookupCode(1603);
    expect(exit?.namespace).toBe('exit');
    expect(exit?.category).toBe('failure');
    expect(message?.namespace).toBe('message');
    expect(message?.category).toBe('file-in-use');
    expect(exit?.explanation.en).not.toBe(message?.explanation.en);
  });
});

describe('lookupCode', () => {
  it('returns both namespaces for a shared number, exit first', () => {
    expect(lookupCode(1603).map((e) => e.namespace)).toEqual(['exit', 'message']);
    expect(lookupCode(1651).map((e) => e.namespace)).toEqual(['exit', 'message']);
  });

  it('returns only the asked namespace', () => {
    expect(lookupCode(1603, 'message').map((e) => e.name)).toEqual(['file-held-in-use']);
    expect(lookupCode(1603, 'exit').map((e) => e.name)).toEqual(['ERROR_INSTALL_FAILURE']);
    expect(lookupCode(3010, 'message')).toEqual([]);
    expect(lookupCode(2503, 'exit')).toEqual([]);
  });

  it('returns one entry for a code known in one namespace, and none for an unknown code', () => {
    expect(lookupCode(2503)).toHaveLength(1);
    expect(lookupCode(3010)).toHaveLength(1);
    expect(lookupCode(1617)).toEqual([]);
    expect(lookupCode(-1)).toEqual([]);
  });

  it('returns the same frozen objects on every call', () => {
    expect(lookupCode(2503)[0]).toBe(lookupCode(2503)[0]);
    expect(Object.isFrozen(lookupCode(2503)[0])).toBe(true);
    expect(kbEntries()).toBe(kbEntries());
  });

  it('lists exit codes first, each namespace by code', () => {
    const all = kbEntries();
    const firstMessage = all.findIndex((e) => e.namespace === 'message');
    expect(all.slice(0, firstMessage).every((e) => e.namespace === 'exit')).toBe(true);
    expect(all.slice(firstMessage).every((e) => e.namespace === 'message')).toBe(true);
    for (let i = 1; i < all.length; i++) {
      const [a, b] = [all[i - 1]!, all[i]!];
      if (a.namespace === b.namespace) expect(a.code).toBeLessThan(b.code);
    }
  });
});
