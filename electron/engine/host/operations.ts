/**
 * The closed set of changes a fix may make to a machine. A fix never runs a free-form command: it asks
 * the host for one of these, the journal records the before-state first, and undo is another operation
 * of the same set. The LiveHost turns each into an exact command line (shown in the fix preview); the
 * SimulatedHost applies it to its model.
 */
import { z } from 'zod';
import { AceSchema, RegistryHive, RegistryValueSchema, RegistryView } from './queries';

const path = z.string().min(1).max(32_767);
/** Path operations: whether the live host must run them elevated (default: not under C:\Users). */
const elevated = z.boolean().optional();

export const HostOperation = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('createDirectory'), path, elevated }).strict(),
  /**
   * Removes a folder only when it is empty (rmdir semantics, never recursive): the undo of a
   * createDirectory. Done when the folder is already gone.
   */
  z.object({ kind: z.literal('removeEmptyDirectory'), path, elevated }).strict(),
  /**
   * Moves a file or folder aside (never deletes): undo moves it back. Idempotent: when `from` is gone
   * and `to` exists, the move already happened and the operation is done.
   */
  z.object({ kind: z.literal('movePath'), from: path, to: path, elevated }).strict(),
  /** Replaces the DACL of a path (icacls /restore on live; DACL only, see the backup notes). */
  z
    .object({ kind: z.literal('setAcl'), path, acl: z.array(AceSchema), ownerSid: z.string().optional(), elevated })
    .strict(),
  z
    .object({
      kind: z.literal('setRegistryValue'),
      hive: RegistryHive,
      key: z.string().max(1024),
      name: z.string().max(256),
      view: RegistryView,
      value: RegistryValueSchema,
    })
    .strict(),
  z
    .object({
      kind: z.literal('deleteRegistryValue'),
      hive: RegistryHive,
      key: z.string().max(1024),
      name: z.string().max(256),
      view: RegistryView,
    })
    .strict(),
  /** Deletes a key only when it has no values and no subkeys: the undo of a key a fix created. */
  z
    .object({
      kind: z.literal('deleteEmptyRegistryKey'),
      hive: RegistryHive,
      key: z.string().max(1024),
      view: RegistryView,
    })
    .strict(),
  /** ServiceStartMode numbers: 2 automatic, 3 manual, 4 disabled. */
  z
    .object({
      kind: z.literal('setServiceStartType'),
      name: z.string().max(256),
      startType: z.number().int().min(2).max(4),
    })
    .strict(),
  z
    .object({ kind: z.literal('setServiceImagePath'), name: z.string().max(256), imagePath: z.string().max(1024) })
    .strict(),
  /** Restores a snapshotted service configuration (sc.exe config start= binPath= obj=). */
  z
    .object({
      kind: z.literal('setServiceConfig'),
      name: z.string().max(256),
      startType: z.number().int().min(2).max(4),
      imagePath: z.string().max(1024),
      account: z.string().max(256),
    })
    .strict(),
  z
    .object({ kind: z.literal('controlService'), name: z.string().max(256), action: z.enum(['start', 'stop']) })
    .strict(),
  /** msiexec /unregister then /regserver. */
  z.object({ kind: z.literal('reregisterInstaller') }).strict(),
  /** Runs msiexec with arguments built by the msiexec command builder; elevated through UAC when asked. */
  z
    .object({
      kind: z.literal('runMsiexec'),
      args: z.array(z.string().max(32_767)).max(64),
      elevated: z.boolean(),
      logPath: path,
      /** Extra environment for this one process only (the one-off TEMP/TMP redirect). */
      env: z.record(z.string(), z.string()).optional(),
    })
    .strict(),
  z.object({ kind: z.literal('restartComputer') }).strict(),
]);
export type HostOperation = z.infer<typeof HostOperation>;

/** What an operation did. `declined` is the user saying no to UAC (1223): not a failure. */
export type OperationOutcome =
  | { status: 'done'; exitCode?: number; output?: string }
  | { status: 'declined' }
  | { status: 'failed'; error: string; exitCode?: number };
