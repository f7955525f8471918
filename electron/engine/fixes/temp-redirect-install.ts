/**
 * temp-redirect-install: runs ONE install with TEMP and TMP pointing at a fresh folder of the app's
 * own, for that msiexec process only (set in the launching PowerShell, never in the registry), then
 * removes the folder. No lasting change: the user's TEMP stays as it was. Runs unelevated, because an
 * elevated launch cannot carry an environment (security.md §2.5); Windows Installer asks for
 * elevation itself when the package needs it (basic UI, not /qn).
 */
import type { FixDefinition } from './types';
import { msiexecArgs } from '../host/live/msiexec-command';
import { stamp } from './facts';
import { checkPackage, logFolderSteps } from './install-steps';
import { change, makePlan } from './steps';

export const tempRedirectInstall: FixDefinition = {
  id: 'temp-redirect-install',
  async plan({ host, packagePath, action = 'install', targetFindings, now = new Date() }) {
    const refusal = await checkPackage(host, packagePath);
    if (refusal || !packagePath)
      return refusal ?? { ok: false, reason: 'needs-package', messageKey: 'fixes:refusal.needsPackage' };
    const { steps, appDir, logPath } = await logFolderSteps(host, now);
    const temp = `${appDir}\\Temp-${stamp(now)}`;
    steps.push(
      change(
        'temp-folder',
        'fixes:step.createRedirectFolder',
        { path: temp },
        { kind: 'createDirectory', path: temp, elevated: false },
        [{ kind: 'removeEmptyDirectory', path: temp, elevated: false }],
      ),
    );
    const args = msiexecArgs({ action, packagePath, logPath });
    steps.push(
      change(
        'run-msiexec',
        'fixes:step.msiexecRedirected',
        { package: packagePath, log: logPath, temp },
        { kind: 'runMsiexec', args, elevated: false, logPath, env: { TEMP: temp, TMP: temp } },
        null,
      ),
    );
    steps.push(
      change(
        'cleanup',
        'fixes:step.removeRedirectFolder',
        { path: temp },
        { kind: 'removeEmptyDirectory', path: temp, elevated: false },
        [],
      ),
    );
    return {
      ok: true,
      plan: makePlan({
        fixId: 'temp-redirect-install',
        titleKey: 'fixes:tempRedirectInstall.title',
        descriptionKey: 'fixes:tempRedirectInstall.description',
        params: { package: packagePath, temp, log: logPath },
        risk: 'low',
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
