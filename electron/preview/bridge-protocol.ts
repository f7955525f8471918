/** The preview bridge's wire messages. Client messages are parsed defensively; the payload itself is validated by the dispatcher. */
import { z } from 'zod';
import type { Result } from '@shared/ipc/result';

const ClientMessage = z
  .object({
    type: z.literal('invoke'),
    id: z.number().int().nonnegative(),
    channel: z.string().max(64),
    payload: z.unknown(),
  })
  .strict();
export type ClientMessage = z.infer<typeof ClientMessage>;

export type ServerMessage =
  { type: 'result'; id: number; result: Result<unknown> } | { type: 'event'; channel: string; payload: unknown };

export function parseBridgeMessage(text: string): ClientMessage | null {
  try {
    const parsed = ClientMessage.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
