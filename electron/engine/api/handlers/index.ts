/** Every handler of the contract. The type requires exactly one per invoke channel. */
import { appHandlers } from './app';
import { filesHandlers } from './files';
import { logHandlers } from './log';
import { diagnoseHandlers } from './diagnose';
import { fixHandlers } from './fix';
import { bundleHandlers } from './bundle';
import type { HandlerMap } from './types';

export const handlers: HandlerMap = {
  ...appHandlers,
  ...filesHandlers,
  ...logHandlers,
  ...diagnoseHandlers,
  ...fixHandlers,
  ...bundleHandlers,
};
