/** The checks' cancel is truthful: "cancelled" only when main's run says it stopped. */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const api = vi.hoisted(() => ({ diagnose: { run: vi.fn(), cancel: vi.fn(), recentFailures: vi.fn() } }));
vi.mock('../api', () => ({ api }));

const { useDiagnosisStore } = await import('./diagnosis-store');

function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

beforeEach(() => {
  vi.resetAllMocks();
  useDiagnosisStore.getState().reset();
});

describe('diagnosis store cancel', () => {
  it('shows cancelling until main answers the run as cancelled, then cancelled with no report', async () => {
    const run = deferred<unknown>();
    api.diagnose.run.mockReturnValue(run.promise);
    api.diagnose.cancel.mockResolvedValue({ status: 'ok', value: { stopped: true } });
    const started = useDiagnosisStore.getState().start();
    await useDiagnosisStore.getState().cancel();
    expect(api.diagnose.cancel).toHaveBeenCalledTimes(1);
    expect(useDiagnosisStore.getState().status).toBe('cancelling');
    run.resolve({ status: 'cancelled' });
    await started;
    expect(useDiagnosisStore.getState()).toMatchObject({ status: 'cancelled', report: null });
  });

  it('shows the findings when the checks had already finished before the cancel arrived', async () => {
    const run = deferred<unknown>();
    api.diagnose.run.mockReturnValue(run.promise);
    api.diagnose.cancel.mockResolvedValue({ status: 'ok', value: { stopped: false } });
    const started = useDiagnosisStore.getState().start();
    await useDiagnosisStore.getState().cancel();
    run.resolve({ status: 'ok', value: { findings: [], recentFailures: [] } });
    await started;
    expect(useDiagnosisStore.getState().status).toBe('done');
  });

  it('does nothing when no run is going', async () => {
    await useDiagnosisStore.getState().cancel();
    expect(api.diagnose.cancel).not.toHaveBeenCalled();
    expect(useDiagnosisStore.getState().status).toBe('idle');
  });
});
