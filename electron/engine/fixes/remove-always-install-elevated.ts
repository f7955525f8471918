/**
 * remove-always-install-elevated: AlwaysInstallElevated (msdocs alwaysinstallelevated.md) lets every
 * user install any package as SYSTEM ("equivalent to granting full administrative rights"). Removing
 * the machine value alone switches it off (it must be 1 under BOTH keys); the user value is removed
 * too so that turning the machine value back on does not silently re-arm it. The user value is
 * changed without elevation (an elevated token may belong to another account).
 */
import type { FixDefinition, PlanStep, BackupNote } from './types';
import { INSTALLER_POLICY_KEY, backupNote, deleteValueStep, readValue, type RegistryTarget } from './registry-steps';
import { makePlan, refuse } from './steps';

const TARGETS: RegistryTarget[] = [
  { hive: 'HKLM', key: INSTALLER_POLICY_KEY, name: 'AlwaysInstallElevated', view: '64' },
  { hive: 'HKCU', key: INSTALLER_POLICY_KEY, name: 'AlwaysInstallElevated', view: '64' },
];

export const removeAlwaysInstallElevated: FixDefinition = {
  id: 'remove-always-install-elevated',
  async plan({ host, targetFindings }) {
    const steps: PlanStep[] = [];
    const backups: BackupNote[] = [];
    for (const t of TARGETS) {
      const before = await readValue(host, t);
      if (!before.value) continue;
      steps.push(
        deleteValueStep(
          `delete-${t.hive.toLowerCase()}`,
          `fixes:step.deleteAlwaysInstallElevated.${t.hive}`,
          t,
          before,
        ),
      );
      backups.push(backupNote(t, before));
    }
    if (steps.length === 0) return refuse('not-applicable', 'fixes:refusal.notApplicable');
    return {
      ok: true,
      plan: makePlan({
        fixId: 'remove-always-install-elevated',
        titleKey: 'fixes:removeAlwaysInstallElevated.title',
        descriptionKey: 'fixes:removeAlwaysInstallElevated.description',
        params: {},
        adminReasonKey: 'fixes:admin.machinePolicy',
        risk: 'medium',
        riskKey: 'fixes:risk.alwaysInstallElevated',
        backups,
        steps,
        verify: 'finding-gone',
        targetFindings: targetFindings ?? [],
      }),
    };
  },
  async check(host) {
    for (const t of TARGETS) if ((await readValue(host, t)).value?.data === 1) return false;
    return true;
  },
};
