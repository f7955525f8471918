/**
 * "Note: 1: N 2: a 3: b" records: the raw form of a message before it is formatted. Most are harmless
 * probes (see benign-noise.ts); a few are the only trace of a real error, and 2203/2329 carry facts.
 */
import { ERROR_NOTES, STG_E_ACCESSDENIED, STG_E_PATHNOTFOUND, isAlwaysBenignNote, isBenignNote } from './benign-noise';
import { addFileInUse, addNoiseNumber, addRebootReason, addSignal, currentAction, clip, detach } from './parse-state';
import type { LogParser } from './parser';

function args(rest: string): string[] {
  // "2203 2: C:\x.ipi 3: -2147287038 " -> ["2203", "C:\x.ipi", "-2147287038"]
  const out: string[] = [];
  let from = 0;
  for (let k = 2; k <= 6; k++) {
    const at = rest.indexOf(` ${k}: `, from);
    out.push(rest.slice(from, at === -1 ? undefined : at).trim());
    if (at === -1) return out;
    from = at + ` ${k}: `.length;
  }
  out.push(rest.slice(from).trim());
  return out;
}

const num = (s: string | undefined): number | null => (s !== undefined && /^-?\d+$/u.test(s) ? Number(s) : null);

/** The Note's message number, read without allocating ("Note: 1: 2205 2: ..." -> 2205). */
function noteCode(text: string, off: number, end: number): number | null {
  let code = 0;
  let i = off + 9;
  for (; i < end && i < off + 16; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    code = code * 10 + c;
  }
  return i === off + 9 ? null : code;
}

/** The Note whose text is `text.slice(off, end)`; most are counted as noise without cutting it out. */
export function handleNote(p: LogParser, text: string, off: number, end: number, line: number): void {
  const s = p.state;
  const quick = noteCode(text, off, end);
  if (quick === null) return;
  // The engine looks up message 1903 ("Scheduling reboot operation") to log a scheduled file operation;
  // the lookup is in English SQL on every Windows language, even when the message line is not logged.
  if (quick === 2228 && (text.startsWith('`Error` = 1903', end - 15) || text.startsWith('`Error` = 1903 ', end - 16)))
    addRebootReason(s, 'scheduled-operations');
  // Most notes are probes that are noise whatever their arguments (or, for 2203/2262, with
  // STG_E_FILENOTFOUND as the last argument): count them and move on.
  if (
    isAlwaysBenignNote(quick) ||
    ((quick === 2203 || quick === 2262) &&
      (text.startsWith(' 3: -2147287038 ', end - 16) || text.startsWith(' 3: -2147287038', end - 15)))
  ) {
    addNoiseNumber(s, quick);
    return;
  }
  const body = text.slice(off, end);
  const a = args(body.slice('Note: 1: '.length));
  const code = quick;
  const sys = num(a[2]);
  const target = (a[1] ?? '').toLowerCase();
  if (code === 2203 && target.endsWith('inprogressinstallinfo.ipi')) {
    // The in-progress marker: access denied / path not found here go with 2503/2502 (signals only).
    if (sys === STG_E_ACCESSDENIED) addSignal(s, 'ipi-access-denied', line);
    if (sys === STG_E_PATHNOTFOUND) addSignal(s, 'ipi-path-not-found', line);
    if (isBenignNote(code, sys)) addNoiseNumber(s, code);
    return;
  }
  if (code === 2203 && !isBenignNote(code, sys)) {
    // A package that cannot be opened is explained by the exit code (1619/1620); any other database
    // (a script or .ipi in a Temp folder) that cannot be opened is an error of its own.
    if (/\.ms[ipt]$/u.test(target)) addSignal(s, 'package-open-failed', line);
    else
      p.record({
        kind: 'internal',
        code,
        namespace: 'message',
        systemError: sys,
        message: clip(body),
        line,
        action: currentAction(s),
        customAction: null,
        customActionExitCode: null,
      });
    return;
  }
  if (code === 2329) {
    const err = num(a[1]);
    // GetLastError 32 (sharing violation) / 33 (lock violation): another process holds the file.
    if ((err === 32 || err === 33) && a[2]) {
      addFileInUse(s, { path: detach(a[2]), process: null, source: 'note-2329', line });
      addSignal(s, 'files-in-use', line);
    }
    return;
  }
  if (isBenignNote(code, sys)) {
    addNoiseNumber(s, code);
    return;
  }
  if (!ERROR_NOTES.has(code)) return;
  const isCa = code >= 1720 && code <= 1723;
  p.record({
    kind: code >= 2000 ? 'internal' : 'error',
    code,
    namespace: 'message',
    systemError: code === 1714 ? num(a[2]) : null,
    message: clip(body),
    line,
    action: currentAction(s),
    customAction: isCa && a[1] ? detach(a[1]) : null,
    customActionExitCode: null,
  });
}
