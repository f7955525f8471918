/**
 * `installer-doctor diagnose [--scenario NAME|PATH] [--symptom CODE] [--msi PATH] [--json]`: checks
 * the machine (the live PC on Windows, a simulated one elsewhere or with --scenario) and prints the
 * ranked findings. --symptom takes a symptom id (2503, self-repair ...) or any error code that maps to
 * one (2502 -> 2503, 1500 -> 1618). Exit codes: 0 nothing at error level, 1 findings, 3 bad input.
 */
import { fixTitleKey } from '@shared/model/fix-text';
import type { DiagnosisReport } from '@shared/model/diagnosis';
import { translate } from '@shared/i18n/translate';
import type { Language } from '@shared/i18n/languages';
import { symptomKeys } from '@shared/symptoms/index';
import { ExitCode } from '../exit-codes';
import { hostFromArgs, packageFromArgs, symptomFromArgs } from '../host-args';
import { json, type CliIo } from '../io';
import type { CliCommand } from '../command';
import { diagnose } from '../../diagnose/index';

/** The human-readable report in the chosen language. Exported for tests. */
export function renderReport(report: DiagnosisReport, lang: Language): string {
  const t = (key: string, values: Record<string, string | number> = {}) => translate(lang, `findings:${key}`, values);
  const machine =
    report.host.kind === 'simulated'
      ? t('report.simulated', { scenario: report.host.scenarioId ?? '?' })
      : t('report.live');
  const lines = [
    t('report.title'),
    t('report.machine', { machine }),
    t('report.symptom', { symptom: translate(lang, symptomKeys(report.symptom).title) }),
    '',
  ];
  if (report.healthy) lines.push(t(report.findings.length > 0 ? 'report.healthyWithNotes' : 'report.healthy'), '');
  if (report.findings.length > 0) lines.push(t('report.findingsHeading'));
  report.findings.forEach((f, i) => {
    lines.push(
      `${i + 1}. ${t('report.tag', { severity: t(`severity.${f.severity}`), confidence: t(`confidence.${f.confidence}`) })}${lang === 'en' ? ' ' : ''}${translate(lang, f.titleKey, f.params)}`,
    );
    lines.push(`   ${translate(lang, f.explanationKey, f.params)}`);
    if (f.fixes.length > 0)
      lines.push(
        `   ${t('report.fixes', { fixes: f.fixes.map((id) => `${translate(lang, fixTitleKey(id))} (${id})`).join('; ') })}`,
      );
    lines.push(`   ${t('report.evidence')}`);
    for (const e of f.evidence) {
      lines.push(`     - ${translate(lang, e.labelKey, e.params)} (${e.source})`);
      for (const raw of e.raw.split('\n').slice(0, 6)) lines.push(`         ${raw}`);
    }
  });
  if (report.recentFailures.length > 0) {
    lines.push('', t('report.recentFailures'));
    const when = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
    for (const r of report.recentFailures.slice(0, 10))
      lines.push(
        `  ${when.format(new Date(r.time))}  ${r.product ?? '?'}  ${r.action}  ${r.status ?? '?'}${r.messageCodes.length ? `  (${r.messageCodes.join(', ')})` : ''}`,
      );
  }
  for (const p of report.probeErrors)
    lines.push(t('report.probeError', { check: t(`checks.${p.probe}`), reason: p.reason }));
  lines.push('', t('report.duration', { ms: Math.round(report.timings.totalMs) }), '');
  return lines.join('\n');
}

export const diagnoseCommand: CliCommand = {
  name: 'diagnose',
  summary: 'Check this PC (or a simulated one) for what makes Windows Installer fail, ranked for a symptom.',
  usage: 'installer-doctor diagnose [--scenario NAME|PATH] [--symptom CODE] [--msi PATH] [--json]',
  args: { values: { scenario: false, symptom: false, msi: false }, flags: ['json'] },
  async run(args, io: CliIo) {
    const symptom = symptomFromArgs(args, io);
    if (symptom === null) return ExitCode.BadInput;
    if (args.positionals.length > 0) {
      io.err(`installer-doctor: unexpected argument "${args.positionals[0] ?? ''}"\n`);
      return ExitCode.BadInput;
    }
    const host = await hostFromArgs(args, io);
    if (!host) return ExitCode.BadInput;
    const pkg = await packageFromArgs(args, io, host);
    if (!pkg) return ExitCode.BadInput;
    const packagePath = pkg.path;
    const report = await diagnose(host, { symptom, packagePath });
    if (packagePath !== null && report.facts.package?.exists !== true) {
      io.err(
        `installer-doctor: --msi ${packagePath}: the package was not found or could not be read (${report.facts.package?.readError ?? report.probeErrors.find((p) => p.probe === 'package')?.reason ?? 'unknown'})\n`,
      );
      return ExitCode.BadInput;
    }
    if (args.flags.has('json')) json(io, report);
    else io.out(renderReport(report, io.lang));
    return report.healthy ? ExitCode.Ok : ExitCode.Findings;
  },
};
