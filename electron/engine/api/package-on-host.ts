/**
 * Where a package the user handed over lives on the examined machine. On the live host that is the
 * file itself. On a simulated machine the file is on the real disk, so it is copied into the simulated
 * user's Downloads folder first: then the probes, the fix plan (exact commands with a Windows path) and
 * the simulated msiexec all see the same package.
 */
import { readFile, stat } from 'node:fs/promises';
import { failed, type Failed } from '@shared/ipc/result';
import { SimulatedHost } from '../host/simulated/simulated-host';
import type { HandlerContext } from './context';

/** Packages above this are not copied into a simulated machine (the model keeps files in memory). */
const MAX_SIMULATED_PACKAGE = 64 * 1024 * 1024;

/** A Windows file name from whatever the user's file was called. */
export function windowsFileName(name: string): string {
  const cleaned = [...name].filter((c) => c >= ' ' && !'<>:"/\\|?*'.includes(c)).join('').replace(/[. ]+$/u, '');
  return cleaned.length > 0 ? cleaned.slice(0, 120) : 'package.msi';
}

export async function packagePathOnHost(ctx: HandlerContext, token: string): Promise<{ path: string } | Failed> {
  const entry = ctx.files.resolve(token);
  if (!entry) return failed('E_TOKEN_UNKNOWN');
  if (entry.purpose !== 'package' && entry.purpose !== 'any') return failed('E_NOT_AN_MSI');
  const host = ctx.session.host;
  if (!(host instanceof SimulatedHost)) return { path: entry.path };
  const info = await stat(entry.path).catch(() => null);
  if (!info?.isFile()) return failed('E_FILE_UNREADABLE');
  if (info.size > MAX_SIMULATED_PACKAGE) return failed('E_FILE_TOO_LARGE');
  const user = host.snapshot().userName;
  const path = `C:\\Users\\${user}\\Downloads\\${windowsFileName(entry.name)}`;
  host.placeFile(path, new Uint8Array(await readFile(entry.path)));
  return { path };
}
