# Fleet script helpers: find InstallerDoctor.exe and run `InstallerDoctor.exe --cli ...` with a time
# limit (no cmd.exe; arguments quoted by the Windows command-line rules).
# Source: node scripts/fleet/build-fleet-scripts.mjs copies this file into each script in scripts/fleet/
# (the comment lines above the first blank line are not copied). Edit here, then run it.

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
