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

# Generated from scripts/fleet/bodies/Detect-InstallerDoctor.body.ps1 and scripts/fleet/common/*.ps1:
# edit the sources and run node scripts/fleet/build-fleet-scripts.mjs (docs/fleet.md "How the scripts
# are built"). The settings of a copy you deploy are yours to edit.

# ---- Settings (edit before uploading) --------------------------------------------------------
$InstallerDoctorPath = ''          # empty: "%ProgramFiles%\Installer Doctor\InstallerDoctor.exe"
$ResultShare = ''                  # e.g. '\\fileserver\InstallerDoctor$' (Domain Computers: write only)
$BlobContainerSasUrl = ''          # e.g. 'https://account.blob.core.windows.net/installer-doctor?sv=...' (create/write only)
$TimeoutSeconds = 600
# ----------------------------------------------------------------------------------------------

$ErrorActionPreference = 'Stop'

#region InstallerDoctor common (from scripts/fleet/common/*.ps1 by build-fleet-scripts.mjs; the same in every fleet script)
# PowerShell 5.1 compatible. No cmd.exe: the app is started directly through System.Diagnostics.Process.

function Find-InstallerDoctor {
    # The app folder deployed machine-wide (recommended), else the per-user install of the current user.
    param([string] $Preferred)
    $programFiles = $env:ProgramW6432
    if (-not $programFiles) { $programFiles = $env:ProgramFiles }
    $candidates = @()
    if ($Preferred) { $candidates += $Preferred }
    $candidates += (Join-Path $programFiles 'Installer Doctor\InstallerDoctor.exe')
    if ($env:LOCALAPPDATA) { $candidates += (Join-Path $env:LOCALAPPDATA 'Programs\Installer Doctor\InstallerDoctor.exe') }
    foreach ($candidate in $candidates) {
        if ($candidate -and (Test-Path -LiteralPath $candidate -PathType Leaf)) { return $candidate }
    }
    return $null
}

function ConvertTo-CommandLine {
    # Quotes each argument by the CommandLineToArgvW rules that Electron uses to split its command line:
    # backslashes are literal except before a double quote; a double quote is escaped with a backslash.
    param([string[]] $Arguments)
    $parts = foreach ($arg in $Arguments) {
        if ($arg.Length -gt 0 -and $arg -notmatch '[\s"]') { $arg; continue }
        $sb = New-Object System.Text.StringBuilder
        [void] $sb.Append('"')
        $slashes = 0
        foreach ($ch in $arg.ToCharArray()) {
            if ($ch -eq [char] '\') { $slashes++; continue }
            if ($ch -eq [char] '"') {
                [void] $sb.Append([char] '\', (2 * $slashes) + 1)
                [void] $sb.Append([char] '"')
            } else {
                if ($slashes -gt 0) { [void] $sb.Append([char] '\', $slashes) }
                [void] $sb.Append($ch)
            }
            $slashes = 0
        }
        if ($slashes -gt 0) { [void] $sb.Append([char] '\', 2 * $slashes) }
        [void] $sb.Append('"')
        $sb.ToString()
    }
    return ($parts -join ' ')
}

function Invoke-InstallerDoctorCli {
    # Runs `InstallerDoctor.exe --cli <arguments>` and returns its exit code and output. The app writes
    # stdout and stderr to files itself (--cli-out/--cli-err): that works for the GUI-subsystem exe and
    # for the portable stub alike, whatever the console situation (see docs/cli.md). The pipes are
    # redirected too, so that nothing the runtime prints reaches the output Intune or ConfigMgr keeps.
    param(
        [Parameter(Mandatory = $true)] [string] $ExePath,
        [Parameter(Mandatory = $true)] [string[]] $Arguments,
        [Parameter(Mandatory = $true)] [string] $WorkDir,
        [int] $TimeoutSeconds = 900
    )
    $token = [guid]::NewGuid().ToString('N')
    $outFile = Join-Path $WorkDir "cli-$token.out"
    $errFile = Join-Path $WorkDir "cli-$token.err"
    $all = @('--cli') + $Arguments + @('--cli-out', $outFile, '--cli-err', $errFile)
    $psi = New-Object System.Diagnostics.ProcessStartInfo
    $psi.FileName = $ExePath
    $psi.Arguments = ConvertTo-CommandLine -Arguments $all
    $psi.UseShellExecute = $false
    $psi.CreateNoWindow = $true
    $psi.WorkingDirectory = $WorkDir
    $psi.RedirectStandardOutput = $true
    $psi.RedirectStandardError = $true
    $process = [System.Diagnostics.Process]::Start($psi)
    # Read both pipes asynchronously: a full pipe buffer must never block the app.
    $pipeOut = $process.StandardOutput.ReadToEndAsync()
    $pipeErr = $process.StandardError.ReadToEndAsync()
    $timedOut = -not $process.WaitForExit($TimeoutSeconds * 1000)
    if ($timedOut) {
        try { $process.Kill() } catch { Write-Verbose "could not stop the timed-out process: $_" }
        $exitCode = -1
    } else {
        $process.WaitForExit()
        $exitCode = $process.ExitCode
    }
    $stdout = ''
    $stderr = ''
    if (Test-Path -LiteralPath $outFile) {
        $stdout = [System.IO.File]::ReadAllText($outFile, [System.Text.Encoding]::UTF8)
        Remove-Item -LiteralPath $outFile -Force -ErrorAction SilentlyContinue
    }
    if (Test-Path -LiteralPath $errFile) {
        $stderr = [System.IO.File]::ReadAllText($errFile, [System.Text.Encoding]::UTF8)
        Remove-Item -LiteralPath $errFile -Force -ErrorAction SilentlyContinue
    }
    if (-not $timedOut) {
        # An app without --cli-out support still answers on the pipes.
        if (-not $stdout) { $stdout = $pipeOut.Result }
        $stderr = ($stderr + $pipeErr.Result).Trim()
    }
    return New-Object psobject -Property @{ ExitCode = $exitCode; TimedOut = $timedOut; Stdout = $stdout; Stderr = $stderr }
}

function Get-InstallerDoctorStatus {
    # The CLI's documented exit codes (docs/cli.md) as words for reports.
    param([int] $ExitCode, [bool] $TimedOut)
    if ($TimedOut) { return 'timeout' }
    switch ($ExitCode) {
        0 { return 'healthy' }
        1 { return 'findings' }
        2 { return 'usage-error' }
        3 { return 'bad-input' }
        4 { return 'fix-failed' }
        5 { return 'cancelled' }
        10 { return 'internal-error' }
        default { return "exit-$ExitCode" }
    }
}

function Get-InstallerDoctorFindings {
    # "id:severity" for each finding of a `diagnose --json` report; empty when the JSON is missing or bad.
    param([string] $Json)
    if (-not $Json) { return @() }
    try { $report = $Json | ConvertFrom-Json } catch { return @() }
    if (-not ($report.PSObject.Properties.Name -contains 'findings')) { return @() }
    return @($report.findings | ForEach-Object { '{0}:{1}' -f $_.id, $_.severity })
}

function Get-ResultDirectory {
    # A private working folder under ProgramData (SYSTEM) or the user's LocalAppData.
    $base = $env:ProgramData
    if (-not (Test-Path -LiteralPath $base)) { $base = $env:LOCALAPPDATA }
    $dir = Join-Path $base 'InstallerDoctor\Fleet'
    if (-not (Test-Path -LiteralPath $dir)) { New-Item -ItemType Directory -Path $dir -Force | Out-Null }
    return $dir
}

function Write-Utf8File {
    param([string] $Path, [string] $Text)
    $encoding = New-Object System.Text.UTF8Encoding -ArgumentList $false
    [System.IO.File]::WriteAllText($Path, $Text, $encoding)
}

function Save-ToShare {
    # Copies the JSON and the bundle to <Share>\<yyyy-MM-dd>\<COMPUTER>-<HHmmss>.json/.zip. A share that
    # cannot be reached is reported, never fatal: the local copy stays in the result folder.
    param([string] $Share, [string] $JsonPath, [string] $BundlePath)
    if (-not $Share) { return 'no share configured' }
    try {
        $day = Join-Path $Share (Get-Date -Format 'yyyy-MM-dd')
        if (-not (Test-Path -LiteralPath $day)) { New-Item -ItemType Directory -Path $day -Force | Out-Null }
        $name = '{0}-{1}' -f $env:COMPUTERNAME, (Get-Date -Format 'HHmmss')
        if ($JsonPath -and (Test-Path -LiteralPath $JsonPath)) { Copy-Item -LiteralPath $JsonPath -Destination (Join-Path $day "$name.json") -Force }
        if ($BundlePath -and (Test-Path -LiteralPath $BundlePath)) { Copy-Item -LiteralPath $BundlePath -Destination (Join-Path $day "$name.zip") -Force }
        return "copied to $day"
    } catch {
        return "share not written: $($_.Exception.Message)"
    }
}

function Send-ToBlob {
    # Optional upload to an Azure Storage container through a SAS URL with create/write permission only
    # (for cloud-only devices that cannot reach an SMB share). Put Blob: one PUT per file.
    param([string] $ContainerSasUrl, [string] $Path, [string] $BlobName)
    if (-not $ContainerSasUrl -or -not (Test-Path -LiteralPath $Path)) { return 'no blob upload' }
    try {
        $parts = $ContainerSasUrl.Split('?', 2)
        $name = ($BlobName.Split('/') | ForEach-Object { [uri]::EscapeDataString($_) }) -join '/'
        $uri = '{0}/{1}?{2}' -f $parts[0].TrimEnd('/'), $name, $parts[1]
        [Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls12
        Invoke-WebRequest -Uri $uri -Method Put -InFile $Path -UseBasicParsing -Headers @{ 'x-ms-blob-type' = 'BlockBlob' } | Out-Null
        return "uploaded $BlobName"
    } catch {
        return "blob not written: $($_.Exception.Message)"
    }
}
#endregion InstallerDoctor common

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
