<#
.SYNOPSIS
    ConfigMgr: run Installer Doctor on this device and collect the result (Run Scripts, a
    Configuration Item, or a package program).
.DESCRIPTION
    Runs `InstallerDoctor.exe --cli diagnose --json`, keeps the report in
    %ProgramData%\InstallerDoctor\Fleet, makes a redacted support bundle when asked, and copies both
    to -ResultShare as <yyyy-MM-dd>\<COMPUTER>-<HHmmss>.json/.zip (written with the computer account
    when run as SYSTEM).

    -Output Json    (default, for Software Library > Scripts): prints one compact JSON object, which the
                    console shows per device in the script status, and exits with the CLI's code:
                    0 healthy, 1 findings, 2/3/4/5/10 errors (docs/cli.md).
    -Output Status  (for a Configuration Item discovery script, data type String): prints only the
                    status word (healthy, findings, ...) and exits 0 so that ConfigMgr evaluates the
                    compliance rule "value equals healthy" instead of reporting a script failure.
.PARAMETER InstallerDoctorPath
    Full path of InstallerDoctor.exe on the device. Empty: "%ProgramFiles%\Installer Doctor\InstallerDoctor.exe".
.PARAMETER ResultShare
    UNC path of the collection share, e.g. \\fileserver\InstallerDoctor$. Empty: keep results local.
.PARAMETER Bundle
    Never, OnFindings (default) or Always: when to make a support bundle.
.EXAMPLE
    .\Invoke-InstallerDoctorCollection.ps1 -ResultShare '\\fileserver\InstallerDoctor$' -Bundle Always
.NOTES
    PowerShell 5.1. No cmd.exe. See docs/fleet.md "ConfigMgr".
#>
#@fleet:generated-notice (build-fleet-scripts.mjs writes the "generated from" comment here)

[CmdletBinding()]
param(
    [string] $InstallerDoctorPath = '',
    [string] $ResultShare = '',
    [ValidateSet('Never', 'OnFindings', 'Always')] [string] $Bundle = 'OnFindings',
    [ValidateSet('Json', 'Status')] [string] $Output = 'Json',
    [ValidateRange(30, 7200)] [int] $TimeoutSeconds = 900
)

$ErrorActionPreference = 'Stop'

#@fleet:common (build-fleet-scripts.mjs inserts the functions of scripts/fleet/common/*.ps1 here)

try {
    $exe = Find-InstallerDoctor -Preferred $InstallerDoctorPath
    if (-not $exe) { throw 'InstallerDoctor.exe not found; deploy the app first (docs/fleet.md).' }
    $workDir = Get-ResultDirectory
    $run = Invoke-InstallerDoctorCli -ExePath $exe -Arguments @('diagnose', '--json') -WorkDir $workDir -TimeoutSeconds $TimeoutSeconds
    $status = Get-InstallerDoctorStatus -ExitCode $run.ExitCode -TimedOut $run.TimedOut
    $jsonPath = Join-Path $workDir 'last-diagnose.json'
    Write-Utf8File -Path $jsonPath -Text $run.Stdout

    $bundlePath = ''
    $bundleStatus = 'not requested'
    if ($Bundle -eq 'Always' -or ($Bundle -eq 'OnFindings' -and $status -ne 'healthy')) {
        $bundlePath = Join-Path $workDir 'last-bundle.zip'
        $made = Invoke-InstallerDoctorCli -ExePath $exe -Arguments @('bundle', '--out', $bundlePath) -WorkDir $workDir -TimeoutSeconds $TimeoutSeconds
        $bundleStatus = Get-InstallerDoctorStatus -ExitCode $made.ExitCode -TimedOut $made.TimedOut
        if ($made.ExitCode -ne 0) { $bundlePath = '' }
    }
    $copy = Save-ToShare -Share $ResultShare -JsonPath $jsonPath -BundlePath $bundlePath

    if ($Output -eq 'Status') {
        Write-Output $status
        exit 0
    }
    $summary = New-Object psobject -Property @{
        computer = $env:COMPUTERNAME
        status   = $status
        'exit'   = $run.ExitCode
        findings = @(Get-InstallerDoctorFindings -Json $run.Stdout)
        bundle   = $bundleStatus
        share    = $copy
        error    = $run.Stderr.Trim()
    }
    Write-Output ($summary | ConvertTo-Json -Compress)
    if ($run.TimedOut) { exit 10 }
    exit $run.ExitCode
} catch {
    if ($Output -eq 'Status') {
        Write-Output 'script-error'
        exit 0
    }
    Write-Output ((New-Object psobject -Property @{ computer = $env:COMPUTERNAME; status = 'script-error'; error = $_.Exception.Message }) | ConvertTo-Json -Compress)
    exit 10
}
