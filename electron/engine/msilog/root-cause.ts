/**
 * Picks the root cause: the first real error before the failure, not the last line that says
 * "failed". Rules, in order:
 * - Benign noise never gets here (benign-noise.ts).
 * - The failure point is the first action that ended with Return value 3, else the status line; the
 *   candidates are the errors logged up to it (all errors when none precede it, as in a cut log).
 * - A user-facing error ("Error 1925.") beats an internal DEBUG error logged before it in the same
 *   failure (the 1714 case: DEBUG 2203 inside the nested install, then "Error 1714 ... System Error
 *   1620"), except 2503/2502, which have no user-facing form.
 * - A custom action's exit code and a 1720-1723 error next to it are one cause.
 * - No coded error but a failed action: a launch condition's text, else the action itself.
 */
import type { LogOutcome, LogSignal, RootCause } from '@shared/model/log-analysis';
import type { ErrorEvent, ParseState } from './parse-state';
import type { Status } from './outcome';

const CANDIDATE_KINDS = new Set(['error', 'internal', 'custom-action', 'mutex', 'burn-error']);
const INTERNAL_ROOT_CODES = new Set([2502, 2503]);
const CA_ERRORS = new Set([1720, 1721, 1722, 1723]);
const PAIR_WINDOW = 12;

function failurePoint(s: ParseState, statusLine: number | null): number {
  const failed = s.actionEnds.find((a) => a.returnValue === 3);
  return failed?.line ?? statusLine ?? Number.MAX_SAFE_INTEGER;
}

function pick(candidates: ErrorEvent[]): ErrorEvent | undefined {
  const mutex = candidates.find((e) => e.kind === 'mutex');
  if (mutex) return mutex;
  const strong = candidates.find((e) => e.kind !== 'internal' || (e.code !== null && INTERNAL_ROOT_CODES.has(e.code)));
  return strong ?? candidates[0];
}

/** Joins "CustomAction X returned actual error code N" with the 1722 it causes. */
function pairCustomAction(s: ParseState, e: ErrorEvent): ErrorEvent {
  if (e.kind === 'custom-action') {
    const err = s.events.find(
      (x) => x.line > e.line && x.line - e.line <= PAIR_WINDOW && x.code !== null && CA_ERRORS.has(x.code),
    );
    return err
      ? {
          ...err,
          customAction: err.customAction ?? e.customAction,
          customActionExitCode: e.customActionExitCode,
          signals: [...new Set([...e.signals, ...err.signals])],
        }
      : e;
  }
  if (e.code !== null && CA_ERRORS.has(e.code) && e.customActionExitCode === null) {
    const ca = s.events
      .filter((x) => x.kind === 'custom-action' && x.line < e.line && e.line - x.line <= PAIR_WINDOW)
      .at(-1);
    if (ca)
      return {
        ...e,
        customAction: e.customAction ?? ca.customAction,
        customActionExitCode: ca.customActionExitCode,
        signals: [...new Set([...ca.signals, ...e.signals])],
      };
  }
  return e;
}

function signalsFor(s: ParseState, line: number, own: LogSignal[], nested: boolean, global = true): LogSignal[] {
  const out = new Set<LogSignal>(own);
  // Facts logged before the error, or right after it while msiexec is still reporting it.
  if (global) for (const sig of s.signals) if (sig.line <= line + PAIR_WINDOW) out.add(sig.signal);
  if (nested || s.nested.some((n) => n.failed)) out.add('nested-install-failed');
  return [...out];
}

function fromEvent(s: ParseState, e: ErrorEvent, failedAction: string | null): RootCause {
  const kind =
    e.kind === 'custom-action'
      ? 'custom-action'
      : e.kind === 'mutex'
        ? 'mutex'
        : e.kind === 'burn-error'
          ? 'burn'
          : 'error';
  return {
    kind,
    code: e.code,
    namespace: e.namespace,
    systemError: e.systemError,
    action: e.action ?? failedAction,
    customAction: e.customAction,
    customActionExitCode: e.customActionExitCode,
    message: e.message,
    line: e.line,
    context: e.context,
    nested: e.nested,
    signals: signalsFor(s, e.line, e.signals, e.nested),
  };
}

function fromAction(s: ParseState, kind: 'launch-condition' | 'action-failed' | 'cancelled'): RootCause | null {
  const want = kind === 'cancelled' ? 2 : 3;
  const end = s.actionEnds.find((a) => a.returnValue === want);
  if (!end) return null;
  const action = s.actions.find((a) => a.endLine === end.line);
  const from = action?.startLine ?? 0;
  const message =
    kind === 'launch-condition' ? s.userMessages.find((m) => m.line >= from && m.line < end.line) : undefined;
  if (kind === 'launch-condition' && !message) return null;
  const signals: LogSignal[] = kind === 'launch-condition' ? ['launch-condition'] : [];
  return {
    kind,
    code: kind === 'cancelled' ? 1602 : null,
    namespace: kind === 'cancelled' ? 'exit' : null,
    systemError: null,
    action: end.name,
    customAction: null,
    customActionExitCode: null,
    message: message?.text ?? end.context.find((c) => c.line === end.line)?.text ?? end.name,
    line: message?.line ?? end.line,
    context: message?.context ?? end.context,
    nested: end.nested,
    // A launch condition or a cancel is its own explanation; the machine's other facts do not apply.
    signals: signalsFor(s, end.line, signals, end.nested, kind === 'action-failed'),
  };
}

/** 1603 only says "a fatal error occurred": without an error line the log holds no cause. */
const ERROR_INSTALL_FAILURE = 1603;

/** Only a failing exit code (1618 without the mutex line, 1619, 1625, ...): the code is the cause. */
function fromExitCode(s: ParseState, status: Status): RootCause | null {
  if (status.exitCode === null || status.line === null || status.exitCode === ERROR_INSTALL_FAILURE) return null;
  const line = status.line;
  return {
    kind: 'exit-code',
    code: status.exitCode,
    namespace: 'exit',
    systemError: null,
    action: null,
    customAction: null,
    customActionExitCode: null,
    message: status.context.find((c) => c.line === line)?.text ?? String(status.exitCode),
    line,
    context: status.context,
    nested: false,
    signals: signalsFor(s, line, [], false),
  };
}

export function chooseRootCause(s: ParseState, outcome: LogOutcome, status: Status): RootCause | null {
  if (outcome === 'cancelled') return fromAction(s, 'cancelled');
  if (outcome !== 'failure') return null;
  const point = failurePoint(s, status.line);
  const all = s.events.filter((e) => CANDIDATE_KINDS.has(e.kind));
  const before = all.filter((e) => e.line <= point);
  const chosen = pick(before.length > 0 ? before : all);
  const failedAction = s.actionEnds.find((a) => a.returnValue === 3)?.name ?? null;
  if (chosen) return fromEvent(s, pairCustomAction(s, chosen), failedAction);
  const warning = s.events.find((e) => e.kind === 'warning' || e.kind === 'burn-warning');
  // A specific exit code (1618, 1619, 1625, ...) says more than "INSTALL returned 3"; 1603 does not.
  return (
    fromAction(s, 'launch-condition') ??
    fromExitCode(s, status) ??
    fromAction(s, 'action-failed') ??
    (warning ? fromEvent(s, warning, failedAction) : null)
  );
}
