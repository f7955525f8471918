/**
 * The package the user chose. Not an installer database at all (a web page or a ZIP saved as .msi):
 * 1619/1620. A truncated or broken compound file: 1620. On a share or EFS-encrypted: the service,
 * running as SYSTEM, may not read it (2755, 1603 per KB834484). Per-machine while the user is not
 * elevated: 1925. A schema newer than this Windows Installer: 1613.
 */
import type { Check, FindingDraft } from './types';
import { draft, ev } from './types';

export const packageCheck: Check = {
  id: 'package',
  run({ facts }) {
    const p = facts.package;
    if (!p) return [];
    const where = ev(
      'package',
      `${p.path}: ${p.exists ? `${p.size} bytes` : 'missing'}${p.isNetwork ? ', network' : ''}${p.isEncrypted ? ', EFS-encrypted' : ''}`,
      `path ${p.path}`,
      { path: p.path },
    );
    const params = {
      path: p.path,
      name:
        p.info?.properties?.ProductName ??
        p.info?.msiSummary?.productName ??
        p.path.slice(p.path.lastIndexOf('\\') + 1),
    };
    if (!p.exists || !p.readable)
      return [
        draft(
          'package-unreadable',
          'error',
          'high',
          [where, ev('package', p.readError ?? 'unreadable', 'file read')],
          [],
          params,
        ),
      ];
    const out: FindingDraft[] = [];
    const info = p.info;
    if (info) {
      const kind = ev(
        'packageKind',
        `${info.kind}${info.sniffedContent ? ` (${info.sniffedContent})` : ''}, ${info.byteLength} bytes${info.problems.length ? `; ${info.problems.map((x) => x.code).join(', ')}` : ''}`,
        'package contents',
      );
      if (
        info.kind === 'not-compound-file' ||
        info.kind === 'compound-not-msi' ||
        info.kind === 'msp' ||
        info.kind === 'mst'
      ) {
        out.push(
          draft('package-not-msi', 'critical', 'high', [where, kind], [], {
            ...params,
            kind: info.sniffedContent ?? info.kind,
          }),
        );
      } else if (info.kind === 'truncated' || info.kind === 'corrupt') {
        out.push(draft('package-damaged', 'error', 'high', [where, kind], [], params));
      }
      if (info.schemaSupported === false) {
        out.push(
          draft(
            'package-schema-too-new',
            'error',
            'high',
            [
              where,
              ev(
                'packageSchema',
                `schema ${info.msiSummary?.schema ?? '?'} needs Windows Installer ${info.msiSummary?.minimumInstallerVersion ?? '?'}; installed ${facts.system?.msiVersion ?? '?'}`,
                'Summary Information Page Count',
              ),
            ],
            [],
            {
              ...params,
              needed: info.msiSummary?.minimumInstallerVersion ?? '',
              installed: facts.system?.msiVersion ?? '',
            },
          ),
        );
      }
      const t = facts.token;
      if (info.scope?.defaultContext === 'per-machine' && t && !t.elevated && !t.isSystem) {
        out.push(
          draft(
            'package-needs-admin',
            'warning',
            'high',
            [
              where,
              ev(
                'packageScope',
                `ALLUSERS=${info.properties?.ALLUSERS ?? '(absent)'} MSIINSTALLPERUSER=${info.properties?.MSIINSTALLPERUSER ?? '(absent)'}: ${info.scope.scope}, installs ${info.scope.defaultContext}`,
                'Property table',
              ),
              ev('adminGroup', `S-1-5-32-544: ${t.adminGroup}, elevated ${String(t.elevated)}`, 'token'),
            ],
            ['elevated-install'],
            params,
          ),
        );
      }
    }
    if (p.isEncrypted) out.push(draft('package-encrypted', 'error', 'high', [where], [], params));
    if (p.isNetwork) out.push(draft('package-on-network', 'warning', 'medium', [where], [], params));
    return out;
  },
};
