/**
 * The folders Windows Installer writes to. C:\Windows\Temp must be a folder where SYSTEM has full
 * control (the service and elevated custom actions write there; without it the install script cannot
 * start: 2503/2502, then 1603). The user's %TEMP% must exist and be writable (1632 "The Temp folder is
 * either full or inaccessible"); on a share or very long it breaks installs in quieter ways.
 * C:\Windows\Installer is the cache: gone or re-secured, every installed product loses its package.
 */
import type { FolderFacts } from '@shared/model/facts';
import { formatAce } from '../probes/folder';
import type { Check, FindingDraft } from './types';
import { draft, ev } from './types';

export function folderEvidence(f: FolderFacts, source: string) {
  const list = [
    ev(
      'folder',
      `${f.path}: ${f.type}${f.isReparsePoint ? ', reparse point' : ''}${f.isNetwork ? ', network' : ''}, owner ${f.ownerSid ?? 'unknown'}`,
      source,
      { path: f.path },
    ),
  ];
  if (f.acl) list.push(ev('acl', f.acl.map(formatAce).join('\n') || '(empty DACL)', source, { path: f.path }));
  if (f.missingDefaults.length > 0)
    list.push(
      ev(
        'missingDefaults',
        f.missingDefaults.map((d) => `${d.sid} 0x${d.rights.toString(16).toUpperCase()}`).join('\n'),
        source,
      ),
    );
  if (f.harmfulDenies.length > 0) list.push(ev('denies', f.harmfulDenies.map(formatAce).join('\n'), source));
  if (f.userWrite)
    list.push(
      ev(
        'writeTest',
        `create ${String(f.userWrite.canCreate)}, write ${String(f.userWrite.canWrite)}, delete ${String(f.userWrite.canDelete)}${f.userWrite.errorCode !== null ? `, Win32 error ${f.userWrite.errorCode}` : ''}`,
        `write test in ${f.path}`,
      ),
    );
  return list;
}

export const userTempCheck: Check = {
  id: 'user-temp',
  run({ facts }) {
    const u = facts.userTemp;
    if (!u) return [];
    const vars = ev(
      'tempVariables',
      `TEMP=${u.temp.raw ?? '(not set)'} -> ${u.temp.expanded ?? '(none)'}\nTMP=${u.tmp.raw ?? '(not set)'} -> ${u.tmp.expanded ?? '(none)'}`,
      'HKCU\\Environment and the process environment',
    );
    const f = u.folder;
    const path = u.temp.expanded ?? u.temp.raw ?? '%TEMP%';
    const fixes = ['repair-user-temp', 'temp-redirect-install'] as const;
    const out: FindingDraft[] = [];
    if (!f || !f.exists || f.type !== 'directory') {
      out.push(
        draft(
          'user-temp-missing',
          'error',
          'high',
          [vars, ...(f ? folderEvidence(f, 'path %TEMP%') : [])],
          [...fixes],
          { path },
        ),
      );
      return out;
    }
    const evidence = [vars, ...folderEvidence(f, 'path %TEMP%')];
    if (f.userWrite && !(f.userWrite.canCreate && f.userWrite.canWrite))
      out.push(draft('user-temp-not-writable', 'error', 'high', evidence, [...fixes], { path }));
    else if (f.systemFullControl === false)
      out.push(draft('user-temp-system-access', 'warning', 'medium', evidence, ['repair-user-temp'], { path }));
    const risks = u.risks.filter((r) => r !== 'tmp-differs' || u.risks.length > 1);
    if (risks.length > 0) {
      out.push(
        draft(
          'user-temp-risky-path',
          'warning',
          risks.includes('network') || risks.includes('unexpanded') ? 'medium' : 'low',
          [vars, ev('tempRisks', risks.join(', '), 'TEMP/TMP values')],
          ['temp-redirect-install', 'repair-user-temp'],
          { path, risks: risks.join(', ') },
        ),
      );
    }
    return out;
  },
};

export const windowsTempCheck: Check = {
  id: 'windows-temp',
  run({ facts }) {
    const f = facts.windowsTemp;
    if (!f) return [];
    const evidence = folderEvidence(f, `path ${f.path}`);
    if (!f.exists || f.type !== 'directory')
      return [
        draft('windows-temp-missing', 'critical', 'high', evidence, ['repair-windows-temp'], {
          path: f.path,
          type: f.type,
        }),
      ];
    const broken = f.systemFullControl === false || f.harmfulDenies.length > 0;
    if (broken)
      return [draft('windows-temp-acl', 'error', 'high', evidence, ['repair-windows-temp'], { path: f.path })];
    if (f.missingDefaults.length > 0)
      return [draft('windows-temp-acl', 'warning', 'medium', evidence, ['repair-windows-temp'], { path: f.path })];
    return [];
  },
};

export const installerFolderCheck: Check = {
  id: 'installer-folder',
  run({ facts }) {
    const f = facts.installerFolder;
    if (!f) return [];
    const evidence = folderEvidence(f, `path ${f.path}`);
    if (!f.exists || f.type !== 'directory')
      return [
        draft('installer-folder-missing', 'critical', 'high', evidence, ['missing-package-guidance'], { path: f.path }),
      ];
    const ownerOk = f.ownerSid === 'S-1-5-18' || f.ownerSid === 'S-1-5-32-544';
    const core = f.missingDefaults.filter((d) => d.sid === 'S-1-5-18' || d.sid === 'S-1-5-32-544');
    if (!ownerOk || core.length > 0 || f.harmfulDenies.length > 0)
      return [draft('installer-folder-acl', 'error', 'high', evidence, [], { path: f.path })];
    return [];
  },
};
