/**
 * elevated-install: installs, repairs or reinstalls the chosen package as administrator (one UAC
 * prompt for msiexec.exe itself), always with a verbose log (/L*v) to a known path, then explains the
 * exit code and analyses the log: 0 done, 3010/1641 restart, 1602 cancelled, 1618 busy, 1603 with the
 * log's root cause, 1223 the user said No to UAC (declined, not a failure). An install cannot be
 * undone from here (uninstall it from Settings); the plan says so.
 */
import type { FixDefinition } from './types';
import { msiexecArgs } from '../host/live/msiexec-command';
import { checkPackage, logFolderSteps } from './install-steps';
import { change, makePlan } from './steps';

export const elevatedInstall: FixDefinition = {
  id: 'elevated-install',
  async plan({ host, packagePath, action = 'install', targetFindings, now = new Date() }) {
    const refusal = await checkPackage(host, packagePath);
    if (refusal || !packagePath)
      return refusal ?? { ok: false, reason: 'needs-package', messageKey: 'fixes:refusal.needsPackage' };
    const { steps, logPath } = await logFolderSteps(host, now);
    const args = msiexecArgs({ action, packagePath, logPath });
    steps.push(
      change(
        'run-msiexec',
        `fixes:step.msiexec.${action}`,
        { package: packagePath, log: logPath },
        { kind: 'runMsiexec', args, elevated: true, logPath },
        null,
      ),
    );
    return {
      ok: true,
      plan: makePlan({
        fixId: 'elevated-install',
        titleKey: 'fixes:elevatedInstall.title',
        descriptionKey: `fixes:elevatedInstall.description.${action}`,
        params: { package: packagePath, log: logPath },
        adminReasonKey: 'fixes:admin.install',
        risk: 'medium',
        riskKey: 'fixes:risk.install',
        backups: [],
        steps,
        verify: 'install-succeeded',
        undoNoteKey: 'fixes:undoNote.install',
        targetFindings: targetFindings ?? [],
        install: { packagePath, logPath, action },
      }),
    };
  },
};
