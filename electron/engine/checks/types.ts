/**
 * A check is a pure function from facts (and the user's symptom) to findings. It never talks to the
 * host. It states what it found (id, severity, how sure the facts are, evidence, fixes); the ranking
 * (rank.ts) adds the symptom's weight, the score and the i18n keys.
 */
import type { CheckId, FixId, SymptomId } from '@shared/model/catalog-ids';
import type { Facts } from '@shared/model/facts';
import type { FindingId } from '@shared/model/finding-ids';
import type { Confidence, Evidence, Severity } from '@shared/model/findings';

export interface CheckInput {
  facts: Facts;
  symptom: SymptomId;
  /** The diagnosis clock (ms since the epoch), so "recent" is decided without reading the time here. */
  now: number;
}

export type Params = Record<string, string | number>;

export interface FindingDraft {
  id: FindingId;
  severity: Severity;
  /** How conclusive the facts are on their own (the symptom may lower it). */
  confidence: Confidence;
  params: Params;
  evidence: Evidence[];
  fixes: FixId[];
}

export interface Check {
  id: CheckId;
  run(input: CheckInput): FindingDraft[];
}

/** One piece of evidence: a label key (findings:evidence.<label>), the raw fact and where it came from. */
export function ev(label: string, raw: string, source: string, params: Params = {}): Evidence {
  return { labelKey: `findings:evidence.${label}`, params, raw: raw.slice(0, 20_000), source };
}

export function draft(
  id: FindingId,
  severity: Severity,
  confidence: Confidence,
  evidence: Evidence[],
  fixes: FixId[],
  params: Params = {},
): FindingDraft {
  return { id, severity, confidence, params, evidence, fixes };
}

export const GiB = 1024 ** 3;
export const MiB = 1024 ** 2;

export function formatBytes(bytes: number): string {
  if (bytes >= GiB) return `${(bytes / GiB).toFixed(1)} GB`;
  return `${Math.round(bytes / MiB)} MB`;
}
