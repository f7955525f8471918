/**
 * The development preview's transport: the same bridge API as the preload, carried over a loopback
 * WebSocket to the preview server, which runs the same dispatcher as Electron's main process. The
 * server puts its per-run token into the page; without it the socket is refused.
 */
import type { BridgeTransport } from '@shared/ipc/bridge-api';
import { failed } from '@shared/ipc/result';

type Pending = { resolve: (v: unknown) => void };

export function previewTransport(): BridgeTransport | null {
  const token = document.querySelector<HTMLMetaElement>('meta[name="installer-doctor-preview-token"]')?.content;
  if (!token) return null;
  const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/bridge?token=${encodeURIComponent(token)}`;
  const listeners = new Map<string, Set<(p: unknown) => void>>();
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let socket: WebSocket | null = null;
  let ready: Promise<WebSocket> | null = null;

  const connect = (): Promise<WebSocket> => {
    if (ready) return ready;
    ready = new Promise((resolve, reject) => {
      const ws = new WebSocket(url);
      ws.onopen = () => resolve(ws);
      ws.onerror = () => reject(new Error('preview bridge unavailable'));
      ws.onclose = () => {
        ready = null;
        socket = null;
        for (const p of pending.values()) p.resolve(failed('E_INTERNAL', 'preview bridge closed'));
        pending.clear();
      };
      ws.onmessage = (event) => {
        const msg = JSON.parse(String(event.data)) as {
          type: string;
          id?: number;
          result?: unknown;
          channel?: string;
          payload?: unknown;
        };
        if (msg.type === 'result' && msg.id !== undefined) {
          pending.get(msg.id)?.resolve(msg.result);
          pending.delete(msg.id);
        } else if (msg.type === 'event' && msg.channel) {
          for (const l of listeners.get(msg.channel) ?? []) l(msg.payload);
        }
      };
      socket = ws;
    });
    return ready;
  };

  return {
    async invoke(channel, request) {
      let ws: WebSocket;
      try {
        ws = socket?.readyState === WebSocket.OPEN ? socket : await connect();
      } catch {
        return failed('E_INTERNAL', 'preview bridge unavailable');
      }
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, { resolve });
        ws.send(JSON.stringify({ type: 'invoke', id, channel, payload: request }));
      });
    },
    subscribe(channel, listener) {
      const set = listeners.get(channel) ?? new Set();
      set.add(listener);
      listeners.set(channel, set);
      void connect().catch(() => undefined);
      return () => {
        set.delete(listener);
      };
    },
  };
}
