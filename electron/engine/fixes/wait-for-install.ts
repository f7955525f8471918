/**
 * wait-for-install: 1618 means another install holds the _MSIExecute mutex (msdocs
 * msiexecute-mutex.md). The plan names the holder (process id, package, account) and waits for it to
 * end, polling the process list, with progress; it never kills anything.
 */
import type { FixDefinition } from './types';
import { installHolders } from './holders';
import { makePlan, observe, refuse } from './steps';

const QUERY = 'Get-CimInstance -ClassName Win32_Process -Filter "Name=\'msiexec.exe\'"';

export const waitForInstallFix: FixDefinition = {
  id: 'wait-for-install',
  async plan({ host, targetFindings }) {
    const holders = await installHolders(host);
    if (holders.length === 0) return refuse('not-applicable', 'fixes:refusal.nothingRunning');
    const steps = holders.map((h, i) =>
      observe(
        `identify-${i + 1}`,
        'fixes:step.identifyHolder',
        { pid: h.pid, package: h.packagePath ?? '?', owner: h.ownerSid ?? '?' },
        QUERY,
      ),
    );
    steps.push(observe('wait', 'fixes:step.waitForHolder', { count: holders.length }, QUERY));
    return {
      ok: true,
      plan: makePlan({
        fixId: 'wait-for-install',
        titleKey: 'fixes:waitForInstall.title',
        descriptionKey: 'fixes:waitForInstall.description',
        params: { count: holders.length, pids: holders.map((h) => h.pid).join(', ') },
        risk: 'low',
        riskKey: 'fixes:risk.none',
        backups: [],
        steps,
        verify: 'finding-gone',
        targetFindings: targetFindings ?? [],
      }),
    };
  },
  async check(host) {
    return (await installHolders(host)).length === 0;
  },
};
