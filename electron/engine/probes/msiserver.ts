/**
 * The Windows Installer service (msiserver): state and start type by number, image path and account
 * compared with Windows' registration (%SystemRoot%\system32\msiexec.exe /V as LocalSystem), and
 * whether it is busy: while an install runs the service accepts only SHUTDOWN, so it is not stoppable
 * (learn.microsoft.com/windows/win32/msi/-msiexecute-mutex).
 */
import type { Probe } from './types';
import { maybe, need } from './types';

export const MSISERVER_QUERY = { kind: 'service', name: 'msiserver' } as const;

/** Normalizes an image path: quotes, case, spacing, and the Windows folder written any of its ways. */
export function normalizeImagePath(imagePath: string, systemRoot: string): string {
  let p = imagePath.trim().replaceAll('"', '').replace(/\s+/gu, ' ').toLowerCase();
  for (const root of ['%systemroot%', '%windir%', '\\systemroot', systemRoot.toLowerCase()]) {
    if (p.startsWith(root)) p = `<root>${p.slice(root.length)}`;
  }
  return p;
}

export const msiserverProbe: Probe<'msiserver'> = {
  fact: 'msiserver',
  checkId: 'msiserver',
  queries: () => [MSISERVER_QUERY, { kind: 'env', names: ['SystemRoot'] }],
  parse(answers) {
    const s = need(answers, 0, 'service');
    const root = maybe(answers, 1, 'env')?.values['SystemRoot']?.expanded ?? 'C:\\Windows';
    return {
      exists: s.exists,
      state: s.state,
      startType: s.startType,
      imagePath: s.imagePath,
      imagePathOk: normalizeImagePath(s.imagePath, root) === '<root>\\system32\\msiexec.exe /v',
      account: s.account,
      accountOk: s.account.toLowerCase() === 'localsystem' || s.account === '',
      busy: s.exists && s.state === 4 && !s.acceptsStop,
      pid: s.pid,
    };
  },
};
