/**
 * Pending restart, from the three places Windows records it (the same ones PSAppDeployToolkit's
 * Get-ADTPendingReboot reads): the Component Based Servicing RebootPending key, Windows Update's
 * Auto Update\RebootRequired key, and Session Manager's PendingFileRenameOperations, whose
 * (source, target) pairs with an empty target are deletions waiting for the restart.
 */
import type { PendingRebootFacts } from '@shared/model/facts';
import type { Probe } from './types';
import { maybe, ProbeFailure } from './types';

const CBS = 'SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Component Based Servicing\\RebootPending';
const WU = 'SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\WindowsUpdate\\Auto Update\\RebootRequired';
const SESSION_MANAGER = 'SYSTEM\\CurrentControlSet\\Control\\Session Manager';

/** Pairs of a REG_MULTI_SZ PendingFileRenameOperations; "\??\" prefixes are dropped for display. */
export function parseFileRenames(data: readonly string[]): NonNullable<PendingRebootFacts['fileRenames']> {
  // "!" marks a replace-existing target; "\??\" is the NT namespace prefix.
  const clean = (s: string) => s.replace(/^!/u, '').replace(/^\\\?\?\\/u, '');
  let count = 0;
  let deletes = 0;
  const samples: string[] = [];
  for (let i = 0; i < data.length; i += 2) {
    const source = data[i] ?? '';
    const target = data[i + 1] ?? '';
    if (!source) continue;
    count++;
    if (!target) deletes++;
    if (samples.length < 5)
      samples.push(target ? `${clean(source)} -> ${clean(target)}` : `${clean(source)} -> (delete)`);
  }
  return { count, deletes, samples };
}

export const pendingRebootProbe: Probe<'pendingReboot'> = {
  fact: 'pendingReboot',
  checkId: 'pending-reboot',
  queries: () => [
    { kind: 'registry', hive: 'HKLM', key: CBS },
    { kind: 'registry', hive: 'HKLM', key: WU },
    { kind: 'registry', hive: 'HKLM', key: SESSION_MANAGER, name: 'PendingFileRenameOperations' },
  ],
  parse(answers) {
    const cbs = maybe(answers, 0, 'registry');
    const wu = maybe(answers, 1, 'registry');
    const renames = maybe(answers, 2, 'registry');
    if (!cbs && !wu && !renames) {
      const first = answers.find((a) => !a.ok);
      throw new ProbeFailure(first && !first.ok ? first.error : 'none of the restart markers could be read');
    }
    const data = renames?.value?.data;
    const list = Array.isArray(data) ? data : typeof data === 'string' && data ? [data] : [];
    const fileRenames = renames ? parseFileRenames(list) : null;
    const cbsRebootPending = cbs ? cbs.exists : null;
    const wuRebootRequired = wu ? wu.exists : null;
    return {
      cbsRebootPending,
      wuRebootRequired,
      fileRenames,
      pending: cbsRebootPending === true || wuRebootRequired === true || (fileRenames?.count ?? 0) > 0,
    };
  },
};
