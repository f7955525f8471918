/**
 * The shape of a fix. A fix is a PLAN of exact steps computed from the machine's current state
 * (each step: a closed HostOperation, the command the live host runs for it, whether it needs an
 * administrator, and the operations that undo it, recorded before the change); applying, verifying
 * and undoing are generic (run-fix.ts), so no fix can change a machine outside the journal.
 */
import type { FixId } from '@shared/model/catalog-ids';
import type { HostOperation } from '../host/operations';
import type { WindowsHost } from '../host/windows-host';
import type { MsiAction } from '../host/live/msiexec-command';
import type { JournalEntry } from '../journal/schema';

export type Params = Record<string, string | number>;
export type Risk = 'low' | 'medium' | 'high';

export interface PlanStep {
  id: string;
  /** i18n key in the fixes namespace, e.g. "fixes:step.createFolder". */
  descriptionKey: string;
  params: Params;
  /** The change; null for a step that only observes or guides (no change to the machine). */
  operation: HostOperation | null;
  /** Operations that undo the step, in order: [] nothing to undo, null cannot be undone. */
  undo: HostOperation[] | null;
  /** The exact command the live host runs (or, for observe steps, the query it makes). */
  command: string;
  elevated: boolean;
}

export interface BackupNote {
  descriptionKey: string;
  params: Params;
  /** What this backup does not keep (e.g. icacls /save keeps DACLs only). */
  limitsKey: string | null;
}

/** How success is checked after applying. */
export type VerifyKind = 'finding-gone' | 'install-succeeded' | 'none';

export interface FixPlan {
  planId: string;
  fixId: FixId;
  titleKey: string;
  descriptionKey: string;
  params: Params;
  needsAdmin: boolean;
  adminReasonKey: string | null;
  risk: Risk;
  riskKey: string;
  backups: BackupNote[];
  steps: PlanStep[];
  /** 'full' when every change has an undo, 'partial' when some cannot be undone, 'none' when nothing can. */
  undoable: 'full' | 'partial' | 'none' | 'nothing-to-undo';
  undoNoteKey: string | null;
  verify: VerifyKind;
  /** Finding ids this plan addresses (filled from a diagnosis when one is given). */
  targetFindings: string[];
  /** For install fixes: the package and log. */
  install?: { packagePath: string; logPath: string; action: MsiAction };
}

export type PlanRefusalReason =
  'not-applicable' | 'needs-package' | 'unsafe-path' | 'not-an-msi' | 'package-missing' | 'host-failed';

export type PlanResult =
  { ok: true; plan: FixPlan } | { ok: false; reason: PlanRefusalReason; messageKey: string; detail?: string };

export interface FixInput {
  host: WindowsHost;
  /** The package for install fixes (a path on the machine, minted by main from a dialog or --msi). */
  packagePath?: string;
  action?: MsiAction;
  /** Finding ids from a diagnosis that this fix is asked to address. */
  targetFindings?: string[];
  /** Committed journal entries, newest first (disable-installer-logging restores what enable recorded). */
  history?: readonly JournalEntry[];
  /** The clock, for names of moved-aside files and logs. */
  now?: Date;
}

export interface FixDefinition {
  id: FixId;
  plan(input: FixInput): Promise<PlanResult>;
  /**
   * The fix's own re-probe of the state it changed: true when the problem is gone. Run after apply
   * (and with a diagnosis, when one is available, the targeted findings must be gone too).
   */
  check?(host: WindowsHost, plan: FixPlan): Promise<boolean>;
}
