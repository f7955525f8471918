/**
 * The human summary of an analysis, in the reader's language (CLI output, report text). Codes are
 * printed with their namespace so the reader (or the KB) can look them up; the log's own text is quoted.
 */
import type { LogAnalysis, LogFormat, LogOutcome, LogSignal, RootCause } from '@shared/model/log-analysis';

export type Translate = (key: string, values?: Record<string, string | number>) => string;
/** Looks a code up in the KB (the caller's choice of KB and language); null when unknown. */
export type Explain = (code: number, namespace: 'exit' | 'message') => string | null;

const OUTCOME_KEYS: Record<LogOutcome, string> = {
  success: 'log:outcome.success',
  failure: 'log:outcome.failure',
  cancelled: 'log:outcome.cancelled',
  'reboot-required': 'log:outcome.rebootRequired',
  unknown: 'log:outcome.unknown',
};

const FORMAT_KEYS: Record<LogFormat, string> = {
  'msi-verbose': 'log:format.msiVerbose',
  'msi-basic': 'log:format.msiBasic',
  burn: 'log:format.burn',
  unknown: 'log:format.unknown',
};

const SIGNAL_KEYS: Record<LogSignal, string> = {
  'ipi-access-denied': 'log:signal.ipiAccessDenied',
  'ipi-path-not-found': 'log:signal.ipiPathNotFound',
  'silent-no-elevation': 'log:signal.silentNoElevation',
  'mutex-busy': 'log:signal.mutexBusy',
  'nested-install-failed': 'log:signal.nestedInstallFailed',
  'nested-msi-from-custom-action': 'log:signal.nestedMsiFromCustomAction',
  'cached-package-missing': 'log:signal.cachedPackageMissing',
  'package-open-failed': 'log:signal.packageOpenFailed',
  'files-in-use': 'log:signal.filesInUse',
  'policy-disable-msi': 'log:signal.policyDisableMsi',
  'launch-condition': 'log:signal.launchCondition',
};

const NAMESPACE_KEYS = {
  exit: 'log:rootCause.namespaceExit',
  message: 'log:rootCause.namespaceMessage',
  hresult: 'log:rootCause.namespaceHresult',
} as const;

function codeText(rc: RootCause, t: Translate): string {
  if (rc.code === null || rc.namespace === null) return t('log:rootCause.noCode');
  const code =
    rc.namespace === 'hresult' ? `0x${(rc.code >>> 0).toString(16).toUpperCase().padStart(8, '0')}` : String(rc.code);
  return t('log:rootCause.code', { namespace: t(NAMESPACE_KEYS[rc.namespace]), code });
}

/** "Label: value" with the language's own colon. */
const field = (t: Translate, labelKey: string, value: string): string => `${t(labelKey)}${t('log:colon')}${value}`;

/** Policies that switch Windows Installer off or on, or change elevation (Disable*, Always*, Allow*, Enable*, Enforce*). */
const SWITCH_POLICY = /^(?:Disable|Always|Allow|Enable|Enforce)/u;

function rootCauseLines(a: LogAnalysis, t: Translate, explain: Explain | undefined): string[] {
  const rc = a.rootCause;
  const label = 'log:rootCause.label';
  if (!rc) return a.outcome === 'failure' ? [field(t, label, t('log:rootCause.none'))] : [];
  if (rc.kind === 'cancelled')
    return [field(t, label, t('log:rootCause.cancelled', { action: rc.action ?? '?', line: rc.line }))];
  const where = rc.action ? ` ${t('log:rootCause.where', { action: rc.action, line: rc.line })}` : '';
  const out = [field(t, label, `${codeText(rc, t)}${where}`), `  “${rc.message}”`];
  const meaning =
    rc.code !== null && (rc.namespace === 'exit' || rc.namespace === 'message')
      ? explain?.(rc.code, rc.namespace)
      : null;
  if (meaning) out.push(`  ${t('log:rootCause.meaning', { text: meaning })}`);
  if (rc.customAction && rc.customActionExitCode !== null)
    out.push(`  ${t('log:rootCause.customAction', { name: rc.customAction, code: rc.customActionExitCode })}`);
  if (rc.systemError !== null) {
    const sys = explain?.(rc.systemError, 'exit');
    out.push(`  ${t('log:rootCause.systemError', { code: rc.systemError })}${sys ? `: ${sys}` : ''}`);
  }
  if (rc.nested) out.push(`  ${t('log:rootCause.nested')}`);
  for (const s of rc.signals) out.push(`  - ${t(SIGNAL_KEYS[s])}`);
  if (rc.context.length > 0) {
    out.push(`  ${t('log:rootCause.context')}`);
    const width = String(rc.context.at(-1)?.line ?? 0).length;
    for (const c of rc.context)
      out.push(`    ${String(c.line).padStart(width)}${c.line === rc.line ? ' >' : ' |'} ${c.text}`);
  }
  return out;
}

function productText(a: LogAnalysis): string | null {
  const p = a.product;
  const text = [p.name, p.version, p.code].filter((x): x is string => !!x).join(' ');
  return text || null;
}

export function summarizeAnalysis(a: LogAnalysis, t: Translate, file: string, explain?: Explain): string {
  const exit = a.exitCode === null ? t('log:exitCodeNone') : t('log:exitCode', { code: a.exitCode });
  const lines = [t('log:heading', { file }), field(t, 'log:outcome.label', `${t(OUTCOME_KEYS[a.outcome])} (${exit})`)];
  if (a.status.source === 'inferred') lines.push(`  ${t('log:inferred')}`);
  const product = productText(a);
  if (product) lines.push(field(t, 'log:product', product));
  lines.push(...rootCauseLines(a, t, explain));
  const others = a.errors.filter((e) => e.line !== a.rootCause?.line && e.severity !== 'warning').length;
  if (others > 0) lines.push(t('log:otherErrors', { count: others }));
  if (a.filesInUse.length > 0) {
    lines.push(t('log:filesInUse', { count: a.filesInUse.length }));
    for (const f of a.filesInUse.slice(0, 5))
      lines.push(
        `  ${f.path ?? ''}${f.process ? ` (${f.process.name}${f.process.pid === null ? '' : ` ${f.process.pid}`})` : ''}`,
      );
  }
  if (a.reboot.required && a.outcome !== 'reboot-required') lines.push(t('log:reboot'));
  const elevated = a.elevated === null ? 'log:elevated.unknown' : a.elevated ? 'log:elevated.yes' : 'log:elevated.no';
  lines.push(field(t, 'log:elevated.label', t(elevated)));
  const set = [...Object.entries(a.policies.machine), ...Object.entries(a.policies.user)].filter(
    ([k, v]) => SWITCH_POLICY.test(k) && typeof v === 'number' && v !== 0,
  );
  if (set.length > 0) lines.push(t('log:policies', { list: set.map(([k, v]) => `${k}=${v}`).join(', ') }));
  if (a.noise.count > 0) lines.push(t('log:noise', { count: a.noise.count }));
  if (!a.stats.complete && a.format !== 'unknown') lines.push(t('log:truncated'));
  const encoding = `${a.encoding.name}${a.encoding.bom ? ' (BOM)' : ''}`;
  lines.push(t('log:details', { format: t(FORMAT_KEYS[a.format]), encoding, lines: a.stats.lines }));
  return `${lines.join('\n')}\n`;
}
