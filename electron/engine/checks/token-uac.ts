/**
 * Token and UAC. A standard user cannot install per-machine packages without an administrator's
 * credentials (1925, and 2503 when the install started without elevation); an administrator whose
 * token is filtered by UAC is in the same position until the install is started elevated.
 */
import type { TokenFacts } from '@shared/model/facts';
import type { Check, FindingDraft } from './types';
import { draft, ev } from './types';

function tokenEvidence(t: TokenFacts) {
  return [
    ev('adminGroup', `S-1-5-32-544: ${t.adminGroup}`, 'token groups'),
    ev(
      'integrity',
      `${t.integritySid} (${t.integrity}), elevation type ${t.elevationType}, elevated ${String(t.elevated)}`,
      'token',
    ),
  ];
}

export const tokenUacCheck: Check = {
  id: 'token-uac',
  run({ facts }) {
    const t = facts.token;
    if (!t || t.isSystem) return [];
    const out: FindingDraft[] = [];
    if (t.adminGroup === 'absent')
      out.push(draft('not-admin', 'warning', 'high', tokenEvidence(t), ['elevated-install']));
    else if (!t.elevated)
      out.push(draft('filtered-admin-token', 'info', 'high', tokenEvidence(t), ['elevated-install']));
    if (t.uac?.enableLua === 0) {
      out.push(
        draft(
          'uac-disabled',
          'warning',
          'high',
          [
            ev(
              'uac',
              `EnableLUA=0, ConsentPromptBehaviorAdmin=${t.uac.consentPromptBehaviorAdmin ?? 'default'}`,
              'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Policies\\System',
            ),
          ],
          [],
        ),
      );
    }
    return out;
  },
};
