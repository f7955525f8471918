/**
 * The scripts that run operations on a live machine (security.md §2.5, §2.6, §3.6):
 * - an unelevated PowerShell (started by the tool runner with -EncodedCommand) either runs the steps
 *   itself or starts ONE elevated PowerShell with Start-Process -Verb RunAs -PassThru -Wait;
 * - the elevated side gets only a short -EncodedCommand bootstrap that reads the step script from a
 *   file once, checks its SHA-256 against the value pinned on its own command line, and runs it from
 *   memory (no TOCTOU window on the file; the command line stays far below ShellExecute's limits);
 * - an elevated process has no stdout pipe, so each step reports through a results file (JSON lines)
 *   and the exit code is read back; 1223 (ERROR_CANCELLED) is the user declining the UAC prompt,
 *   matched by NativeErrorCode, never by the localized message.
 */
import { createHash } from 'node:crypto';
import { encodeCommand, psData, PS_PRELUDE } from './ps-encode';

/** Exit codes of our own launcher scripts (outside msiexec's range). */
export const LAUNCH = {
  declined: 1223,
  launchFailed: 9001,
  otherError: 9002,
  badHash: 9003,
  noExitCode: 9004,
  unsafePath: 9005,
} as const;

/** The step script: runs fragments in order, writes one JSON line per state change, stops at the first failure. */
export function stepScript(fragments: readonly string[][], resultPath: string): string {
  const lines = [
    ...PS_PRELUDE,
    `$result = ${psData(resultPath)}`,
    'function Mark($i, $s, $m) { [IO.File]::AppendAllText($result, ((@{ i = $i; status = $s; error = $m } | ConvertTo-Json -Compress) + "`n"), (New-Object Text.UTF8Encoding $false)) }',
  ];
  fragments.forEach((fragment, i) => {
    lines.push(
      `try { Mark ${i} 'started' $null; & {`,
      ...fragment.map((l) => `  ${l}`),
      `}; Mark ${i} 'done' $null } catch { Mark ${i} 'failed' $_.Exception.Message; exit 1 }`,
    );
  });
  lines.push('exit 0');
  return lines.join('\r\n');
}

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex').toUpperCase();

/** The short elevated bootstrap: read once, verify the pinned hash, run from memory. */
export function bootstrapScript(scriptPath: string, hashHex: string): string {
  return [
    "$ErrorActionPreference = 'Stop'",
    `$b = [IO.File]::ReadAllBytes([Text.Encoding]::Unicode.GetString([Convert]::FromBase64String('${Buffer.from(scriptPath, 'utf16le').toString('base64')}')))`,
    "$h = [BitConverter]::ToString([Security.Cryptography.SHA256]::Create().ComputeHash($b)).Replace('-', '')",
    `if ($h -ne '${hashHex}') { exit ${LAUNCH.badHash} }`,
    '& ([ScriptBlock]::Create([Text.Encoding]::UTF8.GetString($b)))',
    'exit 0',
  ].join('\r\n');
}

/** Start-Process -Verb RunAs -PassThru -Wait, with the exit code read back and 1223 kept apart. */
function runAs(filePathExpr: string, argumentExpr: string): string[] {
  return [
    'try {',
    `  $p = Start-Process -FilePath ${filePathExpr} -ArgumentList ${argumentExpr} -Verb RunAs -PassThru -Wait -WindowStyle Hidden`,
    `  if ($null -eq $p.ExitCode) { exit ${LAUNCH.noExitCode} }`,
    '  exit $p.ExitCode',
    '} catch [System.ComponentModel.Win32Exception] {',
    `  if ($_.Exception.NativeErrorCode -eq 1223) { exit ${LAUNCH.declined} }`,
    `  exit ${LAUNCH.launchFailed}`,
    `} catch { exit ${LAUNCH.otherError} }`,
  ];
}

/** The unelevated launcher for an elevated step script. */
export function elevatedLauncherScript(scriptPath: string, hashHex: string): string {
  const boot = encodeCommand(bootstrapScript(scriptPath, hashHex));
  return [
    ...PS_PRELUDE,
    "$ps = Join-Path ([Environment]::SystemDirectory) 'WindowsPowerShell\\v1.0\\powershell.exe'",
    ...runAs('$ps', `'-NoLogo -NoProfile -NonInteractive -ExecutionPolicy Bypass -EncodedCommand ${boot}'`),
  ].join('\r\n');
}

export interface MsiexecLaunch {
  /** The msiexec line split around the package path, which the launcher may rewrite. */
  before: string;
  packagePath: string;
  after: string;
  elevated: boolean;
  env: Readonly<Record<string, string>>;
}

/**
 * msiexec, started by the unelevated PowerShell. A mapped drive letter (Z:\) is replaced by its UNC
 * path HERE, before elevation, because an elevated token does not see the user's drive mappings
 * (security.md §2.5 [MS13]). The rewritten path is checked again (no quote, under MAX_PATH).
 */
export function msiexecLauncherScript(launch: MsiexecLaunch): string {
  const env = Object.entries(launch.env).map(([k, v]) => {
    if (!/^[A-Z_a-z]\w{0,63}$/u.test(k)) throw new Error(`Not an environment variable name: ${k}`);
    return `$env:${k} = ${psData(v)}`;
  });
  const start = launch.elevated
    ? runAs('$exe', '$line')
    : [
        'try {',
        '  $p = Start-Process -FilePath $exe -ArgumentList $line -PassThru -Wait',
        `  if ($null -eq $p.ExitCode) { exit ${LAUNCH.noExitCode} }`,
        '  exit $p.ExitCode',
        `} catch { exit ${LAUNCH.launchFailed} }`,
      ];
  return [
    ...PS_PRELUDE,
    `$msi = ${psData(launch.packagePath)}`,
    "if ($msi -match '^[A-Za-z]:\\\\') {",
    '  $d = Get-CimInstance -ClassName Win32_LogicalDisk -Filter ("DeviceID=\'" + $msi.Substring(0, 2) + "\'")',
    "  if ($null -ne $d -and $d.DriveType -eq 4 -and $d.ProviderName) { $msi = $d.ProviderName.TrimEnd('\\') + $msi.Substring(2) }",
    '}',
    `if ($msi.Contains('"') -or $msi.Length -ge 260) { exit ${LAUNCH.unsafePath} }`,
    `$line = ${psData(launch.before)} + '"' + $msi + '"' + ${psData(launch.after)}`,
    ...env,
    "$exe = Join-Path ([Environment]::SystemDirectory) 'msiexec.exe'",
    ...start,
  ].join('\r\n');
}
