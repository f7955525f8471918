/** `installer-doctor journal [--json]`: every recorded fix, newest first, and those a crash left open. */
import { ExitCode } from '../exit-codes';
import { json } from '../io';
import type { CliCommand } from '../command';
import { JournalStore } from '../../journal/journal-store';
import { cliDataDir } from '../../fixes/service';

export const journalCommand: CliCommand = {
  name: 'journal',
  summary: 'List the journal of applied fixes (and fixes interrupted by a crash).',
  usage: 'installer-doctor journal [--json]',
  args: { flags: ['json'] },
  async run(args, io) {
    const store = new JournalStore(cliDataDir(io.env, io.platform));
    const entries = await store.list();
    const summary = entries.map((e) => ({
      id: e.id,
      fix: e.fixId,
      state: e.state,
      outcome: e.outcome,
      createdAt: e.createdAt,
      host: e.host,
      steps: e.steps.map((s) => ({
        id: s.id,
        status: s.status,
        command: s.command,
        elevated: s.elevated,
        undoable: s.undo !== null,
      })),
    }));
    if (args.flags.has('json'))
      json(io, {
        dir: store.dir,
        entries: summary,
        pending: summary.filter((e) => e.state === 'open').map((e) => e.id),
      });
    else
      for (const e of summary)
        io.out(
          `${e.createdAt}  ${e.id}  ${e.fix}  ${e.state}${e.host.kind === 'simulated' ? `  (simulated: ${e.host.scenarioId ?? '?'})` : ''}\n`,
        );
    return ExitCode.Ok;
  },
};
