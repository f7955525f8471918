/**
 * The diagnosis over IPC. One run at a time per window (E_BUSY otherwise); 'diagnose:cancel' aborts it
 * and the run answers `cancelled`. The package comes as a file token minted by main; on a simulated
 * machine it is first put on that machine (see package-on-host.ts).
 */
import { cancelled, failed, ok } from '@shared/ipc/result';
import { diagnose } from '../../diagnose/index';
import { packagePathOnHost } from '../package-on-host';
import { eventsProbe } from '../../probes/events';
import { ProbeFailure } from '../../probes/types';
import type { HandlerContext } from '../context';
import type { HandlersFor } from './types';

const running = new WeakMap<HandlerContext, AbortController>();

export const diagnoseHandlers: HandlersFor<'diagnose:run' | 'diagnose:cancel' | 'diagnose:recentFailures'> = {
  'diagnose:run': async ({ symptom, packageToken }, ctx, call) => {
    if (running.has(ctx)) return failed('E_BUSY');
    let packagePath: string | null = null;
    if (packageToken !== undefined) {
      const placed = await packagePathOnHost(ctx, packageToken);
      if ('status' in placed) return placed;
      packagePath = placed.path;
    }
    const controller = new AbortController();
    const onCallAbort = () => controller.abort();
    call.signal.addEventListener('abort', onCallAbort);
    running.set(ctx, controller);
    try {
      const report = await diagnose(ctx.session.host, {
        symptom,
        packagePath,
        signal: controller.signal,
        onProgress: (p) => ctx.emit('diagnose:progress', p),
      });
      return ok(report);
    } catch (err) {
      if ((err as Error).name === 'AbortError') return cancelled();
      throw err;
    } finally {
      running.delete(ctx);
      call.signal.removeEventListener('abort', onCallAbort);
    }
  },

  'diagnose:cancel': async (_req, ctx) => {
    const controller = running.get(ctx);
    controller?.abort();
    return ok({ stopped: controller !== undefined });
  },

  'diagnose:recentFailures': async (_req, ctx, call) => {
    const ctx0 = { packagePath: null, now: Date.now() };
    const answers = await ctx.session.host.collect(eventsProbe.queries(ctx0), { signal: call.signal });
    if (call.signal.aborted) return cancelled();
    try {
      const facts = eventsProbe.parse(answers, ctx0);
      return ok({ failures: facts.failures, windowDays: facts.windowDays });
    } catch (err) {
      if (err instanceof ProbeFailure) return failed('E_HOST_FAILED', err.message);
      throw err;
    }
  },
};
