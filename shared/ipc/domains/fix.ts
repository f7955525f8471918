/**
 * Fix channels. The renderer asks for a fix by id (and optionally a finding and a package TOKEN minted
 * by main); it never sends a command, a flag or a path. `fix:apply` takes only a planId: main plans
 * again from the machine as it is now and applies that plan, so what runs is always computed server-side.
 */
import { z } from 'zod';
import { invoke, event } from '../define';
import { FixId } from '../../model/findings';

const id = z.string().regex(/^[\w-]{8,64}$/u);
const none = z.object({}).strict();

export const FixPlanView = z.object({
  planId: z.string(),
  fix: FixId,
  title: z.string(),
  description: z.string(),
  needsAdmin: z.boolean(),
  adminReason: z.string().nullable(),
  risk: z.enum(['low', 'medium', 'high']),
  riskText: z.string(),
  backups: z.array(z.object({ description: z.string(), limits: z.string().nullable() })),
  undoable: z.enum(['full', 'partial', 'none', 'nothing-to-undo']),
  undoNote: z.string().nullable(),
  targetFindings: z.array(z.string()),
  steps: z.array(
    z.object({
      id: z.string(),
      description: z.string(),
      command: z.string(),
      elevated: z.boolean(),
      undoable: z.boolean(),
    }),
  ),
});
export type FixPlanView = z.infer<typeof FixPlanView>;

export const FixPlanResponse = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('plan'), plan: FixPlanView }),
  z.object({ kind: z.literal('refused'), reason: z.string(), message: z.string(), detail: z.string().nullable() }),
]);

export const FixRunResult = z.object({
  fix: FixId,
  planId: z.string(),
  outcome: z.enum(['applied', 'cancelled', 'failed', 'planned', 'declined']),
  verified: z.boolean().nullable(),
  message: z.string(),
  journalId: z.string().nullable(),
  rolledBack: z.boolean(),
  steps: z.array(
    z.object({
      id: z.string(),
      status: z.string(),
      exitCode: z.number().int().optional(),
      detail: z.string().optional(),
    }),
  ),
  install: z
    .object({
      exitCode: z.number().int(),
      verdict: z.string(),
      message: z.string(),
      logPath: z.string(),
      rootCause: z
        .object({ code: z.number().int().nullable(), message: z.string(), line: z.number().int() })
        .nullable(),
      next: z.string().nullable(),
    })
    .nullable(),
});

export const JournalSummary = z.object({
  id: z.string(),
  fix: FixId,
  state: z.enum(['open', 'committed', 'rolled-back', 'undone', 'undo-failed', 'kept']),
  outcome: z.string().nullable(),
  createdAt: z.string(),
  simulated: z.boolean(),
  steps: z.array(
    z.object({ id: z.string(), status: z.string(), command: z.string(), elevated: z.boolean(), undoable: z.boolean() }),
  ),
});

export const UndoResult = z.object({
  journalId: z.string(),
  state: z.string(),
  undone: z.array(z.string()),
  failed: z.array(z.object({ id: z.string(), error: z.string() })),
  notUndoable: z.array(z.string()),
});

export const fixInvoke = {
  'fix:plan': invoke(
    z
      .object({
        fixId: FixId,
        findingId: z
          .string()
          .regex(/^[a-z0-9][a-z0-9-]{0,63}$/u)
          .optional(),
        packageToken: z
          .string()
          .regex(/^[0-9a-f]{32}$/u)
          .optional(),
        action: z.enum(['install', 'repair', 'reinstall']).optional(),
      })
      .strict(),
    FixPlanResponse,
  ),
  'fix:apply': invoke(z.object({ planId: z.string().uuid() }).strict(), FixRunResult),
  /** Stops the running fix, if any (a wait for another install ends at once; changes already made are rolled back). */
  'fix:cancel': invoke(none, z.object({ stopped: z.boolean() })),
  'fix:undo': invoke(z.object({ journalId: id }).strict(), UndoResult),
  'journal:list': invoke(none, z.object({ entries: z.array(JournalSummary) })),
  /** Fixes a crash interrupted last time: offered for rollback at start. */
  'journal:pending': invoke(none, z.object({ entries: z.array(JournalSummary) })),
  'journal:rollback': invoke(z.object({ journalId: id }).strict(), UndoResult),
  /** The user keeps what an interrupted fix had changed: it is no longer offered at start (and can still be undone). */
  'journal:keep': invoke(z.object({ journalId: id }).strict(), z.object({ entry: JournalSummary })),
} as const;

export const fixEvents = {
  'fix:progress': event(
    z.object({
      fixId: FixId,
      planId: z.string(),
      phase: z.enum(['step', 'waiting', 'analyzing', 'verifying', 'rollback', 'done']),
      stepIndex: z.number().int().optional(),
      stepCount: z.number().int().optional(),
      status: z.string().optional(),
      polls: z.number().int().optional(),
      holders: z.array(z.object({ pid: z.number().int(), packagePath: z.string().nullable() })).optional(),
    }),
  ),
} as const;
