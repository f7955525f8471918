/**
 * How user data crosses into PowerShell: only as base64 literals decoded in the script (security.md
 * §3.4, §3.6), so no path, registry name or value is ever parsed as PowerShell source. The base64
 * alphabet (A-Z a-z 0-9 + / =) means nothing to the CRT, to PowerShell or to Node's quoting.
 */

/** -EncodedCommand takes base64 of UTF-16LE (about_PowerShell_exe). */
export const encodeCommand = (script: string): string => Buffer.from(script, 'utf16le').toString('base64');

/** A PowerShell expression that evaluates to `value`, carrying it as base64 of UTF-16LE. */
export function psData(value: string): string {
  return `(D '${Buffer.from(value, 'utf16le').toString('base64')}')`;
}

/** The decoder every generated script starts with. */
export const PS_PRELUDE = [
  "$ErrorActionPreference = 'Stop'",
  'function D([string]$b) { [Text.Encoding]::Unicode.GetString([Convert]::FromBase64String($b)) }',
];

/**
 * A single-quoted literal for DISPLAY in a plan (never executed): PowerShell treats U+2018..U+201B as
 * single quotes too, so they are doubled like ' (PowerShell issue on EscapeSingleQuotedStringContent,
 * security.md §3.4 [PS-I4]).
 */
export function psDisplay(value: string): string {
  return `'${value.replace(/['\u2018\u2019\u201a\u201b]/gu, (q) => q + q)}'`;
}
