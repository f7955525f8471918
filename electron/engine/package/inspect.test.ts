import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PackageInfo } from '@shared/model/package-info';
import { inspectPackage } from './index';
import { buildMsi, type MsiDescription } from './testing/build-msi';
import { writeCompoundFile } from './testing/cfb-writer';
import { UNEXPECTED_PREFIX } from './cfb/reader';

/** The safety nets (try/catch in inspectPackage and the reader) must not be what handled the input. */
function expectNoBug(info: PackageInfo): void {
  PackageInfo.parse(info);
  for (const p of info.problems) {
    expect(p.code, p.detail).not.toBe('internal');
    expect(p.detail.includes(UNEXPECTED_PREFIX), p.detail).toBe(false);
  }
}

const base: MsiDescription = {
  productName: 'ExampleApp 1.4.2 (x64)',
  productCode: '{6B1F0C52-7E33-4C3B-9F0A-3D2E1C4B5A69}',
  version: '1.4.2',
  manufacturer: 'Example Corp',
  upgradeCode: '{0D6E4C1A-2B3F-4A5E-8C7D-9E0F1A2B3C4D}',
  allUsers: '1',
  schema: 500,
};

describe('inspectPackage on builder output', () => {
  for (const cfbVersion of [3, 4] as const) {
    for (const longStringRefs of [false, true]) {
      it(`round-trips summary and Property table (CFB v${cfbVersion}, ${longStringRefs ? '3' : '2'}-byte string refs)`, () => {
        const info = inspectPackage(
          buildMsi({ ...base, cfbVersion, longStringRefs, packageCode: '{AAAAAAAA-BBBB-CCCC-DDDD-EEEEEEEEEEEE}' }),
          { installedMsiVersion: '5.0.22621.1' },
        );
        expect(PackageInfo.parse(info)).toEqual(info);
        expect(info).toMatchObject({
          kind: 'msi',
          cfbMajorVersion: cfbVersion,
          rootClassId: '{000C1084-0000-0000-C000-000000000046}',
          msiSummary: {
            packageCode: '{AAAAAAAA-BBBB-CCCC-DDDD-EEEEEEEEEEEE}',
            productName: 'ExampleApp 1.4.2 (x64)',
            manufacturer: 'Example Corp',
            platforms: ['x64'],
            languages: [1033],
            schema: 500,
            minimumInstallerVersion: '5.0',
            wordCountFlags: { compressed: true, elevatedPrivilegesNotRequired: false },
          },
          properties: {
            ProductName: 'ExampleApp 1.4.2 (x64)',
            ProductCode: base.productCode,
            ProductVersion: '1.4.2',
            Manufacturer: 'Example Corp',
            UpgradeCode: base.upgradeCode,
            ALLUSERS: '1',
            MSIINSTALLPERUSER: null,
          },
          scope: { scope: 'per-machine', defaultContext: 'per-machine' },
          schemaSupported: true,
          problems: [],
        });
        expect(info.summary?.createTime).toBe('2024-01-01T00:00:00.000Z');
      });
    }
  }

  it('reads a Simplified Chinese (code page 936) package', () => {
    const info = inspectPackage(
      buildMsi({ ...base, productName: '示例应用 1.0', manufacturer: '示例公司', codepage: 936, languages: [2052] }),
    );
    expect(info.properties?.ProductName).toBe('示例应用 1.0');
    expect(info.msiSummary).toMatchObject({ productName: '示例应用 1.0', manufacturer: '示例公司', languages: [2052] });
    expect(info.summary?.codepage).toBe(936);
  });

  it('reads a UTF-8 (65001) package', () => {
    const info = inspectPackage(buildMsi({ ...base, manufacturer: 'Bücher GmbH', codepage: 65001 }));
    expect(info.properties?.Manufacturer).toBe('Bücher GmbH');
    expect(info.msiSummary?.manufacturer).toBe('Bücher GmbH');
  });

  it('derives a dual-purpose scope from ALLUSERS=2 + MSIINSTALLPERUSER=1', () => {
    const info = inspectPackage(buildMsi({ ...base, allUsers: '2', msiInstallPerUser: '1' }));
    expect(info.scope).toEqual({
      scope: 'per-user-or-machine',
      defaultContext: 'per-user',
      nonStandardAllUsers: false,
    });
  });

  it('flags a schema newer than the installed Windows Installer (1613)', () => {
    expect(inspectPackage(buildMsi(base), { installedMsiVersion: '4.5.6001.22159' }).schemaSupported).toBe(false);
    expect(inspectPackage(buildMsi(base)).schemaSupported).toBeNull();
  });

  it('lists deferred no-impersonate custom actions (they run as LocalSystem)', () => {
    const info = inspectPackage(
      buildMsi({
        ...base,
        customActions: [
          { action: 'WriteMachineConfig', type: 0x400 | 0x800 | 1, source: 'Helper', target: 'Write' },
          { action: 'ImpersonatedDeferred', type: 0x400 | 1, source: 'Helper', target: 'Other' },
          { action: 'Immediate', type: 51, source: 'PROP', target: 'x' },
        ],
      }),
    );
    expect(info.elevation).toEqual({
      customActionTableRead: true,
      deferredNoImpersonateActions: ['WriteMachineConfig'],
    });
  });

  it('classifies a compound file that is not an installer database', () => {
    const info = inspectPackage(
      writeCompoundFile([{ name: 'WordDocument', data: new Uint8Array(600) }], {
        rootClsid: '{00020906-0000-0000-C000-000000000046}',
      }),
    );
    expect(info.kind).toBe('compound-not-msi');
  });

  it('reports a database without a Property table as a problem, not a failure', () => {
    const info = inspectPackage(writeCompoundFile([], { rootClsid: '{000C1084-0000-0000-C000-000000000046}' }));
    expect(info.kind).toBe('msi');
    expect(info.properties).toBeNull();
    expect(info.problems.map((p) => p.code)).toEqual(['summary-missing', 'string-pool-missing']);
  });
});

describe('inspectPackage on hostile input', () => {
  const valid = buildMsi({ ...base, customActions: [{ action: 'A', type: 0xc01 }] });

  it('classifies every truncation of a valid package without throwing', () => {
    // Every cut point of the 512-byte-sector file (a cut inside trailing padding may still read fine).
    for (let len = 0; len < valid.length; len += 7) {
      const info = inspectPackage(valid.subarray(0, len));
      expectNoBug(info);
      if (len < 8) expect(info.kind).toBe('not-compound-file');
      // Up to the start of the last sector the FAT names sectors the file no longer has.
      else if (len <= valid.length - 512) expect(info.kind).toBe('truncated');
      else expect(['msi', 'truncated']).toContain(info.kind);
    }
  });

  it('never throws on random bytes, with or without a compound-file signature', () => {
    const signature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    fc.assert(
      fc.property(fc.boolean(), fc.uint8Array({ maxLength: 4096 }), (withSignature, tail) => {
        const info = inspectPackage(Uint8Array.from(withSignature ? [...signature, ...tail] : tail));
        expectNoBug(info);
        if (withSignature)
          expect(['truncated', 'corrupt', 'msi', 'msp', 'mst', 'compound-not-msi']).toContain(info.kind);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws when bytes of a valid package are corrupted anywhere', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(valid.length - 1), fc.nat(255)), { minLength: 1, maxLength: 16 }),
        fc.nat(valid.length),
        (edits, cut) => {
          const bytes = valid.slice(0, Math.max(cut, 8));
          for (const [at, v] of edits) if (at < bytes.length) bytes[at] = v;
          expectNoBug(inspectPackage(bytes));
        },
      ),
      { numRuns: 1000 },
    );
  });
});
