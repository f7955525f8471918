import type { ArgSpec, ParsedArgs } from './args';
import type { CliIo } from './io';
import type { ExitCode } from './exit-codes';

/** One CLI command: its own file under commands/, listed in commands/index.ts. */
export interface CliCommand {
  name: string;
  /** One line for --help (English; --help is for IT staff, who read the docs in English). */
  summary: string;
  usage: string;
  args: ArgSpec;
  run(args: ParsedArgs, io: CliIo): Promise<ExitCode>;
}
