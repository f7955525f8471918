/**
 * enable-installer-logging: sets the machine policy Logging (REG_SZ, msdocs logging.md) so every
 * install writes a verbose MSI*.LOG to %TEMP% (used when /L is not given). Meant to be temporary:
 * revert with disable-installer-logging or undo. "+" and "*" are not allowed in the policy value.
 */
import type { FixDefinition } from './types';
import { INSTALLER_POLICY_KEY, backupNote, readValue, setValueStep, type RegistryTarget } from './registry-steps';
import { makePlan, refuse } from './steps';

export const LOGGING_TARGET: RegistryTarget = { hive: 'HKLM', key: INSTALLER_POLICY_KEY, name: 'Logging', view: '64' };
export const LOGGING_MODE = 'voicewarmupx';

export const enableInstallerLogging: FixDefinition = {
  id: 'enable-installer-logging',
  async plan({ host, targetFindings }) {
    const before = await readValue(host, LOGGING_TARGET);
    if (before.value?.data === LOGGING_MODE) return refuse('not-applicable', 'fixes:refusal.alreadyDone');
    const step = setValueStep(
      'set-logging',
      'fixes:step.setLoggingPolicy',
      LOGGING_TARGET,
      { type: 'REG_SZ', data: LOGGING_MODE },
      before,
    );
    return {
      ok: true,
      plan: makePlan({
        fixId: 'enable-installer-logging',
        titleKey: 'fixes:enableInstallerLogging.title',
        descriptionKey: 'fixes:enableInstallerLogging.description',
        params: { mode: LOGGING_MODE },
        adminReasonKey: 'fixes:admin.machinePolicy',
        risk: 'low',
        riskKey: 'fixes:risk.logging',
        backups: [backupNote(LOGGING_TARGET, before)],
        steps: [step],
        verify: 'finding-gone',
        undoNoteKey: 'fixes:undoNote.revertLogging',
        targetFindings: targetFindings ?? [],
      }),
    };
  },
  async check(host) {
    return (await readValue(host, LOGGING_TARGET)).value?.data === LOGGING_MODE;
  },
};
