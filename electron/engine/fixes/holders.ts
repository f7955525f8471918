/** Who holds the Windows Installer: msiexec processes other than the service itself (msiexec.exe /V). */
import type { WindowsHost } from '../host/windows-host';
import { ask } from './facts';

export interface Holder {
  pid: number;
  commandLine: string | null;
  ownerSid: string | null;
  /** The package named on its command line, when there is one. */
  packagePath: string | null;
}

/** The package after /i, /f.., /x or /package on an msiexec command line. */
export function packageOf(commandLine: string | null): string | null {
  if (!commandLine) return null;
  const m = /\s[/-](?:[ix]|f[a-z]*|package)\s+(?:"([^"]+)"|(\S+))/iu.exec(commandLine);
  return m ? (m[1] ?? m[2] ?? null) : null;
}

export async function installHolders(host: WindowsHost): Promise<Holder[]> {
  const { processes } = await ask(host, { kind: 'processes', imageName: 'msiexec.exe' });
  return processes
    .filter((p) => !/\s\/v\b/iu.test(p.commandLine ?? ''))
    .map((p) => ({
      pid: p.pid,
      commandLine: p.commandLine,
      ownerSid: p.ownerSid,
      packagePath: packageOf(p.commandLine),
    }));
}
