/**
 * Registered products whose cached package (LocalPackage in C:\Windows\Installer) is gone: repair,
 * patching and uninstall then ask for the original source and fail with 1612 / 1635 (anchors 4.4).
 */
import type { Check } from './types';
import { draft, ev } from './types';

export const cachedPackagesCheck: Check = {
  id: 'cached-packages',
  run({ facts }) {
    const c = facts.cachedPackages;
    if (!c || c.missing.length === 0) return [];
    const first = c.missing[0];
    return [
      draft(
        'cached-package-missing',
        'error',
        'high',
        c.missing
          .slice(0, 10)
          .map((m) =>
            ev(
              'missingPackage',
              `${m.displayName ?? '(no name)'} ${m.displayVersion ?? ''} ${m.code} (${m.kind}, ${m.userSid}): ${m.localPackage ?? '(no LocalPackage value)'}`,
              'HKLM\\...\\Installer\\UserData',
              { product: m.displayName ?? m.code },
            ),
          ),
        ['missing-package-guidance'],
        { count: c.missing.length, product: first?.displayName ?? first?.code ?? '' },
      ),
    ];
  },
};
