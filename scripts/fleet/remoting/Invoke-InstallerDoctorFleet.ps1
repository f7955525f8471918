<#
.SYNOPSIS
    PowerShell remoting fan-out: run Installer Doctor on many computers and collect the JSON reports
    and support bundles in one folder or share.
.DESCRIPTION
    From an admin workstation: opens WinRM sessions (Invoke-Command fan-out with -ThrottleLimit), runs
    `InstallerDoctor.exe --cli diagnose --json` on every computer, makes a bundle where asked, then
    copies everything back through the same sessions (Copy-Item -FromSession) into
        <ResultShare>\<yyyy-MM-dd_HHmmss>\<COMPUTER>.json / <COMPUTER>.zip / summary.csv
    The copy runs on this workstation with your credentials, so there is no second hop from the target
    to the share (no CredSSP, no delegation needed).
    Unreachable computers are listed in summary.csv with status 'unreachable' and the WinRM error.
.PARAMETER ComputerName
    Target computers (names or FQDNs). Pipe from Get-ADComputer: ... | Select-Object -ExpandProperty DNSHostName.
.PARAMETER ResultShare
    Folder or UNC share on/through this workstation where results are written.
.PARAMETER InstallerDoctorPath
    Path of InstallerDoctor.exe on the targets. Empty: "%ProgramFiles%\Installer Doctor\InstallerDoctor.exe".
.PARAMETER Bundle
    Never, OnFindings (default) or Always.
.EXAMPLE
    .\Invoke-InstallerDoctorFleet.ps1 -ComputerName (Get-Content .\pcs.txt) -ResultShare '\\fileserver\InstallerDoctor$\runs'
.NOTES
    PowerShell 5.1 on both ends, WinRM enabled on the targets (Enable-PSRemoting), local admin rights
    there. No cmd.exe. See docs/fleet.md "PowerShell remoting".
#>

# Generated from scripts/fleet/bodies/Invoke-InstallerDoctorFleet.body.ps1 and scripts/fleet/common/*.ps1:
# edit the sources and run node scripts/fleet/build-fleet-scripts.mjs (docs/fleet.md "How the scripts
# are built"). The settings of a copy you deploy are yours to edit.

[CmdletBinding()]
param(
    [Parameter(Mandatory = $true, ValueFromPipeline = $true)] [string[]] $ComputerName,
    [Parameter(Mandatory = $true)] [string] $ResultShare,
    [string] $InstallerDoctorPath = '',
    [ValidateSet('Never', 'OnFindings', 'Always')] [string] $Bundle = 'OnFindings',
    [ValidateRange(1, 256)] [int] $ThrottleLimit = 32,
    [ValidateRange(30, 7200)] [int] $TimeoutSeconds = 900,
    [System.Management.Automation.PSCredential] $Credential
)

begin {
    $ErrorActionPreference = 'Stop'
    $targets = New-Object System.Collections.ArrayList
}

process {
    foreach ($name in $ComputerName) { if ($name) { [void] $targets.Add($name.Trim()) } }
}

end {
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

    # The remote side: the common functions above (sent as text: functions do not travel by
    # themselves) followed by the run itself.
    $common = @('Find-InstallerDoctor', 'ConvertTo-CommandLine', 'Invoke-InstallerDoctorCli', 'Get-InstallerDoctorStatus', 'Get-ResultDirectory') |
        ForEach-Object { "function $_ {`n$((Get-Item -LiteralPath "function:$_").Definition)`n}" }
    $remoteRun = @'
param([string] $InstallerDoctorPath, [string] $Bundle, [int] $TimeoutSeconds)
$ErrorActionPreference = 'Stop'
$result = @{ ExitCode = $null; Status = ''; Json = ''; BundlePath = ''; Error = '' }
try {
    $exe = Find-InstallerDoctor -Preferred $InstallerDoctorPath
    if (-not $exe) { throw 'InstallerDoctor.exe not found on this computer' }
    $workDir = Get-ResultDirectory
    $run = Invoke-InstallerDoctorCli -ExePath $exe -Arguments @('diagnose', '--json') -WorkDir $workDir -TimeoutSeconds $TimeoutSeconds
    $result.ExitCode = $run.ExitCode
    $result.Status = Get-InstallerDoctorStatus -ExitCode $run.ExitCode -TimedOut $run.TimedOut
    $result.Json = $run.Stdout
    $result.Error = $run.Stderr.Trim()
    if ($Bundle -eq 'Always' -or ($Bundle -eq 'OnFindings' -and $result.Status -ne 'healthy')) {
        $zip = Join-Path $workDir 'last-bundle.zip'
        $made = Invoke-InstallerDoctorCli -ExePath $exe -Arguments @('bundle', '--out', $zip) -WorkDir $workDir -TimeoutSeconds $TimeoutSeconds
        if ($made.ExitCode -eq 0) { $result.BundlePath = $zip } else { $result.Error = ($result.Error + ' bundle: ' + $made.Stderr.Trim()).Trim() }
    }
} catch {
    $result.Status = 'script-error'
    $result.Error = $_.Exception.Message
}
New-Object psobject -Property $result
'@
    $remoteBlock = [scriptblock]::Create(($common -join "`n") + "`n" + $remoteRun)

    $runDir = Join-Path $ResultShare (Get-Date -Format 'yyyy-MM-dd_HHmmss')
    New-Item -ItemType Directory -Path $runDir -Force | Out-Null

    $sessionArgs = @{ ComputerName = @($targets); ThrottleLimit = $ThrottleLimit; ErrorAction = 'SilentlyContinue'; ErrorVariable = 'connectErrors' }
    if ($Credential) { $sessionArgs.Credential = $Credential }
    $connectErrors = @()
    $sessions = @(New-PSSession @sessionArgs)
    $rows = New-Object System.Collections.ArrayList
    try {
        $runErrors = @()
        $results = @()
        if ($sessions.Count -gt 0) {
            $results = @(Invoke-Command -Session $sessions -ScriptBlock $remoteBlock -ArgumentList $InstallerDoctorPath, $Bundle, $TimeoutSeconds -ThrottleLimit $ThrottleLimit -ErrorAction SilentlyContinue -ErrorVariable runErrors)
        }
        foreach ($r in $results) {
            $computer = $r.PSComputerName
            $jsonPath = Join-Path $runDir "$computer.json"
            if ($r.Json) { Write-Utf8File -Path $jsonPath -Text $r.Json }
            $bundleFile = ''
            if ($r.BundlePath) {
                $session = $sessions | Where-Object { $_.ComputerName -eq $computer } | Select-Object -First 1
                try {
                    $bundleFile = Join-Path $runDir "$computer.zip"
                    Copy-Item -FromSession $session -LiteralPath $r.BundlePath -Destination $bundleFile -Force
                } catch {
                    $bundleFile = "copy failed: $($_.Exception.Message)"
                }
            }
            [void] $rows.Add((New-Object psobject -Property ([ordered] @{
                Computer = $computer; Status = $r.Status; ExitCode = $r.ExitCode
                Findings = ((Get-InstallerDoctorFindings -Json $r.Json) -join ' '); Bundle = $bundleFile; Error = $r.Error
            })))
        }
        # Computers without a result: find the WinRM error that names them.
        $allErrors = @($connectErrors) + @($runErrors)
        foreach ($t in $targets) {
            $known = @($rows | Where-Object { $_.Computer -eq $t -or $_.Computer -like "$t.*" })
            if ($known.Count -gt 0) { continue }
            $reason = 'no session or result'
            foreach ($e in $allErrors) {
                $origin = ''
                if ($e.TargetObject -is [string]) { $origin = $e.TargetObject }
                elseif ($e.PSObject.Properties.Name -contains 'OriginInfo' -and $e.OriginInfo) { $origin = $e.OriginInfo.PSComputerName }
                if ($origin -eq $t -or $e.Exception.Message -match [regex]::Escape($t)) { $reason = $e.Exception.Message; break }
            }
            [void] $rows.Add((New-Object psobject -Property ([ordered] @{
                Computer = $t; Status = 'unreachable'; ExitCode = $null; Findings = ''; Bundle = ''; Error = $reason
            })))
        }
    } finally {
        if ($sessions.Count -gt 0) { Remove-PSSession -Session $sessions -ErrorAction SilentlyContinue }
    }
    $rows | Export-Csv -LiteralPath (Join-Path $runDir 'summary.csv') -NoTypeInformation -Encoding UTF8
    Write-Verbose "results in $runDir"
    $rows
}
