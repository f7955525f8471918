/**
 * Is an install running, and who holds it? Three locale-independent signals: msiserver not stoppable
 * (it accepts only SHUTDOWN during an install, per the _MSIExecute Mutex doc), msiexec.exe processes
 * and what their command lines do, and the newest MsiInstaller 1040 ("Beginning a Windows Installer
 * transaction: %1. Client Process Id: %2") without its 1042. Plus the InProgress registry key.
 */
import type { InProgressFacts } from '@shared/model/facts';
import type { AnswerOf } from '../host/queries';
import { MSI_EVENTS_QUERY } from './events';
import { MSISERVER_QUERY } from './msiserver';
import { parseMsiexecCommandLine } from './msiexec-cmdline';
import type { Probe } from './types';
import { maybe, need } from './types';

const IN_PROGRESS_KEY = 'SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Installer\\InProgress';

type Event = AnswerOf<'events'>['events'][number];

/**
 * The newest 1040 when no 1042 for the same (package, client pid) came after it. Older unmatched
 * 1040s are ignored: installs are serialized by the mutex, so a later transaction means they ended.
 * Exported for tests.
 */
export function openTransaction(events: readonly Event[]): Event | null {
  const key = (e: Event) => `${(e.data[0] ?? '').toLowerCase()}|${e.data[1] ?? e.processId ?? ''}`;
  const begins = events.filter((e) => e.id === 1040).sort((a, b) => b.time.localeCompare(a.time));
  const newest = begins[0];
  if (!newest) return null;
  const ended = events.some((e) => e.id === 1042 && e.time >= newest.time && key(e) === key(newest));
  return ended ? null : newest;
}

export const inProgressProbe: Probe<'inProgress'> = {
  fact: 'inProgress',
  checkId: 'install-in-progress',
  queries: () => [
    MSISERVER_QUERY,
    { kind: 'processes', imageName: 'msiexec.exe' },
    MSI_EVENTS_QUERY,
    { kind: 'registry', hive: 'HKLM', key: IN_PROGRESS_KEY },
  ],
  parse(answers, ctx) {
    const service = maybe(answers, 0, 'service');
    const processes = need(answers, 1, 'processes').processes;
    const events = maybe(answers, 2, 'events');
    const key = maybe(answers, 3, 'registry');
    const clients: InProgressFacts['clients'] = processes
      .map((p) => ({
        pid: p.pid,
        commandLine: p.commandLine,
        ownerSid: p.ownerSid,
        started: p.started,
        ...parseMsiexecCommandLine(p.commandLine),
      }))
      .filter((p) => p.action !== 'service');
    const open = events ? openTransaction(events.events) : null;
    const clientPid = open ? Number.parseInt(open.data[1] ?? '', 10) || open.processId : null;
    return {
      serviceBusy: service ? service.exists && service.state === 4 && !service.acceptsStop : null,
      clients,
      openTransaction: open
        ? {
            package: open.data[0] ?? '',
            clientPid,
            time: open.time,
            userSid: open.userSid,
            ageMinutes: Math.max(0, Math.round((ctx.now - Date.parse(open.time)) / 60_000)),
            clientRunning: clientPid !== null && processes.some((p) => p.pid === clientPid),
          }
        : null,
      inProgressKey: key
        ? {
            exists: key.exists,
            values: Object.fromEntries(Object.entries(key.values ?? {}).map(([n, v]) => [n, v.data])),
          }
        : null,
    };
  },
};
