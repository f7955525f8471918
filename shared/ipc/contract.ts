/**
 * The one IPC contract. Main, preload, preview bridge and renderer derive their types and their
 * runtime channel lists from here; nothing is mirrored by hand. Channel names are listed without zod in
 * channels.ts (the preload must not bundle schemas); `satisfies` below keeps both lists identical.
 */
import type { z } from 'zod';
import type { EventSpec, InvokeSpec } from './define';
import type { Result } from './result';
import { EVENT_CHANNELS, INVOKE_CHANNELS, type EventChannel, type InvokeChannel } from './channels';
import { appEvents, appInvoke } from './domains/app';
import { filesInvoke } from './domains/files';
import { logEvents, logInvoke } from './domains/log';
import { diagnoseEvents, diagnoseInvoke } from './domains/diagnose';
import { fixEvents, fixInvoke } from './domains/fix';
import { bundleInvoke } from './domains/bundle';

export const invokeContract = {
  ...appInvoke,
  ...filesInvoke,
  ...logInvoke,
  ...diagnoseInvoke,
  ...fixInvoke,
  ...bundleInvoke,
} as const satisfies Record<InvokeChannel, InvokeSpec>;

export const eventContract = {
  ...appEvents,
  ...logEvents,
  ...diagnoseEvents,
  ...fixEvents,
} as const satisfies Record<EventChannel, EventSpec>;

// Compile-time proof that the zod-free lists hold exactly the contract's keys.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const invokeListsMatch: Same<keyof typeof invokeContract, InvokeChannel> = true;
const eventListsMatch: Same<keyof typeof eventContract, EventChannel> = true;
void invokeListsMatch;
void eventListsMatch;

export type InvokeContract = typeof invokeContract;
export type EventContract = typeof eventContract;
export type RequestOf<C extends InvokeChannel> = z.input<InvokeContract[C]['request']>;
export type ParsedRequestOf<C extends InvokeChannel> = z.output<InvokeContract[C]['request']>;
export type ResponseOf<C extends InvokeChannel> = z.output<InvokeContract[C]['response']>;
export type EventPayloadOf<E extends EventChannel> = z.output<EventContract[E]['payload']>;
export type InvokeResult<C extends InvokeChannel> = Result<ResponseOf<C>>;

export { INVOKE_CHANNELS, EVENT_CHANNELS };
export type { InvokeChannel, EventChannel };
