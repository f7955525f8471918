/**
 * The text after a verbose line's prefix ("MSI (s) (18:F4) [12:02:17:900]: "). Decided by its first
 * words, which msiexec writes in English on every Windows language (only message texts are translated).
 */
import { addFileInUse, addNoise, addSignal, clip, currentAction, detach, LIMITS } from './parse-state';
import { applyPropertyChange } from './properties';
import { openAction } from './actions';
import { handleNote } from './notes';
import { handleMessageText } from './plain-lines';
import type { LogParser } from './parser';

const RM_APP = /^RESTART MANAGER: Detected that application with id (\d+), friendly name '([^']*)'/u;
/** The closing summary ("... Installation success or error status: 1603.", translated on non-English Windows). */
const FINAL_STATUS = /[:：]\s*(-?\d+)\s*[.。][^\p{L}\p{N}]*$/u;
const GUID = /\{[\da-f-]{36}\}/iu;

/** " 0" / " -1" at `from` to the end of `body`, the usual policy value, read without cutting it out; null otherwise. */
function plainInteger(body: string, from: number): number | null {
  let i = from + 1;
  if (body.charCodeAt(from) !== 32 || i >= body.length) return null;
  const negative = body.charCodeAt(i) === 45;
  if (negative) i++;
  if (i >= body.length || body.length - i > 15) return null;
  let n = 0;
  for (; i < body.length; i++) {
    const d = body.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return null;
    n = n * 10 + d;
  }
  return negative ? -n : n;
}

function policyValue(raw: string): string | number {
  const v = raw.trim();
  if (/^-?\d+$/u.test(v)) return Number(v);
  return v.length >= 2 && v.startsWith("'") && v.endsWith("'") ? v.slice(1, -1) : v;
}

function elevation(p: LogParser, body: string, line: number, verdict: 'yes' | 'no' | 'weakNo' | null): void {
  const e = p.state.elevation;
  if (e.lines.length < LIMITS.elevation) e.lines.push({ line, text: clip(body) });
  if (verdict) e[verdict] = true;
}

function handleMsiLua(p: LogParser, body: string, line: number): void {
  if (body.includes('no credential elevation is possible')) {
    elevation(p, body, line, 'no');
    addSignal(p.state, 'silent-no-elevation', line);
  } else if (body.includes('MsiRunningElevated property to 1') || body.includes('user is an admin'))
    elevation(p, body, line, 'yes');
  else if (body.includes('no elevation required')) elevation(p, body, line, 'weakNo');
  else elevation(p, body, line, null);
}

function handleProductMessage(p: LogParser, body: string, line: number): void {
  const sep = body.indexOf(' -- ');
  if (sep === -1) return;
  const s = p.state;
  if (s.nestedOpen === null) s.product.name ??= detach(body.slice('Product: '.length, sep));
  handleMessageText(p, body.slice(sep + 4), line, body);
}

function handleFinalMessage(p: LogParser, body: string, line: number): void {
  const s = p.state;
  const m = FINAL_STATUS.exec(body);
  if (!m || s.nestedOpen !== null) return;
  s.finalMessage = { code: Number(m[1]), line, context: p.capture(line) };
  // English wording only; other languages get name and version from the properties instead.
  const n = body.indexOf('Product Name: ');
  const v = body.indexOf('. Product Version: ');
  const l = body.indexOf('. Product Language: ');
  if (n !== -1 && v > n && l > v) {
    s.product.name ??= detach(body.slice(n + 14, v));
    s.product.version ??= detach(body.slice(v + 19, l));
  }
}

function handleRunEngine(p: LogParser, side: 'c' | 's', line: number): void {
  const s = p.state;
  // A second server-side engine while an action runs is a nested install (RemoveExistingProducts).
  if (side === 's') {
    s.engineRuns++;
    const parent = currentAction(s);
    if (s.engineRuns > 1 && parent !== null && s.nestedOpen === null && s.nested.length < LIMITS.nested) {
      const pending = s.pendingNestedProduct;
      s.nested.push({ product: pending, parentAction: parent, line, exitCode: null, failed: false });
      s.nestedOpen = { index: s.nested.length - 1, parentAction: parent };
      s.pendingNestedProduct = null;
    }
  }
}

function handleMainEngine(p: LogParser, body: string, line: number): void {
  const code = Number(body.slice('MainEngineThread is returning '.length).trim());
  if (!Number.isSafeInteger(code)) return;
  const s = p.state;
  const nested = s.nestedOpen ? s.nested[s.nestedOpen.index] : undefined;
  if (nested) {
    nested.exitCode = code;
    if (code !== 0 && code !== 3010 && code !== 1641) nested.failed = true;
  } else s.engineStatus = { code, line, context: p.capture(line) };
}

/**
 * `text` is the whole line and the body starts at `off`; the body is only cut out (a string
 * allocation) for the few kinds of line that need it, which keeps the common lines cheap.
 */
export function handleMsiBody(
  p: LogParser,
  side: 'c' | 's',
  text: string,
  off: number,
  end: number,
  line: number,
): void {
  const s = p.state;
  switch (text.charCodeAt(off)) {
    case 78: // N
      if (text.startsWith('Note: 1: ', off)) handleNote(p, text, off, end, line);
      return;
    case 80: // P
      if (text.startsWith('PROPERTY CHANGE: ', off)) {
        if (!applyPropertyChange(s, text.slice(off, end))) p.enterValue();
      } else if (text.startsWith('Product: ', off)) handleProductMessage(p, text.slice(off, end), line);
      else if (text.startsWith('Product installation will be elevated', off))
        elevation(p, text.slice(off, end), line, 'yes');
      return;
    case 77: // M
      if (text.charCodeAt(off + 2) === 99) {
        if (text.startsWith('Machine policy value ', off)) handlePolicy(p, text.slice(off, end), line);
      } else if (text.startsWith('MainEngineThread is returning ', off))
        handleMainEngine(p, text.slice(off, end), line);
      else if (text.startsWith('MSI_LUA: ', off)) handleMsiLua(p, text.slice(off, end), line);
      return;
    case 85: // U
      if (text.startsWith('User policy value ', off)) handlePolicy(p, text.slice(off, end), line);
      return;
    case 68: // D ("Dir (target)", "Dir (source)" and "Doing action", told apart by the second letter)
      if (text.charCodeAt(off + 1) === 111 && text.startsWith('Doing action: ', off))
        openAction(s, text.slice(off + 14, end).trim(), line, null);
      return;
    case 70: // F (mostly "File: ")
      if (text.charCodeAt(off + 1) === 97 && text.startsWith('Failed to grab execution mutex', off)) {
        addSignal(s, 'mutex-busy', line);
        p.record({
          kind: 'mutex',
          code: 1618,
          namespace: 'exit',
          systemError: null,
          message: clip(text.slice(off, end)),
          line,
          action: currentAction(s),
          customAction: null,
          customActionExitCode: null,
        });
      }
      return;
    case 87: // W
      if (text.startsWith('Windows Installer ', off)) handleFinalMessage(p, text.slice(off, end), line);
      else if (text.startsWith('Warning: Local cached package', off)) {
        addSignal(s, 'cached-package-missing', line);
        p.record({
          kind: 'warning',
          code: null,
          namespace: null,
          systemError: null,
          message: clip(text.slice(off, end)),
          line,
          action: currentAction(s),
          customAction: null,
          customActionExitCode: null,
        });
      }
      return;
    case 82: // R
      if (text.startsWith('Running product ', off) || text.startsWith('RESTART MANAGER: ', off))
        handleR(p, text.slice(off, end), line);
      return;
    case 42: // *
      if (text.startsWith('******* RunEngine', off)) handleRunEngine(p, side, line);
      return;
    case 69: // E
      // A fifth of a verbose log is "Executing op: X(": only two ops matter, told apart by X's first letters.
      if (text.charCodeAt(off + 14) === 65) {
        if (text.startsWith('Executing op: ActionStart(', off)) s.scriptCustomAction = null;
      } else if (text.charCodeAt(off + 14) === 67 && text.charCodeAt(off + 15) === 117) {
        if (text.startsWith('Executing op: CustomActionSchedule(Action=', off)) handleScriptOp(p, text.slice(off, end));
      }
      return;
    default:
      return;
  }
}

function handleR(p: LogParser, body: string, line: number): void {
  const s = p.state;
  if (body.startsWith('Running product ')) {
    if (body.includes('with elevated privileges')) elevation(p, body, line, 'yes');
    else if (body.includes('with user privileges')) elevation(p, body, line, 'no');
    if (s.nestedOpen === null) s.product.code ??= detach(GUID.exec(body)?.[0] ?? '') || null;
  } else if (body.startsWith('RESTART MANAGER: ')) {
    if (body.startsWith('RESTART MANAGER: Failed to open session')) addNoise(s, 'restart-manager');
    const m = RM_APP.exec(body);
    if (m) {
      addFileInUse(s, {
        path: null,
        process: { name: detach(m[2] ?? ''), pid: Number(m[1]) },
        source: 'restart-manager',
        line,
      });
      addSignal(s, 'files-in-use', line);
    }
  }
}

/** "Machine policy value 'DisableMsi' is 1" / "User policy value 'SearchOrder' is 'nmu'". */
function handlePolicy(p: LogParser, body: string, line: number): void {
  const scope = body.charCodeAt(0) === 77 ? 'machine' : 'user';
  const open = body.indexOf("'");
  const close = open === -1 ? -1 : body.indexOf("' is", open + 1);
  if (close === -1) return;
  const name = body.slice(open + 1, close);
  const raw = plainInteger(body, close + 4) ?? policyValue(body.slice(close + 4));
  const values = p.state.policies[scope];
  if (values[name] === raw) return;
  values[detach(name)] = typeof raw === 'string' ? detach(raw) : raw;
  if (name.toLowerCase() === 'disablemsi' && (raw === 1 || raw === 2)) addSignal(p.state, 'policy-disable-msi', line);
}

/** The deferred script names the custom action it runs: "Executing op: CustomActionSchedule(Action=X,...". */
function handleScriptOp(p: LogParser, body: string): void {
  const rest = body.slice('Executing op: CustomActionSchedule(Action='.length);
  const end = rest.indexOf(',');
  p.state.scriptCustomAction = detach(end === -1 ? rest : rest.slice(0, end));
}
