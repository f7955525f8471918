/**
 * What the MsiInstaller event log says happened: recent failed installs and removals (product, time,
 * status code, the errors logged beside them), self-repair loops (1001/1004 again and again for one
 * product: a component's key file or registry value keeps going missing), and installs rejected by
 * software restriction or lockdown policy (1007/1008/1044, which surface as 1625).
 */
import type { RecentFailure } from '@shared/model/facts';
import type { Check, FindingDraft } from './types';
import { draft, ev } from './types';

const DAY_MS = 86_400_000;

function failureLine(f: RecentFailure): string {
  return `${f.time} ${f.action} ${f.product ?? '(unknown product)'} ${f.version ?? ''} status ${f.status ?? '?'}${f.messageCodes.length ? ` errors ${f.messageCodes.join(', ')}` : ''} (events ${f.eventIds.join(', ')})`;
}

export const eventLogCheck: Check = {
  id: 'event-log',
  run({ facts, now }) {
    const e = facts.events;
    if (!e) return [];
    const out: FindingDraft[] = [];
    const installs = e.failures.filter((f) => f.action !== 'uninstall');
    const removals = e.failures.filter((f) => f.action === 'uninstall');
    for (const [id, list] of [
      ['recent-install-failures', installs],
      ['recent-removal-failures', removals],
    ] as const) {
      const latest = list[0];
      if (!latest) continue;
      const recent = now - Date.parse(latest.time) < DAY_MS;
      out.push(
        draft(
          id,
          recent ? 'warning' : 'info',
          'high',
          list
            .slice(0, 8)
            .map((f) => ev('failure', failureLine(f), 'MsiInstaller events', { product: f.product ?? '' })),
          id === 'recent-install-failures'
            ? ['elevated-install', 'enable-installer-logging']
            : ['enable-installer-logging'],
          {
            count: list.length,
            product: latest.product ?? '',
            code: latest.status ?? latest.messageCodes[0] ?? '',
            time: latest.time,
          },
        ),
      );
    }
    const loops = e.selfRepair.filter((r) => r.count >= 2);
    if (loops.length > 0) {
      const top = loops[0];
      out.push(
        draft(
          'self-repair-loop',
          'warning',
          'high',
          loops
            .slice(0, 5)
            .map((r) =>
              ev(
                'selfRepair',
                `${r.productCode} feature ${r.feature ?? '?'} component ${r.component ?? '?'} resource ${r.resource ?? '?'}: ${r.count} times, last ${r.lastTime}`,
                'events 1001/1004',
              ),
            ),
          ['elevated-install'],
          {
            product: top?.productCode ?? '',
            count: top?.count ?? 0,
            resource: top?.resource ?? '',
          },
        ),
      );
    }
    if (e.policyBlocks.length > 0) {
      out.push(
        draft(
          'installs-blocked-by-policy',
          'error',
          'high',
          e.policyBlocks
            .slice(0, 5)
            .map((b) => ev('policyBlock', `event ${b.id} at ${b.time}: ${b.subject ?? ''}`, `event ${b.id}`)),
          [],
          { count: e.policyBlocks.length },
        ),
      );
    }
    return out;
  },
};
