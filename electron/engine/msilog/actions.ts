/**
 * Action bookkeeping: "Doing action: X" / "Action start HH:MM:SS: X." open an action, "Action ended
 * HH:MM:SS: X. Return value N." closes it. Return values as Microsoft documents them in "Logging of
 * Action Return Values" (msdocs/logging-of-action-return-values.md): 0 not executed, 1 and 5 success,
 * 2 user cancel, 3 fatal error, 4 suspended.
 */
import type { ActionResult, LogAction } from '@shared/model/log-analysis';
import { LIMITS, type ParseState } from './parse-state';

export function resultOf(returnValue: number | null): ActionResult {
  switch (returnValue) {
    case null:
      return 'unfinished';
    case 0:
      return 'skipped';
    case 1:
    case 5:
      return 'success';
    case 2:
      return 'cancelled';
    case 3:
      return 'failed';
    case 4:
      return 'suspended';
    default:
      return 'other';
  }
}

function seconds(time: string | null): number | null {
  if (!time) return null;
  const parts = time.split(':').map(Number);
  if (parts.length !== 3 || parts.some((n) => !Number.isFinite(n))) return null;
  return (parts[0] ?? 0) * 3600 + (parts[1] ?? 0) * 60 + (parts[2] ?? 0);
}

/** Opens an action, or completes the one "Doing action:" opened with its start time. */
export function openAction(state: ParseState, name: string, line: number, time: string | null): void {
  const top = state.openActions.at(-1);
  if (top && top.record.name === name && top.record.startTime === null) {
    top.record.startTime = time;
    return;
  }
  const record: LogAction = { name, startLine: line, endLine: null, startTime: time, endTime: null, returnValue: null, result: 'unfinished', durationMs: null, nested: state.nestedOpen !== null };
  let index = -1;
  if (state.actions.length < LIMITS.actions) index = state.actions.push(record) - 1;
  else state.omittedActions++;
  if (state.openActions.length >= LIMITS.openActions) state.openActions.shift();
  state.openActions.push({ record, index });
}

/** Closes the innermost open action of that name (or records an end without a start). */
export function closeAction(state: ParseState, name: string, line: number, time: string | null, returnValue: number | null): LogAction {
  let at = -1;
  for (let i = state.openActions.length - 1; i >= 0; i--) {
    if (state.openActions[i]?.record.name === name) {
      at = i;
      break;
    }
  }
  let record: LogAction;
  if (at === -1) {
    record = { name, startLine: null, endLine: null, startTime: null, endTime: null, returnValue: null, result: 'unfinished', durationMs: null, nested: state.nestedOpen !== null };
    if (state.actions.length < LIMITS.actions) state.actions.push(record);
    else state.omittedActions++;
  } else {
    record = (state.openActions[at] as { record: LogAction }).record;
    // Actions opened after it and never closed (Doing action without Action ended) end with it.
    state.openActions.length = at;
  }
  record.endLine = line;
  record.endTime = time;
  record.returnValue = returnValue;
  record.result = resultOf(returnValue);
  const a = seconds(record.startTime);
  const b = seconds(time);
  if (a !== null && b !== null) record.durationMs = ((b - a + 86_400) % 86_400) * 1000;
  return record;
}
