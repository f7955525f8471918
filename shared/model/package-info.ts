/**
 * What Installer Doctor learned by reading the package the user chose (electron/engine/package).
 * Checks use it for 1619 (not a package at all, e.g. an HTML page saved as .msi), 1620 (damaged),
 * 1613 (schema newer than the installed Windows Installer) and the per-user / per-machine questions
 * behind 1925 and 1730. Every field that comes from the file is nullable: hostile or odd files are
 * described as far as they can be read, never rejected as a whole.
 */
import { z } from 'zod';

/**
 * - msi / msp / mst: a Windows Installer database, patch or transform (told apart by the root
 *   storage's class id, with the streams as a fallback).
 * - not-compound-file: no MS-CFB signature; see `sniffedContent` for what it is instead.
 * - compound-not-msi: a valid compound file that is not an installer database (an Office .doc...).
 * - truncated: a compound file whose header or sectors run past the end of the bytes (an
 *   interrupted download).
 * - corrupt: a compound file whose structure is broken (cycles, impossible sizes, bad header).
 */
export const PackageKind = z.enum([
  'msi',
  'msp',
  'mst',
  'not-compound-file',
  'compound-not-msi',
  'truncated',
  'corrupt',
]);
export type PackageKind = z.infer<typeof PackageKind>;

/** What a file that is not a compound file looks like (only set for 'not-compound-file'). */
export const SniffedContent = z.enum(['html', 'zip', 'pe', 'text', 'empty', 'unknown']);
export type SniffedContent = z.infer<typeof SniffedContent>;

/** Why part of a file could not be read: machine-readable code plus an English detail for logs. */
export const PackageProblem = z.object({
  code: z.enum([
    'cfb-truncated',
    'cfb-corrupt',
    'summary-missing',
    'summary-corrupt',
    'string-pool-missing',
    'string-pool-corrupt',
    'tables-corrupt',
    'property-table-missing',
    'property-table-corrupt',
    'custom-action-table-corrupt',
    'too-large',
    'internal',
  ]),
  detail: z.string().max(2000),
});
export type PackageProblem = z.infer<typeof PackageProblem>;

/**
 * The Summary Information property set ("\u0005SummaryInformation", MS-OLEPS), raw values. What the
 * fields mean depends on the kind: see "Summary Information Stream Property Set" in the Windows
 * Installer docs (for a patch, Revision Number holds the patch code, for a transform the product codes).
 */
export const SummaryInformation = z.object({
  codepage: z.number().int().nullable(),
  title: z.string().nullable(),
  subject: z.string().nullable(),
  author: z.string().nullable(),
  keywords: z.string().nullable(),
  comments: z.string().nullable(),
  template: z.string().nullable(),
  lastSavedBy: z.string().nullable(),
  revisionNumber: z.string().nullable(),
  /** ISO-8601 UTC. */
  createTime: z.string().nullable(),
  lastSaveTime: z.string().nullable(),
  pageCount: z.number().int().nullable(),
  wordCount: z.number().int().nullable(),
  characterCount: z.number().int().nullable(),
  creatingApplication: z.string().nullable(),
  security: z.number().int().nullable(),
});
export type SummaryInformation = z.infer<typeof SummaryInformation>;

/** Word Count bits of an installation package ("Word Count Summary property"). */
export const WordCountFlags = z.object({
  shortFileNames: z.boolean(),
  compressed: z.boolean(),
  administrativeImage: z.boolean(),
  /** Bit 3: UAC-compliant package, installs without an elevation prompt (per-user on Vista+). */
  elevatedPrivilegesNotRequired: z.boolean(),
});
export type WordCountFlags = z.infer<typeof WordCountFlags>;

/** Summary Information read the way an installation package (.msi) defines it. */
export const MsiSummary = z.object({
  /** Revision Number: the package code GUID. */
  packageCode: z.string().nullable(),
  /** Subject: the product name shown by Windows Installer. */
  productName: z.string().nullable(),
  /** Author: the manufacturer. */
  manufacturer: z.string().nullable(),
  /** Template "platform;language,language": e.g. ["x64"] and [1033]. */
  platforms: z.array(z.string()),
  languages: z.array(z.number().int()),
  /** Page Count: minimum installer schema, major*100+minor (500 = Windows Installer 5.0). */
  schema: z.number().int().nullable(),
  /** "5.0" for schema 500, null when the schema is missing. */
  minimumInstallerVersion: z.string().nullable(),
  wordCountFlags: WordCountFlags.nullable(),
});
export type MsiSummary = z.infer<typeof MsiSummary>;

/** The Property table rows the checks need; null when the row is absent. */
export const PackageProperties = z.object({
  ProductName: z.string().nullable(),
  ProductCode: z.string().nullable(),
  ProductVersion: z.string().nullable(),
  Manufacturer: z.string().nullable(),
  UpgradeCode: z.string().nullable(),
  ALLUSERS: z.string().nullable(),
  MSIINSTALLPERUSER: z.string().nullable(),
});
export type PackageProperties = z.infer<typeof PackageProperties>;

/**
 * Installation context per the "ALLUSERS property", "MSIINSTALLPERUSER property" and "Single Package
 * Authoring" docs. `scope` is what the package was authored for; `defaultContext` is what Windows
 * Installer 5.0+ (Windows 7 and later) does when neither property is overridden on the command line.
 */
export const InstallScope = z.enum(['per-machine', 'per-user', 'per-user-or-machine']);
export type InstallScope = z.infer<typeof InstallScope>;
export const ScopeInfo = z.object({
  scope: InstallScope,
  defaultContext: z.enum(['per-machine', 'per-user']),
  /** ALLUSERS holds a value other than "", "1" or "2"; the installer treats it like "1". */
  nonStandardAllUsers: z.boolean(),
});
export type ScopeInfo = z.infer<typeof ScopeInfo>;

/** Hints that installing needs administrator rights, beyond the scope itself. */
export const ElevationHints = z.object({
  /** False when the CustomAction table exists but could not be read; a package without one has no actions. */
  customActionTableRead: z.boolean(),
  /** Deferred custom actions with msidbCustomActionTypeNoImpersonate: they run as LocalSystem. */
  deferredNoImpersonateActions: z.array(z.string()),
});
export type ElevationHints = z.infer<typeof ElevationHints>;

export const PackageInfo = z.object({
  kind: PackageKind,
  byteLength: z.number().int().nonnegative(),
  sniffedContent: SniffedContent.nullable(),
  /** MS-CFB major version (3: 512-byte sectors, 4: 4096) when the header was readable. */
  cfbMajorVersion: z.number().int().nullable(),
  /** Class id of the root storage, "{000C1084-0000-0000-C000-000000000046}" for an .msi. */
  rootClassId: z.string().nullable(),
  summary: SummaryInformation.nullable(),
  /** Only for kind 'msi'. */
  msiSummary: MsiSummary.nullable(),
  /** Only for kind 'msi' with a readable Property table. */
  properties: PackageProperties.nullable(),
  scope: ScopeInfo.nullable(),
  elevation: ElevationHints.nullable(),
  /** Set when the caller passed installedMsiVersion and the schema is known: false means 1613. */
  schemaSupported: z.boolean().nullable(),
  problems: z.array(PackageProblem),
});
export type PackageInfo = z.infer<typeof PackageInfo>;
