/**
 * restart-for-pending-renames: files waiting to be replaced at the next restart
 * (PendingFileRenameOperations, CBS RebootPending, WU RebootRequired) make installs ask for a restart
 * or fail. The only fix is the restart itself; shutdown /r /t 60 leaves a minute to save work (and
 * shutdown /a cancels it). A restart cannot be undone; the plan says so.
 */
import type { WindowsHost } from '../host/windows-host';
import type { FixDefinition } from './types';
import { ask } from './facts';
import { change, makePlan, refuse } from './steps';

const SESSION_MANAGER = 'SYSTEM\\CurrentControlSet\\Control\\Session Manager';
const CBS = 'SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Component Based Servicing\\RebootPending';
const WU = 'SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\WindowsUpdate\\Auto Update\\RebootRequired';

async function pending(host: WindowsHost): Promise<string[]> {
  const renames = await ask(host, {
    kind: 'registry',
    hive: 'HKLM',
    key: SESSION_MANAGER,
    name: 'PendingFileRenameOperations',
    view: '64',
  });
  const cbs = await ask(host, { kind: 'registry', hive: 'HKLM', key: CBS, view: '64' });
  const wu = await ask(host, { kind: 'registry', hive: 'HKLM', key: WU, view: '64' });
  const reasons: string[] = [];
  const list = renames.value?.data;
  if (Array.isArray(list) ? list.length > 0 : Boolean(list)) reasons.push('PendingFileRenameOperations');
  if (cbs.exists) reasons.push('Component Based Servicing\\RebootPending');
  if (wu.exists) reasons.push('WindowsUpdate\\Auto Update\\RebootRequired');
  return reasons;
}

export const restartForPendingRenames: FixDefinition = {
  id: 'restart-for-pending-renames',
  async plan({ host, targetFindings }) {
    const reasons = await pending(host);
    if (reasons.length === 0) return refuse('not-applicable', 'fixes:refusal.notApplicable');
    return {
      ok: true,
      plan: makePlan({
        fixId: 'restart-for-pending-renames',
        titleKey: 'fixes:restartForPendingRenames.title',
        descriptionKey: 'fixes:restartForPendingRenames.description',
        params: { reasons: reasons.join(', ') },
        risk: 'medium',
        riskKey: 'fixes:risk.restart',
        backups: [],
        steps: [change('restart', 'fixes:step.restart', { seconds: 60 }, { kind: 'restartComputer' }, null)],
        verify: 'finding-gone',
        undoNoteKey: 'fixes:undoNote.restart',
        targetFindings: targetFindings ?? [],
      }),
    };
  },
  async check(host) {
    return (await pending(host)).length === 0;
  },
};
