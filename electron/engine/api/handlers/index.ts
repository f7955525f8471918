/** Every handler of the contract. The type requires exactly one per invoke channel. */
import { appHandlers } from './app';
import type { HandlerMap } from './types';

export const handlers: HandlerMap = {
  ...appHandlers,
};
