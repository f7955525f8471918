/**
 * reset-msiserver: the Windows Installer service (msiserver) disabled, pointing at the wrong image or
 * account, or unregistered (1601 "could not be accessed"). Sets the start type back to Manual, runs
 * msiexec /unregister then /regserver (the service is demand-start: Windows starts it for the next install). Backup: the service configuration (start type,
 * image path, account) is snapshotted in the journal and restored by undo with sc.exe config.
 */
import type { FixDefinition, PlanStep } from './types';
import { ask } from './facts';
import { change, makePlan, refuse } from './steps';

const DEFAULT_IMAGE = /\\system32\\msiexec\.exe"?\s+\/v$/iu;

export const resetMsiserver: FixDefinition = {
  id: 'reset-msiserver',
  async plan({ host, targetFindings }) {
    const svc = await ask(host, { kind: 'service', name: 'msiserver' });
    if (!svc.exists) return refuse('not-applicable', 'fixes:refusal.serviceMissing');
    const snapshot = {
      kind: 'setServiceConfig' as const,
      name: 'msiserver',
      startType: svc.startType >= 2 && svc.startType <= 4 ? svc.startType : 3,
      imagePath: svc.imagePath,
      account: svc.account,
    };
    const steps: PlanStep[] = [];
    if (svc.startType === 4)
      steps.push(
        change(
          'start-type',
          'fixes:step.serviceManual',
          { before: svc.startType },
          { kind: 'setServiceStartType', name: 'msiserver', startType: 3 },
          [{ kind: 'setServiceStartType', name: 'msiserver', startType: svc.startType }],
        ),
      );
    steps.push(
      change(
        'reregister',
        'fixes:step.reregister',
        { imagePath: svc.imagePath, account: svc.account },
        { kind: 'reregisterInstaller' },
        [snapshot],
      ),
    );
    return {
      ok: true,
      plan: makePlan({
        fixId: 'reset-msiserver',
        titleKey: 'fixes:resetMsiserver.title',
        descriptionKey: 'fixes:resetMsiserver.description',
        params: { startType: svc.startType, imagePath: svc.imagePath, account: svc.account },
        adminReasonKey: 'fixes:admin.service',
        risk: 'low',
        riskKey: 'fixes:risk.service',
        backups: [
          {
            descriptionKey: 'fixes:backup.service',
            params: { startType: svc.startType, imagePath: svc.imagePath, account: svc.account },
            limitsKey: 'fixes:backup.serviceLimits',
          },
        ],
        steps,
        verify: 'finding-gone',
        targetFindings: targetFindings ?? [],
      }),
    };
  },
  async check(host) {
    const svc = await ask(host, { kind: 'service', name: 'msiserver' });
    return (
      svc.exists &&
      svc.startType !== 4 &&
      DEFAULT_IMAGE.test(svc.imagePath) &&
      svc.account.toLowerCase() === 'localsystem'
    );
  },
};
