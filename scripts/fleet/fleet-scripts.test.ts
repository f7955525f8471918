/**
 * Syntax and policy check of the fleet PowerShell scripts (Intune, ConfigMgr, remoting) with the
 * tokenizer in ps-syntax.ts; no PowerShell exists on this Linux machine. A real parse on Windows:
 *   [System.Management.Automation.Language.Parser]::ParseFile($path, [ref]$null, [ref]$errors)
 * is still to be run on a Windows runner (docs/fleet.md "Verification").
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkParamBlocks, checkPowerShellScript, scanPowerShell } from './ps-syntax';

const fleetDir = fileURLToPath(new URL('.', import.meta.url));
const root = join(fleetDir, '..', '..');

function listPs1(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listPs1(join(dir, e.name)) : e.name.endsWith('.ps1') ? [join(dir, e.name)] : [],
  );
}

// The generated, uploadable scripts; their sources (common/, bodies/) are checked in build-fleet-scripts.test.ts.
const isSource = (p: string) => /^(?:common|bodies)\//u.test(relative(fleetDir, p).replaceAll('\\', '/'));
const scripts = listPs1(fleetDir).filter((p) => !isSource(p));
const read = (p: string) => readFileSync(p, 'utf8');
const byName = (name: string) => {
  const p = scripts.find((s) => s.endsWith(name));
  if (!p) throw new Error(`missing ${name}`);
  return read(p);
};
const commonRegion = (text: string) =>
  /#region InstallerDoctor common[\s\S]*?#endregion InstallerDoctor common/u.exec(text)?.[0] ?? '';

describe('the tokenizer catches what it claims to (so the checks below can fail)', () => {
  const bad: [string, RegExp][] = [
    ['if ($a) { Write-Output 1 ', /'\{' is never closed/u],
    ['$x = (1 + 2]', /closes '\('/u],
    ["Write-Output 'unterminated", /single-quoted string is never closed/u],
    ['Write-Output "a $(Get-Date "', /never closed/u],
    ["$s = @'\nbody\n", /here-string @' is never closed/u],
    ['<# help', /block comment/u],
    ["Start-Process cmd.exe -ArgumentList '/c dir'", /cmd\.exe is never used/u],
    ["& 'C:\\tools\\run.bat'", /\.bat\/\.cmd/u],
    ['Invoke-Expression $text', /Invoke-Expression/u],
    ['$a = $b ?? 1', /PowerShell 7/u],
    ['Get-Thing && Get-Other', /PowerShell 7/u],
    ['1..3 | ForEach-Object -Parallel { $_ }', /PowerShell 7/u],
    ['Remove-Item -Path $p', /-LiteralPath/u],
    ['Write-Output "caf\u00e9"', /non-ASCII/u],
    ['Write-Output 1\nparam([string] $Late)', /not the first statement|malformed/u],
  ];
  it.each(bad)('rejects %j', (text, why) => {
    expect(checkPowerShellScript(text).join('\n')).toMatch(why);
  });

  it('accepts the constructs the scripts rely on', () => {
    const good = [
      '[CmdletBinding()]',
      'param(',
      '    [Parameter(Mandatory = $true)] [string[]] $Name,',
      "    [ValidateSet('A', 'B')] [string] $Mode = 'A',",
      '    [int] $Count = 3',
      ')',
      '# a comment with cmd.exe and ( unbalanced',
      "$s = 'it''s'",
      '$t = "quote "" and `" and $(if ($s) { "x(" } else { \')\' })"',
      "$h = @'",
      'param([string] $Remote)',
      '$x = 1',
      "'@",
      'function f { param([string] $A, [int] $B = 2) "$A$B" }',
      'Test-Path -LiteralPath $s',
    ].join('\n');
    expect(checkPowerShellScript(good)).toEqual([]);
  });

  it('validates each entry of a param block', () => {
    expect(checkParamBlocks(scanPowerShell('param([string] $A, [int] B)').code).join()).toMatch(
      /malformed param entry/u,
    );
    expect(checkParamBlocks(scanPowerShell('param([string] $A = "x, y", [switch] $C)').code)).toEqual([]);
  });
});

describe('fleet scripts', () => {
  it('are all there: Intune detection + remediation, ConfigMgr, remoting', () => {
    expect(scripts.map((s) => relative(fleetDir, s).replaceAll('\\', '/')).sort()).toEqual([
      'configmgr/Invoke-InstallerDoctorCollection.ps1',
      'intune/Detect-InstallerDoctor.ps1',
      'intune/Remediate-InstallerDoctor.ps1',
      'remoting/Invoke-InstallerDoctorFleet.ps1',
    ]);
  });

  it.each(scripts.map((s) => [relative(root, s), s]))('%s passes the syntax and policy check', (_name, path) => {
    expect(checkPowerShellScript(read(path))).toEqual([]);
  });

  it.each(scripts.map((s) => [relative(root, s), s]))(
    '%s has comment-based help and stops on errors',
    (_name, path) => {
      const text = read(path);
      expect(text).toMatch(/^<#\s*\n\.SYNOPSIS/u);
      expect(text).toContain("$ErrorActionPreference = 'Stop'");
    },
  );

  it('share the same helper block (generated from common/*.ps1), byte for byte', () => {
    const regions = scripts.map((s) => commonRegion(read(s)));
    expect(regions[0]?.length).toBeGreaterThan(1000);
    for (const r of regions) expect(r).toBe(regions[0]);
  });

  it('start the app directly with --cli and files for output (no console, no redirection, no shell)', () => {
    const common = commonRegion(byName('Detect-InstallerDoctor.ps1'));
    expect(common).toContain("$all = @('--cli') + $Arguments + @('--cli-out', $outFile, '--cli-err', $errFile)");
    expect(common).toContain('$psi.UseShellExecute = $false');
    expect(common).toContain('WaitForExit($TimeoutSeconds * 1000)');
  });

  it('Intune scripts take no parameters (Intune passes none) and exit only 0 or 1', () => {
    for (const name of ['Detect-InstallerDoctor.ps1', 'Remediate-InstallerDoctor.ps1']) {
      const code = scanPowerShell(byName(name)).code;
      expect(/^\s*(?:\[CmdletBinding\([^)]*\)\]\s*)?param\s*\(/u.test(code.trimStart())).toBe(false);
      const exits = [...code.matchAll(/\bexit\s+(?!=)(\S+)/gu)].map((m) => m[1]);
      expect(exits.length).toBeGreaterThan(0);
      expect(new Set(exits)).toEqual(new Set(['0', '1']));
    }
  });

  it('detection: exit 0 only for a healthy, completed diagnosis', () => {
    const text = byName('Detect-InstallerDoctor.ps1');
    expect(text).toContain('if ($run.ExitCode -eq 0 -and -not $run.TimedOut) { exit 0 }');
  });

  it('remediation changes nothing unless fixes are allowed, and re-diagnoses before acting', () => {
    const text = byName('Remediate-InstallerDoctor.ps1');
    expect(text).toMatch(/^\$AllowedFixes = @\(\)$/mu);
    expect(text.indexOf("@('diagnose', '--json')")).toBeLessThan(text.indexOf("@('fix', $fixId, '--yes', '--json')"));
  });

  it('maps every documented exit code to a status word', () => {
    const common = commonRegion(byName('Detect-InstallerDoctor.ps1'));
    for (const code of [0, 1, 2, 3, 4, 5, 10])
      expect(common).toMatch(new RegExp(`^\\s+${code} \\{ return '[a-z-]+' \\}$`, 'mu'));
  });
});
