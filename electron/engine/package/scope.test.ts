import { describe, expect, it } from 'vitest';
import {
  decodeWordCount,
  installScope,
  installerVersionToSchema,
  isSchemaSupported,
  schemaToInstallerVersion,
} from './scope';

describe('installation context (Microsoft docs: "ALLUSERS property", "MSIINSTALLPERUSER property", "Single Package Authoring")', () => {
  const cases: Array<[string, string | null, string | null, string, string]> = [
    ['ALLUSERS property: not set -> per-user context', null, null, 'per-user', 'per-user'],
    ['ALLUSERS property: empty string -> per-user context', '', null, 'per-user', 'per-user'],
    ['ALLUSERS property: 1 -> per-machine context', '1', null, 'per-machine', 'per-machine'],
    ['MSIINSTALLPERUSER property: ignored unless ALLUSERS is 2', '1', '1', 'per-machine', 'per-machine'],
    ['MSIINSTALLPERUSER property: ignored when ALLUSERS is not set', null, '1', 'per-user', 'per-user'],
    [
      'ALLUSERS property (Windows 7): 2 with MSIINSTALLPERUSER "" -> per-machine',
      '2',
      '',
      'per-user-or-machine',
      'per-machine',
    ],
    [
      'ALLUSERS property (Windows 7): 2 without MSIINSTALLPERUSER -> per-machine',
      '2',
      null,
      'per-user-or-machine',
      'per-machine',
    ],
    [
      'Single Package Authoring: ALLUSERS=2 + MSIINSTALLPERUSER=1 -> dual-purpose, per-user by default',
      '2',
      '1',
      'per-user-or-machine',
      'per-user',
    ],
  ];
  it.each(cases)('%s', (_name, allUsers, perUser, scope, defaultContext) => {
    expect(installScope(allUsers, perUser)).toEqual({ scope, defaultContext, nonStandardAllUsers: false });
  });

  it('ALLUSERS property: a value other than "", 1 or 2 still installs per-machine, and is flagged', () => {
    expect(installScope('0', null)).toEqual({
      scope: 'per-machine',
      defaultContext: 'per-machine',
      nonStandardAllUsers: true,
    });
  });
});

describe('schema ("Page Count Summary property") versus installed Windows Installer (1613)', () => {
  it('maps schema to major.minor', () => {
    // WiX and the docs: 405 is Windows Installer 4.5 (minor 5), not 4.05.
    expect([200, 301, 405, 500].map(schemaToInstallerVersion)).toEqual(['2.0', '3.1', '4.5', '5.0']);
  });
  it('parses msi.dll versions', () => {
    expect(installerVersionToSchema('5.0.22621.2506')).toBe(500);
    expect(installerVersionToSchema('4.5.6001.22159')).toBe(405);
    expect(installerVersionToSchema('five')).toBeNull();
  });
  it('reports 1613 conditions', () => {
    expect(isSchemaSupported(500, '5.0.19041.1')).toBe(true);
    expect(isSchemaSupported(500, '4.5.6001.22159')).toBe(false);
    expect(isSchemaSupported(405, '4.5.6001.22159')).toBe(true);
    expect(isSchemaSupported(510, '5.0.26100.1')).toBe(false);
    expect(isSchemaSupported(200, 'garbage')).toBeNull();
  });
});

describe('Word Count Summary property bits', () => {
  it('decodes short names, compressed, admin image and elevated-privileges-not-required', () => {
    expect(decodeWordCount(0)).toEqual({
      shortFileNames: false,
      compressed: false,
      administrativeImage: false,
      elevatedPrivilegesNotRequired: false,
    });
    expect(decodeWordCount(10)).toEqual({
      shortFileNames: false,
      compressed: true,
      administrativeImage: false,
      elevatedPrivilegesNotRequired: true,
    });
    expect(decodeWordCount(5)).toEqual({
      shortFileNames: true,
      compressed: false,
      administrativeImage: true,
      elevatedPrivilegesNotRequired: false,
    });
  });
});
