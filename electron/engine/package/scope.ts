/**
 * Installation context and schema rules, from Microsoft's Windows Installer documentation:
 *   - "ALLUSERS property": not set -> per-user; 1 -> per-machine; 2 -> the installer picks and resets
 *     ALLUSERS to 1 or "" (on Windows 7+ by MSIINSTALLPERUSER).
 *   - "MSIINSTALLPERUSER property": only read when ALLUSERS is 2; "" requests per-machine, 1 per-user;
 *     ignored by Windows Installer 4.5 and earlier.
 *   - "Single Package Authoring": ALLUSERS=2 with MSIINSTALLPERUSER=1 marks a dual-purpose package.
 *   - "Page Count Summary property": the minimum installer version as major*100 + minor; a package
 *     whose schema is newer than the installed msi.dll fails with 1613 (ERROR_INSTALL_PACKAGE_VERSION).
 */
import type { ScopeInfo, WordCountFlags } from '@shared/model/package-info';

/** Property values as stored; null or "" both mean "not set" for Windows Installer. */
export function installScope(allUsers: string | null, msiInstallPerUser: string | null): ScopeInfo {
  const all = (allUsers ?? '').trim();
  const perUserRequested = (msiInstallPerUser ?? '').trim() !== '';
  if (all === '') return { scope: 'per-user', defaultContext: 'per-user', nonStandardAllUsers: false };
  if (all === '2') {
    return {
      scope: 'per-user-or-machine',
      defaultContext: perUserRequested ? 'per-user' : 'per-machine',
      nonStandardAllUsers: false,
    };
  }
  // Windows Installer tests ALLUSERS for being set and for the special value 2; any other non-empty
  // value ("1", but also "0" or "yes") gives a per-machine install.
  return { scope: 'per-machine', defaultContext: 'per-machine', nonStandardAllUsers: all !== '1' };
}

/** "Word Count Summary property" bits for an installation package (not for patches or transforms). */
export function decodeWordCount(wordCount: number): WordCountFlags {
  return {
    shortFileNames: (wordCount & 1) !== 0,
    compressed: (wordCount & 2) !== 0,
    administrativeImage: (wordCount & 4) !== 0,
    elevatedPrivilegesNotRequired: (wordCount & 8) !== 0,
  };
}

/** 500 -> "5.0", 405 -> "4.5", 301 -> "3.1" (the minor version is the remainder, not a decimal). */
export function schemaToInstallerVersion(schema: number): string {
  return `${Math.floor(schema / 100)}.${schema % 100}`;
}

/** "5.0.22621.2506" -> 500; null when the version does not start with major.minor numbers. */
export function installerVersionToSchema(version: string): number | null {
  const parts = version.trim().split('.');
  if (parts.length < 2) return null;
  const [major, minor] = parts.map((p) => (/^\d{1,5}$/u.test(p) ? Number(p) : NaN));
  if (major === undefined || minor === undefined || Number.isNaN(major) || Number.isNaN(minor)) return null;
  return major * 100 + minor;
}

/**
 * Whether a package with this schema can be installed by the given msi.dll version; false means
 * msiexec would fail with 1613. Null when the installed version is unreadable.
 */
export function isSchemaSupported(schema: number, installedMsiVersion: string): boolean | null {
  const installed = installerVersionToSchema(installedMsiVersion);
  return installed === null ? null : schema <= installed;
}
