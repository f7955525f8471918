/**
 * `installer-doctor undo [--id JOURNAL-ID] [--json]`: undoes the newest committed fix (or rolls back
 * one a crash left open) from its journal entry. On the live PC the undo runs on the machine. A
 * simulated machine does not outlive the run that changed it, so for a simulated entry the machine is
 * rebuilt from its scenario, the journaled steps are replayed, and then undone: this checks the
 * journal's undo records end to end; it is said in the output (`replayed: true`).
 */
import { single } from '../args';
import { ExitCode } from '../exit-codes';
import { json } from '../io';
import type { CliCommand } from '../command';
import type { HostOperation } from '../../host/operations';
import type { WindowsHost } from '../../host/windows-host';
import { selectHost } from '../../host/select-host';
import { loadScenario } from '../../host/simulated/scenario-loader';
import { SimulatedHost } from '../../host/simulated/simulated-host';
import { JournalStore } from '../../journal/journal-store';
import { undoEntry } from '../../fixes/rollback';
import { cliDataDir } from '../../fixes/service';

export const undoCommand: CliCommand = {
  name: 'undo',
  summary: 'Undo the last applied fix from the journal (or roll back one interrupted by a crash).',
  usage: 'installer-doctor undo [--id JOURNAL-ID] [--json]',
  args: { values: { id: false }, flags: ['json'] },
  async run(args, io) {
    const store = new JournalStore(cliDataDir(io.env, io.platform));
    const wanted = single(args, 'id');
    const entries = await store.list();
    const entry = wanted
      ? entries.find((e) => e.id === wanted)
      : entries.find((e) => e.state === 'open' || e.state === 'committed' || e.state === 'kept');
    if (!entry) {
      io.err('installer-doctor: nothing to undo in the journal.\n');
      return ExitCode.BadInput;
    }
    let host: WindowsHost;
    let replayed = false;
    if (entry.host.kind === 'simulated') {
      const sim = new SimulatedHost(await loadScenario(entry.host.scenarioId ?? 'healthy'));
      for (const s of entry.steps)
        if (s.operation && (s.status === 'done' || s.status === 'started'))
          await sim.apply(s.operation as HostOperation);
      host = sim;
      replayed = true;
    } else {
      if (io.platform !== 'win32') {
        io.err('installer-doctor: this entry was made on a live Windows PC; undo it there.\n');
        return ExitCode.BadInput;
      }
      host = await selectHost({ platform: io.platform, env: {} });
    }
    const report = await undoEntry(host, store, entry.id);
    const ok = 'state' in report && (report.state === 'undone' || report.state === 'rolled-back');
    if (args.flags.has('json')) json(io, { journalId: entry.id, fix: entry.fixId, replayed, ...report });
    else
      io.out(
        `${entry.fixId} ${entry.id}: ${'error' in report ? report.error : report.state}${replayed ? ' (simulated machine rebuilt from the scenario and the journal)' : ''}\n`,
      );
    return ok ? ExitCode.Ok : 'error' in report ? ExitCode.BadInput : ExitCode.FixFailed;
  },
};
