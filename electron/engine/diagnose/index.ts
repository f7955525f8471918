/**
 * diagnose(): one batch of questions to the host (one PowerShell process on the live host), every
 * probe parses its answers into facts, every check turns facts into findings, ranked for the user's
 * symptom. Pure over the host: it changes nothing, so fixes call it again to verify their work. A
 * probe that fails becomes a probeError ("could not check X: reason"); the run itself never fails on
 * a machine problem. Cancelling (signal) rejects with an AbortError.
 */
import type { SymptomId } from '@shared/model/catalog-ids';
import type { DiagnosisProgress, DiagnosisReport } from '@shared/model/diagnosis';
import type { FactKey, Facts } from '@shared/model/facts';
import type { ProbeError } from '@shared/model/findings';
import { runChecks } from '../checks/index';
import { queryFailed, type HostQuery, type QueryOutcome } from '../host/queries';
import type { WindowsHost } from '../host/windows-host';
import { PROBES } from '../probes/index';
import type { Probe, ProbeContext } from '../probes/types';
import { ProbeFailure } from '../probes/types';

export interface DiagnoseOptions {
  symptom?: SymptomId | undefined;
  /** A package path on the examined machine (CLI --msi, or a file token resolved by main). */
  packagePath?: string | null | undefined;
  signal?: AbortSignal | undefined;
  onProgress?: ((progress: DiagnosisProgress) => void) | undefined;
  /** Clock override for tests; defaults to Date.now(). */
  now?: number | undefined;
  /** Per-query time limit on the live host. */
  perQueryTimeoutMs?: number | undefined;
}

const EMPTY_FACTS: Facts = {
  token: null,
  userTemp: null,
  windowsTemp: null,
  installerFolder: null,
  msiserver: null,
  policies: null,
  inProgress: null,
  pendingReboot: null,
  events: null,
  cachedPackages: null,
  shellFolders: null,
  package: null,
  system: null,
};

function abortError(): Error {
  return Object.assign(new Error('The diagnosis was cancelled.'), { name: 'AbortError' });
}

interface Planned {
  probe: Probe<FactKey>;
  /** Index into the deduplicated batch for each of the probe's queries. */
  slots: number[];
}

/** Gathers every probe's questions, asking identical ones once. Exported for tests. */
export function planBatch(ctx: ProbeContext): { batch: HostQuery[]; planned: Planned[] } {
  const batch: HostQuery[] = [];
  const index = new Map<string, number>();
  const planned = PROBES.map((probe) => ({
    probe,
    slots: probe.queries(ctx).map((q) => {
      const key = JSON.stringify(q);
      let slot = index.get(key);
      if (slot === undefined) {
        slot = batch.push(q) - 1;
        index.set(key, slot);
      }
      return slot;
    }),
  }));
  return { batch, planned };
}

export async function diagnose(host: WindowsHost, options: DiagnoseOptions = {}): Promise<DiagnosisReport> {
  const t0 = performance.now();
  const now = options.now ?? Date.now();
  const symptom: SymptomId = options.symptom ?? 'unknown';
  const ctx: ProbeContext = { packagePath: options.packagePath ?? null, now };
  const total = PROBES.length + 2;
  const progress = (p: DiagnosisProgress) => options.onProgress?.(p);
  if (options.signal?.aborted) throw abortError();

  const { batch, planned } = planBatch(ctx);
  progress({ phase: 'collecting', checkId: null, done: 0, total });
  // A host that answers one query at a time says so; each check is reported once all its answers are in.
  const waitingFor = planned.map(({ slots }) => new Set(slots));
  const onAnswered = (slot: number) => {
    waitingFor.forEach((left, i) => {
      if (!left.delete(slot) || left.size > 0) return;
      const probe = planned[i]?.probe;
      if (probe && !options.signal?.aborted) progress({ phase: 'collecting', checkId: probe.checkId, done: 0, total });
    });
  };
  let outcomes: QueryOutcome[];
  try {
    outcomes =
      batch.length > 0
        ? await host.collect(batch, {
            onAnswered,
            ...(options.signal ? { signal: options.signal } : {}),
            ...(options.perQueryTimeoutMs ? { perQueryTimeoutMs: options.perQueryTimeoutMs } : {}),
          })
        : [];
  } catch (err) {
    outcomes = batch.map((q) => queryFailed(q.kind, (err as Error).message));
  }
  if (options.signal?.aborted) throw abortError();
  const t1 = performance.now();

  const facts: Facts = { ...EMPTY_FACTS };
  const probeErrors: ProbeError[] = [];
  let readMs = 0;
  let done = 1;
  for (const { probe, slots } of planned) {
    progress({ phase: 'checking', checkId: probe.checkId, done: done++, total });
    if (slots.length === 0) continue;
    const answers = slots.map((s) => outcomes[s] ?? queryFailed(batch[s]?.kind ?? 'token', 'no answer'));
    try {
      let fact = probe.parse(answers, ctx);
      if (probe.complete) {
        const r0 = performance.now();
        progress({ phase: 'reading', checkId: probe.checkId, done: done - 1, total });
        fact = await probe.complete(fact, { host, answers, signal: options.signal });
        readMs += performance.now() - r0;
      }
      (facts as Record<FactKey, unknown>)[probe.fact] = fact;
    } catch (err) {
      if (!(err instanceof ProbeFailure) && !(err instanceof Error)) throw err;
      probeErrors.push({ probe: probe.checkId, reason: err.message });
    }
    if (options.signal?.aborted) throw abortError();
  }
  const t2 = performance.now();
  const findings = runChecks(facts, symptom, now);
  const t3 = performance.now();
  progress({ phase: 'done', checkId: null, done: total, total });

  return {
    schemaVersion: 1,
    symptom,
    packagePath: ctx.packagePath,
    host: host.describe(),
    startedAt: new Date(now).toISOString(),
    healthy: !findings.some((f) => f.severity === 'error' || f.severity === 'critical'),
    findings,
    facts,
    probeErrors,
    recentFailures: facts.events?.failures ?? [],
    queryCount: batch.length,
    timings: { collectMs: t1 - t0, readMs, parseMs: t2 - t1 - readMs, checksMs: t3 - t2, totalMs: t3 - t0 },
  };
}
