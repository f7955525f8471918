/**
 * The log analyzer over IPC: analyze a file the user handed over (by token), with progress per chunk,
 * or list the installer logs found on the machine. On the simulated host those logs live in the
 * scenario, so their bytes are copied under dataDir first; on the live host the path is used as is.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { failed, ok } from '@shared/ipc/result';
import { analyzeLogFile, findCandidateLogs } from '../../msilog/index';
import { analyzeInWorker, LogWorkerError } from '../../msilog/worker/run-in-worker';
import { sanitizeFileName } from './files';
import type { HandlersFor } from './types';

/** How many of the newest candidate logs are offered, and the most copied from a simulated machine. */
const MAX_CANDIDATES = 10;
const MAX_SIMULATED_COPY = 64 * 1024 * 1024;

const baseName = (p: string): string => p.split(/[\\/]/u).pop() ?? p;

export const logHandlers: HandlersFor<'log:analyze' | 'log:find'> = {
  'log:analyze': async ({ token }, ctx, call) => {
    const entry = ctx.files.resolve(token);
    if (!entry) return failed('E_TOKEN_UNKNOWN');
    try {
      const options = {
        signal: call.signal,
        onProgress: (bytesRead: number, totalBytes: number) =>
          ctx.emit('log:progress', { token, bytesRead, totalBytes }),
      };
      // In the app the analysis runs in a worker with resource limits; unit tests run it in-process.
      const analysis = ctx.logWorkerPath
        ? await analyzeInWorker(ctx.logWorkerPath, entry.path, options)
        : await analyzeLogFile(entry.path, options);
      return ok(analysis);
    } catch (err) {
      if (call.signal.aborted || (err instanceof LogWorkerError && err.reason === 'cancelled'))
        return { status: 'cancelled' };
      return failed('E_FILE_UNREADABLE', (err as Error).message);
    }
  },

  'log:find': async (_req, ctx, call) => {
    const host = ctx.session.host;
    const found = (await findCandidateLogs(host, { signal: call.signal })).slice(0, MAX_CANDIDATES);
    const simulated = ctx.session.isSimulated();
    const dir = join(ctx.dataDir, 'host-logs');
    const candidates = [];
    for (const log of found) {
      const name = baseName(log.path);
      let path = log.path;
      if (simulated) {
        const bytes = await host.readFile(log.path, MAX_SIMULATED_COPY).catch(() => null);
        if (!bytes) continue;
        await mkdir(dir, { recursive: true });
        path = join(dir, `${randomBytes(6).toString('hex')}-${sanitizeFileName(name)}`);
        await writeFile(path, bytes);
      }
      candidates.push({
        token: ctx.files.mint({ path, name, size: log.size, purpose: 'log' }),
        name,
        size: log.size,
        modified: log.modified,
      });
    }
    return ok({ candidates });
  },
};
