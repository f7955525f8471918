/**
 * repair-windows-temp: the 2503/2502 story. Windows Installer's server side (running as SYSTEM)
 * writes its scripts to C:\Windows\Temp; when SYSTEM cannot write there, or the folder is missing or
 * a file stands in its place, the install script cannot run (2503, then 1603).
 */
import type { FixDefinition } from './types';
import { ask, windowsDir } from './facts';
import { planTempRepair } from './temp-folder';
import { makePlan, refuse } from './steps';
import { SID, sidsCanWrite, WINDOWS_TEMP_DEFAULT_ACL } from './acl';
import type { Ace } from '../host/queries';

const broken = (acl: Ace[] | null): boolean =>
  !sidsCanWrite(acl, [SID.system]) ||
  !sidsCanWrite(acl, [SID.admins]) ||
  !sidsCanWrite(acl, [SID.users, SID.authUsers]);

export const repairWindowsTemp: FixDefinition = {
  id: 'repair-windows-temp',
  async plan({ host, targetFindings, now = new Date() }) {
    const path = `${await windowsDir(host)}\\Temp`;
    const repair = await planTempRepair(host, path, WINDOWS_TEMP_DEFAULT_ACL, broken, now, { elevated: true });
    if (!repair) return refuse('not-applicable', 'fixes:refusal.notApplicable');
    return {
      ok: true,
      plan: makePlan({
        fixId: 'repair-windows-temp',
        titleKey: 'fixes:repairWindowsTemp.title',
        descriptionKey: `fixes:repairWindowsTemp.description.${repair.problem}`,
        params: { path },
        adminReasonKey: 'fixes:admin.systemFolder',
        risk: 'low',
        riskKey: 'fixes:risk.tempAcl',
        backups: repair.backups,
        steps: repair.steps,
        verify: 'finding-gone',
        targetFindings: targetFindings ?? [],
      }),
    };
  },
  async check(host) {
    const info = await ask(host, { kind: 'path', path: `${await windowsDir(host)}\\Temp` });
    return info.type === 'directory' && !broken(info.acl);
  },
};
