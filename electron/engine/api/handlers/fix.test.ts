/** Fix and journal channels through the real dispatcher on a simulated machine. */
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
    const planned = (await call('fix:plan', [{ fixId: 'repair-windows-temp' }])) as { status: string; value: { kind: string; plan: { planId: string; steps: { command: string; elevated: boolean }[]; targetFindings: string[] } } };
    expect(planned.status).toBe('ok');
    expect(planned.value.plan.steps[0]?.command).toContain('SetSecurityDescriptorSddlForm');
    expect(planned.value.plan.targetFindings).toContain('windows-temp-acl');
    const applied = (await call('fix:apply', [{ planId: planned.value.plan.planId }])) as { status: string; value: { outcome: string; verified: boolean; journalId: string } };
    expect(applied.value).toMatchObject({ outcome: 'applied', verified: true });
    expect(events.some((e) => e.channel === 'fix:progress')).toBe(true);
    const list = (await call('journal:list', [{}])) as { value: { entries: { id: string; state: string }[] } };
    expect(list.value.entries[0]).toMatchObject({ id: applied.value.journalId, state: 'committed' });
    expect(await call('fix:undo', [{ journalId: applied.value.journalId }])).toMatchObject({ status: 'ok', value: { state: 'undone' } });
    expect(await call('journal:pending', [{}])).toMatchObject({ status: 'ok', value: { entries: [] } });
  });

  it('refuses commands, paths and unknown plans from the renderer', async () => {
    const { call } = await setup();
    expect(await call('fix:plan', [{ fixId: 'repair-windows-temp', command: 'cmd /c calc' }])).toMatchObject({ status: 'failed', code: 'E_INVALID_REQUEST' });
    expect(await call('fix:plan', [{ fixId: 'elevated-install', packagePath: 'C:\\x.msi' }])).toMatchObject({ status: 'failed', code: 'E_INVALID_REQUEST' });
    expect(await call('fix:apply', [{ planId: '00000000-0000-4000-8000-000000000000' }])).toMatchObject({ status: 'failed', code: 'E_NOT_FOUND' });
    expect(await call('fix:plan', [{ fixId: 'elevated-install', packageToken: 'f'.repeat(32) }])).toMatchObject({ status: 'failed', code: 'E_TOKEN_UNKNOWN' });
  });
});
