/**
 * A restart Windows is waiting for. Installs then fail or ask for a restart themselves (3010/1641,
 * "reboot prompts"), files stay locked until it happens, and files an uninstall could not delete are
 * queued in PendingFileRenameOperations ("left after uninstall" until the restart).
 */
import type { Check } from './types';
import { draft, ev } from './types';

export const pendingRebootCheck: Check = {
  id: 'pending-reboot',
  run({ facts }) {
    const r = facts.pendingReboot;
    if (!r?.pending) return [];
    const evidence = [
      ev(
        'rebootMarker',
        `CBS RebootPending: ${String(r.cbsRebootPending)}, Windows Update RebootRequired: ${String(r.wuRebootRequired)}`,
        'HKLM registry',
      ),
      ...(r.fileRenames && r.fileRenames.count > 0
        ? [
            ev(
              'fileRenames',
              `${r.fileRenames.count} pending (${r.fileRenames.deletes} deletions)\n${r.fileRenames.samples.join('\n')}`,
              'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Session Manager PendingFileRenameOperations',
              { count: r.fileRenames.count },
            ),
          ]
        : []),
      ...(facts.events?.rebootRequests ?? [])
        .slice(0, 3)
        .map((e) =>
          ev(
            'rebootRequest',
            `${e.time} ${e.product ?? ''} type ${e.type ?? '-'} reason ${e.reason ?? '-'}`,
            'event 1038/1029/1005',
          ),
        ),
    ];
    return [
      draft('pending-reboot', 'warning', 'high', evidence, ['restart-for-pending-renames'], {
        renames: r.fileRenames?.count ?? 0,
      }),
    ];
  },
};
