/**
 * The PowerShell (5.1-compatible) that answers HostQuery kinds on a live machine. Locale-independent by
 * construction: SIDs through GetAccessRules/GetOwner with [SecurityIdentifier], enum values cast to
 * [int], times as UTC ISO strings, no Format-* output and no parsing of translated text. No Add-Type
 * (it would start csc.exe). Each query runs in its own runspace with a time limit (see ps-batch.ts).
 */
export const PS_LIBRARY = String.raw`
function ConvertTo-IdRegValue($key, $name) {
  $kind = [int]$key.GetValueKind($name)
  $raw = $key.GetValue($name, $null, [Microsoft.Win32.RegistryValueOptions]::DoNotExpandEnvironmentNames)
  switch ($kind) {
    1 { return @{ type = 'REG_SZ'; data = [string]$raw } }
    2 { return @{ type = 'REG_EXPAND_SZ'; data = [string]$raw } }
    3 { return @{ type = 'REG_BINARY'; data = [Convert]::ToBase64String([byte[]]$raw) } }
    4 { return @{ type = 'REG_DWORD'; data = [int64]([uint32]([int64]$raw -band 0xFFFFFFFF)) } }
    7 { return @{ type = 'REG_MULTI_SZ'; data = @([string[]]$raw) } }
    11 { return @{ type = 'REG_QWORD'; data = [int64]$raw } }
    default { return @{ type = 'REG_SZ'; data = [string]$raw } }
  }
}
function Open-IdRegKey($q) {
  $hive = @{ HKLM = 'LocalMachine'; HKCU = 'CurrentUser'; HKU = 'Users'; HKCR = 'ClassesRoot' }[$q.hive]
  $view = if ($q.view -eq '32') { 'Registry32' } else { 'Registry64' }
  $base = [Microsoft.Win32.RegistryKey]::OpenBaseKey($hive, $view)
  return $base.OpenSubKey($q.key)
}
function Get-IdAcl($path) {
  $acl = Get-Acl -LiteralPath $path
  $rules = $acl.GetAccessRules($true, $true, [System.Security.Principal.SecurityIdentifier])
  $aces = @(foreach ($r in $rules) { @{ sid = $r.IdentityReference.Value; rights = [int64]([int]$r.FileSystemRights -band 0xFFFFFFFF); type = $(if ([int]$r.AccessControlType -eq 0) { 'allow' } else { 'deny' }); inherited = [bool]$r.IsInherited; inheritance = [int]$r.InheritanceFlags } })
  return @{ owner = $acl.GetOwner([System.Security.Principal.SecurityIdentifier]).Value; aces = $aces }
}
function Test-IdNetworkPath([string]$p) {
  if ($p.StartsWith('\\')) { return $true }
  try { return ([int]([System.IO.DriveInfo]::new([System.IO.Path]::GetPathRoot($p))).DriveType -eq 4) } catch { return $false }
}
function Get-IdQueryPath($q) {
  if ($q.expand) { return [Environment]::ExpandEnvironmentVariables([string]$q.path) }
  return [string]$q.path
}
function Invoke-IdQuery($q) {
  switch ($q.kind) {
    'token' {
      $id = [System.Security.Principal.WindowsIdentity]::GetCurrent()
      $groups = @(foreach ($c in $id.Claims) {
        if ($c.Type -eq 'http://schemas.microsoft.com/ws/2008/06/identity/claims/groupsid') { @{ sid = $c.Value; attributes = 7 } }
        elseif ($c.Type -eq 'http://schemas.microsoft.com/ws/2008/06/identity/claims/denyonlysid') { @{ sid = $c.Value; attributes = 16 } }
      })
      $admin = ([System.Security.Principal.WindowsPrincipal]::new($id)).IsInRole([System.Security.Principal.SecurityIdentifier]'S-1-5-32-544')
      $denyAdmin = @($groups | Where-Object { $_.sid -eq 'S-1-5-32-544' -and $_.attributes -eq 16 }).Count -gt 0
      $system = $id.User.Value -eq 'S-1-5-18'
      $integrity = if ($system) { 'S-1-16-16384' } elseif ($admin) { 'S-1-16-12288' } else { 'S-1-16-8192' }
      $elevationType = if ($denyAdmin) { 3 } elseif ($admin) { 2 } else { 1 }
      return @{ userSid = $id.User.Value; groups = $groups; integritySid = $integrity; elevationType = $elevationType; elevated = [bool]$admin }
    }
    'os' {
      $cv = [Microsoft.Win32.Registry]::LocalMachine.OpenSubKey('SOFTWARE\Microsoft\Windows NT\CurrentVersion')
      $os = Get-CimInstance -ClassName Win32_OperatingSystem
      $msi = [System.Diagnostics.FileVersionInfo]::GetVersionInfo("$env:SystemRoot\System32\msi.dll")
      $ubr = $cv.GetValue('UBR')
      return @{ build = [int]$cv.GetValue('CurrentBuildNumber'); ubr = $(if ($null -ne $ubr) { [int64]$ubr } else { $null }); version = [string]$os.Version; productType = [int]$os.ProductType; uiLocale = (Get-UICulture).Name; msiVersion = '{0}.{1}.{2}.{3}' -f $msi.FileMajorPart, $msi.FileMinorPart, $msi.FileBuildPart, $msi.FilePrivatePart; is64Bit = [Environment]::Is64BitOperatingSystem }
    }
    'env' {
      $userEnv = [Microsoft.Win32.Registry]::CurrentUser.OpenSubKey('Environment')
      $values = @{}
      foreach ($n in $q.names) {
        $raw = if ($userEnv) { $userEnv.GetValue($n, $null, [Microsoft.Win32.RegistryValueOptions]::DoNotExpandEnvironmentNames) } else { $null }
        $values[$n] = @{ raw = $raw; expanded = [Environment]::GetEnvironmentVariable($n) }
      }
      return @{ values = $values }
    }
    'registry' {
      $key = Open-IdRegKey $q
      if ($null -eq $key) { return @{ exists = $false; value = $null } }
      if ($null -ne $q.name) {
        if ($key.GetValueNames() -notcontains $q.name) { return @{ exists = $true; value = $null } }
        return @{ exists = $true; value = (ConvertTo-IdRegValue $key $q.name) }
      }
      $values = @{}
      foreach ($n in $key.GetValueNames()) { $values[$n] = ConvertTo-IdRegValue $key $n }
      return @{ exists = $true; value = $null; values = $values; subkeys = @($key.GetSubKeyNames()) }
    }
    'path' {
      $path = Get-IdQueryPath $q
      $free = $null; $network = $path.StartsWith('\\')
      try { $drive = [System.IO.DriveInfo]::new([System.IO.Path]::GetPathRoot($path)); $free = $drive.AvailableFreeSpace; $network = $network -or ([int]$drive.DriveType -eq 4) } catch { }
      if (-not (Test-Path -LiteralPath $path)) { return @{ exists = $false; type = 'missing'; attributes = 0; size = 0; ownerSid = $null; acl = $null; freeBytes = $free; isNetwork = $network; modified = $null } }
      $item = Get-Item -LiteralPath $path -Force
      $isDir = $item -is [System.IO.DirectoryInfo]
      $acl = if ($q.acl) { Get-IdAcl $path } else { $null }
      return @{ exists = $true; type = $(if ($isDir) { 'directory' } else { 'file' }); attributes = [int]$item.Attributes; size = $(if ($isDir) { 0 } else { $item.Length }); ownerSid = $(if ($acl) { $acl.owner } else { $null }); acl = $(if ($acl) { ,$acl.aces } else { $null }); freeBytes = $free; isNetwork = $network; modified = $item.LastWriteTimeUtc.ToString('o') }
    }
    'writeTest' {
      $file = Join-Path (Get-IdQueryPath $q) ('installer-doctor-' + [Guid]::NewGuid().ToString('N') + '.tmp')
      $r = @{ canCreate = $false; canWrite = $false; canDelete = $false; errorCode = $null }
      try {
        $s = [System.IO.File]::Open($file, 'CreateNew', 'Write'); $r.canCreate = $true
        $s.WriteByte(65); $s.Close(); $r.canWrite = $true
        [System.IO.File]::Delete($file); $r.canDelete = $true
      } catch { $r.errorCode = [int]($_.Exception.InnerException.HResult -band 0xFFFF); if ($r.errorCode -eq 0) { $r.errorCode = [int]($_.Exception.HResult -band 0xFFFF) } }
      return $r
    }
    'service' {
      $svc = Get-Service -Name $q.name -ErrorAction SilentlyContinue
      if ($null -eq $svc) { return @{ exists = $false; state = 0; startType = 0; imagePath = ''; account = ''; acceptsShutdown = $false; acceptsStop = $false; pid = $null } }
      $reg = [Microsoft.Win32.Registry]::LocalMachine.OpenSubKey("SYSTEM\CurrentControlSet\Services\$($q.name)")
      $wmi = Get-CimInstance -ClassName Win32_Service -Filter ("Name='{0}'" -f $q.name)
      return @{ exists = $true; state = [int]$svc.Status; startType = [int]$svc.StartType; imagePath = [string]$reg.GetValue('ImagePath', '', 'DoNotExpandEnvironmentNames'); account = [string]$reg.GetValue('ObjectName'); acceptsShutdown = [bool]$svc.CanShutdown; acceptsStop = [bool]$svc.CanStop; pid = $(if ($wmi.ProcessId) { [int]$wmi.ProcessId } else { $null }) }
    }
    'processes' {
      $list = @(Get-CimInstance -ClassName Win32_Process -Filter ("Name='{0}'" -f $q.imageName.Replace("'", "''")))
      return @{ processes = @(foreach ($p in $list) {
        $owner = $null; try { $owner = (Invoke-CimMethod -InputObject $p -MethodName GetOwnerSid).Sid } catch { }
        @{ pid = [int]$p.ProcessId; parentPid = [int]$p.ParentProcessId; name = [string]$p.Name; commandLine = $p.CommandLine; ownerSid = $owner; started = $(if ($p.CreationDate) { $p.CreationDate.ToUniversalTime().ToString('o') } else { $null }) }
      }) }
    }
    'events' {
      $filter = @{ LogName = $q.log; ProviderName = $q.provider; StartTime = (Get-Date).AddDays(-[int]$q.sinceDays) }
      if ($q.ids.Count -gt 0) { $filter.Id = [int[]]$q.ids }
      $events = @(Get-WinEvent -FilterHashtable $filter -MaxEvents 500 -ErrorAction SilentlyContinue)
      return @{ events = @(foreach ($e in $events) { @{ id = [int]$e.Id; time = $e.TimeCreated.ToUniversalTime().ToString('o'); level = [int]$e.Level; userSid = $(if ($e.UserId) { $e.UserId.Value } else { $null }); processId = $(if ($e.ProcessId) { [int]$e.ProcessId } else { $null }); data = @(foreach ($p in $e.Properties) { [string]$p.Value }) } }) }
    }
    'fileVersion' {
      if (-not (Test-Path -LiteralPath $q.path -PathType Leaf)) { return @{ exists = $false; version = $null } }
      $v = [System.Diagnostics.FileVersionInfo]::GetVersionInfo($q.path)
      return @{ exists = $true; version = ('{0}.{1}.{2}.{3}' -f $v.FileMajorPart, $v.FileMinorPart, $v.FileBuildPart, $v.FilePrivatePart) }
    }
    'listFiles' {
      if (-not (Test-Path -LiteralPath $q.path -PathType Container)) { return @{ files = @() } }
      $files = @(Get-ChildItem -LiteralPath $q.path -Filter $q.pattern -File -Force -ErrorAction SilentlyContinue | Sort-Object LastWriteTimeUtc -Descending | Select-Object -First ([int]$q.limit))
      return @{ files = @(foreach ($f in $files) { @{ path = $f.FullName; size = $f.Length; modified = $f.LastWriteTimeUtc.ToString('o') } }) }
    }
    'installerProducts' {
      $root = [Microsoft.Win32.RegistryKey]::OpenBaseKey('LocalMachine', 'Registry64').OpenSubKey('SOFTWARE\Microsoft\Windows\CurrentVersion\Installer\UserData')
      $list = New-Object System.Collections.ArrayList
      if ($null -ne $root) {
        foreach ($sid in $root.GetSubKeyNames()) {
          foreach ($group in @('Products', 'Patches')) {
            $g = $root.OpenSubKey($sid + '\' + $group)
            if ($null -eq $g) { continue }
            foreach ($code in $g.GetSubKeyNames()) {
              $k = if ($group -eq 'Products') { $g.OpenSubKey($code + '\InstallProperties') } else { $g.OpenSubKey($code) }
              if ($null -eq $k) { continue }
              $lp = $k.GetValue('LocalPackage')
              $null = $list.Add(@{ kind = $(if ($group -eq 'Products') { 'product' } else { 'patch' }); userSid = $sid; packedCode = $code; displayName = $k.GetValue('DisplayName'); displayVersion = $k.GetValue('DisplayVersion'); localPackage = $lp; localPackageExists = $(if ($lp) { [System.IO.File]::Exists([string]$lp) } else { $false }) })
            }
          }
        }
      }
      return @{ products = $list.ToArray() }
    }
    'shellFolders' {
      $k = [Microsoft.Win32.Registry]::CurrentUser.OpenSubKey('Software\Microsoft\Windows\CurrentVersion\Explorer\User Shell Folders')
      return @{ folders = @(foreach ($n in $q.names) {
        $raw = if ($null -ne $k) { $k.GetValue($n, $null, [Microsoft.Win32.RegistryValueOptions]::DoNotExpandEnvironmentNames) } else { $null }
        $exp = if ($null -ne $raw) { [Environment]::ExpandEnvironmentVariables([string]$raw) } else { $null }
        @{ name = [string]$n; raw = $raw; expanded = $exp; exists = $(if ($exp) { [System.IO.Directory]::Exists($exp) } else { $false }); isNetwork = $(if ($exp) { Test-IdNetworkPath $exp } else { $false }) }
      }) }
    }
    default { throw "unknown query kind $($q.kind)" }
  }
}
`;
