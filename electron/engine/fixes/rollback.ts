/**
 * Undo from the journal: the undo operations of every step that started, in reverse order. Undo
 * operations are idempotent, so a step that was marked started but never ran is safe to undo. Steps
 * that cannot be undone (an install, a restart) are reported, never silently skipped.
 */
import type { WindowsHost } from '../host/windows-host';
import type { JournalStore } from '../journal/journal-store';
import type { JournalEntry } from '../journal/schema';

export interface UndoReport {
  journalId: string;
  state: JournalEntry['state'];
  undone: string[];
  failed: { id: string; error: string }[];
  /** Steps that ran and cannot be undone (e.g. an install), by id. */
  notUndoable: string[];
}

export async function rollbackEntry(
  host: WindowsHost,
  entry: JournalEntry,
  journal: JournalStore,
  finalState: 'rolled-back' | 'undone',
): Promise<UndoReport> {
  const report: UndoReport = { journalId: entry.id, state: entry.state, undone: [], failed: [], notUndoable: [] };
  for (let i = entry.steps.length - 1; i >= 0; i--) {
    const step = entry.steps[i] as JournalEntry['steps'][number];
    if (
      step.status !== 'started' &&
      step.status !== 'done' &&
      step.status !== 'failed' &&
      step.status !== 'undo-failed'
    )
      continue;
    if (step.undo === null) {
      if (step.status === 'done') report.notUndoable.push(step.id);
      continue;
    }
    let error: string | null = null;
    for (const op of step.undo) {
      const outcome = await host.apply(op);
      if (outcome.status !== 'done') {
        error = outcome.status === 'declined' ? 'declined' : outcome.error;
        break;
      }
    }
    step.status = error === null ? 'undone' : 'undo-failed';
    if (error !== null) {
      step.detail = error;
      report.failed.push({ id: step.id, error });
    } else report.undone.push(step.id);
    await journal.write(entry);
    // A declined UAC prompt stops the undo: the rest waits for the user's next try.
    if (error === 'declined') break;
  }
  entry.state = report.failed.length > 0 ? 'undo-failed' : finalState;
  await journal.write(entry);
  report.state = entry.state;
  return report;
}

export type UndoRefusal = {
  error: 'not-found' | 'not-undoable-state' | 'not-undoable';
  state?: string;
  notUndoable?: string[];
};

/** Undo of a committed entry, or rollback of one a crash left open. */
export async function undoEntry(
  host: WindowsHost,
  journal: JournalStore,
  id: string,
): Promise<UndoReport | UndoRefusal> {
  const entry = await journal.get(id);
  if (!entry) return { error: 'not-found' };
  if (entry.state === 'open') return rollbackEntry(host, entry, journal, 'rolled-back');
  // Interrupted, then kept by the user: undo what it had started, like the rollback it was offered.
  if (entry.state === 'kept') return rollbackEntry(host, entry, journal, 'undone');
  if (entry.state !== 'committed' && entry.state !== 'undo-failed')
    return { error: 'not-undoable-state', state: entry.state };
  const ran = entry.steps.filter((s) => s.operation && s.status === 'done');
  // Nothing that ran has a real undo (a restart, an install and its log folders): say so, change nothing.
  if (ran.length > 0 && ran.every((s) => s.undo === null || s.undo.length === 0) && ran.some((s) => s.undo === null)) {
    return {
      error: 'not-undoable',
      state: entry.state,
      notUndoable: ran.filter((s) => s.undo === null).map((s) => s.id),
    };
  }
  return rollbackEntry(host, entry, journal, 'undone');
}
