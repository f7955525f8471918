/**
 * Shared planning for the two temp-folder repairs: recreate the folder when it is missing, move a
 * file that stands in its place aside (never delete it), and restore the default DACL. Backups: the
 * old DACL and owner are recorded in the journal; like icacls /save, this keeps the DACL only (not
 * the SACL or the integrity label), which the plan says.
 */
import type { Ace } from '../host/queries';
import type { WindowsHost } from '../host/windows-host';
import { ask, stamp } from './facts';
import { aclText, change } from './steps';
import type { BackupNote, PlanStep } from './types';

export interface TempRepair {
  steps: PlanStep[];
  backups: BackupNote[];
  /** What was wrong: missing, file, acl. */
  problem: 'missing' | 'file' | 'acl';
}

export async function planTempRepair(
  host: WindowsHost,
  path: string,
  desiredAcl: Ace[],
  aclIsBroken: (acl: Ace[] | null) => boolean,
  now: Date,
  opts: { elevated: boolean; ownerSid?: string },
): Promise<TempRepair | null> {
  const info = await ask(host, { kind: 'path', path });
  const elevated = opts.elevated;
  const setAcl = change(
    'set-acl',
    'fixes:step.setDefaultAcl',
    { path, acl: aclText(desiredAcl) },
    { kind: 'setAcl', path, acl: desiredAcl, ...(opts.ownerSid ? { ownerSid: opts.ownerSid } : {}), elevated },
    [],
  );
  const create = change(
    'create-folder',
    'fixes:step.createFolder',
    { path },
    { kind: 'createDirectory', path, elevated },
    [{ kind: 'removeEmptyDirectory', path, elevated }],
  );
  if (!info.exists) return { problem: 'missing', steps: [create, setAcl], backups: [] };
  if (info.type === 'file') {
    const aside = `${path}.installer-doctor-${stamp(now)}.bak`;
    const move = change(
      'move-aside',
      'fixes:step.moveAside',
      { path, aside },
      { kind: 'movePath', from: path, to: aside, elevated },
      [{ kind: 'movePath', from: aside, to: path, elevated }],
    );
    return {
      problem: 'file',
      steps: [move, create, setAcl],
      backups: [{ descriptionKey: 'fixes:backup.movedAside', params: { path, aside }, limitsKey: null }],
    };
  }
  if (!aclIsBroken(info.acl)) return null;
  const old = info.acl ?? [];
  const restore = {
    kind: 'setAcl' as const,
    path,
    acl: old,
    ...(info.ownerSid && opts.ownerSid ? { ownerSid: info.ownerSid } : {}),
    elevated,
  };
  const step = { ...setAcl, undo: [restore] };
  return {
    problem: 'acl',
    steps: [step],
    backups: [
      {
        descriptionKey: 'fixes:backup.acl',
        params: { path, acl: aclText(info.acl), owner: info.ownerSid ?? '' },
        limitsKey: 'fixes:backup.aclLimits',
      },
    ],
  };
}
