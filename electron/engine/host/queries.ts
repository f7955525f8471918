/**
 * The closed vocabulary of questions the engine may ask a Windows machine, and the shape of every
 * answer. Probes are written against these queries only, so the same probe runs on the LiveHost (which
 * answers a whole batch from ONE PowerShell process) and on the SimulatedHost (which answers from its
 * scenario model). Everything is locale-independent: SIDs, numbers and enum values, never display names.
 */
import { z } from 'zod';

const path = z.string().min(1).max(32_767);
export const RegistryHive = z.enum(['HKLM', 'HKCU', 'HKU', 'HKCR']);
export const RegistryView = z.enum(['64', '32']);
export const RegistryValueType = z.enum([
  'REG_SZ',
  'REG_EXPAND_SZ',
  'REG_DWORD',
  'REG_QWORD',
  'REG_MULTI_SZ',
  'REG_BINARY',
]);

export const HostQuery = z.discriminatedUnion('kind', [
  /** The process token of the user running the app: SIDs and attributes, integrity, elevation. */
  z.object({ kind: z.literal('token') }).strict(),
  /** OS build, Windows Installer version, UI locale (as a BCP-47 tag, not a display name). */
  z.object({ kind: z.literal('os') }).strict(),
  /** Environment variables of the current user, raw (unexpanded) and expanded. */
  z.object({ kind: z.literal('env'), names: z.array(z.string().min(1).max(64)).max(32) }).strict(),
  /** One registry value, or every value name and subkey of a key when `name` is omitted. */
  z
    .object({
      kind: z.literal('registry'),
      hive: RegistryHive,
      key: z.string().max(1024),
      name: z.string().max(256).optional(),
      view: RegistryView.default('64'),
    })
    .strict(),
  /**
   * Existence, type, attributes, size, owner and DACL of a path; free space of its volume. With
   * `expand`, %NAME% references are expanded in the current user's environment first (so "%TEMP%" is
   * checked in the same batch that reads TEMP).
   */
  z
    .object({ kind: z.literal('path'), path, acl: z.boolean().default(true), expand: z.boolean().default(false) })
    .strict(),
  /** Whether the current user can create, write and delete a file in a folder (a real test on live). */
  z.object({ kind: z.literal('writeTest'), path, expand: z.boolean().default(false) }).strict(),
  /** A service's state, start type, image path and account, read by numbers. */
  z.object({ kind: z.literal('service'), name: z.string().min(1).max(256) }).strict(),
  /** Running processes with a given image name, with command line and owner SID. */
  z.object({ kind: z.literal('processes'), imageName: z.string().min(1).max(260) }).strict(),
  /** Event log entries from one provider within a time window. */
  z
    .object({
      kind: z.literal('events'),
      log: z.string().max(64),
      provider: z.string().max(128),
      ids: z.array(z.number().int()).max(64),
      sinceDays: z.number().int().min(1).max(365),
    })
    .strict(),
  /** The version resource of a file (msi.dll, msiexec.exe). */
  z.object({ kind: z.literal('fileVersion'), path }).strict(),
  /** Files in a folder matching a simple wildcard (`MSI*.LOG`), newest first. */
  z
    .object({
      kind: z.literal('listFiles'),
      path,
      pattern: z.string().min(1).max(64),
      limit: z.number().int().min(1).max(500).default(50),
    })
    .strict(),
  /**
   * Every product and patch registered with Windows Installer (HKLM ...\Installer\UserData\<SID>\
   * Products\<packed code>\InstallProperties and ...\Patches\<packed code>), with its cached
   * LocalPackage and whether that file exists. One query, so checking the cache needs no second round.
   */
  z.object({ kind: z.literal('installerProducts') }).strict(),
  /**
   * The current user's shell folders by value name under HKCU ...\Explorer\User Shell Folders: the raw
   * value, its expansion, and whether the folder exists (what Windows Installer resolves; error 2103).
   */
  z.object({ kind: z.literal('shellFolders'), names: z.array(z.string().min(1).max(64)).min(1).max(32) }).strict(),
]);
export type HostQuery = z.input<typeof HostQuery>;
export type HostQueryParsed = z.output<typeof HostQuery>;

/** Access mask bits we reason about (FileSystemRights numeric values, not names). */
export const FileRights = {
  FullControl: 0x1f01ff,
  Modify: 0x1301bf,
  ReadAndExecute: 0x1200a9,
  Write: 0x116,
  GenericAll: 0x10000000,
} as const;

export const AceSchema = z.object({
  sid: z.string(),
  /** Numeric access mask. */
  rights: z.number().int().nonnegative(),
  type: z.enum(['allow', 'deny']),
  inherited: z.boolean().default(false),
  /** Object/container inherit flags as numbers (InheritanceFlags). */
  inheritance: z.number().int().min(0).max(3).default(3),
});
export type Ace = z.infer<typeof AceSchema>;

export const TokenGroupSchema = z.object({
  sid: z.string(),
  /** SE_GROUP_* attribute bits: 0x4 enabled, 0x10 deny-only, 0x20 integrity. */
  attributes: z.number().int().nonnegative(),
});

export const TokenAnswer = z.object({
  userSid: z.string(),
  groups: z.array(TokenGroupSchema),
  integritySid: z.string(),
  /** TOKEN_ELEVATION_TYPE: 1 default, 2 full, 3 limited. */
  elevationType: z.number().int().min(1).max(3),
  elevated: z.boolean(),
});
export const OsAnswer = z.object({
  build: z.number().int(),
  /** Update build revision (HKLM ...\Windows NT\CurrentVersion UBR): which monthly update is installed. */
  ubr: z.number().int().nonnegative().nullable().default(null),
  version: z.string(),
  productType: z.number().int(),
  uiLocale: z.string(),
  msiVersion: z.string(),
  is64Bit: z.boolean(),
});
export const EnvAnswer = z.object({
  values: z.record(z.string(), z.object({ raw: z.string().nullable(), expanded: z.string().nullable() })),
});
export const RegistryValueSchema = z.object({
  type: RegistryValueType,
  data: z.union([z.string(), z.number(), z.array(z.string())]),
});
export const RegistryAnswer = z.object({
  exists: z.boolean(),
  value: RegistryValueSchema.nullable(),
  values: z.record(z.string(), RegistryValueSchema).optional(),
  subkeys: z.array(z.string()).optional(),
});
export const PathAnswer = z.object({
  exists: z.boolean(),
  type: z.enum(['file', 'directory', 'missing']),
  /** FileAttributes numeric value (0x400 reparse point, 0x4000 encrypted, ...). */
  attributes: z.number().int().nonnegative(),
  size: z.number().nonnegative(),
  ownerSid: z.string().nullable(),
  /** The DACL; null when it was not asked for or could not be read (then `aclError` says why). */
  acl: z.array(AceSchema).nullable(),
  /**
   * Why `acl` is null although it was asked for: reading a DACL needs READ_CONTROL (or ownership), so a
   * standard token is refused on C:\Windows\Temp. Null when the DACL was read (or not asked for).
   */
  aclError: z
    .object({ status: z.enum(['denied', 'failed']), win32: z.number().int().nullable() })
    .nullable()
    .default(null),
  freeBytes: z.number().nonnegative().nullable(),
  isNetwork: z.boolean(),
  modified: z.string().nullable(),
});
export const WriteTestAnswer = z.object({
  canCreate: z.boolean(),
  canWrite: z.boolean(),
  canDelete: z.boolean(),
  errorCode: z.number().int().nullable(),
});
export const ServiceAnswer = z.object({
  exists: z.boolean(),
  /** ServiceControllerStatus numeric: 1 stopped, 2 start pending, 3 stop pending, 4 running. */
  state: z.number().int(),
  /** ServiceStartMode numeric: 2 automatic, 3 manual, 4 disabled. */
  startType: z.number().int(),
  imagePath: z.string(),
  account: z.string(),
  acceptsShutdown: z.boolean(),
  acceptsStop: z.boolean(),
  pid: z.number().int().nullable(),
});
export const ProcessSchema = z.object({
  pid: z.number().int(),
  parentPid: z.number().int().nullable(),
  name: z.string(),
  commandLine: z.string().nullable(),
  ownerSid: z.string().nullable(),
  started: z.string().nullable(),
});
export const ProcessesAnswer = z.object({ processes: z.array(ProcessSchema) });
export const EventSchema = z.object({
  id: z.number().int(),
  time: z.string(),
  level: z.number().int(),
  userSid: z.string().nullable(),
  data: z.array(z.string()),
  processId: z.number().int().nullable(),
});
export const EventsAnswer = z.object({ events: z.array(EventSchema) });
export const FileVersionAnswer = z.object({ exists: z.boolean(), version: z.string().nullable() });
export const ListFilesAnswer = z.object({
  files: z.array(z.object({ path: z.string(), size: z.number().nonnegative(), modified: z.string() })),
});
export const InstallerProductSchema = z.object({
  kind: z.enum(['product', 'patch']),
  /** The UserData SID the registration lives under (S-1-5-18 for per-machine). */
  userSid: z.string(),
  /** The packed (registry-form) product or patch code. */
  packedCode: z.string(),
  displayName: z.string().nullable(),
  displayVersion: z.string().nullable(),
  localPackage: z.string().nullable(),
  localPackageExists: z.boolean(),
});
export const InstallerProductsAnswer = z.object({ products: z.array(InstallerProductSchema) });
export const ShellFoldersAnswer = z.object({
  folders: z.array(
    z.object({
      name: z.string(),
      raw: z.string().nullable(),
      expanded: z.string().nullable(),
      exists: z.boolean(),
      isNetwork: z.boolean(),
    }),
  ),
});

/** The answer schema for each query kind: the LiveHost parses PowerShell's JSON with these. */
export const answerSchemas = {
  token: TokenAnswer,
  os: OsAnswer,
  env: EnvAnswer,
  registry: RegistryAnswer,
  path: PathAnswer,
  writeTest: WriteTestAnswer,
  service: ServiceAnswer,
  processes: ProcessesAnswer,
  events: EventsAnswer,
  fileVersion: FileVersionAnswer,
  listFiles: ListFilesAnswer,
  installerProducts: InstallerProductsAnswer,
  shellFolders: ShellFoldersAnswer,
} as const;

export type QueryKind = keyof typeof answerSchemas;
export type AnswerOf<K extends QueryKind> = z.infer<(typeof answerSchemas)[K]>;
export type QueryOf<K extends QueryKind> = Extract<HostQueryParsed, { kind: K }>;

/**
 * Why a query has no answer. `denied`: Windows refused this token (the Win32 error it returned, usually
 * 5 ERROR_ACCESS_DENIED); the thing may well exist, an administrator could look. `failed`: anything else
 * (a timeout, PowerShell blocked, an unexpected shape). "Absent" is not a failure: it is an answer whose
 * `exists` is false. No answer is ever silently empty.
 */
export type QueryFailureStatus = 'denied' | 'failed';

/** One answered query: either the answer or why it could not be answered. Never thrown. */
export type QueryOutcome<K extends QueryKind = QueryKind> = {
  [P in K]:
    | { ok: true; kind: P; answer: AnswerOf<P>; raw?: unknown }
    | { ok: false; kind: P; status: QueryFailureStatus; win32: number | null; error: string };
}[K];

/** Win32 ERROR_ACCESS_DENIED. */
export const ERROR_ACCESS_DENIED = 5;

/** A query that went wrong for a reason other than access (see QueryFailureStatus). */
export function queryFailed<K extends QueryKind>(kind: K, error: string, win32: number | null = null): QueryOutcome {
  return { ok: false, kind, status: 'failed', win32, error } as QueryOutcome;
}

/** A query Windows refused for this token. */
export function queryDenied<K extends QueryKind>(
  kind: K,
  error = 'access denied',
  win32: number = ERROR_ACCESS_DENIED,
): QueryOutcome {
  return { ok: false, kind, status: 'denied', win32, error } as QueryOutcome;
}
