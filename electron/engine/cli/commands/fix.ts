/**
 * `installer-doctor fix ID [--scenario NAME|PATH] [--msi PATH] [--action install|repair|reinstall]
 * [--symptom CODE] [--dry-run] [--yes] [--json]`: plans the fix for this machine and shows every step
 * with its exact command; applies it only with consent (--yes, or "y" at a terminal prompt). Without
 * --yes and without a terminal the fix is only planned: the CLI never changes a machine unasked.
 * On a simulated machine the change lives in this process only (the journal entry stays on disk; see
 * `undo`). Exit codes: 0 done (or planned), 3 bad input, 4 failed or not verified, 5 cancelled/declined.
 */
import { createInterface } from 'node:readline/promises';
import { FIX_IDS, type FixId } from '@shared/model/catalog-ids';
import { translate } from '@shared/i18n/translate';
import { single, UsageError } from '../args';
import { ExitCode } from '../exit-codes';
import { hostFromArgs, packageFromArgs } from '../host-args';
import { json, type CliIo } from '../io';
import type { CliCommand } from '../command';
import { JournalStore } from '../../journal/journal-store';
import { applyFix, cliDataDir, outcomeText, planFix, viewPlan } from '../../fixes/service';
import type { FixResult } from '../../fixes/run-fix';

/** Asks at a terminal; tests inject `confirm` on the io object. */
type ConsentIo = CliIo & { confirm?: (question: string) => Promise<boolean> };

async function consent(io: ConsentIo, question: string): Promise<boolean> {
  if (io.confirm) return io.confirm(question);
  if (!process.stdin.isTTY || !process.stdout.isTTY) return false;
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return /^y(?:es)?$/iu.test((await rl.question(`${question} [y/N] `)).trim());
  } finally {
    rl.close();
  }
}

function exitFor(result: FixResult): (typeof ExitCode)[keyof typeof ExitCode] {
  if (result.outcome === 'declined' || result.outcome === 'cancelled') return ExitCode.Cancelled;
  if (result.outcome === 'failed' || result.verified === false) return ExitCode.FixFailed;
  return ExitCode.Ok;
}

export const fixCommand: CliCommand = {
  name: 'fix',
  summary: 'Plan a fix (exact commands shown first), then apply, verify and journal it with consent.',
  usage:
    'installer-doctor fix ID [--scenario NAME|PATH] [--msi PATH] [--action install|repair|reinstall] [--symptom CODE] [--dry-run] [--yes] [--json]',
  args: { values: { scenario: false, msi: false, action: false, symptom: false }, flags: ['dry-run', 'yes', 'json'] },
  async run(args, io: ConsentIo) {
    const id = args.positionals[0];
    if (!id || !(FIX_IDS as readonly string[]).includes(id))
      throw new UsageError(`fix needs one of: ${FIX_IDS.join(', ')}`);
    const action = single(args, 'action');
    if (action !== undefined && !['install', 'repair', 'reinstall'].includes(action))
      throw new UsageError('--action must be install, repair or reinstall');
    const host = await hostFromArgs(args, io);
    if (!host) return ExitCode.BadInput;
    const journal = new JournalStore(cliDataDir(io.env, io.platform));
    const symptom = single(args, 'symptom');
    const pkg = await packageFromArgs(args, io, host);
    if (!pkg) return ExitCode.BadInput;
    const msi = pkg.path;
    const planned = await planFix(host, journal, {
      fixId: id as FixId,
      ...(msi ? { packagePath: msi } : {}),
      ...(action ? { action: action as 'install' } : {}),
      ...(symptom ? { symptom } : {}),
    });
    const asJson = args.flags.has('json');
    const simulated = host.describe().kind === 'simulated';
    if (!planned.ok) {
      const message = translate(io.lang, planned.messageKey);
      const input = planned.reason !== 'not-applicable';
      if (asJson)
        json(io, {
          fix: id,
          outcome: input ? 'failed' : 'planned',
          verified: null,
          refusal: { reason: planned.reason, message, detail: planned.detail ?? null },
          plan: { steps: [] },
        });
      else io.out(`${message}${planned.detail ? ` (${planned.detail})` : ''}\n`);
      return input ? ExitCode.BadInput : ExitCode.Ok;
    }
    const view = viewPlan(planned.plan, io.lang);
    if (!asJson) {
      io.out(`${view.title}\n${view.description}\n`);
      view.steps.forEach((s, i) =>
        io.out(
          `  ${i + 1}. ${s.description}${s.elevated ? ' [admin]' : ''}\n     ${s.command.replaceAll('\n', '\n     ')}\n`,
        ),
      );
      if (view.adminReason) io.out(`${view.adminReason}\n`);
      io.out(
        `${view.riskText}\n${view.backups.map((b) => `${b.description}${b.limits ? ` ${b.limits}` : ''}\n`).join('')}${view.undoNote ? `${view.undoNote}\n` : ''}`,
      );
    }
    const go = !args.flags.has('dry-run') && (args.flags.has('yes') || (await consent(io, 'Apply this fix?')));
    if (!go) {
      if (asJson) json(io, { fix: id, outcome: 'planned', verified: null, simulated, plan: view });
      return ExitCode.Ok;
    }
    const result = await applyFix(host, journal, planned.plan, {
      ...(symptom ? { symptom } : {}),
      pollIntervalMs: simulated ? 0 : 2000,
      onProgress: (p) =>
        !asJson &&
        p.phase === 'waiting' &&
        io.err(`waiting for process ${p.holders?.map((h) => h.pid).join(', ') ?? ''} (check ${p.polls ?? 0})\n`),
    });
    if (asJson)
      json(io, {
        fix: id,
        outcome: result.outcome,
        verified: result.verified,
        simulated,
        journalId: result.journalId,
        rolledBack: result.rolledBack,
        plan: view,
        steps: result.steps,
        install: result.install ?? null,
        wait: result.wait ?? null,
      });
    else {
      io.out(`${outcomeText(result, io.lang)}\n`);
      if (result.install?.log?.rootCause)
        io.out(`  log line ${result.install.log.rootCause.line}: ${result.install.log.rootCause.message}\n`);
      if (result.journalId) io.out(`journal: ${result.journalId}\n`);
      if (simulated)
        io.out(
          '(simulated machine: the change exists only in this run; the journal entry is kept for `installer-doctor undo`)\n',
        );
    }
    return exitFor(result);
  },
};
