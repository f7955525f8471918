/**
 * The simulated msiexec: decides an exit code from the machine state the way Windows Installer would
 * for the causes we model, and writes a verbose log in the shape msiexec writes, so the log analyzer
 * runs on it. Order of checks follows what msiexec meets first: UAC, service, policy, mutex, package,
 * then the temp folders the install's scripts need.
 */
import type { HostOperation, OperationOutcome } from '../operations';
import type { SimState } from './simulated-host';
import { findPath, fileBytes } from './simulated-host';
import { canWrite } from './acl-eval';

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const SYSTEM = 'S-1-5-18';

type RunMsiexec = Extract<HostOperation, { kind: 'runMsiexec' }>;

function policy(state: SimState, name: string): number | null {
  for (const k of state.machine.registry) {
    if (k.hive !== 'HKLM' || k.key.toLowerCase() !== 'software\\policies\\microsoft\\windows\\installer') continue;
    const v = Object.entries(k.values).find(([n]) => n.toLowerCase() === name.toLowerCase())?.[1];
    if (v && typeof v.data === 'number') return v.data;
  }
  return null;
}

function packagePath(args: readonly string[]): string | null {
  const i = args.findIndex((a) => /^[/-](?:[aix]|f[a-z]*|package)$/iu.test(a));
  return i >= 0 ? (args[i + 1] ?? null) : null;
}

function isMsi(bytes: Uint8Array | null): boolean {
  return bytes !== null && bytes.length >= 8 && OLE_MAGIC.every((b, i) => bytes[i] === b);
}

/**
 * The token the install's client side runs with: elevated launches (UAC or over-the-shoulder
 * credentials) carry an enabled Administrators group.
 */
function effectiveToken(state: SimState, elevated: boolean) {
  const token = state.machine.token;
  if (!elevated) return token;
  const groups = token.groups.filter((g) => g.sid !== 'S-1-5-32-544');
  return { userSid: token.userSid, groups: [...groups, { sid: 'S-1-5-32-544', attributes: 0xf }] };
}

/**
 * 2502/2503 come from the install's script not being able to use C:\Windows\Temp: SYSTEM must be able
 * to write there, and so must the installing user (by default through BUILTIN\Users' "create files"
 * right). The user's own %TEMP% must be writable too (else 2203 on the .ipi file).
 */
function tempProblem(state: SimState, op: RunMsiexec): 'windows-temp' | 'user-temp' | null {
  const m = state.machine;
  const winTemp = findPath(m, 'C:\\Windows\\Temp');
  const systemToken = { userSid: SYSTEM, groups: [{ sid: 'S-1-5-32-544', attributes: 0xf }] };
  if (!winTemp || winTemp.type !== 'directory' || !canWrite(winTemp.acl, systemToken)) return 'windows-temp';
  if (!canWrite(winTemp.acl, effectiveToken(state, op.elevated))) return 'windows-temp';
  const userTemp = op.env?.['TEMP'] ?? m.env['TEMP']?.expanded ?? null;
  const entry = userTemp ? findPath(m, userTemp) : undefined;
  if (!entry || entry.type !== 'directory' || !(entry.userWritable ?? canWrite(entry.acl, m.token))) return 'user-temp';
  return null;
}

function decide(state: SimState, op: RunMsiexec): { code: number; note: string } {
  const m = state.machine;
  const scripted = m.installer.scriptedExitCodes.shift();
  if (scripted !== undefined) return { code: scripted, note: 'scripted by the scenario' };
  const svc = m.services['msiserver'];
  if (!svc || svc.startType === 4) return { code: 1601, note: 'The Windows Installer service could not be accessed.' };
  const disable = policy(state, 'DisableMSI');
  if (disable === 2 || (disable === 1 && !op.elevated))
    return { code: 1625, note: 'DisableMSI policy forbids this install.' };
  const holder = m.processes.some(
    (p) => p.name.toLowerCase() === 'msiexec.exe' && !/\s\/v\b/iu.test(p.commandLine ?? ''),
  );
  // While an install runs, msiserver accepts SHUTDOWN only, not STOP (MSDN "_MSIExecute Mutex").
  if (holder && svc.state === 4 && !svc.acceptsStop)
    return { code: 1618, note: 'Failed to grab execution mutex. System error 258.' };
  const pkg = packagePath(op.args);
  const bytes = pkg ? fileBytes(m, pkg) : null;
  if (!pkg || !findPath(m, pkg))
    return { code: 1619, note: 'This installation package could not be opened (not found).' };
  if (!isMsi(bytes))
    return { code: 1620, note: 'This installation package could not be opened (not a Windows Installer package).' };
  const temp = tempProblem(state, op);
  if (temp === 'windows-temp') return { code: 1603, note: '2503' };
  if (temp === 'user-temp') return { code: 1603, note: '2203' };
  return { code: 0, note: 'ok' };
}

/** A compact verbose log in msiexec's own line shapes (all English, as on an en-US machine). */
function logText(op: RunMsiexec, code: number, note: string): string {
  const lines = [
    `=== Verbose logging started: 11/21/2026  10:00:00  Build type: SHIP UNICODE 5.00.10011.00  Calling process: C:\\WINDOWS\\system32\\msiexec.exe ===`,
    `MSI (c) (10:14) [10:00:00:001]: Resetting cached policy values`,
    `MSI (c) (10:14) [10:00:00:002]: Machine policy value 'Debug' is 0`,
    `MSI (c) (10:14) [10:00:00:010]: Command Line: ${op.args.join(' ')}`,
  ];
  if (code === 1618) lines.push(`MSI (s) (20:24) [10:00:00:100]: Failed to grab execution mutex. System error 258.`);
  if (code === 1620 || code === 1619)
    lines.push(`MSI (c) (10:14) [10:00:00:050]: Note: 1: 2203 2: ${packagePath(op.args) ?? ''} 3: -2147286960`);
  if (note === '2503') {
    lines.push(
      `MSI (s) (20:24) [10:00:01:000]: Note: 1: 2203 2: C:\\Windows\\Installer\\inprogressinstallinfo.ipi 3: -2147287035`,
    );
    lines.push(`MSI (s) (20:24) [10:00:01:100]: Note: 1: 2205 2:  3: Error `);
    lines.push(`Error 2503. Called RunScript when not marked in progress`);
    lines.push(`Error 2502. Called InstallFinalize when no install in progress`);
  }
  if (note === '2203')
    lines.push(
      `MSI (s) (20:24) [10:00:01:000]: Note: 1: 2203 2: C:\\Users\\user\\AppData\\Local\\Temp\\1a2b3c.ipi 3: -2147287035`,
    );
  if (code === 0) lines.push(`Action ended 10:00:05: INSTALL. Return value 1.`);
  else if (code !== 1618 && code !== 1601 && code !== 1625)
    lines.push(`Action ended 10:00:05: INSTALL. Return value 3.`);
  lines.push(`MSI (s) (20:24) [10:00:05:000]: MainEngineThread is returning ${code}`);
  lines.push(`MSI (c) (10:14) [10:00:05:100]: MainEngineThread is returning ${code}`);
  lines.push(`=== Verbose logging stopped: 11/21/2026  10:00:05 ===`);
  return `${lines.join('\r\n')}\r\n`;
}

export function runSimulatedMsiexec(state: SimState, op: RunMsiexec): OperationOutcome {
  if (op.elevated && state.machine.installer.declineUac) return { status: 'declined' };
  const { code, note } = decide(state, op);
  state.machine.paths[op.logPath] = {
    type: 'file',
    attributes: 0,
    ownerSid: state.machine.token.userSid,
    acl: null,
    isNetwork: false,
    content: logText(op, code, note),
    modified: new Date(state.now).toISOString(),
  };
  return { status: 'done', exitCode: code, output: note };
}
