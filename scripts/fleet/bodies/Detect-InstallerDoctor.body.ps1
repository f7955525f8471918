<#
.SYNOPSIS
    Intune Remediations - detection script for Installer Doctor.
.DESCRIPTION
    Runs `InstallerDoctor.exe --cli diagnose --json` on this device and tells Intune whether Windows
    Installer is healthy here:
        exit 0  healthy (Intune: "Without issues"; the remediation script does not run)
        exit 1  findings, or the check could not run (Intune: "With issues"; the remediation runs and
                re-checks; it never applies a fix on an error result)
    The one line printed is compact JSON that Intune keeps as "pre-remediation detection output"
    (visible per device in the portal, exportable, and readable through Microsoft Graph
    deviceHealthScriptStates): this is how results are collected centrally without a server.
    The full JSON report stays in %ProgramData%\InstallerDoctor\Fleet and, when configured, is copied
    to a file share or an Azure Storage container.

    Intune settings: run as SYSTEM (default), "Run script in 64-bit PowerShell" = Yes,
    "Enforce script signature check" = Yes once you sign this file. Intune passes no parameters, so
    the settings are the variables below. See docs/fleet.md.
.NOTES
    PowerShell 5.1. No cmd.exe. Needs the app folder deployed to
    "%ProgramFiles%\Installer Doctor" (docs/fleet.md "Deploying the app").
#>
#@fleet:generated-notice (build-fleet-scripts.mjs writes the "generated from" comment here)

# ---- Settings (edit before uploading) --------------------------------------------------------
$InstallerDoctorPath = ''          # empty: "%ProgramFiles%\Installer Doctor\InstallerDoctor.exe"
$ResultShare = ''                  # e.g. '\\fileserver\InstallerDoctor$' (Domain Computers: write only)
$BlobContainerSasUrl = ''          # e.g. 'https://account.blob.core.windows.net/installer-doctor?sv=...' (create/write only)
$TimeoutSeconds = 600
# ----------------------------------------------------------------------------------------------

$ErrorActionPreference = 'Stop'

#@fleet:common (build-fleet-scripts.mjs inserts the functions of scripts/fleet/common/*.ps1 here)

function Write-DetectionLine {
    # Intune keeps at most 2048 characters of output.
    param([hashtable] $Summary)
    $line = (New-Object psobject -Property $Summary) | ConvertTo-Json -Compress
    if ($line.Length -gt 2000) { $line = $line.Substring(0, 2000) }
    Write-Output $line
}

try {
    $exe = Find-InstallerDoctor -Preferred $InstallerDoctorPath
    if (-not $exe) {
        Write-DetectionLine @{ v = 1; status = 'not-deployed'; error = 'InstallerDoctor.exe not found' }
        exit 1
    }
    $workDir = Get-ResultDirectory
    $run = Invoke-InstallerDoctorCli -ExePath $exe -Arguments @('diagnose', '--json') -WorkDir $workDir -TimeoutSeconds $TimeoutSeconds
    $status = Get-InstallerDoctorStatus -ExitCode $run.ExitCode -TimedOut $run.TimedOut
    $jsonPath = Join-Path $workDir 'last-diagnose.json'
    Write-Utf8File -Path $jsonPath -Text $run.Stdout
    $copy = Save-ToShare -Share $ResultShare -JsonPath $jsonPath -BundlePath ''
    $blob = Send-ToBlob -ContainerSasUrl $BlobContainerSasUrl -Path $jsonPath -BlobName ('{0}/{1}.json' -f (Get-Date -Format 'yyyy-MM-dd'), $env:COMPUTERNAME)
    $summary = @{ v = 1; status = $status; 'exit' = $run.ExitCode; findings = @(Get-InstallerDoctorFindings -Json $run.Stdout); share = $copy; blob = $blob }
    if ($status -ne 'healthy' -and $status -ne 'findings') { $summary.error = $run.Stderr.Trim() }
    Write-DetectionLine $summary
    if ($run.ExitCode -eq 0 -and -not $run.TimedOut) { exit 0 }
    exit 1
} catch {
    Write-DetectionLine @{ v = 1; status = 'script-error'; error = $_.Exception.Message }
    exit 1
}
