import { describe, expect, it, vi } from 'vitest';
import { bridgeKeys } from '@shared/ipc/bridge-api';
import { EVENT_CHANNELS, INVOKE_CHANNELS } from '@shared/ipc/channels';

const exposed: Record<string, unknown> = {};
const listeners = new Map<string, Set<(event: unknown, payload: unknown) => void>>();
const invoke = vi.fn(async (...args: unknown[]) => ({ status: 'ok', value: args }));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
  ipcRenderer: {
    invoke: (...args: unknown[]) => invoke(...args),
    on: (ch: string, l: (e: unknown, p: unknown) => void) => listeners.set(ch, (listeners.get(ch) ?? new Set()).add(l)),
    removeListener: (ch: string, l: (e: unknown, p: unknown) => void) => listeners.get(ch)?.delete(l),
  },
}));
await import('./index');

/** Every function path in the exposed object, as "domain.member". */
function surface(api: Record<string, Record<string, unknown>>): string[] {
  return Object.entries(api)
    .flatMap(([d, members]) => Object.keys(members).map((m) => `${d}.${m}`))
    .sort();
}

describe('preload bridge (checklist item 20)', () => {
  const api = exposed['installerDoctor'] as Record<string, Record<string, (...a: unknown[]) => unknown>>;

  it('exposes exactly one global', () => {
    expect(Object.keys(exposed)).toEqual(['installerDoctor']);
  });

  it('exposes exactly the allowlisted keys derived from the contract, nothing raw', () => {
    expect(surface(api)).toEqual(bridgeKeys());
    expect(surface(api)).toHaveLength(INVOKE_CHANNELS.length + EVENT_CHANNELS.length);
    expect(JSON.stringify(surface(api))).not.toMatch(/ipcRenderer|send|invoke\b|on\b/u);
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('invokes the channel with exactly the request', async () => {
    await api['app']?.['info']?.({});
    expect(invoke).toHaveBeenCalledWith('app:info', {});
  });

  it('hands listeners the payload only, never the Electron event, and unsubscribes', () => {
    const received: unknown[][] = [];
    const off = api['host']?.['onChanged']?.((...args: unknown[]) => received.push(args)) as () => void;
    const [listener] = listeners.get('host:changed') ?? [];
    listener?.({ sender: { send: 'leak' } }, { kind: 'simulated' });
    expect(received).toEqual([[{ kind: 'simulated' }]]);
    off();
    expect(listeners.get('host:changed')?.size).toBe(0);
  });

  it('refuses a non-function listener', () => {
    expect(() => api['host']?.['onChanged']?.('not a function')).toThrow(TypeError);
  });
});
