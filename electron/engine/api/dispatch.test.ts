import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { INVOKE_CHANNELS } from '@shared/ipc/contract';
import { createDispatcher } from './dispatch';
import { handlers as realHandlers } from './handlers/index';
import type { HandlerMap } from './handlers/types';
import { testContext } from './test-context';

/** Handlers that record whether they were reached: validation must stop bad input before them. */
function spyHandlers() {
  const reached: string[] = [];
  const spied = Object.fromEntries(
    Object.entries(realHandlers).map(([channel, fn]) => [
      channel,
      async (...args: unknown[]) => {
        reached.push(channel);
        return (fn as (...a: unknown[]) => unknown)(...args);
      },
    ]),
  ) as unknown as HandlerMap;
  return { spied, reached };
}

describe('dispatcher: one validation path for Electron IPC and the preview bridge', () => {
  it('answers a valid request with ok', async () => {
    const dispatch = createDispatcher(realHandlers, await testContext());
    const result = await dispatch('app:info', [{}]);
    expect(result).toMatchObject({ status: 'ok', value: { name: 'Installer Doctor', host: { kind: 'simulated' } } });
  });

  it('rejects unknown channels, wrong arity, unknown keys and wrong types without reaching a handler', async () => {
    const { spied, reached } = spyHandlers();
    const dispatch = createDispatcher(spied, await testContext());
    expect(await dispatch('app:exec', [{}])).toMatchObject({ status: 'failed', code: 'E_UNKNOWN_CHANNEL' });
    expect(await dispatch('__proto__', [{}])).toMatchObject({ status: 'failed', code: 'E_UNKNOWN_CHANNEL' });
    expect(await dispatch('app:info', [])).toMatchObject({ status: 'failed', code: 'E_INVALID_REQUEST' });
    expect(await dispatch('app:info', [{}, {}])).toMatchObject({ status: 'failed', code: 'E_INVALID_REQUEST' });
    expect(await dispatch('app:info', [{ extra: 1 }])).toMatchObject({ status: 'failed', code: 'E_INVALID_REQUEST' });
    expect(await dispatch('settings:set', [{ language: 'fr' }])).toMatchObject({
      status: 'failed',
      code: 'E_INVALID_REQUEST',
    });
    expect(await dispatch('host:selectScenario', [{ id: '../../etc/passwd' }])).toMatchObject({
      status: 'failed',
      code: 'E_INVALID_REQUEST',
    });
    expect(reached).toEqual([]);
  });

  it('fuzz: arbitrary payloads on every channel yield a Result, and invalid ones never reach the handler', async () => {
    const ctx = await testContext();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...INVOKE_CHANNELS),
        fc.oneof(
          fc.anything(),
          fc.json().map((j) => JSON.parse(j) as unknown),
        ),
        async (channel, payload) => {
          const { spied, reached } = spyHandlers();
          const dispatch = createDispatcher(spied, ctx);
          const result = await dispatch(channel, [payload]);
          expect(['ok', 'failed', 'cancelled']).toContain(result.status);
          if (result.status === 'failed' && result.code === 'E_INVALID_REQUEST') expect(reached).toEqual([]);
        },
      ),
      { numRuns: 300, seed: 20261121 },
    );
  });

  it('turns a throwing handler into E_INTERNAL and an off-contract response into E_INTERNAL', async () => {
    const log = vi.fn();
    const throwing = {
      ...realHandlers,
      'app:info': async () => {
        throw new Error('boom');
      },
    } as HandlerMap;
    expect(await createDispatcher(throwing, await testContext(), log)('app:info', [{}])).toMatchObject({
      status: 'failed',
      code: 'E_INTERNAL',
    });
    const offContract = {
      ...realHandlers,
      'settings:get': async () => ({ status: 'ok', value: { language: 'klingon', theme: 'system' } }),
    } as unknown as HandlerMap;
    expect(await createDispatcher(offContract, await testContext(), log)('settings:get', [{}])).toMatchObject({
      status: 'failed',
      code: 'E_INTERNAL',
    });
    expect(log).toHaveBeenCalledTimes(2);
  });

  it('refuses links that are not on the allowlist', async () => {
    const ctx = await testContext();
    const dispatch = createDispatcher(realHandlers, ctx);
    expect(await dispatch('app:openExternal', [{ url: 'file:///C:/Windows/System32/calc.exe' }])).toMatchObject({
      status: 'failed',
      code: 'E_LINK_BLOCKED',
    });
    expect(
      await dispatch('app:openExternal', [{ url: 'https://learn.microsoft.com/windows/win32/msi/error-codes' }]),
    ).toMatchObject({ status: 'ok' });
  });

  it('switches scenarios on the simulated host and emits host:changed', async () => {
    const events: unknown[] = [];
    const ctx = await testContext((channel, payload) => events.push([channel, payload]));
    const dispatch = createDispatcher(realHandlers, ctx);
    expect(await dispatch('host:selectScenario', [{ id: 'install-in-progress-1618' }])).toMatchObject({
      status: 'ok',
      value: { scenarioId: 'install-in-progress-1618' },
    });
    expect(events).toEqual([['host:changed', expect.objectContaining({ scenarioId: 'install-in-progress-1618' })]]);
    expect(await dispatch('host:selectScenario', [{ id: 'no-such-scenario' }])).toMatchObject({
      status: 'failed',
      code: 'E_NOT_FOUND',
    });
  });
});
