/**
 * repair-user-temp: the user's %TEMP% (where msiexec's client side extracts and writes) is missing,
 * replaced by a file, or its DACL no longer lets the user write (2203, 1603). The repair returns it to
 * the ACL it inherits from its parent, as Windows creates it. Needs an administrator only when the
 * user does not own the folder (taking it back needs SeTakeOwnershipPrivilege).
 */
import type { FixDefinition } from './types';
import { ask, envValue } from './facts';
import { planTempRepair } from './temp-folder';
import { makePlan, refuse } from './steps';
import { inheritedFrom, sidsCanWrite } from './acl';

async function userTemp(host: Parameters<FixDefinition['plan']>[0]['host']) {
  const path = await envValue(host, 'TEMP');
  const token = await ask(host, { kind: 'token' });
  const sids = [
    token.userSid,
    ...token.groups.filter((g) => (g.attributes & 0x4) !== 0 && (g.attributes & 0x10) === 0).map((g) => g.sid),
  ];
  return { path, userSid: token.userSid, sids };
}

export const repairUserTemp: FixDefinition = {
  id: 'repair-user-temp',
  async plan({ host, targetFindings, now = new Date() }) {
    const { path, userSid, sids } = await userTemp(host);
    if (!path || !/^[a-z]:\\/iu.test(path))
      return refuse('not-applicable', 'fixes:refusal.notApplicable', 'TEMP is not set to a local folder.');
    const parent = path.slice(0, path.lastIndexOf('\\'));
    const parentInfo = await ask(host, { kind: 'path', path: parent });
    const info = await ask(host, { kind: 'path', path });
    const notOwner = info.exists && info.ownerSid !== null && info.ownerSid !== userSid;
    const desired = inheritedFrom(parentInfo.acl, userSid);
    const repair = await planTempRepair(host, path, desired, (acl) => !sidsCanWrite(acl, sids), now, {
      elevated: notOwner,
      ...(notOwner ? { ownerSid: userSid } : {}),
    });
    if (!repair) return refuse('not-applicable', 'fixes:refusal.notApplicable');
    return {
      ok: true,
      plan: makePlan({
        fixId: 'repair-user-temp',
        titleKey: 'fixes:repairUserTemp.title',
        descriptionKey: `fixes:repairUserTemp.description.${repair.problem}`,
        params: { path },
        adminReasonKey: 'fixes:admin.takeOwnership',
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
    const { path } = await userTemp(host);
    if (!path) return false;
    const test = await ask(host, { kind: 'writeTest', path });
    return test.canCreate && test.canWrite;
  },
};
