import { describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS } from '@shared/ipc/contract';

const handlers = new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>();
vi.mock('electron', () => ({
  ipcMain: {
    handle: (ch: string, fn: (event: unknown, ...args: unknown[]) => Promise<unknown>) => handlers.set(ch, fn),
    removeHandler: (ch: string) => handlers.delete(ch),
  },
}));
const { registerIpc } = await import('./register-ipc');

const goodEvent = {
  sender: { id: 1 },
  senderFrame: { url: 'app://bundle/index.html', parent: null, isDestroyed: () => false },
};

describe('registerIpc', () => {
  const dispatch = vi.fn(async () => ({ status: 'ok', value: 'reached' }) as const);
  const unregister = registerIpc(dispatch, new Set([1]), () => {});

  it('registers exactly the contract channels', () => {
    expect([...handlers.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());
  });

  it('refuses foreign senders before dispatching anything', async () => {
    dispatch.mockClear();
    const result = await handlers.get('app:info')?.(
      { ...goodEvent, senderFrame: { ...goodEvent.senderFrame, url: 'https://evil.example/' } },
      {},
    );
    expect(result).toMatchObject({ status: 'failed', code: 'E_FORBIDDEN_SENDER' });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('passes trusted calls to the dispatcher with the channel and every argument', async () => {
    dispatch.mockClear();
    await handlers.get('app:info')?.(goodEvent, {}, 'extra');
    expect(dispatch).toHaveBeenCalledWith('app:info', [{}, 'extra']);
  });

  it('removes every handler on unregister', () => {
    unregister();
    expect(handlers.size).toBe(0);
  });
});
