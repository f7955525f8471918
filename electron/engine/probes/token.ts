/**
 * Token and UAC: who runs Installer Doctor, whether Administrators is enabled or deny-only (UAC's
 * filtered token), the integrity level by its SID, and the UAC policy values. All by SID and number.
 */
import type { TokenFacts } from '@shared/model/facts';
import type { Probe } from './types';
import { maybe, need, regNumber, SIDS } from './types';

const UAC_KEY = 'SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Policies\\System';

/** SE_GROUP_ENABLED and SE_GROUP_USE_FOR_DENY_ONLY. */
const ENABLED = 0x4;
const DENY_ONLY = 0x10;

const INTEGRITY: Record<string, TokenFacts['integrity']> = {
  'S-1-16-0': 'untrusted',
  'S-1-16-4096': 'low',
  'S-1-16-8192': 'medium',
  'S-1-16-8448': 'medium-plus',
  'S-1-16-12288': 'high',
  'S-1-16-16384': 'system',
};

export const tokenProbe: Probe<'token'> = {
  fact: 'token',
  checkId: 'token-uac',
  queries: () => [{ kind: 'token' }, { kind: 'registry', hive: 'HKLM', key: UAC_KEY }],
  parse(answers) {
    const t = need(answers, 0, 'token');
    const uacKey = maybe(answers, 1, 'registry');
    const admin = t.groups.find((g) => g.sid === SIDS.administrators);
    const adminGroup: TokenFacts['adminGroup'] = !admin
      ? 'absent'
      : (admin.attributes & DENY_ONLY) !== 0
        ? 'deny-only'
        : (admin.attributes & ENABLED) !== 0
          ? 'enabled'
          : 'deny-only';
    return {
      userSid: t.userSid,
      adminGroup,
      integritySid: t.integritySid,
      integrity: INTEGRITY[t.integritySid] ?? 'unknown',
      elevationType: t.elevationType === 2 ? 'full' : t.elevationType === 3 ? 'limited' : 'default',
      elevated: t.elevated,
      isSystem: t.userSid === SIDS.system,
      uac: uacKey
        ? {
            enableLua: regNumber(uacKey.values, 'EnableLUA'),
            consentPromptBehaviorAdmin: regNumber(uacKey.values, 'ConsentPromptBehaviorAdmin'),
            promptOnSecureDesktop: regNumber(uacKey.values, 'PromptOnSecureDesktop'),
          }
        : null,
      groups: t.groups.map((g) => ({ sid: g.sid, attributes: g.attributes })),
    };
  },
};
