/**
 * Another install holds Windows Installer (1618, or 1500 in the UI). We name the holder: the running
 * msiexec.exe and its package, or the open 1040 transaction and its client process. A transaction
 * with no 1042, no client left and no busy service is an install that was cut off: a restart clears it.
 */
import type { Check, FindingDraft } from './types';
import { draft, ev } from './types';

const HOLDING = new Set(['install', 'uninstall', 'repair', 'admin', 'patch', 'advertise']);
export const inProgressCheck: Check = {
  id: 'install-in-progress',
  run({ facts }) {
    const f = facts.inProgress;
    if (!f) return [];
    const holders = f.clients.filter((c) => HOLDING.has(c.action));
    const open = f.openTransaction;
    const evidence = [
      ...(f.serviceBusy !== null
        ? [ev('serviceBusy', `msiserver busy (not stoppable): ${String(f.serviceBusy)}`, 'service msiserver')]
        : []),
      ...f.clients.map((c) =>
        ev('process', `pid ${c.pid} (${c.action}) ${c.commandLine ?? ''}`, 'process msiexec.exe', { pid: c.pid }),
      ),
      ...(open
        ? [
            ev(
              'transaction',
              `1040 at ${open.time}: ${open.package}, client process ${open.clientPid ?? '?'} (${open.clientRunning ? 'running' : 'gone'}), ${open.ageMinutes} min ago`,
              'event 1040 without 1042',
            ),
          ]
        : []),
      ...(f.inProgressKey?.exists
        ? [
            ev(
              'inProgressKey',
              JSON.stringify(f.inProgressKey.values),
              'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Installer\\InProgress',
            ),
          ]
        : []),
    ];
    const out: FindingDraft[] = [];
    const active = f.serviceBusy === true || holders.length > 0 || (open !== null && open.clientRunning);
    if (active) {
      const holder = holders[0] ?? f.clients.find((c) => c.pid === open?.clientPid);
      const name =
        holder?.packagePath ?? open?.package ?? (holder ? `msiexec.exe (pid ${holder.pid})` : 'Windows Installer');
      out.push(
        draft(
          'install-in-progress',
          'error',
          f.serviceBusy === true || holders.length > 0 ? 'high' : 'medium',
          evidence,
          ['wait-for-install'],
          { holder: name, pid: holder?.pid ?? open?.clientPid ?? 0 },
        ),
      );
    } else if ((open !== null && !open.clientRunning) || f.inProgressKey?.exists === true) {
      const fixes = facts.pendingReboot?.pending ? (['restart-for-pending-renames'] as const) : ([] as const);
      out.push(
        draft('install-interrupted', 'warning', 'medium', evidence, [...fixes], { holder: open?.package ?? '' }),
      );
    }
    return out;
  },
};
