/**
 * Applying, verifying and undoing a plan, the same way for every fix: the journal entry is written
 * before the first change and each step is marked started before it runs (write-ahead); a failure
 * rolls back what ran; a declined UAC prompt is not a failure. Verification re-probes the state the
 * fix changed and, with a diagnosis function, checks that the targeted findings are gone.
 */
import { randomUUID } from 'node:crypto';
import type { HostOperation, OperationOutcome } from '../host/operations';
import type { WindowsHost } from '../host/windows-host';
import type { JournalStore } from '../journal/journal-store';
import type { JournalEntry } from '../journal/schema';
import { rollbackEntry } from './rollback';
import { explainInstall, type InstallReport, type LogAnalyzer } from './install-report';
import { waitForInstall, type WaitReport } from './wait-loop';
import type { FixDefinition, FixPlan } from './types';

export type FixOutcome = 'applied' | 'cancelled' | 'failed' | 'planned' | 'declined';

export interface FixProgress {
  fixId: string;
  planId: string;
  phase: 'step' | 'waiting' | 'analyzing' | 'verifying' | 'rollback' | 'done';
  stepIndex?: number;
  stepCount?: number;
  status?: string;
  /** While waiting: the processes still holding the installer, by pid and package. */
  holders?: { pid: number; packagePath: string | null }[];
  polls?: number;
}

/** The diagnosis, as far as verification needs it. */
export type Diagnoser = (
  host: WindowsHost,
  options: { symptom?: string; packagePath?: string; signal?: AbortSignal },
) => Promise<{ findings: readonly { id: string; checkId: string; fixes: readonly string[] }[] }>;

export interface ApplyOptions {
  journal: JournalStore;
  diagnose?: Diagnoser;
  analyzeLog?: LogAnalyzer;
  symptom?: string;
  onProgress?(progress: FixProgress): void;
  signal?: AbortSignal;
  /** Test hook: runs after each host.apply (throw to inject a crash). */
  afterApply?(stepIndex: number): void;
  pollIntervalMs?: number;
  maxWaitMs?: number;
}

export interface FixResult {
  fixId: string;
  planId: string;
  outcome: FixOutcome;
  /** true: the problem is gone (or the install succeeded); false: still there; null: not checkable now. */
  verified: boolean | null;
  journalId: string | null;
  steps: { id: string; status: string; exitCode?: number; detail?: string }[];
  rolledBack: boolean;
  install?: InstallReport;
  wait?: WaitReport;
}

type BatchHost = WindowsHost & {
  applyBatch(ops: readonly HostOperation[], o?: { signal?: AbortSignal }): Promise<OperationOutcome[]>;
};
const canBatch = (host: WindowsHost): host is BatchHost =>
  typeof (host as Partial<BatchHost>).applyBatch === 'function';

export function newEntry(host: WindowsHost, plan: FixPlan): JournalEntry {
  const now = new Date().toISOString();
  const d = host.describe();
  return {
    version: 1,
    id: `${now.slice(0, 10).replaceAll('-', '')}-${randomUUID()}`,
    fixId: plan.fixId,
    planId: plan.planId,
    createdAt: now,
    updatedAt: now,
    host: { kind: d.kind, scenarioId: d.scenarioId },
    state: 'open',
    targetFindings: plan.targetFindings,
    packagePath: plan.install?.packagePath ?? null,
    steps: plan.steps.map((s) => ({
      id: s.id,
      descriptionKey: s.descriptionKey,
      params: s.params,
      command: s.command,
      elevated: s.elevated,
      operation: s.operation,
      undo: s.undo,
      status: 'pending',
    })),
    outcome: null,
  };
}

function record(step: JournalEntry['steps'][number], outcome: OperationOutcome): void {
  if (outcome.status === 'done') {
    step.status = 'done';
    if (outcome.exitCode !== undefined) step.exitCode = outcome.exitCode;
  } else if (outcome.status === 'declined') {
    step.status = 'pending';
    step.detail = 'declined';
  } else {
    step.status = 'failed';
    step.detail = outcome.error;
    if (outcome.exitCode !== undefined) step.exitCode = outcome.exitCode;
  }
}

/** Runs the change steps under the journal. Returns the entry as left on disk. */
async function runSteps(
  host: WindowsHost,
  entry: JournalEntry,
  opts: ApplyOptions,
): Promise<'ok' | 'declined' | 'failed' | 'cancelled'> {
  const indexes = entry.steps.map((s, i) => (s.operation ? i : -1)).filter((i) => i >= 0);
  const progress = (i: number, status: string) =>
    opts.onProgress?.({
      fixId: entry.fixId,
      planId: entry.planId,
      phase: 'step',
      stepIndex: i,
      stepCount: entry.steps.length,
      status,
    });
  if (canBatch(host) && indexes.length > 1) {
    // One UAC prompt: every step is marked started first (undo is idempotent, so this is safe).
    for (const i of indexes) (entry.steps[i] as JournalEntry['steps'][number]).status = 'started';
    await opts.journal.write(entry);
    const outcomes = await host.applyBatch(
      indexes.map((i) => entry.steps[i]?.operation as HostOperation),
      opts.signal ? { signal: opts.signal } : {},
    );
    indexes.forEach((i, k) =>
      record(entry.steps[i] as JournalEntry['steps'][number], outcomes[k] ?? { status: 'failed', error: 'no outcome' }),
    );
    await opts.journal.write(entry);
  } else {
    for (const i of indexes) {
      const step = entry.steps[i] as JournalEntry['steps'][number];
      if (opts.signal?.aborted) return 'cancelled';
      step.status = 'started';
      await opts.journal.write(entry);
      progress(i, 'started');
      const outcome = await host.apply(step.operation as HostOperation, {
        elevated: step.elevated,
        ...(opts.signal ? { signal: opts.signal } : {}),
      });
      opts.afterApply?.(i);
      record(step, outcome);
      await opts.journal.write(entry);
      progress(i, step.status);
      if ((step.status as string) !== 'done') break;
    }
  }
  if (entry.steps.some((s) => s.detail === 'declined')) return 'declined';
  return entry.steps.some((s) => s.status === 'failed') ? 'failed' : 'ok';
}

export async function applyPlan(
  host: WindowsHost,
  def: FixDefinition,
  plan: FixPlan,
  opts: ApplyOptions,
): Promise<FixResult> {
  const base = { fixId: plan.fixId, planId: plan.planId, rolledBack: false };
  if (plan.fixId === 'wait-for-install') {
    const wait = await waitForInstall(host, plan, opts);
    const verified = wait.finished ? await verify(host, def, plan, opts) : false;
    return {
      ...base,
      outcome: wait.finished ? 'applied' : wait.cancelled ? 'cancelled' : 'failed',
      verified,
      journalId: null,
      steps: plan.steps.map((s) => ({ id: s.id, status: wait.finished ? 'done' : 'pending' })),
      wait,
    };
  }
  if (!plan.steps.some((s) => s.operation)) {
    return {
      ...base,
      outcome: 'planned',
      verified: null,
      journalId: null,
      steps: plan.steps.map((s) => ({ id: s.id, status: 'pending' })),
    };
  }
  const entry = newEntry(host, plan);
  await opts.journal.write(entry);
  const ran = await runSteps(host, entry, opts);
  const steps = () =>
    entry.steps.map((s) => ({
      id: s.id,
      status: s.status,
      ...(s.exitCode === undefined ? {} : { exitCode: s.exitCode }),
      ...(s.detail === undefined ? {} : { detail: s.detail }),
    }));
  if (ran !== 'ok') {
    opts.onProgress?.({ fixId: plan.fixId, planId: plan.planId, phase: 'rollback' });
    await rollbackEntry(host, entry, opts.journal, 'rolled-back');
    entry.outcome = ran;
    await opts.journal.write(entry);
    return { ...base, outcome: ran, verified: false, journalId: entry.id, steps: steps(), rolledBack: true };
  }
  let outcome: Exclude<FixOutcome, 'planned'> = 'applied';
  let install: InstallReport | undefined;
  if (plan.install) {
    opts.onProgress?.({ fixId: plan.fixId, planId: plan.planId, phase: 'analyzing' });
    const code = entry.steps.find((s) => s.operation?.kind === 'runMsiexec')?.exitCode ?? -1;
    install = await explainInstall(host, plan.install.logPath, code, opts.analyzeLog);
    outcome = install.outcome;
  }
  entry.state = 'committed';
  entry.outcome = outcome;
  await opts.journal.write(entry);
  opts.onProgress?.({ fixId: plan.fixId, planId: plan.planId, phase: 'verifying' });
  const verified =
    plan.verify === 'install-succeeded'
      ? install?.verdict === 'success' ||
        install?.verdict === 'restart-required' ||
        install?.verdict === 'restart-initiated'
      : plan.verify === 'none'
        ? null
        : await verify(host, def, plan, opts);
  opts.onProgress?.({ fixId: plan.fixId, planId: plan.planId, phase: 'done', status: outcome });
  return { ...base, outcome, verified, journalId: entry.id, steps: steps(), ...(install ? { install } : {}) };
}

/** The fix's own re-probe, then (when available) a fresh diagnosis: the targeted findings must be gone. */
export async function verify(
  host: WindowsHost,
  def: FixDefinition,
  plan: FixPlan,
  opts: Pick<ApplyOptions, 'diagnose' | 'symptom' | 'signal'>,
): Promise<boolean | null> {
  const own = def.check ? await def.check(host, plan) : null;
  if (own === false) return false;
  if (!opts.diagnose || plan.targetFindings.length === 0) return own;
  const report = await opts.diagnose(host, {
    ...(opts.symptom ? { symptom: opts.symptom } : {}),
    ...(plan.install ? { packagePath: plan.install.packagePath } : {}),
    ...(opts.signal ? { signal: opts.signal } : {}),
  });
  // Event-log findings are history (past failures): no fix removes them, and none claims to.
  return plan.targetFindings.every((id) => !report.findings.some((f) => f.id === id && f.checkId !== 'event-log'));
}
