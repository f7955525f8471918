/**
 * The text after a verbose line's prefix ("MSI (s) (18:F4) [12:02:17:900]: "). Decided by its first
 * words, which msiexec writes in English on every Windows language (only message texts are translated).
 */
import { addFileInUse, addNoise, addSignal, clip, currentAction, LIMITS } from './parse-state';
import { applyPropertyChange } from './properties';
import { openAction } from './actions';
import { handleNote } from './notes';
import { handleMessageText } from './plain-lines';
import type { LogParser } from './parser';

const POLICY = /^(Machine|User) policy value '([^']+)' is ?(.*)$/u;
const RM_APP = /^RESTART MANAGER: Detected that application with id (\d+), friendly name '([^']*)'/u;
/** The closing summary ("... Installation success or error status: 1603.", translated on non-English Windows). */
const FINAL_STATUS = /[:：]\s*(-?\d+)\s*[.。][^\p{L}\p{N}]*$/u;
const GUID = /\{[\da-f-]{36}\}/iu;

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
  } else if (body.includes('MsiRunningElevated property to 1') || body.includes('user is an admin')) elevation(p, body, line, 'yes');
  else if (body.includes('no elevation required')) elevation(p, body, line, 'weakNo');
  else elevation(p, body, line, null);
}

function handleProductMessage(p: LogParser, body: string, line: number): void {
  const sep = body.indexOf(' -- ');
  if (sep === -1) return;
  const s = p.state;
  if (s.nestedOpen === null) s.product.name ??= body.slice('Product: '.length, sep);
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
    s.product.name ??= body.slice(n + 14, v);
    s.product.version ??= body.slice(v + 19, l);
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

export function handleMsiBody(p: LogParser, side: 'c' | 's', body: string, line: number): void {
  const s = p.state;
  switch (body.charCodeAt(0)) {
    case 78: // N
      if (body.startsWith('Note: 1: ')) handleNote(p, body, line);
      return;
    case 80: // P
      if (body.startsWith('PROPERTY CHANGE: ')) {
        if (!applyPropertyChange(s, body)) p.enterValue();
      } else if (body.startsWith('Product: ')) handleProductMessage(p, body, line);
      else if (body.startsWith('Product installation will be elevated')) elevation(p, body, line, 'yes');
      return;
    case 77: // M
      if (body.startsWith('MainEngineThread is returning ')) handleMainEngine(p, body, line);
      else if (body.startsWith('MSI_LUA: ')) handleMsiLua(p, body, line);
      else if (body.startsWith('Machine policy value ')) handlePolicy(p, body, line);
      return;
    case 85: // U
      if (body.startsWith('User policy value ')) handlePolicy(p, body, line);
      return;
    case 68: // D
      if (body.startsWith('Doing action: ')) openAction(s, body.slice(14).trim(), line, null);
      return;
    case 70: // F
      if (body.startsWith('Failed to grab execution mutex')) {
        addSignal(s, 'mutex-busy', line);
        p.record({ kind: 'mutex', code: 1618, namespace: 'exit', systemError: null, message: body, line, action: currentAction(s), customAction: null, customActionExitCode: null });
      }
      return;
    case 87: // W
      if (body.startsWith('Windows Installer ')) handleFinalMessage(p, body, line);
      else if (body.startsWith('Warning: Local cached package')) {
        addSignal(s, 'cached-package-missing', line);
        p.record({ kind: 'warning', code: null, namespace: null, systemError: null, message: body, line, action: currentAction(s), customAction: null, customActionExitCode: null });
      }
      return;
    case 82: // R
      handleR(p, body, line);
      return;
    case 42: // *
      if (body.startsWith('******* RunEngine')) handleRunEngine(p, side, line);
      return;
    case 69: // E
      if (body.startsWith('Executing op: ')) handleScriptOp(p, body);
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
    if (s.nestedOpen === null) s.product.code ??= GUID.exec(body)?.[0] ?? null;
  } else if (body.startsWith('RESTART MANAGER: ')) {
    if (body.startsWith('RESTART MANAGER: Failed to open session')) addNoise(s, 'restart-manager');
    const m = RM_APP.exec(body);
    if (m) {
      addFileInUse(s, { path: null, process: { name: m[2] ?? '', pid: Number(m[1]) }, source: 'restart-manager', line });
      addSignal(s, 'files-in-use', line);
    }
  }
}

function handlePolicy(p: LogParser, body: string, line: number): void {
  const m = POLICY.exec(body);
  if (!m) return;
  const scope = m[1] === 'Machine' ? 'machine' : 'user';
  const name = m[2] ?? '';
  const value = policyValue(m[3] ?? '');
  p.state.policies[scope][name] = value;
  if (name.toLowerCase() === 'disablemsi' && (value === 1 || value === 2)) addSignal(p.state, 'policy-disable-msi', line);
}

/** The deferred script names the custom action it runs: "Executing op: CustomActionSchedule(Action=X,...". */
function handleScriptOp(p: LogParser, body: string): void {
  const op = body.slice('Executing op: '.length);
  if (op.startsWith('ActionStart(')) p.state.scriptCustomAction = null;
  else if (op.startsWith('CustomActionSchedule(Action=')) {
    const rest = op.slice('CustomActionSchedule(Action='.length);
    const end = rest.indexOf(',');
    p.state.scriptCustomAction = end === -1 ? rest : rest.slice(0, end);
  }
}
