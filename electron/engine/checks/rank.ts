/**
 * Ranking: a finding's score is its severity plus how strongly it explains the user's symptom
 * (shared/symptoms). The symptom also tempers confidence: a certain fact that does not explain what
 * the user saw is a weak explanation. Ties keep the order of CHECK_IDS, so output is stable.
 */
import type { SymptomId } from '@shared/model/catalog-ids';
import { FINDING_CHECKS } from '@shared/model/finding-ids';
import type { Confidence, Finding, Severity } from '@shared/model/findings';
import { symptomWeight } from '@shared/symptoms/index';
import type { FindingDraft } from './types';

export const SEVERITY_BASE: Readonly<Record<Severity, number>> = { critical: 40, error: 30, warning: 20, info: 5 };
const LOWER: Record<Confidence, Confidence> = { high: 'medium', medium: 'low', low: 'low' };

export function adjustConfidence(intrinsic: Confidence, weight: number): Confidence {
  if (weight >= 60) return intrinsic;
  if (weight >= 30) return LOWER[intrinsic];
  return 'low';
}

export function toFinding(d: FindingDraft, symptom: SymptomId): Finding {
  const weight = symptomWeight(symptom, d.id);
  return {
    id: d.id,
    checkId: FINDING_CHECKS[d.id],
    severity: d.severity,
    confidence: adjustConfidence(d.confidence, weight),
    score: SEVERITY_BASE[d.severity] + weight,
    titleKey: `findings:${d.id}.title`,
    explanationKey: `findings:${d.id}.explanation`,
    params: d.params,
    evidence: d.evidence,
    fixes: d.fixes,
  };
}

/** Highest score first; equal scores keep their input order (check order). */
export function rankFindings(drafts: readonly FindingDraft[], symptom: SymptomId): Finding[] {
  return drafts
    .map((d, i) => ({ f: toFinding(d, symptom), i }))
    .sort((a, b) => b.f.score - a.f.score || a.i - b.i)
    .map(({ f }) => f);
}
