/**
 * Properties as the log states them ("Property(S): X = v", "PROPERTY CHANGE: Adding X property. Its
 * value is 'v'."). Values are kept exactly as logged: a hidden property is logged as "**********" and
 * stays so (Microsoft: "Preventing Confidential Information from Being Written into the Log File").
 */
import { addRebootReason, detach, type ParseState } from './parse-state';

export const MASK = '**********';

/** The properties a helpdesk looks at first; everything else stays in the log. */
const KEPT = new Set([
  'ALLUSERS', 'MSIINSTALLPERUSER', 'Privileged', 'AdminUser', 'MsiRunningElevated', 'UILevel', 'CLIENTUILEVEL', 'ACTION', 'REMOVE', 'REINSTALL', 'REINSTALLMODE',
  'INSTALLLEVEL', 'TARGETDIR', 'INSTALLDIR', 'ProductCode', 'ProductName', 'ProductVersion', 'ProductLanguage', 'UpgradeCode', 'Manufacturer', 'VersionNT', 'VersionNT64',
  'WindowsBuild', 'VersionMsi', 'MsiLogFileLocation', 'ReplacedInUseFiles', 'UserLanguageID', 'SystemLanguageID', 'Installed', 'PackagecodeChanging', 'SOURCEDIR', 'TempFolder',
]);

export function applyProperty(state: ParseState, name: string, rawValue: string): void {
  const nested = state.nestedOpen !== null;
  if (rawValue === MASK) state.hiddenProperties.add(detach(name));
  if (name === 'MsiHiddenProperties') for (const n of rawValue.split(';')) if (n.trim()) state.hiddenProperties.add(detach(n.trim()));
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
 * "Adding X property. Its value is 'v'." / "Modifying X property. Its current value is 'a'. Its new
 * value: 'b'." / "Deleting X property. Its current value is 'a'." Returns false when the value runs
 * on to the next lines (it then has no closing "'.").
 */
export function applyPropertyChange(state: ParseState, body: string): boolean {
  const rest = body.slice('PROPERTY CHANGE: '.length);
  const sp = rest.indexOf(' ');
  const verb = rest.slice(0, sp);
  const nameEnd = rest.indexOf(' property.', sp + 1);
  if (sp === -1 || nameEnd === -1) return true;
  const name = rest.slice(sp + 1, nameEnd);
  const closed = rest.endsWith("'.");
  if (verb === 'Deleting') return closed;
  const marker = verb === 'Modifying' ? "Its new value: '" : "Its value is '";
  const at = rest.indexOf(marker, nameEnd);
  if (at === -1) return closed;
  if (closed) applyProperty(state, name, rest.slice(at + marker.length, -2));
  return closed;
}
