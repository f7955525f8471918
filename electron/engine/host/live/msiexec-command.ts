/**
 * The msiexec command builder. msiexec has its own parser, documented only by example
 * (msdocs command-line-options.md): options are case-insensitive, a path follows its option, property
 * values with spaces are quoted and a literal quote inside a value is written twice
 * (`PROPERTY="Embedded ""Quotes"" White Space"`). Paths cannot be escaped at all, so a path that
 * could break the quoting, or that Windows would silently rewrite, is refused with a clear reason
 * (security.md §3.3, §3.6 step 1): quotes and control characters, 260+ characters (Windows Installer
 * has no long-path support), \\?\ and \\.\ paths, alternate data streams, device names (CON, NUL,
 * COM1...), components ending in a space or a dot (the CVE-2024-43402 trick), wildcards and pipes.
 */

export type UnsafePathReason =
  | 'empty'
  | 'quote'
  | 'control'
  | 'tooLong'
  | 'devicePath'
  | 'relative'
  | 'notNormalized'
  | 'alternateStream'
  | 'reservedChar'
  | 'deviceName'
  | 'trailingDotOrSpace'
  | 'trailingBackslash';

/** English reasons for the CLI and logs; the UI uses fixes:unsafePath.<reason>. */
export const UNSAFE_PATH_MESSAGES: Record<UnsafePathReason, string> = {
  empty: 'The path is empty.',
  quote: 'The path contains a double quote ("), which Windows Installer cannot accept inside a quoted path.',
  control: 'The path contains a control character (such as a line break or tab).',
  tooLong:
    'The path has 260 characters or more; Windows Installer does not support paths that long. Move the file to a shorter folder.',
  devicePath: 'Paths starting with \\\\?\\ or \\\\.\\ are not supported by Windows Installer.',
  relative:
    'The path is not absolute (it must start with a drive letter such as C:\\ or a network path \\\\server\\share).',
  notNormalized: 'The path contains "." or ".." parts, forward slashes or doubled separators.',
  alternateStream: 'The path names an alternate data stream (a ":" after the drive).',
  reservedChar: 'The path contains a character Windows does not allow in file names (< > | ? *).',
  deviceName: 'A part of the path is a reserved device name (CON, PRN, AUX, NUL, COM1-9, LPT1-9).',
  trailingDotOrSpace: 'A part of the path ends with a dot or a space, which Windows would silently remove.',
  trailingBackslash: 'The path ends with a backslash, so it does not name a file.',
};

export class UnsafePathError extends Error {
  readonly code = 'E_UNSAFE_PATH';
  constructor(
    readonly reason: UnsafePathReason,
    readonly path: string,
  ) {
    super(UNSAFE_PATH_MESSAGES[reason]);
    this.name = 'UnsafePathError';
  }
}

// CON, PRN, AUX, NUL, COM0-9, LPT0-9, with the superscript digits Windows also treats as devices.
const DEVICE_NAMES = /^(?:con|prn|aux|nul|conin\$|conout\$|(?:com|lpt)[0-9\u00b9\u00b2\u00b3])$/iu;
// eslint-disable-next-line no-control-regex -- the point is to find control characters
const CONTROL = /[\u0000-\u001f\u007f]/u;

/** Why a path cannot be handed to msiexec (or an elevated tool), or null when it is safe. */
export function unsafePathReason(path: string): UnsafePathReason | null {
  if (path.length === 0) return 'empty';
  if (path.includes('"')) return 'quote';
  if (CONTROL.test(path)) return 'control';
  if (path.length >= 260) return 'tooLong';
  if (path.startsWith('\\\\?\\') || path.startsWith('\\\\.\\') || path.startsWith('\\??\\')) return 'devicePath';
  if (path.includes('/')) return 'notNormalized';
  const drive = /^[A-Za-z]:\\/u.test(path);
  const unc = /^\\\\[^\\]+\\[^\\]+/u.test(path);
  if (!drive && !unc) return 'relative';
  if (path.endsWith('\\')) return 'trailingBackslash';
  const rest = drive ? path.slice(3) : path.slice(2);
  if (rest.includes(':')) return 'alternateStream';
  if (/[<>|?*]/u.test(rest)) return 'reservedChar';
  for (const part of rest.split('\\')) {
    if (part === '' || part === '.' || part === '..') return 'notNormalized';
    if (part.endsWith('.') || part.endsWith(' ')) return 'trailingDotOrSpace';
    const stem = (part.split('.')[0] ?? '').trimEnd();
    if (DEVICE_NAMES.test(stem)) return 'deviceName';
  }
  return null;
}

export function assertSafePath(path: string): string {
  const reason = unsafePathReason(path);
  if (reason) throw new UnsafePathError(reason, path);
  return path;
}

export type MsiAction = 'install' | 'repair' | 'reinstall';
export type MsiUi = 'basic' | 'full';

export interface MsiexecRequest {
  action: MsiAction;
  packagePath: string;
  logPath: string;
  /** Basic UI shows progress and a Cancel button (1602); full shows the package's own dialogs. */
  ui?: MsiUi;
  /** Public properties (upper-case names) chosen by the app, never by the renderer. */
  properties?: Readonly<Record<string, string>>;
}

// /f default list is 'omus'; 'v' re-caches the package from source, 'a' forces every file (msdocs /f).
const ACTION_SWITCH: Record<MsiAction, string> = { install: '/i', repair: '/fomus', reinstall: '/fvamus' };
const PROPERTY_NAME = /^[A-Z_][A-Z0-9_.]{0,71}$/u;
const PATH_OPTIONS = /^\/(?:[aix]|f[a-z]*|l[!*+a-z]*|package)$/iu;

/** The msiexec argument tokens (unquoted) for a request. Validates every path and property name. */
export function msiexecArgs(request: MsiexecRequest): string[] {
  assertSafePath(request.packagePath);
  assertSafePath(request.logPath);
  const args = [
    ACTION_SWITCH[request.action],
    request.packagePath,
    request.ui === 'full' ? '/qf' : '/qb',
    '/norestart',
    '/L*v',
    request.logPath,
  ];
  for (const [name, value] of Object.entries(request.properties ?? {})) {
    if (!PROPERTY_NAME.test(name)) throw new Error(`Not a public property name: ${name}`);
    args.push(`${name}=${value}`);
  }
  return args;
}

/** A property value as msiexec reads it: quoted, embedded quotes doubled (msdocs command-line-options). */
export function quoteMsiPropertyValue(value: string): string {
  return `"${value.replaceAll('"', '""')}"`;
}

/**
 * The one string msiexec receives after its own path. Path arguments (after /i, /f..., /L...) are
 * validated and wrapped in quotes; NAME=value pairs get msiexec's quote doubling; other tokens must
 * be plain switches.
 */
export function formatMsiexecLine(args: readonly string[]): string {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (PATH_OPTIONS.test(arg)) {
      out.push(arg);
      const path = args[i + 1];
      if (path === undefined) throw new Error(`${arg} needs a path`);
      out.push(`"${assertSafePath(path)}"`);
      i++;
      continue;
    }
    const eq = arg.indexOf('=');
    if (eq > 0) {
      const name = arg.slice(0, eq);
      if (!PROPERTY_NAME.test(name)) throw new Error(`Not a public property name: ${name}`);
      if (CONTROL.test(arg)) throw new Error(`Property ${name} contains a control character.`);
      out.push(`${name}=${quoteMsiPropertyValue(arg.slice(eq + 1))}`);
      continue;
    }
    if (!/^\/[a-z*!+]+$/iu.test(arg)) throw new Error(`Not an msiexec switch: ${arg}`);
    out.push(arg);
  }
  return out.join(' ');
}
