/**
 * Cached packages: every product and patch registered under Installer\UserData must still have its
 * LocalPackage in C:\Windows\Installer, or repair, update and uninstall ask for the original source
 * (1612 / 1635). The same comparison as CSS-Exchange's Test-MissingMsiFiles.ps1.
 */
import type { Probe } from './types';
import { need } from './types';

/**
 * Unpacks a registry "packed GUID" (each group reversed, then the last two groups byte-swapped) into
 * the {XXXXXXXX-XXXX-...} form the user knows. Returns the input when it is not 32 hex digits.
 */
export function unpackGuid(packed: string): string {
  if (!/^[0-9a-f]{32}$/iu.test(packed)) return packed;
  const rev = (s: string) => [...s].reverse().join('');
  const swapPairs = (s: string) => (s.match(/../gu) ?? []).map((p) => rev(p)).join('');
  const p = packed.toUpperCase();
  return `{${rev(p.slice(0, 8))}-${rev(p.slice(8, 12))}-${rev(p.slice(12, 16))}-${swapPairs(p.slice(16, 20))}-${swapPairs(p.slice(20, 32))}}`;
}

export const cachedPackagesProbe: Probe<'cachedPackages'> = {
  fact: 'cachedPackages',
  checkId: 'cached-packages',
  queries: () => [{ kind: 'installerProducts' }],
  parse(answers) {
    const products = need(answers, 0, 'installerProducts').products;
    return {
      checked: products.length,
      missing: products
        .filter((p) => !p.localPackageExists)
        .map((p) => ({
          kind: p.kind,
          code: unpackGuid(p.packedCode),
          userSid: p.userSid,
          displayName: p.displayName,
          displayVersion: p.displayVersion,
          localPackage: p.localPackage,
        })),
    };
  },
};
