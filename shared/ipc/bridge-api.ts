/**
 * The domain-shaped API the renderer sees (`api.app.info({})`, `api.host.onChanged(cb)`), derived
 * from the contract's types and built at run time from the channel lists. The preload builds it over
 * ipcRenderer; the development preview builds the same object over a WebSocket. No raw IPC escapes:
 * callers get one function per channel, listeners get the payload only and an unsubscribe function.
 */
import { EVENT_CHANNELS, INVOKE_CHANNELS, type EventChannel, type InvokeChannel } from './channels';
import type { EventPayloadOf, InvokeResult, RequestOf } from './contract';

type DomainOf<C extends string> = C extends `${infer D}:${string}` ? D : never;
type VerbOf<C extends string> = C extends `${string}:${infer V}` ? V : never;
type Domain = DomainOf<InvokeChannel | EventChannel>;

export type Unsubscribe = () => void;

export type BridgeApi = {
  readonly [D in Domain]: {
    readonly [C in Extract<InvokeChannel, `${D}:${string}`> as VerbOf<C>]: (
      request: RequestOf<C>,
    ) => Promise<InvokeResult<C>>;
  } & {
    readonly [E in Extract<EventChannel, `${D}:${string}`> as `on${Capitalize<VerbOf<E>>}`]: (
      listener: (payload: EventPayloadOf<E>) => void,
    ) => Unsubscribe;
  };
};

export interface BridgeTransport {
  invoke(channel: InvokeChannel, request: unknown): Promise<unknown>;
  subscribe(channel: EventChannel, listener: (payload: unknown) => void): Unsubscribe;
}

const split = (channel: string): [string, string] => {
  const i = channel.indexOf(':');
  return [channel.slice(0, i), channel.slice(i + 1)];
};

/** The exact set of keys the bridge exposes, as `domain.member` strings (tests compare against it). */
export function bridgeKeys(): string[] {
  const keys = INVOKE_CHANNELS.map((c) => split(c).join('.'));
  for (const e of EVENT_CHANNELS) {
    const [domain, name] = split(e);
    keys.push(`${domain}.on${name.charAt(0).toUpperCase()}${name.slice(1)}`);
  }
  return keys.sort();
}

export function buildBridgeApi(transport: BridgeTransport): BridgeApi {
  const api: Record<string, Record<string, unknown>> = {};
  const domainOf = (d: string) => (api[d] ??= {});
  for (const channel of INVOKE_CHANNELS) {
    const [domain, verb] = split(channel);
    domainOf(domain)[verb] = (request: unknown) => transport.invoke(channel, request);
  }
  for (const channel of EVENT_CHANNELS) {
    const [domain, name] = split(channel);
    domainOf(domain)[`on${name.charAt(0).toUpperCase()}${name.slice(1)}`] = (listener: unknown) => {
      if (typeof listener !== 'function') throw new TypeError('listener must be a function');
      return transport.subscribe(channel, (payload) => (listener as (p: unknown) => void)(payload));
    };
  }
  for (const d of Object.values(api)) Object.freeze(d);
  return Object.freeze(api) as unknown as BridgeApi;
}
