/**
 * Where a package the user handed over lives on the examined machine: the file itself on the live
 * host; on a simulated machine a copy in the simulated user's Downloads (see place-local-file.ts).
 */
import { failed, type Failed } from '@shared/ipc/result';
import { SimulatedHost } from '../host/simulated/simulated-host';
import { placeLocalFile } from '../host/simulated/place-local-file';
import type { HandlerContext } from './context';

export async function packagePathOnHost(ctx: HandlerContext, token: string): Promise<{ path: string } | Failed> {
  const entry = ctx.files.resolve(token);
  if (!entry) return failed('E_TOKEN_UNKNOWN');
  if (entry.purpose !== 'package' && entry.purpose !== 'any') return failed('E_NOT_AN_MSI');
  const host = ctx.session.host;
  if (!(host instanceof SimulatedHost)) return { path: entry.path };
  const placed = await placeLocalFile(host, entry.path, entry.name);
  if (!placed.ok) return failed(placed.reason === 'too-large' ? 'E_FILE_TOO_LARGE' : 'E_FILE_UNREADABLE');
  return { path: placed.path };
}
