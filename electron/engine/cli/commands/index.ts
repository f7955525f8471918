/** Every CLI command. Add a command in its own file and list it here. */
import type { CliCommand } from '../command';
import { listCommand } from './list';
import { kbCommand } from './kb';
import { diagnoseCommand } from './diagnose';

export const commands: readonly CliCommand[] = [listCommand, kbCommand, diagnoseCommand];
