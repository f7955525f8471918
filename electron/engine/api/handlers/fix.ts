/**
 * Fix and journal handlers. `fix:plan` remembers only WHAT was asked (fix id, finding, package token);
 * `fix:apply` plans again from the machine as it is now and applies that, so the renderer can never
 * supply or alter a step. One fix runs at a time. Journal lives in ctx.dataDir.
 */
import { failed, ok } from '@shared/ipc/result';
import { pickLanguage, type Language } from '@shared/i18n/languages';
import { translate } from '@shared/i18n/translate';
import type { FixId } from '@shared/model/catalog-ids';
import { packagePathOnHost } from '../package-on-host';
import type { HandlerContext } from '../context';
import type { HandlersFor } from './types';
import { JournalStore } from '../../journal/journal-store';
import type { JournalEntry } from '../../journal/schema';
import { applyFix, outcomeText, planFix, viewPlan, type PlanRequest } from '../../fixes/service';
import { undoEntry } from '../../fixes/rollback';

type Channels =
  | 'fix:plan'
  | 'fix:apply'
  | 'fix:cancel'
  | 'fix:undo'
  | 'journal:list'
  | 'journal:pending'
  | 'journal:rollback'
  | 'journal:keep';

const requests = new WeakMap<HandlerContext, Map<string, PlanRequest>>();
/** The running fix per window, so 'fix:cancel' can stop it. */
const running = new WeakMap<HandlerContext, AbortController>();

async function language(ctx: HandlerContext): Promise<Language> {
  const setting = (await ctx.settings.get()).language;
  return setting === 'system' ? pickLanguage(ctx.platform.osLanguages()) : setting;
}

const journalOf = (ctx: HandlerContext) => new JournalStore(ctx.dataDir);

function summary(e: JournalEntry) {
  return {
    id: e.id,
    fix: e.fixId,
    state: e.state,
    outcome: e.outcome,
    createdAt: e.createdAt,
    simulated: e.host.kind === 'simulated',
    steps: e.steps.map((s) => ({
      id: s.id,
      status: s.status,
      command: s.command,
      elevated: s.elevated,
      undoable: s.undo !== null,
    })),
  };
}

async function undo(ctx: HandlerContext, journalId: string) {
  const report = await undoEntry(ctx.session.host, journalOf(ctx), journalId);
  if ('error' in report)
    return report.error === 'not-found'
      ? failed('E_NOT_FOUND', journalId)
      : failed('E_INVALID_REQUEST', `${report.error}${report.notUndoable ? `: ${report.notUndoable.join(', ')}` : ''}`);
  return ok({
    journalId: report.journalId,
    state: report.state,
    undone: report.undone,
    failed: report.failed,
    notUndoable: report.notUndoable,
  });
}

export const fixHandlers: HandlersFor<Channels> = {
  'fix:plan': async ({ fixId, findingId, packageToken, action }, ctx) => {
    let packagePath: string | undefined;
    if (packageToken) {
      const placed = await packagePathOnHost(ctx, packageToken);
      if ('status' in placed) return placed;
      packagePath = placed.path;
    }
    const request: PlanRequest = {
      fixId: fixId as FixId,
      ...(findingId ? { findingId } : {}),
      ...(packagePath ? { packagePath } : {}),
      ...(action ? { action } : {}),
    };
    const result = await planFix(ctx.session.host, journalOf(ctx), request);
    const lang = await language(ctx);
    if (!result.ok)
      return ok({
        kind: 'refused' as const,
        reason: result.reason,
        message: translate(lang, result.messageKey),
        detail: result.detail ?? null,
      });
    const map = requests.get(ctx) ?? new Map<string, PlanRequest>();
    requests.set(ctx, map);
    map.set(result.plan.planId, request);
    if (map.size > 64) map.delete(map.keys().next().value as string);
    return ok({ kind: 'plan' as const, plan: viewPlan(result.plan, lang) });
  },

  'fix:apply': async ({ planId }, ctx, call) => {
    const request = requests.get(ctx)?.get(planId);
    if (!request) return failed('E_NOT_FOUND', 'plan');
    if (running.has(ctx)) return failed('E_BUSY');
    // Stopped by the user ('fix:cancel') or by the caller going away (the call's own signal).
    const controller = new AbortController();
    const onCallAbort = () => controller.abort();
    call.signal.addEventListener('abort', onCallAbort);
    running.set(ctx, controller);
    try {
      const host = ctx.session.host;
      const journal = journalOf(ctx);
      const fresh = await planFix(host, journal, request);
      if (!fresh.ok) return failed('E_NOT_FOUND', fresh.reason);
      const result = await applyFix(host, journal, fresh.plan, {
        signal: controller.signal,
        pollIntervalMs: ctx.session.isSimulated() ? 250 : 2000,
        onProgress: (p) => ctx.emit('fix:progress', { ...p, fixId: fresh.plan.fixId }),
      });
      // A plan that changed nothing (the UAC prompt was declined, or the user stopped it) stays
      // available, so "Try again" re-applies it after a fresh consent; any other outcome uses it up.
      if (result.outcome !== 'declined' && result.outcome !== 'cancelled') requests.get(ctx)?.delete(planId);
      if (result.outcome === 'cancelled' && call.signal.aborted) return { status: 'cancelled' as const };
      const lang = await language(ctx);
      const i = result.install;
      return ok({
        fix: fresh.plan.fixId,
        planId: result.planId,
        outcome: result.outcome,
        verified: result.verified,
        message: outcomeText(result, lang),
        journalId: result.journalId,
        rolledBack: result.rolledBack,
        steps: result.steps,
        install: i
          ? {
              exitCode: i.exitCode,
              verdict: i.verdict,
              message: translate(lang, i.messageKey, { code: i.exitCode }),
              logPath: i.logPath,
              rootCause: i.log?.rootCause
                ? { code: i.log.rootCause.code, message: i.log.rootCause.message, line: i.log.rootCause.line }
                : null,
              next: i.next,
            }
          : null,
      });
    } finally {
      running.delete(ctx);
      call.signal.removeEventListener('abort', onCallAbort);
    }
  },

  'fix:cancel': async (_req, ctx) => {
    const controller = running.get(ctx);
    controller?.abort();
    return ok({ stopped: controller !== undefined });
  },

  'fix:undo': async ({ journalId }, ctx) => undo(ctx, journalId),
  'journal:list': async (_req, ctx) => ok({ entries: (await journalOf(ctx).list()).map(summary) }),
  'journal:pending': async (_req, ctx) => ok({ entries: (await journalOf(ctx).pending()).map(summary) }),
  'journal:rollback': async ({ journalId }, ctx) => undo(ctx, journalId),
  'journal:keep': async ({ journalId }, ctx) => {
    const journal = journalOf(ctx);
    const entry = await journal.get(journalId);
    if (!entry) return failed('E_NOT_FOUND', journalId);
    if (entry.state !== 'open') return failed('E_INVALID_REQUEST', `not-open: ${entry.state}`);
    // The user keeps what the interrupted fix had changed; it stays in the journal and can still be undone later.
    entry.state = 'kept';
    await journal.write(entry);
    return ok({ entry: summary(entry) });
  },
};
