/**
 * Installer policies (learn.microsoft.com/windows/win32/msi/machine-policies and user-policies):
 * - DisableMSI 2 blocks every install, 1 blocks non-elevated per-user installs (1625).
 * - AlwaysInstallElevated set to 1 in BOTH hives lets any user install anything as SYSTEM: Microsoft
 *   "strongly discourages" it (alwaysinstallelevated.md). Set in one hive only, it does nothing.
 * - Debug with bit 0x4 (usually 7) writes command lines, hidden properties included, into logs.
 * - DisablePatch blocks patches (1625 for .msp); DisableRollback leaves half-installed products.
 * - Since the August 2025 update a repair by a standard user needs an administrator (1730, UAC prompts
 *   on self-repair) unless DisableLUAInRepair=1 or the product is on the SecureRepairWhitelist.
 */
import type { Check, CheckInput, FindingDraft } from './types';
import { draft, ev } from './types';

const KEY = 'HKLM\\Software\\Policies\\Microsoft\\Windows\\Installer';
const USER_KEY = 'HKCU\\Software\\Policies\\Microsoft\\Windows\\Installer';
const LOG_HELPS = new Set(['1603', 'unknown', 'window-flashes', 'self-repair', '2755', '1730', '2503']);

function secureRepair({ facts, symptom }: CheckInput): FindingDraft | null {
  const p = facts.policies;
  const t = facts.token;
  const sys = facts.system;
  if (!p || !t || sys?.secureRepairUpdate !== true || t.elevated || p.disableLuaInRepair === 1) return null;
  const whitelist = new Set(p.secureRepairWhitelist.map((c) => c.toUpperCase()));
  const all = facts.events?.selfRepair ?? [];
  const repairs = all.filter((r) => !whitelist.has(r.productCode.toUpperCase()));
  // Without repair events, the user's answer alone makes it a candidate; whitelisted repairs are exempt.
  const asked = (symptom === 'self-repair' || symptom === '1730') && all.length === 0;
  if (repairs.length === 0 && !asked) return null;
  const evidence = [
    ev('os', `build ${sys.build}.${sys.ubr ?? '?'}: the August 2025 repair hardening is installed`, 'os'),
    ev(
      'policyValue',
      `DisableLUAInRepair=${p.disableLuaInRepair ?? '(not set)'}, SecureRepairPolicy=${p.secureRepairPolicy ?? '(not set)'}, SecureRepairWhitelist=[${p.secureRepairWhitelist.join(', ')}]`,
      KEY,
    ),
    ...repairs
      .slice(0, 5)
      .map((r) =>
        ev(
          'selfRepair',
          `${r.productCode} feature ${r.feature ?? '?'} component ${r.component ?? '?'}: ${r.count} event(s), last ${r.lastTime}`,
          'events 1001/1004',
        ),
      ),
  ];
  return draft(
    'secure-repair-uac',
    repairs.length > 0 ? 'error' : 'warning',
    repairs.length > 0 ? 'high' : 'medium',
    evidence,
    ['elevated-install'],
    { product: repairs[0]?.productCode ?? '' },
  );
}

export const policiesCheck: Check = {
  id: 'installer-policies',
  run(input) {
    const p = input.facts.policies;
    if (!p) return [];
    const out: FindingDraft[] = [];
    if (p.disableMsi === 2 || p.disableMsi === 1) {
      out.push(
        draft(
          'disable-msi-policy',
          p.disableMsi === 2 ? 'critical' : 'warning',
          'high',
          [ev('policyValue', `DisableMSI=${p.disableMsi}`, KEY)],
          p.disableMsi === 1 ? ['elevated-install'] : [],
          { value: p.disableMsi },
        ),
      );
    }
    if (p.alwaysInstallElevated.effective) {
      out.push(
        draft(
          'always-install-elevated',
          'critical',
          'high',
          [ev('policyValue', 'AlwaysInstallElevated=1', KEY), ev('policyValue', 'AlwaysInstallElevated=1', USER_KEY)],
          ['remove-always-install-elevated'],
        ),
      );
    }
    if (p.debug !== null && (p.debug & 0x4) !== 0)
      out.push(
        draft(
          'debug-policy-secrets',
          'warning',
          'high',
          [ev('policyValue', `Debug=${p.debug}`, KEY)],
          ['disable-installer-logging'],
          { value: p.debug },
        ),
      );
    if (p.disablePatch === 1)
      out.push(draft('disable-patch-policy', 'warning', 'high', [ev('policyValue', 'DisablePatch=1', KEY)], []));
    if (p.disableUserInstalls === 1)
      out.push(draft('disable-user-installs', 'info', 'high', [ev('policyValue', 'DisableUserInstalls=1', KEY)], []));
    if (p.disableRollback.machine === 1 || p.disableRollback.user === 1) {
      out.push(
        draft(
          'disable-rollback-policy',
          'warning',
          'high',
          [
            ev(
              'policyValue',
              `DisableRollback machine=${p.disableRollback.machine ?? '-'} user=${p.disableRollback.user ?? '-'}`,
              KEY,
            ),
          ],
          [],
        ),
      );
    }
    const repair = secureRepair(input);
    if (repair) out.push(repair);
    if (p.logging)
      out.push(
        draft(
          'installer-logging-left-on',
          'info',
          'high',
          [ev('policyValue', `Logging=${p.logging}`, KEY)],
          ['disable-installer-logging'],
          { mode: p.logging },
        ),
      );
    else if (LOG_HELPS.has(input.symptom))
      out.push(
        draft(
          'installer-logging-off',
          'info',
          'high',
          [ev('policyValue', 'Logging (not set)', KEY)],
          ['enable-installer-logging'],
        ),
      );
    return out;
  },
};
