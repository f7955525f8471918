/** Every CLI command. Add a command in its own file and list it here. */
import type { CliCommand } from '../command';
import { listCommand } from './list';
import { kbCommand } from './kb';
import { analyzeLogCommand } from './analyze-log';
import { diagnoseCommand } from './diagnose';
import { fixCommand } from './fix';
import { undoCommand } from './undo';
import { journalCommand } from './journal';
import { bundleCommand } from './bundle';
import { recordScenarioCommand } from './record-scenario';

export const commands: readonly CliCommand[] = [
  listCommand,
  kbCommand,
  analyzeLogCommand,
  diagnoseCommand,
  fixCommand,
  undoCommand,
  journalCommand,
  bundleCommand,
  recordScenarioCommand,
];
