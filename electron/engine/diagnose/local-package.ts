/**
 * On a simulated machine, a package the user picked or dropped lives on the real disk, not in the
 * scenario. This wraps the host so that one path is answered from the local file (its size, and its
 * bytes for the package reader) while every other question still goes to the simulated machine.
 * Never used with the live host, where the local disk is the examined machine.
 */
import { open, stat } from 'node:fs/promises';
import type { HostQuery, QueryOutcome } from '../host/queries';
import type { CollectOptions, WindowsHost } from '../host/windows-host';

export async function withLocalPackage(host: WindowsHost, localPath: string): Promise<WindowsHost> {
  const info = await stat(localPath).catch(() => null);
  const answer = (): QueryOutcome => ({
    ok: true,
    kind: 'path',
    answer: { exists: info !== null, type: info ? (info.isFile() ? 'file' : 'directory') : 'missing', attributes: 0, size: info?.size ?? 0, ownerSid: null, acl: null, freeBytes: null, isNetwork: false, modified: info ? info.mtime.toISOString() : null },
  });
  const isOurs = (q: HostQuery) => q.kind === 'path' && q.path === localPath;
  return {
    describe: () => host.describe(),
    apply: (op, options) => host.apply(op, options),
    async collect(queries: readonly HostQuery[], options?: CollectOptions) {
      const rest = queries.filter((q) => !isOurs(q));
      // onAnswered speaks of indexes in the caller's batch, not in `rest`.
      const restIndex = queries.flatMap((q, i) => (isOurs(q) ? [] : [i]));
      queries.forEach((q, i) => isOurs(q) && options?.onAnswered?.(i));
      const onAnswered = options?.onAnswered;
      const forwarded: CollectOptions | undefined = onAnswered ? { ...options, onAnswered: (i) => onAnswered(restIndex[i] ?? i) } : options;
      const answers = rest.length > 0 ? await host.collect(rest, forwarded) : [];
      let next = 0;
      return queries.map((q) => (isOurs(q) ? answer() : (answers[next++] as QueryOutcome)));
    },
    async readFile(path: string, maxBytes: number) {
      if (path !== localPath) return host.readFile(path, maxBytes);
      const handle = await open(localPath, 'r');
      try {
        const buffer = Buffer.alloc(Math.min(maxBytes, info?.size ?? maxBytes));
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
        return new Uint8Array(buffer.subarray(0, bytesRead));
      } finally {
        await handle.close();
      }
    },
  };
}
