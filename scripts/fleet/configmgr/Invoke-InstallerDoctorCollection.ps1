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

# Generated from scripts/fleet/bodies/Invoke-InstallerDoctorCollection.body.ps1 and scripts/fleet/common/*.ps1:
# edit the sources and run node scripts/fleet/build-fleet-scripts.mjs (docs/fleet.md "How the scripts
# are built"). The settings of a copy you deploy are yours to edit.

[CmdletBinding()]
param(
    [string] $InstallerDoctorPath = '',
    [string] $ResultShare = '',
    [ValidateSet('Never', 'OnFindings', 'Always')] [string] $Bundle = 'OnFindings',
    [ValidateSet('Json', 'Status')] [string] $Output = 'Json',
    [ValidateRange(30, 7200)] [int] $TimeoutSeconds = 900
)

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
