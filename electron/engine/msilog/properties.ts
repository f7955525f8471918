/**
 * Properties as the log states them ("Property(S): X = v", "PROPERTY CHANGE: Adding X property. Its
 * value is 'v'."). Values are kept exactly as logged: a hidden property is logged as "**********" and
 * stays so (Microsoft: "Preventing Confidential Information from Being Written into the Log File").
 */
import { addRebootReason, detach, type ParseState } from './parse-state';

export const MASK = '**********';

/** The properties a helpdesk looks at first; everything else stays in the log. */
const KEPT = new Set([
  'ALLUSERS',
  'MSIINSTALLPERUSER',
  'Privileged',
  'AdminUser',
  'MsiRunningElevated',
  'UILevel',
  'CLIENTUILEVEL',
  'ACTION',
  'REMOVE',
  'REINSTALL',
  'REINSTALLMODE',
  'INSTALLLEVEL',
  'TARGETDIR',
  'INSTALLDIR',
  'ProductCode',
  'ProductName',
  'ProductVersion',
  'ProductLanguage',
  'UpgradeCode',
  'Manufacturer',
  'VersionNT',
  'VersionNT64',
  'WindowsBuild',
  'VersionMsi',
  'MsiLogFileLocation',
  'ReplacedInUseFiles',
  'UserLanguageID',
  'SystemLanguageID',
  'Installed',
  'PackagecodeChanging',
  'SOURCEDIR',
  'TempFolder',
]);

export function applyProperty(state: ParseState, name: string, rawValue: string): void {
  const nested = state.nestedOpen !== null;
  if (rawValue === MASK) state.hiddenProperties.add(detach(name));
  if (name === 'MsiHiddenProperties')
    for (const n of rawValue.split(';')) if (n.trim()) state.hiddenProperties.add(detach(n.trim()));
  if (nested || !(KEPT.has(name) || name === 'ReplacedInUseFiles')) return;
  // Only the few kept values are copied out of the chunk (and cut if a package stuffed a blob in one).
  const value = rawValue.length > 2000 ? detach(`${rawValue.slice(0, 2000)}…`) : detach(rawValue);
  if (name === 'ReplacedInUseFiles' && value === '1') addRebootReason(state, 'replaced-in-use-files');
  if (name === 'ProductName') state.product.name ??= value;
  else if (name === 'ProductVersion') state.product.version ??= value;
  else if (name === 'ProductCode') state.product.code ??= value;
  if (KEPT.has(name) && Object.keys(state.properties).length < 64) state.properties[name] = value;
}

/**
 * A cheap test that rules out most names before a Set lookup: a string built from a chunk is hashed
 * anew for each lookup, and a verbose log has a PROPERTY CHANGE every few lines. Same length, first
 * and last character as a kept name (or MsiHiddenProperties), else the name cannot be one of them.
 */
const shapeOf = (name: string, start: number, end: number): number =>
  ((end - start) << 16) | ((name.charCodeAt(start) & 0xff) << 8) | (name.charCodeAt(end - 1) & 0xff);
const NOTED_SHAPES = new Set([...KEPT, 'MsiHiddenProperties'].map((n) => shapeOf(n, 0, n.length)));

/**
 * "Adding X property. Its value is 'v'." / "Modifying X property. Its current value is 'a'. Its new
 * value: 'b'." / "Deleting X property. Its current value is 'a'." Returns false when the value runs
 * on to the next lines (it then has no closing "'."). `body` is the text after the line's prefix.
 */
export function applyPropertyChange(state: ParseState, body: string): boolean {
  const from = 'PROPERTY CHANGE: '.length;
  const sp = body.indexOf(' ', from);
  if (sp === -1) return true;
  const nameEnd = body.indexOf(' property.', sp + 1);
  if (nameEnd === -1) return true;
  const closed = body.endsWith("'.");
  const verbLength = sp - from;
  if (verbLength === 8 && body.startsWith('Deleting', from)) return closed;
  const marker = verbLength === 9 && body.startsWith('Modifying', from) ? "Its new value: '" : "Its value is '";
  const at = body.indexOf(marker, nameEnd);
  if (at === -1 || !closed) return closed;
  const valueStart = at + marker.length;
  const valueEnd = body.length - 2;
  // Only a masked value, a kept name or MsiHiddenProperties does anything (see applyProperty).
  const masked = valueEnd - valueStart === MASK.length && body.startsWith(MASK, valueStart);
  if (masked || NOTED_SHAPES.has(shapeOf(body, sp + 1, nameEnd)))
    applyProperty(state, body.slice(sp + 1, nameEnd), body.slice(valueStart, valueEnd));
  return closed;
}
