/**
 * A journal entry: one fix applied to one machine, written BEFORE each change (write-ahead), so a
 * crash at any point leaves enough on disk to put the machine back. The model is Windows Installer's
 * rollback script (security.md §4.1 [MS3]): each step records its undo before the forward change;
 * undo operations are idempotent and tolerate "the forward change never happened".
 */
import { z } from 'zod';
import { FixId } from '@shared/model/findings';
import { HostOperation } from '../host/operations';

const Params = z.record(z.string(), z.union([z.string(), z.number()]));

export const StepStatus = z.enum(['pending', 'started', 'done', 'failed', 'undone', 'undo-failed']);
export type StepStatus = z.infer<typeof StepStatus>;

export const JournalStep = z.object({
  id: z.string(),
  descriptionKey: z.string(),
  params: Params,
  command: z.string(),
  elevated: z.boolean(),
  operation: HostOperation.nullable(),
  undo: z.array(HostOperation).nullable(),
  status: StepStatus,
  /** Exit code or error of the forward change or of its undo. */
  detail: z.string().max(4000).optional(),
  exitCode: z.number().int().optional(),
});
export type JournalStep = z.infer<typeof JournalStep>;

/**
 * open: being applied (found open at start = interrupted by a crash);
 * committed: applied; rolled-back: undone automatically after a failure or a crash;
 * undone: undone by the user; undo-failed: some undo step failed (details per step);
 * kept: found open at start, and the user chose to keep what it had changed (still undoable).
 */
export const EntryState = z.enum(['open', 'committed', 'rolled-back', 'undone', 'undo-failed', 'kept']);
export type EntryState = z.infer<typeof EntryState>;

export const JournalEntry = z.object({
  version: z.literal(1),
  id: z.string().regex(/^[\w-]{8,64}$/u),
  fixId: FixId,
  planId: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  host: z.object({ kind: z.enum(['live', 'simulated']), scenarioId: z.string().nullable() }),
  state: EntryState,
  targetFindings: z.array(z.string()),
  /** Package and options for install fixes (so a simulated machine can be rebuilt for undo). */
  packagePath: z.string().nullable(),
  steps: z.array(JournalStep),
  outcome: z.enum(['applied', 'failed', 'declined', 'cancelled']).nullable(),
});
export type JournalEntry = z.infer<typeof JournalEntry>;
