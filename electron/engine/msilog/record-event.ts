/**
 * Adds an error-like event, merging the echoes msiexec writes for one error: a "Note: 1: 1714 ..."
 * record, then "Product: X -- Error 1714. ..." and a bare "Error 1714. ..." line are one error.
 */
import { LIMITS, type ErrorEvent, type ParseState } from './parse-state';

const MERGE_WINDOW_LINES = 12;

/** The user-facing text wins over a Note's raw arguments. */
function better(a: ErrorEvent, b: ErrorEvent): ErrorEvent {
  const rank = (e: ErrorEvent): number => (e.message.startsWith('Note:') ? 0 : e.kind === 'error' ? 2 : 1);
  return rank(b) > rank(a) ? b : a;
}

function echoOf(state: ParseState, ev: ErrorEvent): ErrorEvent | undefined {
  if (ev.code === null) return undefined;
  for (let i = state.events.length - 1; i >= Math.max(0, state.events.length - 4); i--) {
    const e = state.events[i] as ErrorEvent;
    if (ev.line - e.line > MERGE_WINDOW_LINES) return undefined;
    // Burn logs each frame of a failing call with the same HRESULT: those stay separate lines.
    const separate = (k: ErrorEvent['kind']): boolean =>
      k === 'custom-action' || k === 'burn-error' || k === 'burn-warning';
    if (e.code === ev.code && e.namespace === ev.namespace && !separate(e.kind) && !separate(ev.kind)) return e;
  }
  return undefined;
}

export function recordEvent(state: ParseState, ev: ErrorEvent): void {
  const last = echoOf(state, ev);
  if (last) {
    const pick = better(last, ev);
    last.kind = last.kind === 'error' || ev.kind === 'error' ? 'error' : last.kind;
    last.message = pick.message;
    last.systemError ??= ev.systemError;
    last.customAction ??= ev.customAction;
    last.customActionExitCode ??= ev.customActionExitCode;
    last.action ??= ev.action;
    for (const s of ev.signals) if (!last.signals.includes(s)) last.signals.push(s);
    return;
  }
  if (state.events.length >= LIMITS.errors) {
    state.omittedErrors++;
    return;
  }
  state.events.push(ev);
}
