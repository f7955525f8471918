/**
 * Lines without the verbose prefix: the header and footer, action start/end, property dumps, message
 * lines ("Error 1310. ...", "Info 1903...", "DEBUG: Error 2203: ..."), and custom action results.
 */
import { CONSEQUENCE_MESSAGES, isBenignDebugError } from './benign-noise';
import { addFileInUse, addNoise, addRebootReason, addSignal, clip, currentAction, detach, LIMITS } from './parse-state';
import { applyProperty } from './properties';
import { closeAction, openAction } from './actions';
import {
  customActionIn,
  fileInUseFromInfo,
  internalCodeIn,
  parseDebugError,
  parseErrorMessage,
  parseInfo,
  systemErrorIn,
} from './messages';
import type { LogParser } from './parser';

const PROPERTY = /^Property\([CSN]\): ([^\s=]+) = (.*)$/u;
const CA_RESULT = /^CustomAction (\S*) returned actual error code (-?\d+)/u;
const VERBOSE_HEADER =
  /^=== Verbose logging started: (.*?) {2}Build type: .*? (\d+\.\d+\.\d+\.\d+) {2}Calling process: (.*) ===$/u;
const BASIC_HEADER = /^=== Logging started: (.*?) ===$/u;
const GUID = /\{[\da-f-]{36}\}/iu;

/** Message text from a "Product: X -- <text>" line or on its own line. */
export function handleMessageText(p: LogParser, text: string, line: number, whole: string): void {
  const s = p.state;
  const err = parseErrorMessage(text);
  if (err || text.startsWith('Info ')) messageLine(p);
  if (err) {
    if (CONSEQUENCE_MESSAGES.has(err.code)) return;
    const ca = customActionIn(text);
    const caName = ca === null ? null : detach(ca);
    p.record({
      kind: 'error',
      code: err.code,
      namespace: 'message',
      systemError: systemErrorIn(text),
      message: clip(text),
      line,
      action: currentAction(s),
      customAction: caName,
      customActionExitCode: null,
    });
    return;
  }
  const info = parseInfo(text);
  if (info) return handleInfo(p, info.code, info.text, line);
  const internal = internalCodeIn(text);
  if (internal !== null && isBenignDebugError(internal, null)) {
    addNoise(s, String(internal));
    return;
  }
  if (internal !== null) {
    p.record({
      kind: 'internal',
      code: internal,
      namespace: 'message',
      systemError: null,
      message: clip(text),
      line,
      action: currentAction(s),
      customAction: null,
      customActionExitCode: null,
    });
    return;
  }
  if (whole !== text) {
    // A package's own message (a launch condition's text): kept in case its action fails.
    if (s.userMessages.length >= LIMITS.userMessages) s.userMessages.shift();
    s.userMessages.push({ line, text: clip(text), action: currentAction(s), context: p.capture(line) });
  }
}

/** A bare message line identifies a Windows Installer log even without a header (a pasted excerpt). */
function messageLine(p: LogParser): void {
  if (p.state.format === 'unknown') p.state.format = 'msi-basic';
}

function handleInfo(p: LogParser, code: number, text: string, line: number): void {
  const s = p.state;
  if (code === 1603) {
    const f = fileInUseFromInfo(text);
    if (f) {
      addFileInUse(s, {
        path: detach(f.path),
        process: f.process ? { name: detach(f.process.name), pid: f.process.pid } : null,
        source: 'info-1603',
        line,
      });
      addSignal(s, 'files-in-use', line);
    }
  } else if (code === 1903) {
    // "Info 1903.Scheduling reboot operation: Deleting file ..." (msdocs: Logging of Reboot Requests).
    s.reboot.scheduledOperations++;
    addRebootReason(s, 'scheduled-operations');
  }
}

function handleDebug(p: LogParser, text: string, line: number): void {
  const d = parseDebugError(text);
  if (!d) return;
  messageLine(p);
  const sys = systemErrorIn(text);
  if (isBenignDebugError(d.code, sys)) {
    addNoise(p.state, String(d.code));
    return;
  }
  p.record({
    kind: d.code >= 2000 ? 'internal' : 'error',
    code: d.code,
    namespace: 'message',
    systemError: sys,
    message: clip(text),
    line,
    action: currentAction(p.state),
    customAction: null,
    customActionExitCode: null,
  });
}

function handleCustomActionResult(p: LogParser, text: string, line: number): void {
  const m = CA_RESULT.exec(text);
  if (!m) return;
  const s = p.state;
  const name = m[1] ?? '';
  const exitCode = Number(m[2]);
  const translated = text.includes('translated to success');
  // An unnamed result during RemoveExistingProducts is the nested engine's own exit code.
  const nested = s.nestedOpen ? s.nested[s.nestedOpen.index] : undefined;
  if (name === '' && nested) {
    nested.exitCode = exitCode;
    if (exitCode !== 0) {
      nested.failed = true;
      addSignal(s, 'nested-install-failed', line);
      // 1619/1620: the nested package (often the cached copy in C:\Windows\Installer) could not be opened.
      if (exitCode === 1619 || exitCode === 1620) addSignal(s, 'package-open-failed', line);
    }
    return;
  }
  if (s.customActions.length < LIMITS.customActions)
    s.customActions.push({ name: detach(name), exitCode, translatedToSuccess: translated, line });
  else s.omittedCustomActions++;
  if (translated || exitCode === 0) return;
  const signals = exitCode === 1618 ? (['nested-msi-from-custom-action', 'mutex-busy'] as const) : [];
  p.record({
    kind: 'custom-action',
    code: exitCode,
    namespace: 'exit',
    systemError: null,
    message: clip(text),
    line,
    action: currentAction(s),
    customAction: name ? detach(name) : null,
    customActionExitCode: exitCode,
    signals: [...signals],
  });
}

function handleHeader(p: LogParser, text: string): void {
  const s = p.state;
  if (!text.startsWith('=== ') || text.startsWith('=== MSI (')) return;
  if (text.startsWith('=== Verbose logging started: ')) {
    s.format = 'msi-verbose';
    const m = VERBOSE_HEADER.exec(text);
    s.header = m
      ? { started: m[1] ?? null, build: m[2] ?? null, callingProcess: m[3] ?? null }
      : { ...s.header, started: text.slice(29, 60).trim() };
  } else if (text.startsWith('=== Logging started: ')) {
    if (s.format === 'unknown') s.format = 'msi-basic';
    s.header.started = BASIC_HEADER.exec(text)?.[1] ?? null;
  } else if (
    text.startsWith('=== Verbose logging stopped') ||
    text.startsWith('=== Logging stopped') ||
    (p.seenHeader && text.endsWith(' ==='))
  ) {
    // On non-English Windows the basic log's header and footer are translated: the second one closes.
    s.complete = true;
  } else if (text.endsWith(' ===') && s.header.started === null) {
    s.header.started = text.slice(4, -4).trim();
  }
  p.seenHeader = true;
}

/**
 * Number.parseInt(text.slice(from, end), 10) without cutting the text out, for the usual short run
 * of digits; anything else (a sign, Unicode white space, no digit, a long run) is left to parseInt.
 */
function leadingInt(text: string, from: number, end: number): number {
  let i = from;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c !== 32 && (c < 9 || c > 13)) break;
    i++;
  }
  const first = i;
  let n = 0;
  for (; i < end && i - first < 15; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) break;
    n = n * 10 + d;
  }
  return i === first || i - first >= 15 ? Number.parseInt(text.slice(from, end), 10) : n;
}

/**
 * "Action start 9:30:00: Name." / "Action ended 9:30:03: Name. Return value 1.", read by position
 * (two of every few dozen lines in a verbose log) in `text.slice(start, end)` without cutting the
 * line out, every search bounded by the line's end. Other "Action ..." lines (the ActionText) are
 * skipped: false. The parts are left in `actionLine` (no object per line).
 */
const actionLine = { ended: false, time: '', name: '', returnValue: null as number | null };

function parseActionLine(text: string, start: number, end: number): boolean {
  if (end - start < 13) return false;
  const ended = text.startsWith('Action ended ', start);
  if (!ended && !text.startsWith('Action start ', start)) return false;
  const from = start + 13;
  // The time: digits and colons up to the first ": ", at most 8 characters.
  let colon = -1;
  for (let i = from; i < end && i - from <= 8; i++) {
    const c = text.charCodeAt(i);
    if (c === 58 && i + 1 < end && text.charCodeAt(i + 1) === 32) {
      colon = i;
      break;
    }
    if (c !== 58 && (c < 48 || c > 57)) return false;
  }
  if (colon === -1) return false;
  // The name: up to the first ".", without a space.
  let dot = -1;
  for (let i = colon + 2; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 46) {
      dot = i;
      break;
    }
    if (c === 32) return false;
  }
  if (dot === -1 || dot === colon + 2) return false;
  if (!ended && dot !== end - 1) return false;
  const rv =
    ended && dot + 15 <= end && text.startsWith(' Return value ', dot + 1)
      ? leadingInt(text, dot + 15, end)
      : Number.NaN;
  actionLine.ended = ended;
  actionLine.time = text.slice(from, colon);
  actionLine.name = text.slice(colon + 2, dot);
  actionLine.returnValue = Number.isNaN(rv) ? null : rv;
  return true;
}

/** An "Action ..." line, `text.slice(start, end)`. */
export function handleAction(p: LogParser, text: string, start: number, end: number, line: number): void {
  const s = p.state;
  if (!parseActionLine(text, start, end)) return;
  const a = actionLine;
  if (s.format === 'unknown') s.format = 'msi-basic';
  if (!a.ended) {
    openAction(s, a.name, line, a.time);
    return;
  }
  const name = a.name;
  const record = closeAction(s, name, line, a.time, a.returnValue);
  if ((record.returnValue === 2 || record.returnValue === 3) && s.actionEnds.length < 100) {
    s.actionEnds.push({
      name: detach(name),
      line,
      returnValue: record.returnValue,
      nested: record.nested,
      context: p.capture(line),
    });
  }
  if (name === 'ScheduleReboot' && record.result === 'success') addRebootReason(s, 'schedule-reboot-action');
  if (name === 'ForceReboot' && record.result === 'success') addRebootReason(s, 'force-reboot-action');
  if (s.nestedOpen && s.nestedOpen.parentAction === name) {
    const nested = s.nested[s.nestedOpen.index];
    if (nested && record.result === 'failed') nested.failed = true;
    s.nestedOpen = null;
  }
}

export function handlePlainLine(p: LogParser, text: string, line: number): void {
  const s = p.state;
  // Inside the property dump (written after the actions ran), a line that is not "Property(" or
  // "=== " is the rest of a multi-line value: data that must not be read as log lines.
  if (p.inPropertyDump && !text.startsWith('Property(') && !text.startsWith('=== ')) return;
  switch (text.charCodeAt(0)) {
    case 61: // =
      p.inPropertyDump = false;
      handleHeader(p, text);
      return;
    case 65: // A
      if (text.startsWith('Action ')) {
        p.inPropertyDump = false;
        handleAction(p, text, 0, text.length, line);
      }
      return;
    case 80: {
      // P
      const m = text.startsWith('Property(') ? PROPERTY.exec(text) : null;
      if (m) {
        applyProperty(s, m[1] ?? '', m[2] ?? '');
        p.inPropertyDump = true;
      } else handleMessageText(p, text, line, text);
      return;
    }
    case 68: // D
      if (text.startsWith('DEBUG: Error ')) handleDebug(p, text, line);
      return;
    case 67: // C
      if (text.startsWith('CustomAction ')) handleCustomActionResult(p, text, line);
      return;
    case 82: // R
      if (text.startsWith('RemoveExistingProducts: Application: '))
        s.pendingNestedProduct = detach(GUID.exec(text)?.[0] ?? '') || null;
      return;
    case 32: {
      // "           ******* Product: X" continues a RunEngine line.
      const t = text.trimStart();
      if (!t.startsWith('******* Product: ')) return;
      const product = detach(t.slice(17).trim());
      const nested = s.nestedOpen ? s.nested[s.nestedOpen.index] : undefined;
      if (nested) nested.product ??= product;
      else s.product.package ??= product;
      return;
    }
    default:
      if (text.charCodeAt(0) > 32) handleMessageText(p, text, line, text);
  }
}
