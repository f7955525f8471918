/**
 * MSI and Burn log lines that carry property values. Windows Installer masks properties listed in
 * MsiHiddenProperties and Password-attribute controls, but with the Debug policy at 7 public
 * properties on the command line are logged even when hidden, so the bundle must redact them itself
 * (security.md 5.1 "Microsoft" and 5.2 "MSI property lines" [MS2][MS4]):
 *   Property(S): NAME = value
 *   PROPERTY CHANGE: Adding NAME property. Its value is 'v'.   (also Modifying / Deleting)
 *   Command Line: A=1 B="x y"                                  (msiexec), Burn's Variable lines
 * A value is redacted when its property is hidden (MsiHiddenProperties in any input) or its name looks
 * secret. Command-line values are redacted unless the property is on a short list of switches whose
 * values name nothing (ALLUSERS=1, REBOOT=ReallySuppress ...): unknown properties fail closed.
 * Everything here scans with indexOf and bounded loops; no regex can backtrack.
 */
import type { RedactionCounts } from '@shared/model/bundle';
import { REDACTED } from './pseudonyms';

/** The installer's own mask: kept, it already hides the value. */
export const MSI_MASK = '**********';

/** Property and variable names that look secret (security.md 5.2: PASS|PWD|SECRET|TOKEN|KEY|PIDKEY|LICENSE|CRED|CONNSTR). */
export function isSecretName(name: string): boolean {
  return /PASS|PWD|SECRET|TOKEN|KEY|LICENSE_?(?:CODE|NUMBER)|SERIAL|CRED|CONNSTR|CONNECTIONSTRING|AUTH|COOKIE|SESSION/iu.test(
    name,
  );
}

/**
 * Values that cannot hold a secret or a name: a braced GUID (ProductKey={...} in ProductInfo ops is a
 * product code) and a flag. Everything else of a secret-looking name is redacted.
 */
export function isHarmlessValue(value: string): boolean {
  const v = value.replace(/^"|"$/gu, '');
  return (
    /^\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}$/iu.test(v) ||
    /^(?:[01]|true|false|yes|no)$/iu.test(v)
  );
}

/** Folder and path properties (INSTALLFOLDER, *DIR): their paths are kept, names in them are redacted. */
function isPathProperty(name: string, value: string): boolean {
  return /(?:FOLDER|DIR|DIRECTORY|PATH|LOCATION)$/iu.test(name) && /^"?(?:[A-Z]:[\\/]|\\\\)/iu.test(value);
}

/** Public properties whose command-line values are switches, not data (paths are still name-redacted). */
const SAFE_COMMAND_LINE = new Set([
  'ALLUSERS',
  'MSIINSTALLPERUSER',
  'REBOOT',
  'REBOOTPROMPT',
  'REINSTALL',
  'REINSTALLMODE',
  'REMOVE',
  'ADDLOCAL',
  'ADDSOURCE',
  'ADDDEFAULT',
  'ADVERTISE',
  'ACTION',
  'EXECUTEACTION',
  'EXECUTEMODE',
  'CLIENTUILEVEL',
  'CLIENTPROCESSID',
  'CURRENTDIRECTORY',
  'MSIFASTINSTALL',
  'MSIRESTARTMANAGERCONTROL',
  'MSIDISABLERMRESTART',
  'MSICLIENTUSESEXTERNALUI',
  'MSIUSEREALADMINDETECTION',
  'MSIPATCHREMOVE',
  'PATCH',
  'TRANSFORMS',
  'TARGETDIR',
  'INSTALLDIR',
  'INSTALLLEVEL',
  'INSTALLLOCATION',
  'ARPSYSTEMCOMPONENT',
  'ARPNOMODIFY',
  'ARPNOREPAIR',
  'ARPNOREMOVE',
  'BURNMSIINSTALL',
  'BURNMSIUNINSTALL',
  'BURNMSIREPAIR',
  'BURNMSIMODIFY',
  'IGNOREDEPENDENCIES',
  'LIMITUI',
  'ROOTDRIVE',
  'SOURCEDIR',
  'MSINEWINSTANCE',
  'MSIINSTANCEGUID',
  'MSIRMSHUTDOWN',
  'DISABLEROLLBACK',
  'MSILOGGINGMODE',
  'MSIDISABLEEEUI',
  'MSINODISABLEMEDIA',
  'PROMPTROLLBACKCOST',
  'FILEADDLOCAL',
  'COMPADDLOCAL',
  'FASTOEM',
  'PRIMARYFOLDER',
  'LOGACTION',
  'UILEVEL',
]);

/** Names of hidden properties in a text: MsiHiddenProperties values, and anything logged masked. */
export function hiddenPropertyNames(text: string): string[] {
  const out: string[] = [];
  let i = text.indexOf('MsiHiddenProperties');
  while (i !== -1) {
    const lineEnd = indexOrEnd(text, '\n', i);
    const line = text.slice(i, lineEnd);
    const value = propertyLineValue(line) ?? quotedValue(line);
    if (value) for (const n of value.split(';')) if (/^[A-Za-z_][\w.]{0,71}$/u.test(n.trim())) out.push(n.trim());
    i = text.indexOf('MsiHiddenProperties', lineEnd);
  }
  let m = text.indexOf(` = ${MSI_MASK}`);
  while (m !== -1) {
    const start = text.lastIndexOf(' ', m - 1) + 1;
    const name = text.slice(start, m);
    if (/^[A-Za-z_][\w.]{0,71}$/u.test(name)) out.push(name);
    m = text.indexOf(` = ${MSI_MASK}`, m + 1);
  }
  return out;
}

const indexOrEnd = (s: string, needle: string, from: number): number => {
  const i = s.indexOf(needle, from);
  return i === -1 ? s.length : i;
};

/** "MsiHiddenProperties = A;B" -> "A;B". */
function propertyLineValue(line: string): string | null {
  const eq = line.indexOf(' = ');
  return eq === -1 ? null : line.slice(eq + 3).trimEnd();
}

/** "... Its value is 'A;B'." -> "A;B"; for Modifying, the new value. */
function quotedValue(line: string): string | null {
  const marker = line.includes("Its new value: '") ? "Its new value: '" : "Its value is '";
  const at = line.indexOf(marker);
  if (at === -1) return null;
  const end = line.lastIndexOf("'");
  return end > at + marker.length - 1 ? line.slice(at + marker.length, end) : null;
}

export interface LineRules {
  /** Upper-cased hidden property names. */
  hidden: ReadonlySet<string>;
  counts: RedactionCounts;
}

/** Property names whose values identify someone; the identity pass learns them (identities.ts). */
export const IDENTITY_PROPERTIES: Readonly<Record<string, 'user' | 'host' | 'domain' | 'organization'>> = {
  LOGONUSER: 'user',
  USERNAME: 'user',
  COMPUTERNAME: 'host',
  MACHINENAME: 'host',
  USERDOMAIN: 'domain',
  USERDNSDOMAIN: 'domain',
  COMPANYNAME: 'organization',
};

/** One property value logged in a line: name and where its value sits. */
export interface PropertyValue {
  name: string;
  start: number;
  end: number;
  /** The value runs on past this line (a PROPERTY CHANGE whose closing "'." is on a later line). */
  open: boolean;
}

/** Finds the property whose value a line states, in any of the forms above. */
export function propertyValueIn(line: string): PropertyValue | null {
  const p = line.indexOf('Property(');
  if (p !== -1 && line[p + 10] === ')' && line[p + 11] === ':') {
    const nameStart = p + 13;
    const eq = line.indexOf(' = ', nameStart);
    if (eq !== -1) return { name: line.slice(nameStart, eq), start: eq + 3, end: trimmedEnd(line), open: false };
  }
  const c = line.indexOf('PROPERTY CHANGE: ');
  if (c !== -1) {
    const rest = c + 'PROPERTY CHANGE: '.length;
    const sp = line.indexOf(' ', rest);
    const nameEnd = line.indexOf(' property.', sp + 1);
    if (sp === -1 || nameEnd === -1) return null;
    const name = line.slice(sp + 1, nameEnd);
    const first = line.indexOf("'", nameEnd);
    if (first === -1) return { name, start: trimmedEnd(line), end: trimmedEnd(line), open: false };
    const closed = line.trimEnd().endsWith("'.");
    return { name, start: first + 1, end: closed ? line.trimEnd().length - 2 : trimmedEnd(line), open: !closed };
  }
  // Burn: "Variable: NAME = value", "Initializing string variable 'NAME' to value 'v'", "Setting ... variable 'NAME' to value 'v'".
  const v = line.indexOf('Variable: ');
  if (v !== -1) {
    const eq = line.indexOf(' = ', v);
    if (eq !== -1) return { name: line.slice(v + 10, eq), start: eq + 3, end: trimmedEnd(line), open: false };
  }
  const b = line.indexOf(" variable '");
  if (b !== -1) {
    const nameEnd = line.indexOf("'", b + 11);
    const val = nameEnd === -1 ? -1 : line.indexOf(" to value '", nameEnd);
    if (val !== -1) {
      const end = line.lastIndexOf("'");
      return {
        name: line.slice(b + 11, nameEnd),
        start: val + 11,
        end: end > val + 10 ? end : trimmedEnd(line),
        open: false,
      };
    }
  }
  return null;
}

const trimmedEnd = (line: string): number => line.replace(/[\r\n]+$/u, '').length;

/** Names that contain KEY but name a location (component key paths, registry keys), not a secret. */
const LOCATION_NAMES = new Set(['KEYPATH', 'KEY', 'ROOTKEY', 'REGKEY', 'KEYFILE', 'SOURCECABKEY']);

function isSensitive(name: string, rules: LineRules): 'hidden-property' | 'secret-property' | null {
  const upper = name.toUpperCase();
  if (rules.hidden.has(upper)) return 'hidden-property';
  if (!LOCATION_NAMES.has(upper) && isSecretName(upper)) return 'secret-property';
  return null;
}

/** Lines a log writes itself: after a secret value that ran on, the first such line ends the value. */
export const LOG_LINE_START =
  /^(?:MSI \(|Property\(|Action |Action\d|===|\[|Info |Error |DEBUG|Note|CustomAction|Product:|Windows Installer|Setting|Initializing|Variable|Created|Skipping)/u;

/**
 * Redacts the property values, secret-looking NAME=value pairs and command-line values of every line.
 * `state` carries a secret value that runs on over several lines.
 */
export function redactPropertyLines(text: string, rules: LineRules): string {
  if (!/Property|PROPERTY|Command ?Line|[Vv]ariable|=/u.test(text)) return text;
  const lines = text.split('\n');
  let openSecret: 'hidden-property' | 'secret-property' | null = null;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i] ?? '';
    if (openSecret) {
      if (!LOG_LINE_START.test(line)) {
        lines[i] = REDACTED + (line.endsWith('\r') ? '\r' : '');
        if (line.trimEnd().endsWith("'.")) openSecret = null;
        continue;
      }
      openSecret = null;
    }
    const prop = propertyValueIn(line);
    if (prop) {
      const kind = isSensitive(prop.name, rules);
      const value = line.slice(prop.start, prop.end);
      if (kind && value.length > 0 && value !== MSI_MASK && value !== REDACTED && !isHarmlessValue(value)) {
        rules.counts[kind]++;
        line = line.slice(0, prop.start) + REDACTED + line.slice(prop.end);
      }
      if (kind && prop.open) openSecret = kind;
    }
    const cmd = commandLineStart(line);
    line = redactPairs(line, cmd, rules);
    lines[i] = line;
  }
  return lines.join('\n');
}

function commandLineStart(line: string): number {
  for (const marker of ['Command Line:', 'CommandLine:', 'Command line:', 'command line:']) {
    const at = line.indexOf(marker);
    if (at !== -1) return at + marker.length;
  }
  return -1;
}

const isNameChar = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c === 0x2e;

/**
 * NAME=value pairs. Past `cmdStart` (a logged command line) every value is redacted unless the name is
 * a harmless switch; elsewhere only values of hidden or secret-looking names are.
 */
function redactPairs(line: string, cmdStart: number, rules: LineRules): string {
  if (!line.includes('=')) return line;
  let out = '';
  let last = 0;
  let eq = line.indexOf('=');
  // "RegAddValue(Name=Password,Value=...)": the value's sensitivity comes from the Name= before it.
  let namedSecret: 'hidden-property' | 'secret-property' | null = null;
  while (eq !== -1) {
    let s = eq;
    while (s > 0 && eq - s < 128 && isNameChar(line.charCodeAt(s - 1))) s--;
    const name = line.slice(s, eq);
    const valueEnd = valueEndAt(line, eq + 1, cmdStart !== -1 && s >= cmdStart);
    const upper = name.toUpperCase();
    // Whatever precedes the name does not matter (a name glued to other text is still a name), so
    // replacing that text later cannot turn a non-pair into a pair (idempotence).
    const validName = name.length > 0 && /[A-Za-z_]/u.test(name[0] ?? '') && s >= last;
    if (validName && line[eq + 1] !== '=' && line[eq - 1] !== '=') {
      const value = line.slice(eq + 1, valueEnd);
      const sensitive = upper === 'VALUE' && namedSecret ? namedSecret : isSensitive(name, rules);
      if (upper === 'NAME') namedSecret = isSensitive(value.replace(/^"|"$/gu, ''), rules);
      const onCommandLine =
        cmdStart !== -1 && s >= cmdStart && !SAFE_COMMAND_LINE.has(upper) && !isPathProperty(name, value);
      const keep =
        value.length === 0 ||
        value === REDACTED ||
        value === MSI_MASK ||
        value === `"${MSI_MASK}"` ||
        isHarmlessValue(value);
      if ((sensitive || onCommandLine) && !keep) {
        rules.counts[sensitive ?? 'command-line-value']++;
        out += line.slice(last, eq + 1) + REDACTED;
        last = valueEnd;
      }
    }
    eq = line.indexOf('=', Math.max(eq + 1, valueEnd));
  }
  return last === 0 ? line : out + line.slice(last);
}

/**
 * End of a value: a "quoted" value (msiexec doubles quotes inside), or up to the next white space; off
 * a command line also up to "," or ")" (the argument lists of "Executing op:" lines).
 */
function valueEndAt(line: string, from: number, onCommandLine: boolean): number {
  if (line[from] === '"') {
    let i = from + 1;
    while (i < line.length) {
      if (line[i] === '"') {
        if (line[i + 1] === '"') i += 2;
        else return i + 1;
      } else i++;
    }
    return trimmedEnd(line);
  }
  let i = from;
  for (; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a) break;
    if (!onCommandLine && (c === 0x2c || c === 0x29)) break;
  }
  return i;
}
