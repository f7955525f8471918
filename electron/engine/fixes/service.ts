/**
 * The front door used by the CLI and the IPC handlers: plan a fix for the machine as it is now (a
 * fresh diagnosis names the findings it targets), apply it under the journal in a data folder, and
 * present plans with translated step texts next to the exact commands.
 */
import { translate } from '@shared/i18n/translate';
import type { Language } from '@shared/i18n/languages';
import type { FixId } from '@shared/model/catalog-ids';
import type { WindowsHost } from '../host/windows-host';
import type { MsiAction } from '../host/live/msiexec-command';
import { JournalStore } from '../journal/journal-store';
import { FIXES } from './catalog';
import { engineAnalyzeLog, engineDiagnose } from './engine-wiring';
import { applyPlan, type FixProgress, type FixResult } from './run-fix';
import type { FixPlan, PlanResult } from './types';

export interface PlanRequest {
  fixId: FixId;
  packagePath?: string;
  action?: MsiAction;
  symptom?: string;
  findingId?: string;
}

export async function planFix(host: WindowsHost, journal: JournalStore, req: PlanRequest): Promise<PlanResult> {
  const report = await engineDiagnose(host, {
    ...(req.symptom ? { symptom: req.symptom } : {}),
    ...(req.packagePath ? { packagePath: req.packagePath } : {}),
  });
  const targets = report.findings
    .filter((f) => f.fixes.includes(req.fixId) && (!req.findingId || f.id === req.findingId))
    .map((f) => f.id);
  const history = (await journal.list()).filter((e) => e.state === 'committed');
  return FIXES[req.fixId].plan({
    host,
    targetFindings: targets,
    history,
    ...(req.packagePath ? { packagePath: req.packagePath } : {}),
    ...(req.action ? { action: req.action } : {}),
  });
}

export function applyFix(
  host: WindowsHost,
  journal: JournalStore,
  plan: FixPlan,
  o: { symptom?: string; onProgress?: (p: FixProgress) => void; signal?: AbortSignal; pollIntervalMs?: number },
): Promise<FixResult> {
  return applyPlan(host, FIXES[plan.fixId], plan, {
    journal,
    diagnose: engineDiagnose,
    analyzeLog: engineAnalyzeLog,
    ...o,
  });
}

export interface PlanView {
  planId: string;
  fix: FixId;
  title: string;
  description: string;
  needsAdmin: boolean;
  adminReason: string | null;
  risk: FixPlan['risk'];
  riskText: string;
  backups: { description: string; limits: string | null }[];
  undoable: FixPlan['undoable'];
  undoNote: string | null;
  targetFindings: string[];
  steps: { id: string; description: string; command: string; elevated: boolean; undoable: boolean }[];
}

export function viewPlan(plan: FixPlan, lang: Language): PlanView {
  const t = (key: string, params: Record<string, string | number> = {}) => translate(lang, key, params);
  return {
    planId: plan.planId,
    fix: plan.fixId,
    title: t(plan.titleKey, plan.params),
    description: t(plan.descriptionKey, plan.params),
    needsAdmin: plan.needsAdmin,
    adminReason: plan.adminReasonKey ? t(plan.adminReasonKey) : null,
    risk: plan.risk,
    riskText: t(plan.riskKey),
    backups: plan.backups.map((b) => ({
      description: t(b.descriptionKey, b.params),
      limits: b.limitsKey ? t(b.limitsKey) : null,
    })),
    undoable: plan.undoable,
    undoNote: plan.undoNoteKey ? t(plan.undoNoteKey) : null,
    targetFindings: plan.targetFindings,
    steps: plan.steps.map((s) => ({
      id: s.id,
      description: t(s.descriptionKey, s.params),
      command: s.command,
      elevated: s.elevated,
      undoable: s.undo !== null,
    })),
  };
}

/** The outcome and verification in words (fixes:outcome.*, fixes:verified.*). */
export function outcomeText(result: FixResult, lang: Language): string {
  const verified =
    result.verified === true
      ? 'fixes:verified.yes'
      : result.verified === false
        ? 'fixes:verified.no'
        : 'fixes:verified.unknown';
  const install = result.install
    ? ` ${translate(lang, result.install.messageKey, { code: result.install.exitCode })}`
    : '';
  const outcomeKey = `fixes:outcome.${result.outcome}`;
  return `${translate(lang, outcomeKey)}${install} ${result.outcome === 'applied' ? translate(lang, verified) : ''}`.trim();
}

/** The app's data folder for the CLI: INSTALLER_DOCTOR_DATA_DIR, else %LOCALAPPDATA%\InstallerDoctor, else ~/.local/state. */
export function cliDataDir(env: Readonly<Record<string, string | undefined>>, platform: NodeJS.Platform): string {
  if (env['INSTALLER_DOCTOR_DATA_DIR']) return env['INSTALLER_DOCTOR_DATA_DIR'];
  if (platform === 'win32' && env['LOCALAPPDATA']) return `${env['LOCALAPPDATA']}\\InstallerDoctor`;
  return `${env['XDG_STATE_HOME'] ?? `${env['HOME'] ?? '.'}/.local/state`}/installer-doctor`;
}
