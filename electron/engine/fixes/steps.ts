/** Builds plan steps: the command and elevation come from the live host's own command builder. */
import type { HostOperation } from '../host/operations';
import { operationCommand } from '../host/live/op-commands';
import type { Ace } from '../host/queries';
import type { Params, PlanStep, FixPlan } from './types';

export function change(
  id: string,
  descriptionKey: string,
  params: Params,
  operation: HostOperation,
  undo: HostOperation[] | null,
): PlanStep {
  const cmd = operationCommand(operation);
  return { id, descriptionKey, params, operation, undo, command: cmd.display, elevated: cmd.elevated };
}

export function observe(id: string, descriptionKey: string, params: Params, command: string): PlanStep {
  return { id, descriptionKey, params, operation: null, undo: [], command, elevated: false };
}

/** How much of a plan can be undone, from its steps. */
export function undoability(steps: readonly PlanStep[]): FixPlan['undoable'] {
  const changes = steps.filter((s) => s.operation !== null);
  if (changes.length === 0) return 'nothing-to-undo';
  const irreversible = changes.filter((s) => s.undo === null).length;
  if (irreversible === 0) return 'full';
  return irreversible === changes.length ? 'none' : 'partial';
}

export const needsAdmin = (steps: readonly PlanStep[]): boolean => steps.some((s) => s.elevated);

/** Short text of an ACL for plan parameters: "S-1-5-18 allow 0x1f01ff; ...". */
export function aclText(acl: readonly Ace[] | null): string {
  if (!acl) return '(none)';
  return acl.map((a) => `${a.sid} ${a.type} 0x${a.rights.toString(16)}${a.inherited ? ' (inherited)' : ''}`).join('; ');
}

export const newPlanId = (): string => globalThis.crypto.randomUUID();

/** Assembles a plan from its steps; admin need, undoability and ids are derived, not declared. */
export function makePlan(
  fields: Omit<FixPlan, 'planId' | 'needsAdmin' | 'undoable' | 'targetFindings' | 'adminReasonKey' | 'undoNoteKey'> & {
    adminReasonKey?: string | null;
    undoNoteKey?: string | null;
    targetFindings?: string[];
  },
): FixPlan {
  const admin = needsAdmin(fields.steps);
  return {
    ...fields,
    planId: newPlanId(),
    needsAdmin: admin,
    adminReasonKey: admin ? (fields.adminReasonKey ?? null) : null,
    undoable: undoability(fields.steps),
    undoNoteKey: fields.undoNoteKey ?? null,
    targetFindings: fields.targetFindings ?? [],
  };
}

export const refuse = (reason: import('./types').PlanRefusalReason, messageKey: string, detail?: string) => ({
  ok: false as const,
  reason,
  messageKey,
  ...(detail === undefined ? {} : { detail }),
});
