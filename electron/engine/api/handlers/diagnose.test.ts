/** The diagnose IPC channels through the real dispatcher (validation, Result, events) on a simulated machine. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../dispatch';
import { testContext } from '../test-context';
import { handlers } from './index';

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
    expect(await call('diagnose:run', [{ symptom: '9999' }])).toMatchObject({ status: 'failed', code: 'E_INVALID_REQUEST' });
    expect(await call('diagnose:run', [{ packagePath: 'C:\\x.msi' }])).toMatchObject({ status: 'failed', code: 'E_INVALID_REQUEST' });
    expect(await call('diagnose:run', [{ packageToken: 'f'.repeat(32) }])).toMatchObject({ status: 'failed', code: 'E_TOKEN_UNKNOWN' });
  });

  it('reads a package handed over by token from the local disk on a simulated machine (1619)', async () => {
    const { call, ctx } = await setup('healthy');
    const path = join(ctx.dataDir, 'download.msi');
    writeFileSync(path, '<!DOCTYPE html><html><body>Your download will start shortly.</body></html>');
    const token = ctx.files.mint({ path, name: 'download.msi', size: 80, purpose: 'package' });
    const result = await call('diagnose:run', [{ symptom: '1619', packageToken: token }]);
    expect(result).toMatchObject({ status: 'ok' });
    const report = (result as { value: { findings: { id: string }[]; facts: { package: { info: { sniffedContent: string } } } } }).value;
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

describe('diagnose:recentFailures', () => {
  it('lists the failed install from the event log with its code', async () => {
    const { call } = await setup();
    const result = await call('diagnose:recentFailures', [{}]);
    expect(result).toMatchObject({ status: 'ok', value: { windowDays: 30 } });
    const failures = (result as { value: { failures: { product: string; status: number }[] } }).value.failures;
    expect(failures).toEqual([expect.objectContaining({ product: 'ExampleApp 1.4.2 (x64)', status: 1603 })]);
  });
});
