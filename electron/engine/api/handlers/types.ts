import type { InvokeChannel, InvokeResult, ParsedRequestOf } from '@shared/ipc/contract';
import type { HandlerContext } from '../context';

/** Metadata about one call, for handlers that need it (cancellation of long operations). */
export interface CallInfo {
  signal: AbortSignal;
}

export type Handler<C extends InvokeChannel> = (
  request: ParsedRequestOf<C>,
  ctx: HandlerContext,
  call: CallInfo,
) => Promise<InvokeResult<C>>;
export type HandlersFor<C extends InvokeChannel> = { [K in C]: Handler<K> };
export type HandlerMap = HandlersFor<InvokeChannel>;
