/** The diagnose IPC channels through the real dispatcher (validation, Result, events) on a simulated machine. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../dispatch';
import { testContext } from '../test-context';
import { handlers } from './index';
import type { SimulatedHost } from '../../host/simulated/simulated-host';

async function setup(scenario?: string) {
  const events: { channel: string; payload: unknown }[] = [];
  const ctx = await testContext((channel, payload) => events.push({ channel, payload }), scenario);
  return { ctx, events, call: createDispatcher(handlers, ctx) };
}

describe('diagnose:run', () => {
  it('ranks the scenario cause first for the symptom and reports progress', async () => {
    const { call, events } = await setup();
    const result = await call('diagnose:run', [{ symptom: '2503' }]);
    expect(result.status).toBe('ok');
    const report = (result as { value: { findings: { id: string }[]; healthy: boolean } }).value;
    expect(report.findings[0]?.id).toBe('windows-temp-acl');
    expect(report.healthy).toBe(false);
    const progress = events.filter((e) => e.channel === 'diagnose:progress');
    expect(progress.length).toBeGreaterThan(2);
    expect(progress.at(-1)?.payload).toMatchObject({ phase: 'done' });
  });

  it('refuses unknown keys and unknown symptoms', async () => {
    const { call } = await setup();
    expect(await call('diagnose:run', [{ symptom: '9999' }])).toMatchObject({
      status: 'failed',
      code: 'E_INVALID_REQUEST',
    });
    expect(await call('diagnose:run', [{ packagePath: 'C:\\x.msi' }])).toMatchObject({
      status: 'failed',
      code: 'E_INVALID_REQUEST',
    });
    expect(await call('diagnose:run', [{ packageToken: 'f'.repeat(32) }])).toMatchObject({
      status: 'failed',
      code: 'E_TOKEN_UNKNOWN',
    });
  });

  it('reads a package handed over by token from the local disk on a simulated machine (1619)', async () => {
    const { call, ctx } = await setup('healthy');
    const path = join(ctx.dataDir, 'download.msi');
    writeFileSync(path, '<!DOCTYPE html><html><body>Your download will start shortly.</body></html>');
    const token = ctx.files.mint({ path, name: 'download.msi', size: 80, purpose: 'package' });
    const result = await call('diagnose:run', [{ symptom: '1619', packageToken: token }]);
    expect(result).toMatchObject({ status: 'ok' });
    const report = (
      result as { value: { findings: { id: string }[]; facts: { package: { info: { sniffedContent: string } } } } }
    ).value;
    expect(report.findings[0]?.id).toBe('package-not-msi');
    expect(report.facts.package.info.sniffedContent).toBe('html');
  });

  it('cancels a running diagnosis', async () => {
    const { call } = await setup();
    const running = call('diagnose:run', [{}]);
    const stop = await call('diagnose:cancel', [{}]);
    expect(stop).toEqual({ status: 'ok', value: { stopped: true } });
    expect(await running).toEqual({ status: 'cancelled' });
    expect(await call('diagnose:cancel', [{}])).toEqual({ status: 'ok', value: { stopped: false } });
  });
});

describe('diagnose:cancel on a slow machine', () => {
  it('really stops the engine: the run answers cancelled long before it would finish and the machine stops being asked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'installer-doctor-slow-'));
    const scenario = join(dir, 'slow.json');
    writeFileSync(
      scenario,
      JSON.stringify({
        id: 'slow-2503',
        extends: 'standard-user-windows-temp-2503',
        title: 'Slow 2503',
        simulation: { queryDelayMs: 100 },
      }),
    );
    const { call, ctx, events } = await setup(scenario);
    const host = ctx.session.host as SimulatedHost;
    const t0 = performance.now();
    const running = call('diagnose:run', [{ symptom: '2503' }]);
    await new Promise((r) => setTimeout(r, 350));
    expect(await call('diagnose:cancel', [{}])).toEqual({ status: 'ok', value: { stopped: true } });
    expect(await running).toEqual({ status: 'cancelled' });
    const took = performance.now() - t0;
    const answered = host.answeredQueries();
    // A full run asks 20+ questions at 100 ms each; the cancelled one stopped after a handful.
    expect(answered).toBeGreaterThan(0);
    expect(answered).toBeLessThan(8);
    expect(took).toBeLessThan(1200);
    const progress = events
      .filter((e) => e.channel === 'diagnose:progress')
      .map((e) => e.payload as { phase: string; checkId: string | null });
    expect(progress.map((p) => p.phase)).not.toContain('done');
    // Live per check while the slow machine answers: the first checks are reported before the cancel.
    expect(progress.some((p) => p.phase === 'collecting' && p.checkId !== null)).toBe(true);
    await new Promise((r) => setTimeout(r, 300));
    expect(host.answeredQueries()).toBe(answered);
    // And the user can start again: the next run completes with the finding.
    const again = await call('diagnose:run', [{ symptom: '2503' }]);
    expect(again.status).toBe('ok');
    expect((again as { value: { findings: { id: string }[] } }).value.findings[0]?.id).toBe('windows-temp-acl');
    expect(host.answeredQueries()).toBeGreaterThan(answered + 15);
  });
});

describe('diagnose:recentFailures', () => {
  it('lists the failed install from the event log with its code', async () => {
    const { call } = await setup();
    const result = await call('diagnose:recentFailures', [{}]);
    expect(result).toMatchObject({ status: 'ok', value: { windowDays: 30 } });
    const failures = (result as { value: { failures: { product: string; status: number }[] } }).value.failures;
    expect(failures).toEqual([expect.objectContaining({ product: 'ExampleApp 1.4.2 (x64)', status: 1603 })]);
  });
});
