/**
 * The canary suite (issue 6 "Done when", security.md 5.3 and F1): a bundle built by the production
 * code from a machine and logs full of planted private details holds none of them, in any entry's
 * content or name, as UTF-8, UTF-16LE, JSON-escaped or URL-encoded text; the private map is not in
 * the zip and holds every name it replaced.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { SimulatedHost } from '../host/simulated/simulated-host';
import { buildBundle, type BuiltBundle } from './build';
import { gatherBundleInputs } from './collect';
import { CANARY, canaryScenario, canaryUtf8Log, scanZip } from './testing/canaries';
import { readZip } from './zip';

const ALL = Object.values(CANARY);
let built: BuiltBundle;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'canary-'));
  const utf8Log = join(dir, `install-${CANARY.userApostrophe}.log`);
  writeFileSync(utf8Log, canaryUtf8Log(), 'utf8');
  const host = new SimulatedHost(canaryScenario());
  built = buildBundle(
    await gatherBundleInputs(host, {
      app: { name: 'Installer Doctor', version: '0.0.0-test' },
      lang: 'zh-CN',
      symptom: '2503',
      chosenLogs: [utf8Log],
    }),
  );
});

describe('planted canaries', () => {
  it('the bundle carries the logs, the scenario and the reports (so the scan below has material)', () => {
    const names = [...readZip(built.zip).keys()];
    expect(names).toEqual(
      expect.arrayContaining(['report.json', 'report.html', 'scenario.json', 'events.json', 'MANIFEST.json']),
    );
    expect(names.filter((n) => n.startsWith('logs/'))).toHaveLength(2);
    expect(built.withheld.filter((w) => w.reason === 'redaction-failed')).toEqual([]);
  });

  it('no canary survives in any entry, in any encoding, nor in any entry name', () => {
    expect(scanZip(built.zip, ALL)).toEqual([]);
  });

  it('the scanner does find canaries when they are there (it can fail)', () => {
    const planted = new Uint8Array(
      Buffer.from(
        `x ${CANARY.userApostrophe.replace("'", '%27')} ${Buffer.from(CANARY.userCjk, 'utf16le').toString('latin1')}`,
        'latin1',
      ),
    );
    const hits = scanZip(zipSync({ 'a.txt': planted, [`logs/${CANARY.host}.log`]: new Uint8Array(1) }), ALL);
    expect(hits.map((h) => `${h.canary}:${h.form}`)).toEqual(
      expect.arrayContaining([
        `${CANARY.userApostrophe}:escaped`,
        `${CANARY.userCjk}:utf-16le`,
        `${CANARY.host}:entry name`,
      ]),
    );
  });

  it('the private map stays out of the zip and names every pseudonymized canary, with no empty entries', () => {
    const map = built.privateMap;
    expect(map.every((e) => e.original.trim().length > 0 && e.pseudonym.trim().length > 0)).toBe(true);
    const originals = map.map((e) => e.original.toLowerCase());
    for (const c of [
      CANARY.userCjk,
      CANARY.userApostrophe,
      CANARY.host,
      CANARY.domain,
      CANARY.userSid,
      CANARY.otherSid,
      CANARY.email,
      CANARY.ipv4,
      CANARY.ipv6,
      CANARY.mac,
    ]) {
      expect(originals).toContain(c.toLowerCase());
    }
    for (const [name, bytes] of readZip(built.zip)) {
      expect(name).not.toMatch(/map/iu);
      const text = new TextDecoder().decode(bytes);
      expect(text).not.toContain('"original"');
    }
  });

  it('secrets are replaced, never pseudonymized (equal stand-ins would say which passwords are equal)', () => {
    expect(built.privateMap.map((e) => e.original)).not.toEqual(expect.arrayContaining([CANARY.password]));
    expect(built.totals['secret-property'] + built.totals['command-line-value']).toBeGreaterThan(0);
    expect(built.totals['hidden-property']).toBeGreaterThan(0);
  });
});
