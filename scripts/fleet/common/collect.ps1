# Fleet script helpers: keep results in %ProgramData%\InstallerDoctor\Fleet and copy them to a share
# or an Azure Storage container.
# Source: node scripts/fleet/build-fleet-scripts.mjs copies this file into each script in scripts/fleet/
# (the comment lines above the first blank line are not copied). Edit here, then run it.

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
