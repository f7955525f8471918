/** Helpers to declare channels so that request, response and event types all derive from one place. */
import type { z } from 'zod';

export interface InvokeSpec<Req extends z.ZodType = z.ZodType, Res extends z.ZodType = z.ZodType> {
  request: Req;
  response: Res;
}
export interface EventSpec<P extends z.ZodType = z.ZodType> {
  payload: P;
}

/** Channel names are `domain:verb` (invoke) or `domain:event` (events): lower camel case parts. */
export type ChannelName = `${string}:${string}`;
export const CHANNEL_NAME = /^[a-z][a-zA-Z]*:[a-z][a-zA-Z]*$/u;

export const invoke = <Req extends z.ZodType, Res extends z.ZodType>(
  request: Req,
  response: Res,
): InvokeSpec<Req, Res> => ({ request, response });
export const event = <P extends z.ZodType>(payload: P): EventSpec<P> => ({ payload });
