/**
 * disable-installer-logging: the revert of enable-installer-logging. When this app enabled the
 * policy (a committed journal entry says so), the value and key are put back exactly as they were
 * before; otherwise the Logging value is removed, with its current value kept for undo.
 */
import type { HostOperation } from '../host/operations';
import type { FixDefinition } from './types';
import { INSTALLER_POLICY_KEY, backupNote, deleteValueStep, readValue, type RegistryTarget } from './registry-steps';
import { LOGGING_TARGET } from './enable-installer-logging';
import { change, makePlan, refuse } from './steps';

/** The Debug policy (msdocs debug.md): with 7, command-line properties are logged even when hidden. */
const DEBUG_TARGET: RegistryTarget = { hive: 'HKLM', key: INSTALLER_POLICY_KEY, name: 'Debug', view: '64' };

export const disableInstallerLogging: FixDefinition = {
  id: 'disable-installer-logging',
  async plan({ host, targetFindings, history = [] }) {
    const before = await readValue(host, LOGGING_TARGET);
    const debug = await readValue(host, DEBUG_TARGET);
    if (!before.value && !debug.value) return refuse('not-applicable', 'fixes:refusal.alreadyDone');
    const enabled = history.find((e) => e.fixId === 'enable-installer-logging' && e.state === 'committed');
    const recorded = enabled?.steps.find((s) => s.id === 'set-logging')?.undo;
    const redo: HostOperation[] = before.value
      ? [{ kind: 'setRegistryValue', ...LOGGING_TARGET, value: before.value }]
      : [];
    const steps = !before.value
      ? []
      : recorded && recorded.length > 0
        ? recorded.map((op, i) =>
            change(
              `restore-${i + 1}`,
              'fixes:step.restoreLoggingPolicy',
              { when: enabled?.createdAt ?? '' },
              op,
              i === 0 ? redo : [],
            ),
          )
        : [deleteValueStep('delete-logging', 'fixes:step.deleteLoggingPolicy', LOGGING_TARGET, before)];
    if (debug.value) steps.push(deleteValueStep('delete-debug', 'fixes:step.deleteDebugPolicy', DEBUG_TARGET, debug));
    return {
      ok: true,
      plan: makePlan({
        fixId: 'disable-installer-logging',
        titleKey: 'fixes:disableInstallerLogging.title',
        descriptionKey: recorded
          ? 'fixes:disableInstallerLogging.descriptionRestore'
          : 'fixes:disableInstallerLogging.description',
        params: {},
        adminReasonKey: 'fixes:admin.machinePolicy',
        risk: 'low',
        riskKey: 'fixes:risk.logging',
        backups: [backupNote(LOGGING_TARGET, before), ...(debug.value ? [backupNote(DEBUG_TARGET, debug)] : [])],
        steps,
        verify: 'finding-gone',
        targetFindings: targetFindings ?? [],
      }),
    };
  },
  async check(host) {
    return (
      (await readValue(host, LOGGING_TARGET)).value === null && (await readValue(host, DEBUG_TARGET)).value === null
    );
  },
};
