/**
 * Action bookkeeping: "Doing action: X" / "Action start HH:MM:SS: X." open an action, "Action ended
 * HH:MM:SS: X. Return value N." closes it. Return values as Microsoft documents them in "Logging of
 * Action Return Values" (msdocs/logging-of-action-return-values.md): 0 not executed, 1 and 5 success,
 * 2 user cancel, 3 fatal error, 4 suspended.
 */
import type { ActionResult, LogAction } from '@shared/model/log-analysis';
import { detach, LIMITS, type OpenAction, type ParseState } from './parse-state';

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

/** "H:MM:SS" or "HH:MM:SS" to seconds of the day, read without allocating. */
function seconds(time: string | null): number | null {
  if (!time) return null;
  let total = 0;
  let part = 0;
  let parts = 0;
  for (let i = 0; i <= time.length; i++) {
    const c = i < time.length ? time.charCodeAt(i) : 58;
    if (c === 58) {
      total = total * 60 + part;
      part = 0;
      parts++;
    } else if (c >= 48 && c <= 57) part = part * 10 + (c - 48);
    else return null;
  }
  return parts === 3 ? total : null;
}

/** Opens an action, or completes the one "Doing action:" opened with its start time. */
export function openAction(state: ParseState, rawName: string, line: number, rawTime: string | null): void {
  // Kept strings are detached from their chunk; past the cap the record is short-lived and need not be.
  const keep = state.actions.length < LIMITS.actions;
  const name = keep ? detach(rawName) : rawName;
  const time = rawTime === null || !keep ? rawTime : detach(rawTime);
  const top = state.openActions.at(-1);
  if (top && top.record.name === name && top.record.startTime === null) {
    top.record.startTime = time === null || top.index === -1 ? time : detach(time);
    return;
  }
  const record: LogAction = {
    name,
    side: state.side,
    startLine: line,
    endLine: null,
    startTime: time,
    endTime: null,
    returnValue: null,
    result: 'unfinished',
    durationMs: null,
    nested: state.nestedOpen !== null,
  };
  let index = -1;
  if (state.actions.length < LIMITS.actions) index = state.actions.push(record) - 1;
  else state.omittedActions++;
  if (state.openActions.length >= LIMITS.openActions) state.openActions.shift();
  state.openActions.push({ record, index });
}

/** Closes the innermost open action of that name (or records an end without a start). */
export function closeAction(
  state: ParseState,
  name: string,
  line: number,
  time: string | null,
  returnValue: number | null,
): LogAction {
  let at = -1;
  for (let i = state.openActions.length - 1; i >= 0; i--) {
    if (state.openActions[i]?.record.name === name) {
      at = i;
      break;
    }
  }
  let record: LogAction;
  let kept: boolean;
  if (at === -1) {
    kept = state.actions.length < LIMITS.actions;
    record = {
      name: detach(name),
      side: state.side,
      startLine: null,
      endLine: null,
      startTime: null,
      endTime: null,
      returnValue: null,
      result: 'unfinished',
      durationMs: null,
      nested: state.nestedOpen !== null,
    };
    if (kept) state.actions.push(record);
    else state.omittedActions++;
  } else {
    const open = state.openActions[at] as OpenAction;
    record = open.record;
    kept = open.index !== -1;
    // Actions opened after it and never closed (Doing action without Action ended) end with it
    // (popped: shrinking an array by setting its length is a slow path in V8).
    while (state.openActions.length > at) state.openActions.pop();
  }
  record.endLine = line;
  // Only kept records need their strings detached from the chunk (see detach).
  record.endTime = kept && time !== null ? detach(time) : time;
  record.returnValue = returnValue;
  record.result = resultOf(returnValue);
  const a = seconds(record.startTime);
  const b = seconds(time);
  if (a !== null && b !== null) record.durationMs = ((b - a + 86_400) % 86_400) * 1000;
  return record;
}
