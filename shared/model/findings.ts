/**
 * What a diagnosis concludes. Checks (electron/engine/checks) turn facts and the user's symptom into
 * findings; the UI and the CLI render them; fixes refer back to them. Texts are i18n keys with
 * parameters, so the same finding reads in en, zh-CN and zh-TW; evidence keeps the raw, technical
 * values (SIDs, numbers, paths) that back it up.
 */
import { z } from 'zod';
import { CHECK_IDS, FIX_IDS, SYMPTOM_IDS } from './catalog-ids';

export const Severity = z.enum(['critical', 'error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;
export const Confidence = z.enum(['high', 'medium', 'low']);
export type Confidence = z.infer<typeof Confidence>;

export const CheckId = z.enum(CHECK_IDS);
export const FixId = z.enum(FIX_IDS);
export const SymptomId = z.enum(SYMPTOM_IDS);

const Params = z.record(z.string(), z.union([z.string(), z.number()]));

export const Evidence = z.object({
  /** i18n key of a short label ("findings:evidence.acl"). */
  labelKey: z.string(),
  params: Params.default({}),
  /** The raw fact, untranslated: an ACL line, a registry value, an event's data. */
  raw: z.string().max(20_000),
  /** Where it came from, e.g. "path C:\\Windows\\Temp" or "event 11708". */
  source: z.string().max(1000),
});
export type Evidence = z.infer<typeof Evidence>;

export const Finding = z.object({
  /** Stable id of the conclusion, e.g. "windows-temp-acl". */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/u),
  checkId: CheckId,
  severity: Severity,
  confidence: Confidence,
  /** Ranking score for this symptom, higher first. */
  score: z.number(),
  titleKey: z.string(),
  explanationKey: z.string(),
  params: Params.default({}),
  evidence: z.array(Evidence),
  fixes: z.array(FixId),
});
export type Finding = z.infer<typeof Finding>;

export const ProbeError = z.object({ probe: z.string(), reason: z.string() });
export type ProbeError = z.infer<typeof ProbeError>;
