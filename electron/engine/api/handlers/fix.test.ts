/** Fix and journal channels through the real dispatcher on a simulated machine. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

describe('fix:plan / fix:apply / fix:undo / journal:*', () => {
  it('plans with exact commands, applies only by planId (re-planned in main), verifies, undoes', async () => {
    const { call, events } = await setup('standard-user-windows-temp-2503');
    const planned = (await call('fix:plan', [{ fixId: 'repair-windows-temp' }])) as {
      status: string;
      value: {
        kind: string;
        plan: { planId: string; steps: { command: string; elevated: boolean }[]; targetFindings: string[] };
      };
    };
    expect(planned.status).toBe('ok');
    expect(planned.value.plan.steps[0]?.command).toContain('SetSecurityDescriptorSddlForm');
    expect(planned.value.plan.targetFindings).toContain('windows-temp-acl');
    const applied = (await call('fix:apply', [{ planId: planned.value.plan.planId }])) as {
      status: string;
      value: { outcome: string; verified: boolean; journalId: string };
    };
    expect(applied.value).toMatchObject({ outcome: 'applied', verified: true });
    expect(events.some((e) => e.channel === 'fix:progress')).toBe(true);
    const list = (await call('journal:list', [{}])) as { value: { entries: { id: string; state: string }[] } };
    expect(list.value.entries[0]).toMatchObject({ id: applied.value.journalId, state: 'committed' });
    expect(await call('fix:undo', [{ journalId: applied.value.journalId }])).toMatchObject({
      status: 'ok',
      value: { state: 'undone' },
    });
    expect(await call('journal:pending', [{}])).toMatchObject({ status: 'ok', value: { entries: [] } });
  });

  it('refuses commands, paths and unknown plans from the renderer', async () => {
    const { call } = await setup();
    expect(await call('fix:plan', [{ fixId: 'repair-windows-temp', command: 'cmd /c calc' }])).toMatchObject({
      status: 'failed',
      code: 'E_INVALID_REQUEST',
    });
    expect(await call('fix:plan', [{ fixId: 'elevated-install', packagePath: 'C:\\x.msi' }])).toMatchObject({
      status: 'failed',
      code: 'E_INVALID_REQUEST',
    });
    expect(await call('fix:apply', [{ planId: '00000000-0000-4000-8000-000000000000' }])).toMatchObject({
      status: 'failed',
      code: 'E_NOT_FOUND',
    });
    expect(await call('fix:plan', [{ fixId: 'elevated-install', packageToken: 'f'.repeat(32) }])).toMatchObject({
      status: 'failed',
      code: 'E_TOKEN_UNKNOWN',
    });
  });
});

type Planned = { status: string; value: { kind: string; plan: { planId: string } } };
type Applied = { status: string; value: { outcome: string; verified: boolean | null; journalId: string | null } };
const waitEvents = (events: { channel: string; payload: unknown }[]) =>
  events
    .filter((e) => e.channel === 'fix:progress')
    .map(
      (e) => e.payload as { phase: string; polls?: number; holders?: { pid: number; packagePath: string | null }[] },
    );

describe('wait-for-install and fix:cancel', () => {
  it('waits for the holder named in the progress until it finishes, then verifies (1618)', async () => {
    const { call, events } = await setup('install-in-progress-1618');
    const planned = (await call('fix:plan', [{ fixId: 'wait-for-install' }])) as Planned;
    const applied = (await call('fix:apply', [{ planId: planned.value.plan.planId }])) as Applied;
    expect(applied.value).toMatchObject({ outcome: 'applied', verified: true, journalId: null });
    const waiting = waitEvents(events).filter((p) => p.phase === 'waiting');
    expect(waiting.length).toBeGreaterThan(1);
    expect(waiting[0]?.holders).toEqual([
      expect.objectContaining({ pid: 5312, packagePath: expect.stringContaining('vc_runtimeMinimum_x64.msi') }),
    ]);
    expect(waiting.map((p) => p.polls)).toEqual([...waiting.map((p) => p.polls)].sort((a, b) => (a ?? 0) - (b ?? 0)));
    expect(waitEvents(events).at(-1)).toMatchObject({ phase: 'done', holders: [] });
  });

  it('stops a wait that would never end: outcome cancelled, nothing changed, the holder still there', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'installer-doctor-stuck-'));
    const scenario = join(dir, 'stuck.json');
    writeFileSync(
      scenario,
      JSON.stringify({
        id: 'stuck-1618',
        extends: 'install-in-progress-1618',
        title: 'Stuck 1618',
        machine: { installer: { holderFinishesAfterPolls: null } },
      }),
    );
    const { call, events } = await setup(scenario);
    expect(await call('fix:cancel', [{}])).toEqual({ status: 'ok', value: { stopped: false } });
    const planned = (await call('fix:plan', [{ fixId: 'wait-for-install' }])) as Planned;
    const t0 = performance.now();
    const running = call('fix:apply', [{ planId: planned.value.plan.planId }]) as Promise<Applied>;
    while (waitEvents(events).filter((p) => p.phase === 'waiting').length < 3)
      await new Promise((r) => setTimeout(r, 20));
    expect(await call('fix:cancel', [{}])).toEqual({ status: 'ok', value: { stopped: true } });
    const applied = await running;
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(applied).toMatchObject({ status: 'ok', value: { outcome: 'cancelled', verified: false, journalId: null } });
    expect(waitEvents(events).map((p) => p.phase)).not.toContain('done');
    // Still held: the same fix can be planned again (it refuses when nothing is running).
    expect(await call('fix:plan', [{ fixId: 'wait-for-install' }])).toMatchObject({
      status: 'ok',
      value: { kind: 'plan' },
    });
    expect(await call('fix:cancel', [{}])).toEqual({ status: 'ok', value: { stopped: false } });
  });

  it('cancels a fix with changes between its steps and rolls back what it had changed', async () => {
    const { call } = await setup('msiserver-disabled-1601');
    const planned = (await call('fix:plan', [{ fixId: 'reset-msiserver' }])) as Planned;
    expect(planned.status).toBe('ok');
    const running = call('fix:apply', [{ planId: planned.value.plan.planId }]) as Promise<Applied>;
    await call('fix:cancel', [{}]);
    const applied = await running;
    // Either it was stopped (and put back) or it had already finished: never half-done.
    if (applied.value.outcome === 'cancelled') {
      expect(applied.value).toMatchObject({ verified: false });
      const list = (await call('journal:list', [{}])) as { value: { entries: { id: string; state: string }[] } };
      expect(list.value.entries[0]).toMatchObject({ id: applied.value.journalId, state: 'rolled-back' });
    } else expect(applied.value.outcome).toBe('applied');
  });
});

describe('an interrupted fix found at start (journal:pending, journal:rollback, journal:keep)', () => {
  /** Applies a fix, then rewrites its journal entry as a crash would have left it: open, last step started. */
  async function crashedFix() {
    const s = await setup('standard-user-windows-temp-2503');
    const planned = (await s.call('fix:plan', [{ fixId: 'repair-windows-temp' }])) as Planned;
    const applied = (await s.call('fix:apply', [{ planId: planned.value.plan.planId }])) as Applied;
    const id = applied.value.journalId ?? '';
    const file = join(s.ctx.dataDir, 'journal', `${id}.json`);
    const entry = JSON.parse(readFileSync(file, 'utf8')) as {
      state: string;
      outcome: string | null;
      steps: { status: string; operation: unknown }[];
    };
    entry.state = 'open';
    entry.outcome = null;
    const last = entry.steps.filter((st) => st.operation).at(-1);
    if (last) last.status = 'started';
    writeFileSync(file, JSON.stringify(entry));
    return { ...s, id, file };
  }
  const topFinding = async (call: ReturnType<typeof createDispatcher>) =>
    ((await call('diagnose:run', [{ symptom: '2503' }])) as { value: { findings: { id: string }[] } }).value.findings[0]
      ?.id;

  it('offers it, and rollback puts the machine back as it was before the fix', async () => {
    const { call, id, file } = await crashedFix();
    expect(await topFinding(call)).not.toBe('windows-temp-acl');
    expect(await call('journal:pending', [{}])).toMatchObject({
      status: 'ok',
      value: { entries: [{ id, fix: 'repair-windows-temp', state: 'open' }] },
    });
    expect(await call('journal:rollback', [{ journalId: id }])).toMatchObject({
      status: 'ok',
      value: { state: 'rolled-back' },
    });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ state: 'rolled-back' });
    expect(await call('journal:pending', [{}])).toMatchObject({ status: 'ok', value: { entries: [] } });
    expect(await topFinding(call)).toBe('windows-temp-acl');
  });

  it('keeps it on request: no longer offered, the change stays, and it can still be undone', async () => {
    const { call, id } = await crashedFix();
    expect(await call('journal:keep', [{ journalId: id }])).toMatchObject({
      status: 'ok',
      value: { entry: { id, state: 'kept' } },
    });
    expect(await call('journal:pending', [{}])).toMatchObject({ status: 'ok', value: { entries: [] } });
    expect(await topFinding(call)).not.toBe('windows-temp-acl');
    expect(await call('journal:keep', [{ journalId: id }])).toMatchObject({
      status: 'failed',
      code: 'E_INVALID_REQUEST',
    });
    expect(await call('fix:undo', [{ journalId: id }])).toMatchObject({ status: 'ok', value: { state: 'undone' } });
    expect(await topFinding(call)).toBe('windows-temp-acl');
  });
});
