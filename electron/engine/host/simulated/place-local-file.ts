/**
 * A file on the real disk (a package the user handed to the preview, or `--msi ./setup.msi` off
 * Windows) copied onto the simulated machine, into the simulated user's Downloads folder, so the
 * probes, the fix plans (exact commands with a Windows path) and the simulated msiexec all see it.
 */
import { readFile, stat } from 'node:fs/promises';
import type { SimulatedHost } from './simulated-host';

/** Files above this are not copied (the model keeps files in memory). */
export const MAX_PLACED_FILE = 64 * 1024 * 1024;

/** A valid Windows file name from whatever the user's file was called. */
export function windowsFileName(name: string): string {
  const cleaned = [...name]
    .filter((c) => c >= ' ' && !'<>:"/\\|?*'.includes(c))
    .join('')
    .replace(/[. ]+$/u, '');
  return cleaned.length > 0 ? cleaned.slice(0, 120) : 'package.msi';
}

export type PlaceResult = { ok: true; path: string } | { ok: false; reason: 'unreadable' | 'too-large' };

export async function placeLocalFile(
  host: SimulatedHost,
  localPath: string,
  displayName: string,
): Promise<PlaceResult> {
  const info = await stat(localPath).catch(() => null);
  if (!info?.isFile()) return { ok: false, reason: 'unreadable' };
  if (info.size > MAX_PLACED_FILE) return { ok: false, reason: 'too-large' };
  const path = `C:\\Users\\${host.snapshot().userName}\\Downloads\\${windowsFileName(displayName)}`;
  host.placeFile(path, new Uint8Array(await readFile(localPath)));
  return { ok: true, path };
}

/** True for a path written the Windows way (C:\... or \\server\...), which names a file on the examined machine. */
export const isWindowsPath = (p: string): boolean => /^(?:[A-Za-z]:\\|\\\\)/u.test(p);
