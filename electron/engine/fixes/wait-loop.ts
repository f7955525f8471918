/**
 * wait-for-install: names the process holding the Windows Installer execution mutex (msdocs
 * msiexecute-mutex.md: a second install gets 1618 while it is held) and polls until it ends, with
 * live progress. It changes nothing on the machine, so it writes no journal entry.
 */
import type { WindowsHost } from '../host/windows-host';
import { installHolders, type Holder } from './holders';
import type { ApplyOptions } from './run-fix';
import type { FixPlan } from './types';

export interface WaitReport {
  finished: boolean;
  cancelled: boolean;
  polls: number;
  holders: Holder[];
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (ms <= 0) return resolve();
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(t), resolve()), { once: true });
  });

export async function waitForInstall(host: WindowsHost, plan: FixPlan, opts: ApplyOptions): Promise<WaitReport> {
  const interval = opts.pollIntervalMs ?? 2000;
  const deadline = Date.now() + (opts.maxWaitMs ?? 30 * 60_000);
  const first = await installHolders(host);
  let polls = 1;
  let current = first;
  while (current.length > 0) {
    opts.onProgress?.({
      fixId: plan.fixId,
      planId: plan.planId,
      phase: 'waiting',
      polls,
      holders: current.map((h) => ({ pid: h.pid, packagePath: h.packagePath })),
    });
    if (opts.signal?.aborted) return { finished: false, cancelled: true, polls, holders: first };
    if (Date.now() > deadline) return { finished: false, cancelled: false, polls, holders: first };
    await sleep(interval, opts.signal);
    current = await installHolders(host);
    polls++;
  }
  opts.onProgress?.({ fixId: plan.fixId, planId: plan.planId, phase: 'done', polls, holders: [] });
  return { finished: true, cancelled: false, polls, holders: first };
}
