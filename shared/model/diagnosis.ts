/**
 * The result of one diagnosis: ranked findings, the facts behind them, what could not be checked,
 * which machine was examined, and how long it took. The CLI prints it as JSON, the UI renders it, the
 * support bundle carries it, and fixes re-run the diagnosis to verify that a finding is gone.
 */
import { z } from 'zod';
import { HostInfo } from './app';
import { CheckId, Finding, ProbeError, SymptomId } from './findings';
import { Facts, RecentFailure } from './facts';

export const DiagnosisTimings = z.object({
  /** The one host round trip (one PowerShell process on the live host). */
  collectMs: z.number().nonnegative(),
  /** File reads after the batch (the chosen package). */
  readMs: z.number().nonnegative(),
  parseMs: z.number().nonnegative(),
  checksMs: z.number().nonnegative(),
  totalMs: z.number().nonnegative(),
});
export type DiagnosisTimings = z.infer<typeof DiagnosisTimings>;

export const DiagnosisReport = z.object({
  schemaVersion: z.literal(1),
  symptom: SymptomId,
  packagePath: z.string().nullable(),
  host: HostInfo,
  startedAt: z.string(),
  /** True when no finding is an error or worse. */
  healthy: z.boolean(),
  findings: z.array(Finding),
  facts: Facts,
  probeErrors: z.array(ProbeError),
  /** The same list as facts.events.failures, for the "what happened" screen. */
  recentFailures: z.array(RecentFailure),
  /** How many distinct questions went to the host in the one batch. */
  queryCount: z.number().int().nonnegative(),
  timings: DiagnosisTimings,
});
export type DiagnosisReport = z.infer<typeof DiagnosisReport>;

export const DiagnosisPhase = z.enum(['collecting', 'reading', 'checking', 'done']);
export const DiagnosisProgress = z.object({
  phase: DiagnosisPhase,
  /** The check being worked on, when the phase is per check. */
  checkId: CheckId.nullable(),
  done: z.number().int().nonnegative(),
  total: z.number().int().positive(),
});
export type DiagnosisProgress = z.infer<typeof DiagnosisProgress>;
