/**
 * The Windows Installer service. Disabled or missing gives 1601 ("The Windows Installer service could
 * not be accessed"); registered with another image path or account it starts wrongly or not at all.
 * Windows registers it as %SystemRoot%\system32\msiexec.exe /V, manual start, LocalSystem.
 */
import type { Check } from './types';
import { draft, ev } from './types';

const START: Record<number, string> = { 0: 'boot', 1: 'system', 2: 'automatic', 3: 'manual', 4: 'disabled' };
const STATE: Record<number, string> = {
  1: 'stopped',
  2: 'start pending',
  3: 'stop pending',
  4: 'running',
  5: 'continue pending',
  6: 'pause pending',
  7: 'paused',
};

export const msiserverCheck: Check = {
  id: 'msiserver',
  run({ facts }) {
    const s = facts.msiserver;
    if (!s) return [];
    const evidence = [
      ev(
        'service',
        `state ${s.state} (${STATE[s.state] ?? 'unknown'}), start type ${s.startType} (${START[s.startType] ?? 'unknown'})\nImagePath: ${s.imagePath || '(empty)'}\nObjectName: ${s.account || '(empty)'}`,
        'service msiserver, HKLM\\SYSTEM\\CurrentControlSet\\Services\\msiserver',
      ),
    ];
    if (!s.exists) return [draft('msiserver-missing', 'critical', 'high', evidence, ['reset-msiserver'])];
    if (s.startType === 4) return [draft('msiserver-disabled', 'error', 'high', evidence, ['reset-msiserver'])];
    if (!s.imagePathOk || !s.accountOk)
      return [
        draft('msiserver-misconfigured', 'error', 'high', evidence, ['reset-msiserver'], {
          imagePath: s.imagePath,
          account: s.account,
        }),
      ];
    return [];
  },
};
