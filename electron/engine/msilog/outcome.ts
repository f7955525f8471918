/**
 * The verdict, read from numbers rather than words so that it holds on every Windows language:
 * "MainEngineThread is returning N" (never translated), else the number that ends the closing summary
 * line (translated, but the number is not), else Burn's "Exit code: 0x..". Only when the log states no
 * status (an excerpt, a log cut short) is the outcome inferred from action results and errors.
 * Exit codes: msdocs/error-codes.md (0 success, 1602 user cancel, 1641 and 3010 success with restart).
 */
import type { LogLine, LogOutcome } from '@shared/model/log-analysis';
import { addRebootReason, type ParseState } from './parse-state';

export interface Status {
  exitCode: number | null;
  source: 'engine' | 'final-message' | 'burn' | 'inferred' | 'none';
  line: number | null;
  context: LogLine[];
}

export const ERROR_SUCCESS_REBOOT_INITIATED = 1641;
export const ERROR_SUCCESS_REBOOT_REQUIRED = 3010;
export const ERROR_INSTALL_USEREXIT = 1602;

const FAILURE_KINDS = new Set(['error', 'internal', 'custom-action', 'mutex', 'burn-error']);

function stated(s: ParseState): Status | null {
  if (s.engineStatus)
    return {
      exitCode: s.engineStatus.code,
      source: 'engine',
      line: s.engineStatus.line,
      context: s.engineStatus.context,
    };
  if (s.finalMessage)
    return {
      exitCode: s.finalMessage.code,
      source: 'final-message',
      line: s.finalMessage.line,
      context: s.finalMessage.context,
    };
  if (s.burnExit)
    return { exitCode: s.burnExit.code, source: 'burn', line: s.burnExit.line, context: s.burnExit.context };
  return null;
}

function fromExitCode(s: ParseState, code: number): LogOutcome {
  if (code === ERROR_SUCCESS_REBOOT_REQUIRED || code === ERROR_SUCCESS_REBOOT_INITIATED) {
    addRebootReason(s, 'exit-code');
    if (code === ERROR_SUCCESS_REBOOT_INITIATED) s.reboot.initiated = true;
    return 'reboot-required';
  }
  if (code === 0) return s.reboot.required ? 'reboot-required' : 'success';
  if (code === ERROR_INSTALL_USEREXIT) return 'cancelled';
  return 'failure';
}

function inferred(s: ParseState): LogOutcome {
  const failedAction = s.actionEnds.some((a) => a.returnValue === 3 && !a.nested);
  const failureEvent = s.events.some((e) => FAILURE_KINDS.has(e.kind));
  if (failedAction || failureEvent) return 'failure';
  if (s.actionEnds.some((a) => a.returnValue === 2)) return 'cancelled';
  if (s.reboot.required) return 'reboot-required';
  // A basic log without the summary line: the top-level action's own result.
  const top = s.actions.find(
    (a) => !a.nested && (a.name === 'INSTALL' || a.name === 'ADMIN' || a.name === 'ADVERTISE'),
  );
  if (top?.result === 'success') return 'success';
  return 'unknown';
}

export function decideOutcome(s: ParseState): { outcome: LogOutcome; status: Status } {
  const st = stated(s);
  if (st && st.exitCode !== null) return { outcome: fromExitCode(s, st.exitCode), status: st };
  const outcome = inferred(s);
  return {
    outcome,
    status: { exitCode: null, source: outcome === 'unknown' ? 'none' : 'inferred', line: null, context: [] },
  };
}
