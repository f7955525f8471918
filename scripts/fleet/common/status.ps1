# Fleet script helpers: read a CLI run (exit code as a status word, findings of `diagnose --json`).
# Source: node scripts/fleet/build-fleet-scripts.mjs copies this file into each script in scripts/fleet/
# (the comment lines above the first blank line are not copied). Edit here, then run it.

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
