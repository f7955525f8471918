/**
 * WiX Burn bundle logs: "[14C4:0FAC][2016-09-23T12:49:51]e000: Error 0x80070643: Failed to install MSP
 * package." The letter is the level (i info, w warning, e error), the number the message id. Errors
 * carry an HRESULT; FACILITY_WIN32 HRESULTs (0x8007xxxx) wrap a Win32 code (0x80070643 = 1603).
 */
import { addRebootReason, clip, currentAction } from './parse-state';
import { closeAction, openAction } from './actions';
import type { LogParser } from './parser';

const BURN = /^\[[0-9A-Fa-f]{2,8}:[0-9A-Fa-f]{2,8}\]\[[0-9T:.\-/ ]{8,32}\]([a-z])(\d{3}): /u;
const HRESULT_ERROR = /^Error 0x([0-9A-Fa-f]{1,8}): /u;
const HEX = /0x([0-9A-Fa-f]{1,8})/u;

export function isBurnLine(text: string): boolean {
  return BURN.test(text);
}

/** Win32 code of a FACILITY_WIN32 HRESULT, else the value itself as a signed 32-bit number. */
export function burnExitCode(hresult: number): number {
  if (hresult >>> 16 === 0x8007) return hresult & 0xffff;
  return hresult | 0;
}

function hexAfter(text: string, marker: string): number | null {
  const at = text.indexOf(marker);
  if (at === -1) return null;
  const m = HEX.exec(text.slice(at + marker.length));
  return m ? parseInt(m[1] ?? '0', 16) >>> 0 : null;
}

function variable(p: LogParser, text: string): void {
  // "Variable: WixBundleName = X" (i410) or "Setting string variable 'WixBundleName' to value 'X'" (i000).
  let name: string | null = null;
  let value = '';
  if (text.startsWith('Variable: ')) {
    const eq = text.indexOf(' = ');
    if (eq !== -1) [name, value] = [text.slice(10, eq), text.slice(eq + 3)];
  } else if (text.startsWith("Setting string variable '")) {
    const end = text.indexOf("' to value '");
    if (end !== -1 && text.endsWith("'")) [name, value] = [text.slice(25, end), text.slice(end + 12, -1)];
  }
  const product = p.state.product;
  if (name === 'WixBundleName') product.name ??= value;
  else if (name === 'WixBundleVersion') product.version ??= value;
  else if (name === 'WixBundleProviderKey' || name === 'WixBundleCode') product.code ??= value;
}

function restartOf(p: LogParser, text: string): void {
  if (/restart: (?:Required|Initiated)/u.test(text)) addRebootReason(p.state, 'burn-restart');
  if (text.includes('restart: Initiated') || text.includes('restarting: Yes')) p.state.reboot.initiated = true;
}

function info(p: LogParser, id: string, text: string, line: number): void {
  const s = p.state;
  switch (id) {
    case '001': {
      const at = text.indexOf(', path: ');
      s.header.build = text.split(',')[0] ?? null;
      if (at !== -1) s.header.callingProcess = text.slice(at + 8);
      return;
    }
    case '007': {
      const code = hexAfter(text, 'Exit code: ');
      if (code !== null) s.burnExit = { code: burnExitCode(code), line, context: p.capture(line) };
      s.complete = true;
      restartOf(p, text);
      return;
    }
    case '500': {
      const code = hexAfter(text, 'exit code: ');
      if (code !== null && !s.burnExit) s.burnExit = { code: burnExitCode(code), line, context: p.capture(line) };
      return;
    }
    case '301':
    case '306': {
      const m = /^Applying (?:execute )?package: ([^,]+),/u.exec(text);
      if (m) openAction(s, m[1] ?? '', line, null);
      return;
    }
    case '319': {
      const m = /^Applied (?:execute )?package: ([^,]+), result: 0x([0-9A-Fa-f]+)/u.exec(text);
      if (m) closeAction(s, m[1] ?? '', line, null, parseInt(m[2] ?? '0', 16) === 0 ? 1 : 3);
      restartOf(p, text);
      return;
    }
    case '399':
      restartOf(p, text);
      return;
    default:
      variable(p, text);
  }
}

export function handleBurnLine(p: LogParser, text: string, line: number): void {
  const m = BURN.exec(text);
  if (!m) return;
  const level = m[1];
  const id = m[2] ?? '';
  const body = text.slice(m[0].length);
  if (level === 'i') return info(p, id, body, line);
  if (level === 'e') {
    const h = HRESULT_ERROR.exec(body);
    const code = h ? parseInt(h[1] ?? '0', 16) >>> 0 : null;
    const systemError = code !== null && code >>> 16 === 0x8007 ? code & 0xffff : null;
    p.record({
      kind: 'burn-error',
      code,
      namespace: code === null ? null : 'hresult',
      systemError,
      message: clip(body),
      line,
      action: currentAction(p.state),
      customAction: null,
      customActionExitCode: null,
    });
  } else if (level === 'w' && body.includes('error: 0x')) {
    const code = hexAfter(body, 'error: ');
    p.record({
      kind: 'burn-warning',
      code,
      namespace: code === null ? null : 'hresult',
      systemError: code !== null && code >>> 16 === 0x8007 ? code & 0xffff : null,
      message: clip(body),
      line,
      action: currentAction(p.state),
      customAction: null,
      customActionExitCode: null,
    });
  }
}
