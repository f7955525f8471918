/**
 * missing-package-guidance: a product's cached package in C:\Windows\Installer is gone (1612 "the
 * installation source is not available", or a repair asking for the original media). Nothing is
 * changed: the plan names each product, its version and the source it was installed from, and tells
 * the user to bring back the original .msi (same version) and repair from it. No msizap-style
 * cleanup (PRODUCT.md non-goals).
 */
import type { WindowsHost } from '../host/windows-host';
import type { FixDefinition, PlanStep } from './types';
import { ask } from './facts';
import { makePlan, observe, refuse } from './steps';

const USERDATA = 'SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Installer\\UserData';

export interface MissingPackage {
  productCode: string;
  name: string;
  version: string;
  localPackage: string;
  source: string;
}

export async function missingPackages(host: WindowsHost): Promise<MissingPackage[]> {
  const out: MissingPackage[] = [];
  const users = await ask(host, { kind: 'registry', hive: 'HKLM', key: USERDATA, view: '64' });
  for (const sid of users.subkeys ?? []) {
    const products = await ask(host, {
      kind: 'registry',
      hive: 'HKLM',
      key: `${USERDATA}\\${sid}\\Products`,
      view: '64',
    });
    for (const code of products.subkeys ?? []) {
      const props = await ask(host, {
        kind: 'registry',
        hive: 'HKLM',
        key: `${USERDATA}\\${sid}\\Products\\${code}\\InstallProperties`,
        view: '64',
      });
      const v = props.values ?? {};
      const localPackage = typeof v['LocalPackage']?.data === 'string' ? v['LocalPackage'].data : null;
      if (!localPackage) continue;
      const file = await ask(host, { kind: 'path', path: localPackage, acl: false });
      if (file.exists) continue;
      out.push({
        productCode: code,
        name: String(v['DisplayName']?.data ?? code),
        version: String(v['DisplayVersion']?.data ?? ''),
        localPackage,
        source: String(v['InstallSource']?.data ?? ''),
      });
    }
  }
  return out;
}

export const missingPackageGuidance: FixDefinition = {
  id: 'missing-package-guidance',
  async plan({ host, targetFindings }) {
    const missing = await missingPackages(host);
    if (missing.length === 0) return refuse('not-applicable', 'fixes:refusal.notApplicable');
    const steps: PlanStep[] = missing.flatMap((m, i) => [
      observe(
        `find-media-${i + 1}`,
        'fixes:step.findOriginalMedia',
        { product: m.name, version: m.version, source: m.source || '?', cached: m.localPackage },
        `Test-Path -LiteralPath '${m.localPackage}'`,
      ),
      observe(
        `repair-from-media-${i + 1}`,
        'fixes:step.repairFromMedia',
        { product: m.name, version: m.version },
        `msiexec.exe /fvomus "<${m.source || 'original media'}\\…msi>"`,
      ),
    ]);
    return {
      ok: true,
      plan: makePlan({
        fixId: 'missing-package-guidance',
        titleKey: 'fixes:missingPackageGuidance.title',
        descriptionKey: 'fixes:missingPackageGuidance.description',
        params: { count: missing.length },
        risk: 'low',
        riskKey: 'fixes:risk.none',
        backups: [],
        steps,
        verify: 'none',
        targetFindings: targetFindings ?? [],
      }),
    };
  },
};
