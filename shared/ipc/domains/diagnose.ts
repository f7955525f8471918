/**
 * The diagnosis: run it for a symptom (and optionally a package the user handed over, by token),
 * cancel it, and list the recent installer failures from the event log for the "what happened" screen.
 * Progress arrives as 'diagnose:progress' events while a run is going.
 */
import { z } from 'zod';
import { event, invoke } from '../define';
import { SymptomId } from '../../model/findings';
import { DiagnosisProgress, DiagnosisReport } from '../../model/diagnosis';
import { RecentFailure } from '../../model/facts';

const token = z.string().regex(/^[a-f0-9]{32}$/u);

export const diagnoseInvoke = {
  'diagnose:run': invoke(
    z.object({ symptom: SymptomId.optional(), packageToken: token.optional() }).strict(),
    DiagnosisReport,
  ),
  /** Stops the running diagnosis, if any; `stopped` says whether one was running. */
  'diagnose:cancel': invoke(z.object({}).strict(), z.object({ stopped: z.boolean() })),
  /** MsiInstaller failures of the last 30 days, newest first (one small host batch). */
  'diagnose:recentFailures': invoke(
    z.object({}).strict(),
    z.object({ failures: z.array(RecentFailure), windowDays: z.number().int() }),
  ),
} as const;

export const diagnoseEvents = {
  'diagnose:progress': event(DiagnosisProgress),
} as const;
