/**
 * The reader against real packages from ../shared/corpus/msi (provenance in ../shared/corpus/SOURCES.tsv:
 * heaths/psmsi test data built with WiX 3.7, activescott/lessmsi test input built with WiX 3.8).
 * Expected values were read with this reader and cross-checked against the strings visible in the
 * files (`strings` over !_StringData and the summary stream); the files are read in place, never copied.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PackageInfo } from '@shared/model/package-info';
import { inspectPackage } from './index';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const corpus = resolve(repoRoot, '../shared/corpus/msi');
const present = existsSync(corpus);
if (!present) console.warn(`[package corpus] ${corpus} is absent: skipping the real-package tests.`);

const read = (name: string): PackageInfo => {
  const info = inspectPackage(new Uint8Array(readFileSync(resolve(corpus, name))), {
    installedMsiVersion: '5.0.22621.1',
  });
  return PackageInfo.parse(info);
};

// psmsi's Example.msi and NoWeight.msi are two builds of the same product.
const psmsiProduct = {
  ProductName: 'TEST',
  ProductCode: '{877EF582-78AF-4D84-888B-167FDC3BCC11}',
  ProductVersion: '1.0.0',
  Manufacturer: 'Microsoft Corporation',
  UpgradeCode: '{AC460ECB-9287-45F3-BF66-E464EDE4AAF2}',
  ALLUSERS: null,
  MSIINSTALLPERUSER: null,
};

describe.skipIf(!present)('real packages in ../shared/corpus/msi', () => {
  it('psmsi-Example.msi: WiX 3.7 package, CFB v4, schema 301, UAC-compliant per-user', () => {
    const info = read('psmsi-Example.msi');
    expect(info).toMatchObject({
      kind: 'msi',
      cfbMajorVersion: 4,
      properties: psmsiProduct,
      msiSummary: {
        packageCode: '{BB960DDA-CC6E-4B2C-8A89-F0344814A5B2}',
        productName: 'TEST',
        manufacturer: 'Microsoft Corporation',
        platforms: ['Intel'],
        languages: [1033],
        schema: 301,
        minimumInstallerVersion: '3.1',
        // Word Count 10: compressed + elevated privileges not required.
        wordCountFlags: {
          shortFileNames: false,
          compressed: true,
          administrativeImage: false,
          elevatedPrivilegesNotRequired: true,
        },
      },
      scope: { scope: 'per-user', defaultContext: 'per-user' },
      elevation: { customActionTableRead: true, deferredNoImpersonateActions: [] },
      schemaSupported: true,
      problems: [],
    });
    expect(info.summary?.creatingApplication).toBe('Windows Installer XML (3.7.1224.0)');
  });

  it('psmsi-NoWeight.msi: same product, its own package code', () => {
    const info = read('psmsi-NoWeight.msi');
    expect(info).toMatchObject({
      kind: 'msi',
      properties: psmsiProduct,
      msiSummary: { packageCode: '{758B52B5-0AC5-49DF-BBAD-C20F7D6C37FD}', schema: 301 },
      problems: [],
    });
  });

  it('lessmsi-msi_with_external_cab.msi: WiX 3.8 package, schema 200', () => {
    const info = read('lessmsi-msi_with_external_cab.msi');
    expect(info).toMatchObject({
      kind: 'msi',
      cfbMajorVersion: 4,
      properties: {
        ProductName: '~TestMSIWithExternalCab',
        ProductCode: '{F8771F32-1DE7-49B5-ADF4-1D0832A6F3B5}',
        ProductVersion: '1.0',
        Manufacturer: 'activescott',
        UpgradeCode: '{6C000DC3-C702-4E44-A94B-5A466FE5EB2D}',
        ALLUSERS: null,
      },
      msiSummary: {
        packageCode: '{50C6BF8E-827A-441B-97C0-9327AA3B3CDD}',
        schema: 200,
        minimumInstallerVersion: '2.0',
        wordCountFlags: { compressed: true, elevatedPrivilegesNotRequired: false },
      },
      scope: { scope: 'per-user' },
      problems: [],
    });
  });

  it('psmsi-Example.msp: recognised as a patch; its summary names the patch code and the target product', () => {
    const info = read('psmsi-Example.msp');
    expect(info).toMatchObject({
      kind: 'msp',
      rootClassId: '{000C1086-0000-0000-C000-000000000046}',
      msiSummary: null,
      properties: null,
      problems: [],
    });
    // "Revision Number Summary property" of a patch: the patch code; "Template": the target product codes.
    expect(info.summary?.revisionNumber).toBe('{FF63D787-26E2-49CA-8FAA-28B5106ABD3A}');
    expect(info.summary?.template).toBe('{877EF582-78AF-4D84-888B-167FDC3BCC11}');
  });

  it('psmsi-Example.jpn.mst: recognised as a transform (CFB v3) from language 1033 to 1041', () => {
    const info = read('psmsi-Example.jpn.mst');
    expect(info).toMatchObject({
      kind: 'mst',
      cfbMajorVersion: 3,
      rootClassId: '{000C1082-0000-0000-C000-000000000046}',
      properties: null,
      problems: [],
    });
    // For a transform, Template is the original package's platform;language, Last Saved By the new one.
    expect(info.summary?.template).toBe('Intel;1033');
    expect(info.summary?.lastSavedBy).toBe('Intel;1041');
  });

  it('every truncation of a real package is classified, never thrown', () => {
    const bytes = new Uint8Array(readFileSync(resolve(corpus, 'psmsi-Example.msi')));
    for (let len = 8; len < bytes.length; len += 97) {
      const info = inspectPackage(bytes.subarray(0, len));
      expect(info.problems.filter((p) => p.code === 'internal')).toEqual([]);
      // Before the last 4096-byte sector starts, the FAT names sectors the file no longer has.
      if (len <= bytes.length - 4096) expect(info.kind).toBe('truncated');
      else expect(['truncated', 'msi']).toContain(info.kind);
    }
  });
});
