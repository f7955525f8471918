/**
 * Shared by the two install fixes: the package is checked (safe path, exists, really an MSI: the
 * OLE compound-file signature D0 CF 11 E0 A1 B1 1A E1), the log folder is created (msiexec does not
 * create it, msdocs command-line-options /L), and the log gets a known, app-chosen path.
 */
import type { WindowsHost } from '../host/windows-host';
import { unsafePathReason } from '../host/live/msiexec-command';
import { ask, localAppData, stamp } from './facts';
import { change, refuse } from './steps';
import type { PlanResult, PlanStep } from './types';

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export async function checkPackage(
  host: WindowsHost,
  packagePath: string | undefined,
): Promise<Extract<PlanResult, { ok: false }> | null> {
  if (!packagePath) return refuse('needs-package', 'fixes:refusal.needsPackage');
  const reason = unsafePathReason(packagePath);
  if (reason) return refuse('unsafe-path', `fixes:unsafePath.${reason}`, packagePath);
  const info = await ask(host, { kind: 'path', path: packagePath, acl: false });
  if (!info.exists || info.type !== 'file')
    return refuse('package-missing', 'fixes:refusal.packageMissing', packagePath);
  const head = await host.readFile(packagePath, 8).catch(() => new Uint8Array());
  if (head.length < 8 || !OLE.every((b, i) => head[i] === b))
    return refuse('not-an-msi', 'fixes:refusal.notAnMsi', packagePath);
  return null;
}

/** The app's own folder (kept: it holds the logs the user may need) and a fresh log path. */
export async function logFolderSteps(
  host: WindowsHost,
  now: Date,
): Promise<{ steps: PlanStep[]; appDir: string; logPath: string }> {
  const appDir = `${await localAppData(host)}\\InstallerDoctor`;
  const logDir = `${appDir}\\Logs`;
  const steps = [
    change(
      'app-folder',
      'fixes:step.createAppFolder',
      { path: appDir },
      { kind: 'createDirectory', path: appDir, elevated: false },
      [],
    ),
    change(
      'log-folder',
      'fixes:step.createLogFolder',
      { path: logDir },
      { kind: 'createDirectory', path: logDir, elevated: false },
      [],
    ),
  ];
  return { steps, appDir, logPath: `${logDir}\\msi-${stamp(now)}.log` };
}
