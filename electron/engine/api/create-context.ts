/** Builds a HandlerContext whose `emit` validates payloads against the contract before sending. */
import { eventContract, type EventChannel } from '@shared/ipc/contract';
import type { HandlerContext } from './context';

export type EventSink = (channel: EventChannel, payload: unknown) => void;

export function createContext(
  base: Omit<HandlerContext, 'emit'>,
  sink: EventSink,
  log: (msg: string) => void = () => {},
): HandlerContext {
  const ctx: HandlerContext = {
    ...base,
    emit(channel, payload) {
      const checked = eventContract[channel].payload.safeParse(payload);
      if (!checked.success) {
        log(`event ${channel} dropped: off-contract payload`);
        return;
      }
      sink(channel, checked.data);
    },
  };
  base.session.onChanged((info) => ctx.emit('host:changed', info));
  return ctx;
}
