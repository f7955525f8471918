/**
 * Facts: what the probes learned about the machine, parsed from the host's answers into typed,
 * locale-independent values (SIDs, numbers, enum values). Checks read only these. Each probe fills
 * one key; a key is null when its probe could not run (the reason is in the report's probeErrors).
 * Raw values (ACL entries, registry data, event data) are kept so findings can show their evidence.
 */
import { z } from 'zod';
import { PackageInfo } from './package-info';

/** One access control entry: SID, numeric FileSystemRights mask, allow/deny, inheritance flags. */
export const AceFact = z.object({
  sid: z.string(),
  rights: z.number().int().nonnegative(),
  type: z.enum(['allow', 'deny']),
  inherited: z.boolean(),
  inheritance: z.number().int().min(0).max(3),
});
export type AceFact = z.infer<typeof AceFact>;

export const TokenFacts = z.object({
  userSid: z.string(),
  /** BUILTIN\Administrators (S-1-5-32-544) in the token: enabled, deny-only (UAC-filtered) or absent. */
  adminGroup: z.enum(['enabled', 'deny-only', 'absent']),
  /** Mandatory label: S-1-16-4096 low, 8192 medium, 8448 medium plus, 12288 high, 16384 system. */
  integritySid: z.string(),
  integrity: z.enum(['untrusted', 'low', 'medium', 'medium-plus', 'high', 'system', 'unknown']),
  /** TOKEN_ELEVATION_TYPE: default (no split token), full (elevated), limited (filtered). */
  elevationType: z.enum(['default', 'full', 'limited']),
  /** Whether Installer Doctor itself runs elevated. */
  elevated: z.boolean(),
  isSystem: z.boolean(),
  /** HKLM\...\Policies\System values (null when absent, which means the Windows default). */
  uac: z
    .object({
      enableLua: z.number().nullable(),
      consentPromptBehaviorAdmin: z.number().nullable(),
      promptOnSecureDesktop: z.number().nullable(),
    })
    .nullable(),
  groups: z.array(z.object({ sid: z.string(), attributes: z.number().int() })),
});
export type TokenFacts = z.infer<typeof TokenFacts>;

/** A folder the installer needs, compared with what Windows sets up by default. */
export const FolderFacts = z.object({
  /** The path as shown to the user (expanded). */
  path: z.string(),
  exists: z.boolean(),
  type: z.enum(['file', 'directory', 'missing']),
  attributes: z.number().int().nonnegative(),
  /** FILE_ATTRIBUTE_REPARSE_POINT (0x400): a junction or symbolic link. */
  isReparsePoint: z.boolean(),
  /** FILE_ATTRIBUTE_ENCRYPTED (0x4000): EFS. */
  isEncrypted: z.boolean(),
  isNetwork: z.boolean(),
  ownerSid: z.string().nullable(),
  acl: z.array(AceFact).nullable(),
  freeBytes: z.number().nonnegative().nullable(),
  /** The current user's real create/write/delete test, when one was made. */
  userWrite: z
    .object({
      canCreate: z.boolean(),
      canWrite: z.boolean(),
      canDelete: z.boolean(),
      errorCode: z.number().int().nullable(),
    })
    .nullable(),
  /** Whether LocalSystem (which runs the Windows Installer service) has full control; null without an ACL. */
  systemFullControl: z.boolean().nullable(),
  /** Default entries this folder lacks (SID and the rights Windows grants it by default). */
  missingDefaults: z.array(z.object({ sid: z.string(), rights: z.number().int() })),
  /** Deny entries that hit SYSTEM, Administrators, Users, Everyone, Authenticated Users or the user. */
  harmfulDenies: z.array(AceFact),
});
export type FolderFacts = z.infer<typeof FolderFacts>;

export const TempRisk = z.enum([
  'network',
  'too-long',
  'outside-profile',
  'tmp-differs',
  'reparse-point',
  'unexpanded',
  'root-of-drive',
]);
export type TempRisk = z.infer<typeof TempRisk>;

export const UserTempFacts = z.object({
  temp: z.object({ raw: z.string().nullable(), expanded: z.string().nullable() }),
  tmp: z.object({ raw: z.string().nullable(), expanded: z.string().nullable() }),
  userProfile: z.string().nullable(),
  folder: FolderFacts.nullable(),
  risks: z.array(TempRisk),
});
export type UserTempFacts = z.infer<typeof UserTempFacts>;

export const MsiServerFacts = z.object({
  exists: z.boolean(),
  /** ServiceControllerStatus: 1 stopped, 2 start pending, 3 stop pending, 4 running. */
  state: z.number().int(),
  /** ServiceStartMode: 2 automatic, 3 manual (Windows' default), 4 disabled. */
  startType: z.number().int(),
  imagePath: z.string(),
  imagePathOk: z.boolean(),
  account: z.string(),
  accountOk: z.boolean(),
  /** Running and not stoppable: an install holds the service (the _MSIExecute Mutex doc). */
  busy: z.boolean(),
  pid: z.number().int().nullable(),
});
export type MsiServerFacts = z.infer<typeof MsiServerFacts>;

const PolicyValue = z.union([z.number(), z.string(), z.array(z.string())]);

export const PolicyFacts = z.object({
  /** Every value under HKLM\Software\Policies\Microsoft\Windows\Installer, raw. */
  machine: z.record(z.string(), PolicyValue),
  /** Every value under HKCU\Software\Policies\Microsoft\Windows\Installer, raw. */
  user: z.record(z.string(), PolicyValue),
  disableMsi: z.number().nullable(),
  alwaysInstallElevated: z.object({
    machine: z.number().nullable(),
    user: z.number().nullable(),
    effective: z.boolean(),
  }),
  disableUserInstalls: z.number().nullable(),
  disableLuaInRepair: z.number().nullable(),
  disablePatch: z.number().nullable(),
  disableRollback: z.object({ machine: z.number().nullable(), user: z.number().nullable() }),
  secureRepairPolicy: z.number().nullable(),
  /** Product codes (upper-case braced GUIDs) listed under the SecureRepairWhitelist key. */
  secureRepairWhitelist: z.array(z.string()),
  logging: z.string().nullable(),
  debug: z.number().nullable(),
});
export type PolicyFacts = z.infer<typeof PolicyFacts>;

export const MsiexecAction = z.enum([
  'install',
  'uninstall',
  'repair',
  'admin',
  'patch',
  'advertise',
  'service',
  'other',
]);
export const InProgressFacts = z.object({
  /** From the msiserver answer: null when the service could not be read. */
  serviceBusy: z.boolean().nullable(),
  clients: z.array(
    z.object({
      pid: z.number().int(),
      commandLine: z.string().nullable(),
      ownerSid: z.string().nullable(),
      started: z.string().nullable(),
      action: MsiexecAction,
      packagePath: z.string().nullable(),
    }),
  ),
  /** The newest MsiInstaller 1040 ("Beginning a Windows Installer transaction") with no 1042 after it. */
  openTransaction: z
    .object({
      package: z.string(),
      clientPid: z.number().int().nullable(),
      time: z.string(),
      userSid: z.string().nullable(),
      ageMinutes: z.number(),
      clientRunning: z.boolean(),
    })
    .nullable(),
  /** HKLM\...\Installer\InProgress: present while an install is running or after one was cut off. */
  inProgressKey: z.object({ exists: z.boolean(), values: z.record(z.string(), PolicyValue) }).nullable(),
});
export type InProgressFacts = z.infer<typeof InProgressFacts>;

export const PendingRebootFacts = z.object({
  cbsRebootPending: z.boolean().nullable(),
  wuRebootRequired: z.boolean().nullable(),
  /** PendingFileRenameOperations: (source, target) pairs; an empty target deletes the source. */
  fileRenames: z
    .object({ count: z.number().int(), deletes: z.number().int(), samples: z.array(z.string()) })
    .nullable(),
  pending: z.boolean(),
});
export type PendingRebootFacts = z.infer<typeof PendingRebootFacts>;

export const RecentFailure = z.object({
  time: z.string(),
  product: z.string().nullable(),
  version: z.string().nullable(),
  action: z.enum(['install', 'uninstall', 'configure', 'update']),
  /** The final status (msiexec exit code namespace); null when only "failed" is known (11708 alone). */
  status: z.number().int().nullable(),
  /** Error-table messages seen around it (1925 from 11925, 2503 from 10005 ...). */
  messageCodes: z.array(z.number().int()),
  eventIds: z.array(z.number().int()),
});
export type RecentFailure = z.infer<typeof RecentFailure>;

export const EventFacts = z.object({
  windowDays: z.number().int(),
  eventCount: z.number().int(),
  failures: z.array(RecentFailure),
  selfRepair: z.array(
    z.object({
      productCode: z.string(),
      feature: z.string().nullable(),
      component: z.string().nullable(),
      resource: z.string().nullable(),
      count: z.number().int(),
      lastTime: z.string(),
    }),
  ),
  rebootRequests: z.array(
    z.object({
      time: z.string(),
      product: z.string().nullable(),
      type: z.number().int().nullable(),
      reason: z.number().int().nullable(),
    }),
  ),
  /** 1007/1008 (software restriction policy) and 1044 (lockdown policy) rejections. */
  policyBlocks: z.array(z.object({ id: z.number().int(), time: z.string(), subject: z.string().nullable() })),
});
export type EventFacts = z.infer<typeof EventFacts>;

export const CachedPackagesFacts = z.object({
  checked: z.number().int(),
  missing: z.array(
    z.object({
      kind: z.enum(['product', 'patch']),
      code: z.string(),
      userSid: z.string(),
      displayName: z.string().nullable(),
      displayVersion: z.string().nullable(),
      localPackage: z.string().nullable(),
    }),
  ),
});
export type CachedPackagesFacts = z.infer<typeof CachedPackagesFacts>;

export const ShellFolderProblem = z.enum(['empty', 'not-found', 'unexpanded', 'offline-network']);
export const ShellFolderFacts = z.object({
  folders: z.array(
    z.object({
      name: z.string(),
      raw: z.string().nullable(),
      expanded: z.string().nullable(),
      exists: z.boolean(),
      isNetwork: z.boolean(),
    }),
  ),
  problems: z.array(
    z.object({
      name: z.string(),
      raw: z.string().nullable(),
      expanded: z.string().nullable(),
      problem: ShellFolderProblem,
    }),
  ),
});
export type ShellFolderFacts = z.infer<typeof ShellFolderFacts>;

export const PackageFacts = z.object({
  path: z.string(),
  exists: z.boolean(),
  readable: z.boolean(),
  readError: z.string().nullable(),
  isNetwork: z.boolean(),
  isEncrypted: z.boolean(),
  size: z.number().nonnegative(),
  info: PackageInfo.nullable(),
});
export type PackageFacts = z.infer<typeof PackageFacts>;

export const SystemFacts = z.object({
  build: z.number().int(),
  ubr: z.number().int().nullable(),
  version: z.string(),
  productType: z.number().int(),
  is64Bit: z.boolean(),
  uiLocale: z.string(),
  /** Windows Installer (msi.dll) version. */
  msiVersion: z.string(),
  systemDrive: z.string(),
  systemDriveFreeBytes: z.number().nonnegative().nullable(),
  /** Whether the August 2025 Windows Installer repair hardening (CVE-2025-50173) is installed; null if unknown. */
  secureRepairUpdate: z.boolean().nullable(),
});
export type SystemFacts = z.infer<typeof SystemFacts>;

export const Facts = z.object({
  token: TokenFacts.nullable(),
  userTemp: UserTempFacts.nullable(),
  windowsTemp: FolderFacts.nullable(),
  installerFolder: FolderFacts.nullable(),
  msiserver: MsiServerFacts.nullable(),
  policies: PolicyFacts.nullable(),
  inProgress: InProgressFacts.nullable(),
  pendingReboot: PendingRebootFacts.nullable(),
  events: EventFacts.nullable(),
  cachedPackages: CachedPackagesFacts.nullable(),
  shellFolders: ShellFolderFacts.nullable(),
  /** Null when no package was chosen, or it could not be checked. */
  package: PackageFacts.nullable(),
  system: SystemFacts.nullable(),
});
export type Facts = z.infer<typeof Facts>;
export type FactKey = keyof Facts;
