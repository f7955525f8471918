/**
 * The single entry point for a request from the renderer, shared by Electron's IPC and the preview
 * bridge so both validate the same way. Order matters: the channel must be known and the payload must
 * parse (strict schemas: unknown keys rejected) before any handler code runs; a handler's throw
 * becomes E_INTERNAL and its response is checked against the contract before it leaves.
 */
import { INVOKE_CHANNELS, invokeContract, type InvokeChannel } from '@shared/ipc/contract';
import { failed, type Result } from '@shared/ipc/result';
import type { HandlerContext } from './context';
import type { HandlerMap } from './handlers/types';

const known = new Set<string>(INVOKE_CHANNELS);
export const isInvokeChannel = (c: unknown): c is InvokeChannel => typeof c === 'string' && known.has(c);

export interface Dispatcher {
  (channel: unknown, args: readonly unknown[], signal?: AbortSignal): Promise<Result<unknown>>;
}

export function createDispatcher(
  handlers: HandlerMap,
  ctx: HandlerContext,
  log: (msg: string) => void = () => {},
): Dispatcher {
  return async (channel, args, signal = new AbortController().signal) => {
    if (!isInvokeChannel(channel)) return failed('E_UNKNOWN_CHANNEL');
    if (args.length !== 1) return failed('E_INVALID_REQUEST', 'exactly one argument is expected');
    const spec = invokeContract[channel];
    const parsed = spec.request.safeParse(args[0]);
    // The offending input is not echoed back: only where it failed.
    if (!parsed.success)
      return failed(
        'E_INVALID_REQUEST',
        parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.code}`).join('; '),
      );
    const handler = handlers[channel] as (
      req: unknown,
      c: HandlerContext,
      call: { signal: AbortSignal },
    ) => Promise<Result<unknown>>;
    let result: Result<unknown>;
    try {
      result = await handler(parsed.data, ctx, { signal });
    } catch (err) {
      log(`handler ${channel} threw: ${(err as Error).stack ?? String(err)}`);
      return failed('E_INTERNAL');
    }
    if (result.status === 'ok') {
      const checked = spec.response.safeParse(result.value);
      if (!checked.success) {
        log(`handler ${channel} returned an off-contract value: ${checked.error.message}`);
        return failed('E_INTERNAL');
      }
      return { status: 'ok', value: checked.data };
    }
    return result;
  };
}
