/**
 * Each HostOperation as the exact command the live host runs: a PowerShell fragment (user data only
 * as base64 literals, see ps-encode.ts) and the same command for display in the fix preview. Console
 * tools (reg.exe, sc.exe, msiexec.exe) are started with one pre-quoted argument string, because
 * Start-Process -ArgumentList adds no quoting of its own (security.md §3.4).
 */
import type { HostOperation } from '../operations';
import type { Ace } from '../queries';
import { joinCrtArgs } from './cmdline';
import { formatMsiexecLine } from './msiexec-command';
import { psData, psDisplay } from './ps-encode';

export interface OperationCommand {
  /** What the preview shows: the same tool and arguments, with data written out readably. */
  display: string;
  /** PowerShell statements; throw on failure. */
  fragment: string[];
  /** Whether it needs an administrator token (one UAC prompt for all elevated steps of a fix). */
  elevated: boolean;
}

const HIVES = { HKLM: 'LocalMachine', HKCU: 'CurrentUser', HKU: 'Users', HKCR: 'ClassesRoot' } as const;
const START_NAMES = { 2: 'auto', 3: 'demand', 4: 'disabled' } as const;
const startName = (n: number): string => START_NAMES[n as 2 | 3 | 4] ?? 'demand';

/** Runs a System32 tool with one argument string and throws unless its exit code is allowed. */
function tool(exe: string, line: string, okCodes: readonly number[] = [0]): string[] {
  return [
    `$line = ${psData(line)}`,
    `$p = Start-Process -FilePath (Join-Path ([Environment]::SystemDirectory) '${exe}') -ArgumentList $line -NoNewWindow -Wait -PassThru`,
    `if (@(${okCodes.join(', ')}) -notcontains $p.ExitCode) { throw ('${exe} exited with ' + $p.ExitCode) }`,
  ];
}

/** SDDL of a DACL and owner. Inherited ACEs are not written: they come back from the parent. */
export function aclToSddl(acl: readonly Ace[], ownerSid?: string): string {
  const explicit = acl.filter((a) => !a.inherited);
  const protectedDacl = explicit.length === acl.length;
  const flags = (n: number): string => `${n & 2 ? 'OI' : ''}${n & 1 ? 'CI' : ''}`;
  const aces = explicit
    .map((a) => `(${a.type === 'allow' ? 'A' : 'D'};${flags(a.inheritance)};0x${a.rights.toString(16)};;;${a.sid})`)
    .join('');
  return `${ownerSid ? `O:${ownerSid}` : ''}D:${protectedDacl ? 'P' : 'AI'}${aces}`;
}

const regPath = (hive: string, key: string): string => `${hive}\\${key}`;

function regData(value: Extract<HostOperation, { kind: 'setRegistryValue' }>['value']): string {
  const d = value.data;
  if (value.type === 'REG_MULTI_SZ') return (Array.isArray(d) ? d : [String(d)]).join('\\0');
  if (value.type === 'REG_BINARY') return Buffer.from(String(d), 'base64').toString('hex');
  return Array.isArray(d) ? d.join('') : String(d);
}

const underUsers = (path: string): boolean => /^[a-z]:\\Users\\/iu.test(path);

function registryBase(op: { hive: keyof typeof HIVES; view: '64' | '32' }): string {
  return `[Microsoft.Win32.RegistryKey]::OpenBaseKey('${HIVES[op.hive]}', 'Registry${op.view}')`;
}

export function operationCommand(op: HostOperation): OperationCommand {
  switch (op.kind) {
    case 'createDirectory':
      return {
        display: `[IO.Directory]::CreateDirectory(${psDisplay(op.path)})`,
        fragment: [
          `$p = ${psData(op.path)}`,
          "if (Test-Path -LiteralPath $p -PathType Leaf) { throw 'A file stands where the folder should be.' }",
          '[void][IO.Directory]::CreateDirectory($p)',
        ],
        elevated: op.elevated ?? !underUsers(op.path),
      };
    case 'removeEmptyDirectory':
      return {
        display: `[IO.Directory]::Delete(${psDisplay(op.path)})  # only when empty, never recursive`,
        fragment: [
          `$p = ${psData(op.path)}`,
          'if (Test-Path -LiteralPath $p -PathType Container) { [IO.Directory]::Delete($p, $false) }',
        ],
        elevated: op.elevated ?? !underUsers(op.path),
      };
    case 'movePath':
      return {
        display: `Move-Item -LiteralPath ${psDisplay(op.from)} -Destination ${psDisplay(op.to)}`,
        fragment: [
          `$a = ${psData(op.from)}`,
          `$b = ${psData(op.to)}`,
          'if (-not (Test-Path -LiteralPath $a) -and (Test-Path -LiteralPath $b)) { return }',
          'if (Test-Path -LiteralPath $a -PathType Container) { [IO.Directory]::Move($a, $b) } else { [IO.File]::Move($a, $b) }',
        ],
        elevated: op.elevated ?? !underUsers(op.from),
      };
    case 'setAcl': {
      const sddl = aclToSddl(op.acl, op.ownerSid);
      return {
        display: `$acl = Get-Acl -LiteralPath ${psDisplay(op.path)}; $acl.SetSecurityDescriptorSddlForm(${psDisplay(sddl)}); Set-Acl -LiteralPath ${psDisplay(op.path)} -AclObject $acl`,
        fragment: [
          `$p = ${psData(op.path)}`,
          '$acl = Get-Acl -LiteralPath $p',
          `$acl.SetSecurityDescriptorSddlForm(${psData(sddl)})`,
          'Set-Acl -LiteralPath $p -AclObject $acl',
        ],
        elevated: op.elevated ?? !underUsers(op.path),
      };
    }
    case 'setRegistryValue': {
      const args = [
        'add',
        regPath(op.hive, op.key),
        ...(op.name === '' ? ['/ve'] : ['/v', op.name]),
        '/t',
        op.value.type,
        '/d',
        regData(op.value),
        '/f',
        `/reg:${op.view}`,
      ];
      return {
        display: `reg.exe ${joinCrtArgs(args)}`,
        fragment: tool('reg.exe', joinCrtArgs(args)),
        elevated: op.hive === 'HKLM' || op.hive === 'HKCR',
      };
    }
    case 'deleteRegistryValue': {
      const args = [
        'delete',
        regPath(op.hive, op.key),
        ...(op.name === '' ? ['/ve'] : ['/v', op.name]),
        '/f',
        `/reg:${op.view}`,
      ];
      return {
        display: `reg.exe ${joinCrtArgs(args)}`,
        fragment: [
          `$k = ${registryBase(op)}.OpenSubKey(${psData(op.key)})`,
          `if ($null -ne $k -and $k.GetValueNames() -contains ${psData(op.name)}) {`,
          ...tool('reg.exe', joinCrtArgs(args)),
          '}',
        ],
        elevated: op.hive === 'HKLM' || op.hive === 'HKCR',
      };
    }
    case 'deleteEmptyRegistryKey':
      return {
        display: `${registryBase(op)}.DeleteSubKey(${psDisplay(op.key)})  # only when it has no values and no subkeys`,
        fragment: [
          `$base = ${registryBase(op)}`,
          `$name = ${psData(op.key)}`,
          '$k = $base.OpenSubKey($name)',
          "if ($null -ne $k) { $empty = ($k.ValueCount -eq 0 -and $k.SubKeyCount -eq 0); $k.Close(); if (-not $empty) { throw 'The key is not empty, so it was kept.' }; $base.DeleteSubKey($name) }",
        ],
        elevated: op.hive === 'HKLM' || op.hive === 'HKCR',
      };
    case 'setServiceStartType':
      return sc(['config', op.name, 'start=', startName(op.startType)]);
    case 'setServiceImagePath':
      return sc(['config', op.name, 'binPath=', op.imagePath]);
    case 'setServiceConfig':
      return sc(['config', op.name, 'start=', startName(op.startType), 'binPath=', op.imagePath, 'obj=', op.account]);
    case 'controlService':
      // 1056: already running; 1062: not started. Both mean the service is where we want it.
      return sc([op.action, op.name], op.action === 'start' ? [0, 1056] : [0, 1062]);
    case 'reregisterInstaller':
      return {
        display: 'msiexec.exe /unregister\nmsiexec.exe /regserver',
        fragment: [...tool('msiexec.exe', '/unregister'), ...tool('msiexec.exe', '/regserver')],
        elevated: true,
      };
    case 'runMsiexec': {
      const line = formatMsiexecLine(op.args);
      // The environment is set in the launching PowerShell process only, so it reaches this one
      // msiexec and nothing else (the one-off TEMP/TMP redirect).
      const env = Object.entries(op.env ?? {}).map(([k, v]) => `$env:${k} = ${psDisplay(v)}`);
      return {
        display: [...env, `msiexec.exe ${line}`].join('\n'),
        fragment: tool('msiexec.exe', line, [0, 1641, 3010]),
        elevated: op.elevated,
      };
    }
    case 'restartComputer':
      return { display: 'shutdown.exe /r /t 60', fragment: tool('shutdown.exe', '/r /t 60'), elevated: false };
    default:
      return assertNever(op);
  }
}

function sc(args: string[], okCodes: readonly number[] = [0]): OperationCommand {
  const line = joinCrtArgs(args);
  return { display: `sc.exe ${line}`, fragment: tool('sc.exe', line, okCodes), elevated: true };
}

function assertNever(x: never): never {
  throw new Error(`unhandled operation ${JSON.stringify(x)}`);
}
