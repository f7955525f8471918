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
#@fleet:generated-notice (build-fleet-scripts.mjs writes the "generated from" comment here)

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
#@fleet:common (build-fleet-scripts.mjs inserts the functions of scripts/fleet/common/*.ps1 here)

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
