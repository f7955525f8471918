/**
 * The result of analyzing one Windows Installer (msiexec) or WiX Burn log. The engine's analyzer
 * (electron/engine/msilog) produces it, the CLI prints it as JSON, and the UI renders it. Error codes
 * are carried with their namespace only; explanations come from the KB (shared/kb) at render time:
 * - `exit`: msiexec / Win32 exit codes (1603, 1618, 3010, ...), also used for custom action exit codes.
 * - `message`: Windows Installer Error-table message numbers (1310, 1722, 2503, ...).
 * - `hresult`: HRESULTs as Burn logs them (0x80070643), as an unsigned 32-bit number.
 */
import { z } from 'zod';

export const LOG_ANALYSIS_SCHEMA_VERSION = 1;

export const LogFormat = z.enum(['msi-verbose', 'msi-basic', 'burn', 'unknown']);
export type LogFormat = z.infer<typeof LogFormat>;

export const LogOutcome = z.enum(['success', 'failure', 'cancelled', 'reboot-required', 'unknown']);
export type LogOutcome = z.infer<typeof LogOutcome>;

export const CodeNamespace = z.enum(['exit', 'message', 'hresult']);
export type CodeNamespace = z.infer<typeof CodeNamespace>;

/** One line of the log, 1-based, possibly shortened (very long lines are cut, see stats). */
export const LogLine = z.object({ line: z.number().int().positive(), text: z.string() });
export type LogLine = z.infer<typeof LogLine>;

/**
 * Facts recognized around an error that point at a cause; the UI and the checks map them to findings.
 * ipi-access-denied / ipi-path-not-found: Note 2203 on inprogressinstallinfo.ipi with STG_E_ACCESSDENIED
 * (-2147287035) or STG_E_PATHNOTFOUND (-2147287037), the classic companion of 2503/2502.
 */
export const LogSignal = z.enum([
  'ipi-access-denied',
  'ipi-path-not-found',
  'silent-no-elevation',
  'mutex-busy',
  'nested-install-failed',
  'nested-msi-from-custom-action',
  'cached-package-missing',
  'package-open-failed',
  'files-in-use',
  'policy-disable-msi',
  'launch-condition',
]);
export type LogSignal = z.infer<typeof LogSignal>;

/** exit-code: the log states only a failing exit code (1618, 1619, 1625, ...), which is then the cause. */
export const RootCauseKind = z.enum([
  'error',
  'custom-action',
  'mutex',
  'launch-condition',
  'action-failed',
  'cancelled',
  'burn',
  'exit-code',
]);
export type RootCauseKind = z.infer<typeof RootCauseKind>;

export const RootCause = z.object({
  kind: RootCauseKind,
  /** The code to look up in the KB; null when the log has none (a launch condition's own text). */
  code: z.number().int().nullable(),
  namespace: CodeNamespace.nullable(),
  /** A system error the message carries ("System Error 1620", an HRESULT's Win32 code). */
  systemError: z.number().int().nullable(),
  /** The standard or custom action that was running. */
  action: z.string().nullable(),
  customAction: z.string().nullable(),
  customActionExitCode: z.number().int().nullable(),
  /** The log's own text of the error (in the log's language). */
  message: z.string(),
  line: z.number().int().positive(),
  /** Lines before and after, in order, including the error line itself. */
  context: z.array(LogLine),
  /** True when the error happened inside a nested install (RemoveExistingProducts, a nested MSI). */
  nested: z.boolean(),
  signals: z.array(LogSignal),
});
export type RootCause = z.infer<typeof RootCause>;

export const LogErrorSeverity = z.enum(['error', 'internal', 'warning']);
export const LogError = z.object({
  code: z.number().int().nullable(),
  namespace: CodeNamespace.nullable(),
  /** error: shown to the user; internal: a DEBUG/internal (2xxx) error; warning: Burn w-lines, non-vital. */
  severity: LogErrorSeverity,
  message: z.string(),
  line: z.number().int().positive(),
  action: z.string().nullable(),
  customAction: z.string().nullable(),
  nested: z.boolean(),
});
export type LogError = z.infer<typeof LogError>;

export const ActionResult = z.enum(['success', 'cancelled', 'failed', 'suspended', 'skipped', 'other', 'unfinished']);
export type ActionResult = z.infer<typeof ActionResult>;

export const LogAction = z.object({
  name: z.string(),
  /** Client (UI sequence, "MSI (c)") or server (execute sequence, "MSI (s)"), from the nearest verbose line. */
  side: z.enum(['client', 'server']).nullable(),
  startLine: z.number().int().positive().nullable(),
  endLine: z.number().int().positive().nullable(),
  startTime: z.string().nullable(),
  endTime: z.string().nullable(),
  /** The logged return value (1 success, 2 cancel, 3 fatal error, ...; see "Logging of Action Return Values"). */
  returnValue: z.number().int().nullable(),
  result: ActionResult,
  /** From the logged clock times, whole seconds; null when either end is missing. */
  durationMs: z.number().int().nonnegative().nullable(),
  nested: z.boolean(),
});
export type LogAction = z.infer<typeof LogAction>;

export const CustomActionRun = z.object({
  name: z.string(),
  exitCode: z.number().int(),
  /** "returned actual error code N but will be translated to success due to continue marking". */
  translatedToSuccess: z.boolean(),
  line: z.number().int().positive(),
});
export type CustomActionRun = z.infer<typeof CustomActionRun>;

export const FileInUse = z.object({
  /** Null when only the process is known (Restart Manager names applications, not files). */
  path: z.string().nullable(),
  process: z.object({ name: z.string(), pid: z.number().int().nullable() }).nullable(),
  source: z.enum(['info-1603', 'note-2329', 'restart-manager']),
  line: z.number().int().positive(),
});
export type FileInUse = z.infer<typeof FileInUse>;

export const PolicyValues = z.record(z.string(), z.union([z.string(), z.number()]));
export const LogPolicies = z.object({ machine: PolicyValues, user: PolicyValues });
export type LogPolicies = z.infer<typeof LogPolicies>;

export const RebootReason = z.enum([
  'exit-code',
  'replaced-in-use-files',
  'scheduled-operations',
  'schedule-reboot-action',
  'force-reboot-action',
  'burn-restart',
]);
export const RebootInfo = z.object({
  required: z.boolean(),
  /** 1641: the installer started the restart itself. */
  initiated: z.boolean(),
  reasons: z.array(RebootReason),
  /** Info 1903 "Scheduling reboot operation" lines. */
  scheduledOperations: z.number().int().nonnegative(),
});
export type RebootInfo = z.infer<typeof RebootInfo>;

export const NestedInstall = z.object({
  product: z.string().nullable(),
  parentAction: z.string().nullable(),
  line: z.number().int().positive(),
  exitCode: z.number().int().nullable(),
  failed: z.boolean(),
});
export type NestedInstall = z.infer<typeof NestedInstall>;

export const EncodingSource = z.enum(['bom', 'detected', 'override', 'default']);
export const LogEncoding = z.object({ name: z.string(), bom: z.boolean(), source: EncodingSource });
export type LogEncoding = z.infer<typeof LogEncoding>;

export const StatusSource = z.enum(['engine', 'final-message', 'burn', 'inferred', 'none']);

export const TimelineKind = z.enum([
  'log-start',
  'action-failed',
  'action-cancelled',
  'error',
  'custom-action-failed',
  'nested-install',
  'files-in-use',
  'reboot',
  'status',
  'log-end',
]);
export const TimelineEntry = z.object({ line: z.number().int().positive(), kind: TimelineKind, label: z.string() });
export type TimelineEntry = z.infer<typeof TimelineEntry>;

export const LogAnalysis = z.object({
  schemaVersion: z.literal(LOG_ANALYSIS_SCHEMA_VERSION),
  format: LogFormat,
  outcome: LogOutcome,
  /** The exit code the log states (engine status, final message or Burn exit code); null if it states none. */
  exitCode: z.number().int().nullable(),
  status: z.object({ source: StatusSource, line: z.number().int().positive().nullable() }),
  product: z.object({
    name: z.string().nullable(),
    version: z.string().nullable(),
    code: z.string().nullable(),
    package: z.string().nullable(),
  }),
  header: z.object({
    started: z.string().nullable(),
    build: z.string().nullable(),
    callingProcess: z.string().nullable(),
  }),
  rootCause: RootCause.nullable(),
  errors: z.array(LogError),
  actions: z.array(LogAction),
  customActions: z.array(CustomActionRun),
  nestedInstalls: z.array(NestedInstall),
  filesInUse: z.array(FileInUse),
  policies: LogPolicies,
  /** True/false when the log says so (MSI_LUA, "elevated privileges" lines); null when it does not. */
  elevated: z.boolean().nullable(),
  elevation: z.array(LogLine),
  /** A few properties a helpdesk needs (ALLUSERS, UILevel, ...), values exactly as logged (hidden stay masked). */
  properties: z.record(z.string(), z.string()),
  hiddenProperties: z.array(z.string()),
  reboot: RebootInfo,
  /** Harmless lines that look like errors, counted by code ("2205", "2228", "rm-29", ...). */
  noise: z.object({
    count: z.number().int().nonnegative(),
    byCode: z.record(z.string(), z.number().int().nonnegative()),
  }),
  timeline: z.array(TimelineEntry),
  encoding: LogEncoding,
  stats: z.object({
    lines: z.number().int().nonnegative(),
    bytes: z.number().int().nonnegative(),
    /** Lines longer than the reader's limit, kept shortened. */
    longLines: z.number().int().nonnegative(),
    /** The closing "=== Logging stopped" line (or Burn's exit code line) was seen. */
    complete: z.boolean(),
    /** How many entries each list dropped to stay bounded on huge logs. */
    omitted: z.object({
      errors: z.number().int().nonnegative(),
      actions: z.number().int().nonnegative(),
      filesInUse: z.number().int().nonnegative(),
      timeline: z.number().int().nonnegative(),
      customActions: z.number().int().nonnegative(),
    }),
  }),
});
export type LogAnalysis = z.infer<typeof LogAnalysis>;
