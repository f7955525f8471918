/**
 * The bundle end to end on simulated machines: replay to the same top finding (issue 6 "Done when"),
 * never overwriting, withholding what cannot be decoded, clean entry names (F7), a manifest that
 * matches the zip, a report.html without script or external resources, and log caps at line ends.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BundleManifest, BundleReport } from '@shared/model/bundle';
import { diagnose } from '../diagnose/index';
import { builtinScenarioIds, loadScenario } from '../host/simulated/scenario-loader';
import { ScenarioSchema } from '../host/simulated/scenario-schema';
import { SimulatedHost } from '../host/simulated/simulated-host';
import { buildBundle, capText, type BuiltBundle } from './build';
import { gatherBundleInputs } from './collect';
import { BundlePreviews, entryText, saveBundle, summarize } from './preview';
import { OutputExistsError } from './save';
import { isCleanEntryName, readZip } from './zip';

const app = { name: 'Installer Doctor', version: '0.0.0-test' };
const tmp = () => mkdtempSync(join(tmpdir(), 'bundle-test-'));

async function bundleOf(
  scenarioId: string,
  extra: { chosenLogs?: string[] } = {},
): Promise<{ built: BuiltBundle; host: SimulatedHost }> {
  const host = new SimulatedHost(await loadScenario(scenarioId));
  return { host, built: buildBundle(await gatherBundleInputs(host, { app, lang: 'en', ...extra })) };
}

describe('replay', () => {
  for (const id of builtinScenarioIds()) {
    it(`a bundle made on "${id}" replays to the same top finding through diagnose --scenario FILE.zip`, async () => {
      const { built, host } = await bundleOf(id);
      const out = join(tmp(), 'support.zip');
      await saveBundle(built, out);
      const replayed = new SimulatedHost(await loadScenario(out));
      const [before, after] = await Promise.all([diagnose(host), diagnose(replayed)]);
      expect(before.findings.length).toBeGreaterThan(0);
      expect(after.findings[0]?.id).toBe(before.findings[0]?.id);
      expect(after.findings.map((f) => f.id)).toEqual(before.findings.map((f) => f.id));
      const scenario = ScenarioSchema.parse(
        JSON.parse(new TextDecoder().decode(readZip(built.zip).get('scenario.json'))),
      );
      expect(scenario.expect?.topFinding).toBe(before.findings[0]?.id);
      expect(scenario.machine.userName).toMatch(/^USER\d+$/u);
    });
  }
});

describe('the zip', () => {
  let built: BuiltBundle;
  let dir: string;
  beforeAll(async () => {
    dir = tmp();
    const legacy = join(dir, 'legacy-cp1252.log');
    writeFileSync(legacy, Buffer.from('Caf\xe9 C:\\Users\\secretname\\x\r\n', 'latin1'));
    const binary = join(dir, 'binary.log');
    writeFileSync(binary, Buffer.from([0x4d, 0x5a, 0x00, 0x00, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]));
    const good = join(dir, 'good.log');
    writeFileSync(good, 'MSI (s) (3C:40) [10:00:01:003]: Error 2503. Called RunScript when not marked in progress\n');
    const link = join(dir, 'link.log');
    symlinkSync(good, link);
    ({ built } = await bundleOf('standard-user-windows-temp-2503', {
      chosenLogs: [legacy, binary, good, join(dir, 'missing.log'), link],
    }));
  });

  it('withholds undecodable, binary and unreadable files and lists them in MANIFEST.json, never shipping them raw', () => {
    const manifest = BundleManifest.parse(
      JSON.parse(new TextDecoder().decode(readZip(built.zip).get('MANIFEST.json'))),
    );
    expect(manifest.withheld.map((w) => w.reason)).toEqual(
      expect.arrayContaining(['undecodable', 'binary', 'unreadable']),
    );
    expect(manifest.withheld.find((w) => w.name.endsWith('link.log'))).toMatchObject({
      reason: 'unreadable',
      detail: 'a symbolic link',
    });
    const all = [...readZip(built.zip).values()].map((b) => Buffer.from(b).toString('latin1')).join('\n');
    expect(all).not.toContain('Caf\xe9');
    expect(all).not.toContain('MZ\0\0');
    expect(all).not.toContain('secretname');
    expect([...readZip(built.zip).keys()].filter((n) => n.startsWith('logs/'))).toEqual(['logs/03-good.log']);
  });

  it('lists every file in MANIFEST.json with its true size and sha256', () => {
    const zip = readZip(built.zip);
    const manifest = BundleManifest.parse(JSON.parse(new TextDecoder().decode(zip.get('MANIFEST.json'))));
    expect(manifest.files.map((f) => f.name).sort()).toEqual(
      [...zip.keys()].filter((n) => n !== 'MANIFEST.json').sort(),
    );
    for (const f of manifest.files) {
      const bytes = zip.get(f.name) ?? new Uint8Array();
      expect(f.size).toBe(bytes.length);
      expect(f.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
  });

  it('has clean entry names only', () => {
    for (const name of readZip(built.zip).keys()) expect(isCleanEntryName(name), name).toBe(true);
    for (const bad of ['../x', '/etc/passwd', 'C:/x', 'a\\b', 'a/../b', 'a\u0000b', 'a\nb', 'a/./b', '', 'x\u202e.log'])
      expect(isCleanEntryName(bad), bad).toBe(false);
  });

  it('carries a report.json valid against its versioned schema', () => {
    const report = BundleReport.parse(JSON.parse(new TextDecoder().decode(readZip(built.zip).get('report.json'))));
    expect(report.schemaVersion).toBe(1);
    expect(report.findings[0]?.id).toBe('windows-temp-acl');
    expect(report.facts?.token?.userSid).toMatch(/^S-1-5-21-0-0-\d+-1001$/u);
  });

  it('carries a standalone report.html: no script, no external resource, localized', async () => {
    const html = new TextDecoder().decode(readZip(built.zip).get('report.html'));
    expect(html).toMatch(/^<!DOCTYPE html>/u);
    expect(html).not.toMatch(/<script|javascript:|\bsrc=|<link|@import|url\(|https?:\/\//iu);
    expect(html).toContain("default-src 'none'");
    const host = new SimulatedHost(await loadScenario('standard-user-windows-temp-2503'));
    const zh = buildBundle(await gatherBundleInputs(host, { app, lang: 'zh-TW' }));
    expect(new TextDecoder().decode(readZip(zh.zip).get('report.html'))).toContain('Installer Doctor 支援報告');
  });

  it('never overwrites an existing file, and leaves it untouched', async () => {
    const out = join(dir, 'exists.zip');
    writeFileSync(out, 'precious');
    await expect(saveBundle(built, out)).rejects.toBeInstanceOf(OutputExistsError);
    expect(readFileSync(out, 'utf8')).toBe('precious');
    const fresh = join(dir, 'fresh.zip');
    await saveBundle(built, fresh, { writeMap: true });
    expect(readFileSync(fresh).equals(Buffer.from(built.zip))).toBe(true);
    expect(existsSync(`${fresh}.private-map.json`)).toBe(true);
    await expect(saveBundle(built, fresh)).rejects.toBeInstanceOf(OutputExistsError);
  });

  it('previews exactly what saving writes: file list, sizes, counts, entry text', () => {
    const store = new BundlePreviews();
    const id = store.add(built);
    const preview = summarize(id, built);
    expect(preview.zipSize).toBe(built.zip.length);
    expect(preview.files.map((f) => f.name)).toEqual([...readZip(built.zip).keys()]);
    const text = entryText(built, 'report.json');
    expect(text?.text).toBe(new TextDecoder().decode(readZip(built.zip).get('report.json')));
    expect(entryText(built, '../etc/passwd')).toBeNull();
    expect(store.get(id)).toBe(built);
    expect(store.get('0'.repeat(32))).toBeNull();
  });
});

describe('capText', () => {
  it('keeps head and tail cut at line ends and says what it left out', () => {
    const text = Array.from({ length: 1000 }, (_, i) => `line ${i} PASSWORD=[REDACTED]`).join('\n');
    const { text: out, note } = capText(text, 200, 300);
    expect(out.length).toBeLessThan(700);
    expect(out.startsWith('line 0 ')).toBe(true);
    expect(out.endsWith('line 999 PASSWORD=[REDACTED]')).toBe(true);
    expect(out).toMatch(/Installer Doctor left out \d+ lines/u);
    expect(note).not.toBeNull();
    for (const l of out.split('\n')) expect(l).toMatch(/^line \d+ PASSWORD=\[REDACTED\]$|^\[\.\.\. Installer Doctor/u);
  });
});

describe('trimToLastLine', () => {
  it('cuts a truncated read after its last whole line, in UTF-16LE (even offsets) and UTF-8', async () => {
    const { trimToLastLine } = await import('./collect');
    const { decodeStrict } = await import('./redact/decode');
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('line one\r\nline two\r\n王小', 'utf16le')]);
    for (let cut = 3; cut <= le.length; cut++) {
      const d = decodeStrict(trimToLastLine(new Uint8Array(le.subarray(0, cut))));
      expect(d.ok, `cut ${cut}`).toBe(true);
      if (d.ok) expect(['', 'line one\r\n', 'line one\r\nline two\r\n']).toContain(d.text);
    }
    const u8 = Buffer.from('a\nb王\n王小', 'utf8');
    for (let cut = 0; cut <= u8.length; cut++)
      expect(decodeStrict(trimToLastLine(new Uint8Array(u8.subarray(0, cut)))).ok).toBe(true);
  });
});

describe('fail closed', () => {
  it('withholds a log whose redaction throws, and one whose redaction misses a name (the re-check catches it)', async () => {
    const { vi } = await import('vitest');
    const { Redactor } = await import('./redact/redactor');
    const dir = tmp();
    const boom = join(dir, 'boom.log');
    writeFileSync(boom, 'BOOM line\n');
    const missed = join(dir, 'missed.log');
    writeFileSync(missed, 'MISS C:\\Users\\alex\\AppData\n');
    const real = Redactor.prototype.redactText;
    const spy = vi.spyOn(Redactor.prototype, 'redactText').mockImplementation(function (
      this: InstanceType<typeof Redactor>,
      text,
      options,
    ) {
      if (text.startsWith('BOOM')) throw new Error('sanitizer failure');
      if (text.startsWith('MISS')) return { value: text, counts: real.call(this, '', options).counts };
      return real.call(this, text, options);
    });
    try {
      const { built } = await bundleOf('standard-user-windows-temp-2503', { chosenLogs: [boom, missed] });
      const names = [...readZip(built.zip).keys()];
      expect(names.filter((n) => n.startsWith('logs/'))).toEqual([]);
      expect(built.withheld.filter((w) => w.reason === 'redaction-failed').map((w) => w.name)).toEqual(
        expect.arrayContaining([expect.stringContaining('boom.log'), 'logs/02-missed.log']),
      );
      for (const bytes of readZip(built.zip).values())
        expect(Buffer.from(bytes).includes(Buffer.from('alex'))).toBe(false);
    } finally {
      spy.mockRestore();
    }
  });
});

describe('size limits', () => {
  it('cuts each log to head and tail, and withholds logs past the total as too large', async () => {
    const dir = tmp();
    const logs = [1, 2, 3].map((n) => {
      const path = join(dir, `big${n}.log`);
      writeFileSync(path, Array.from({ length: 2000 }, (_, i) => `log ${n} line ${i} C:\\Users\\alex\\x`).join('\r\n'));
      return path;
    });
    const host = new SimulatedHost(await loadScenario('healthy'));
    const inputs = await gatherBundleInputs(host, { app, lang: 'en', chosenLogs: logs, discoverLogs: false });
    const built = buildBundle(inputs, { totalLogBytes: 9000, headChars: 1000, tailChars: 3000 });
    const kept = built.entries.filter((e) => e.kind === 'log');
    expect(kept.map((e) => e.name)).toEqual(['logs/01-big1.log', 'logs/02-big2.log']);
    for (const e of kept) {
      expect(e.bytes.length).toBeLessThan(4500);
      expect(e.notes.some((n) => n.startsWith('cut:'))).toBe(true);
    }
    expect(built.withheld).toContainEqual(
      expect.objectContaining({ name: expect.stringContaining('big3.log'), reason: 'too-large' }),
    );
  });
});
