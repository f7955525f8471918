<#
.SYNOPSIS
    Intune Remediations - remediation script for Installer Doctor.
.DESCRIPTION
    Runs when the detection script reported an issue. It diagnoses again (never acts on a stale or
    failed result), then:
      - applies only the fixes you allow in $AllowedFixes (empty by default: collect only, change
        nothing), each with `fix <id> --yes --json`, which previews, journals, verifies and can be
        undone with `InstallerDoctor.exe --cli undo`;
      - makes a redacted support bundle (`bundle --out <zip>`) when problems remain, and copies it
        with the JSON report to the share / blob container configured below.
    Exit codes for Intune: 0 the remediation ran (Intune then re-runs detection to see whether the
    device is healthy), 1 a fix failed or the remediation could not run.
    Output: one compact JSON line (Intune keeps it as "remediation output").
.NOTES
    PowerShell 5.1. No cmd.exe. Run as SYSTEM, 64-bit. See docs/fleet.md.
#>
#@fleet:generated-notice (build-fleet-scripts.mjs writes the "generated from" comment here)

# ---- Settings (edit before uploading) --------------------------------------------------------
$InstallerDoctorPath = ''
$ResultShare = ''
$BlobContainerSasUrl = ''
# Fix ids (from `InstallerDoctor.exe --cli list --json`) this remediation may apply unattended.
# Empty = collect only. Start with fixes whose plans you reviewed, e.g. @('windows-temp-acl').
$AllowedFixes = @()
$TimeoutSeconds = 900
# ----------------------------------------------------------------------------------------------

$ErrorActionPreference = 'Stop'

#@fleet:common (build-fleet-scripts.mjs inserts the functions of scripts/fleet/common/*.ps1 here)

function Get-FixableFindings {
    # The allowed fix ids offered by the findings of a `diagnose --json` report, in ranking order.
    param([string] $Json, [string[]] $Allowed)
    if (-not $Json -or $Allowed.Count -eq 0) { return @() }
    try { $report = $Json | ConvertFrom-Json } catch { return @() }
    if (-not ($report.PSObject.Properties.Name -contains 'findings')) { return @() }
    $chosen = New-Object System.Collections.ArrayList
    foreach ($finding in $report.findings) {
        if (-not ($finding.PSObject.Properties.Name -contains 'fixes')) { continue }
        foreach ($fix in @($finding.fixes)) {
            if ($Allowed -contains $fix -and -not $chosen.Contains($fix)) { [void] $chosen.Add([string] $fix) }
        }
    }
    return @($chosen)
}

$summary = @{ v = 1; applied = @(); failed = @() }
try {
    $exe = Find-InstallerDoctor -Preferred $InstallerDoctorPath
    if (-not $exe) { throw 'InstallerDoctor.exe not found' }
    $workDir = Get-ResultDirectory

    $before = Invoke-InstallerDoctorCli -ExePath $exe -Arguments @('diagnose', '--json') -WorkDir $workDir -TimeoutSeconds $TimeoutSeconds
    $summary.before = Get-InstallerDoctorStatus -ExitCode $before.ExitCode -TimedOut $before.TimedOut
    if ($summary.before -eq 'healthy') {
        $summary.after = 'healthy'
        Write-Output ((New-Object psobject -Property $summary) | ConvertTo-Json -Compress)
        exit 0
    }

    $after = $before
    if ($summary.before -eq 'findings') {
        foreach ($fixId in (Get-FixableFindings -Json $before.Stdout -Allowed $AllowedFixes)) {
            $fix = Invoke-InstallerDoctorCli -ExePath $exe -Arguments @('fix', $fixId, '--yes', '--json') -WorkDir $workDir -TimeoutSeconds $TimeoutSeconds
            if ($fix.ExitCode -eq 0 -and -not $fix.TimedOut) { $summary.applied += $fixId } else { $summary.failed += ('{0}:{1}' -f $fixId, (Get-InstallerDoctorStatus -ExitCode $fix.ExitCode -TimedOut $fix.TimedOut)) }
        }
        if ($summary.applied.Count -gt 0) {
            $after = Invoke-InstallerDoctorCli -ExePath $exe -Arguments @('diagnose', '--json') -WorkDir $workDir -TimeoutSeconds $TimeoutSeconds
        }
    }
    $summary.after = Get-InstallerDoctorStatus -ExitCode $after.ExitCode -TimedOut $after.TimedOut
    $summary.findings = @(Get-InstallerDoctorFindings -Json $after.Stdout)

    $jsonPath = Join-Path $workDir 'last-diagnose.json'
    Write-Utf8File -Path $jsonPath -Text $after.Stdout
    $bundlePath = ''
    if ($summary.after -ne 'healthy') {
        $bundlePath = Join-Path $workDir 'last-bundle.zip'
        $bundle = Invoke-InstallerDoctorCli -ExePath $exe -Arguments @('bundle', '--out', $bundlePath) -WorkDir $workDir -TimeoutSeconds $TimeoutSeconds
        $summary.bundle = Get-InstallerDoctorStatus -ExitCode $bundle.ExitCode -TimedOut $bundle.TimedOut
        if ($bundle.ExitCode -ne 0) { $bundlePath = '' }
    }
    $summary.share = Save-ToShare -Share $ResultShare -JsonPath $jsonPath -BundlePath $bundlePath
    $stamp = '{0}/{1}-{2}' -f (Get-Date -Format 'yyyy-MM-dd'), $env:COMPUTERNAME, (Get-Date -Format 'HHmmss')
    $summary.blob = Send-ToBlob -ContainerSasUrl $BlobContainerSasUrl -Path $jsonPath -BlobName "$stamp.json"
    if ($bundlePath) { [void] (Send-ToBlob -ContainerSasUrl $BlobContainerSasUrl -Path $bundlePath -BlobName "$stamp.zip") }

    Write-Output ((New-Object psobject -Property $summary) | ConvertTo-Json -Compress)
    if ($summary.failed.Count -gt 0) { exit 1 }
    if ($summary.after -ne 'healthy' -and $summary.after -ne 'findings') { exit 1 }
    exit 0
} catch {
    $summary.error = $_.Exception.Message
    Write-Output ((New-Object psobject -Property $summary) | ConvertTo-Json -Compress)
    exit 1
}
