/**
 * report.html: the bundle's report for a helpdesk person, in the user's language. Standalone: inline
 * style only, no script, no external resource (a CSP meta tag forbids anything else), every value
 * HTML-escaped. It is rendered from the already-redacted report, so it cannot hold more than
 * report.json does.
 */
import type { BundleReport, ManifestFile, RedactionCounts, WithheldItem } from '@shared/model/bundle';
import type { Language } from '@shared/i18n/languages';
import { translate } from '@shared/i18n/translate';
import { symptomKeys } from '@shared/symptoms/index';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text content: &, < and > (quotes stay as they are, so Version="2.9.0.50" still reads as a version). */
export const escapeHtml = (s: string): string => s.replace(/[&<>]/gu, (c) => ESCAPES[c] ?? c);
/** Attribute values (always double-quoted here). */
const escapeAttr = (s: string): string => s.replace(/[&<>"']/gu, (c) => ESCAPES[c] ?? c);

const STYLE = `body{font:14px/1.5 "Segoe UI",system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1b1b1b}
h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #ccc}h3{font-size:1.05rem;margin-bottom:.25rem}
pre{background:#f4f4f4;padding:.5rem;overflow-x:auto;white-space:pre-wrap;word-break:break-all;font-size:12px}
.sev-critical,.sev-error{color:#a4262c}.sev-warning{color:#8a5a00}.muted{color:#555}table{border-collapse:collapse}td,th{padding:.2rem .6rem;border-bottom:1px solid #e5e5e5;text-align:left}`;

export interface HtmlExtras {
  files: readonly Pick<ManifestFile, 'name' | 'size'>[];
  withheld: readonly WithheldItem[];
  totals: RedactionCounts;
}

export function renderReportHtml(report: BundleReport, lang: Language, extras: HtmlExtras): string {
  const t = (key: string, values: Record<string, string | number> = {}) =>
    escapeHtml(translate(lang, key.includes(':') ? key : `bundle:${key}`, values));
  const out: string[] = [];
  const p = (html: string, cls = '') => out.push(`<p${cls ? ` class="${cls}"` : ''}>${html}</p>`);
  out.push(`<h1>${t('report.title')}</h1>`);
  p(t('report.intro'));
  p(t('report.created', { time: report.createdAt, app: report.app.name, version: report.app.version }), 'muted');

  out.push(`<h2>${t('report.machine')}</h2>`);
  p(
    report.host.kind === 'simulated'
      ? t('report.machineSimulated', { scenario: report.host.scenarioId ?? '?' })
      : t('report.machineLive'),
  );
  if (report.os)
    p(
      t('report.windows', {
        version: report.os.version,
        build: `${report.os.build}${report.os.ubr !== null ? `.${report.os.ubr}` : ''}`,
        msi: report.os.msiVersion,
        locale: report.os.uiLocale,
      }),
    );
  if (report.symptom) p(t('report.symptom', { symptom: translate(lang, symptomKeys(report.symptom).title) }));
  p(t('report.replay'), 'muted');

  out.push(`<h2>${t('report.findings')}</h2>`);
  if (report.diagnosisError) p(t('report.diagnosisFailed', { reason: report.diagnosisError }));
  else if (report.findings.length === 0) p(t('report.noFindings'));
  for (const f of report.findings) {
    out.push(`<h3 class="sev-${escapeAttr(f.severity)}">${escapeHtml(translate(lang, f.titleKey, f.params))}</h3>`);
    p(
      `${t('report.severity')}: ${t(`findings:severity.${f.severity}`)} · ${t('report.confidence')}: ${t(`findings:confidence.${f.confidence}`)}`,
      'muted',
    );
    p(escapeHtml(translate(lang, f.explanationKey, f.params)));
    if (f.fixes.length) p(t('report.fixes', { fixes: f.fixes.join(', ') }));
    if (f.evidence.length) {
      out.push(`<p><strong>${t('report.evidence')}</strong></p>`);
      for (const e of f.evidence)
        out.push(
          `<p class="muted">${escapeHtml(translate(lang, e.labelKey, e.params))} (${escapeHtml(e.source)})</p><pre>${escapeHtml(e.raw)}</pre>`,
        );
    }
  }
  if (report.probeErrors.length) {
    out.push(`<h3>${t('report.notChecked')}</h3><ul>`);
    for (const e of report.probeErrors) out.push(`<li>${escapeHtml(e.probe)}: ${escapeHtml(e.reason)}</li>`);
    out.push('</ul>');
  }

  out.push(`<h2>${t('report.logs')}</h2>`);
  if (report.logs.length === 0) p(t('report.noLogs'));
  for (const log of report.logs) {
    out.push(`<h3>${escapeHtml(log.entry ?? log.source)}</h3><p class="muted">${escapeHtml(log.source)}</p>`);
    if (!log.analysis) {
      p(t('report.logUnreadable', { reason: log.analysisError ?? '?' }));
      continue;
    }
    const a = log.analysis;
    p(t('report.logOutcome', { outcome: a.outcome, code: a.exitCode ?? '-' }));
    if (a.rootCause) {
      p(t('report.rootCause', { line: a.rootCause.line, message: a.rootCause.message }));
      out.push(`<pre>${escapeHtml(a.rootCause.context.map((l) => `${l.line}: ${l.text}`).join('\n'))}</pre>`);
    }
  }
  p(t('report.events', { count: report.events.count }));

  out.push(`<h2>${t('report.journal')}</h2>`);
  if (report.journal.length === 0) p(t('report.noJournal'));
  else {
    out.push('<ul>');
    for (const j of report.journal)
      out.push(
        `<li>${t('report.journalEntry', { fix: String(j['fixId'] ?? '?'), state: String(j['state'] ?? '?'), time: String(j['createdAt'] ?? '') })}</li>`,
      );
    out.push('</ul>');
  }

  out.push(`<h2>${t('report.redactions')}</h2><ul>`);
  for (const [kind, n] of Object.entries(extras.totals))
    if (n > 0)
      out.push(`<li>${t('report.redactionKind', { kind: translate(lang, `uiBundle:kind.${kind}`), count: n })}</li>`);
  out.push('</ul>');
  out.push(`<h2>${t('report.withheld')}</h2>`);
  if (extras.withheld.length === 0) p(t('report.noneWithheld'));
  else {
    out.push('<ul>');
    for (const w of extras.withheld)
      out.push(
        `<li>${escapeHtml(w.name)}: ${escapeHtml(translate(lang, `uiBundle:reason.${w.reason}`))}${w.detail ? ` (${escapeHtml(w.detail)})` : ''}</li>`,
      );
    out.push('</ul>');
  }
  out.push(`<h2>${t('report.files')}</h2><table>`);
  for (const f of extras.files) out.push(`<tr><td>${escapeHtml(f.name)}</td><td>${f.size}</td></tr>`);
  out.push('</table>');

  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeAttr(lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${t('report.title')}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    ...out,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
