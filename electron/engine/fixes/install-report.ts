/**
 * After an install fix: the exit code explained and the verbose log (written with /L*v to a known
 * path) read back through the host and analysed, so a 1603 comes with the log's root cause.
 */
import type { WindowsHost } from '../host/windows-host';
import { explainExitCode, type InstallVerdict } from './exit-codes';

/** The log analyzer's answer, as far as the fix report needs it. */
export interface LogSummary {
  /** The root cause the analyzer found: its code (KB lookup), the log's own text and line. */
  rootCause: { kind: string; code: number | null; message: string; line: number; action: string | null } | null;
  /** Windows Installer error numbers seen (2503, 1925, ...). */
  errorCodes: number[];
  /** The exit code the log itself states. */
  exitCode: number | null;
}
export type LogAnalyzer = (bytes: Uint8Array) => Promise<LogSummary>;

export interface InstallReport {
  exitCode: number;
  verdict: InstallVerdict;
  messageKey: string;
  outcome: 'applied' | 'cancelled' | 'declined' | 'failed';
  next: string | null;
  logPath: string;
  log: LogSummary | null;
  /** Why the log could not be analysed, when it could not. */
  logError: string | null;
}

const MAX_LOG_BYTES = 64 * 1024 * 1024;

export async function explainInstall(
  host: WindowsHost,
  logPath: string,
  exitCode: number,
  analyze?: LogAnalyzer,
): Promise<InstallReport> {
  const e = explainExitCode(exitCode);
  const base = { exitCode, verdict: e.verdict, messageKey: e.messageKey, outcome: e.outcome, next: e.next, logPath };
  if (e.verdict === 'declined') return { ...base, log: null, logError: null };
  if (!analyze) return { ...base, log: null, logError: 'no log analyzer' };
  try {
    return { ...base, log: await analyze(await host.readFile(logPath, MAX_LOG_BYTES)), logError: null };
  } catch (err) {
    return { ...base, log: null, logError: (err as Error).message };
  }
}
