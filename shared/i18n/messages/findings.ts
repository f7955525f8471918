/**
 * Findings' texts: a title and a plain-words explanation per finding id (shared/model/finding-ids.ts),
 * evidence labels, severity and confidence words, check names for "could not check X", and the CLI
 * report's lines. {{placeholders}} are filled from the finding's params. Written for non-technical
 * readers; technical values stay in the evidence.
 */
import { defineMessages } from '../define-messages';

export const findings = defineMessages({
  en: {
    'not-admin': {
      title: 'Your account is not an administrator',
      explanation:
        'Your Windows account is a standard user. Programs that install for everyone on this PC need an administrator to approve them. Ask someone with an administrator password to start the install, or let us start it with an administrator prompt.',
    },
    'filtered-admin-token': {
      title: 'Installs start without administrator rights until you approve them',
      explanation:
        'You are an administrator, but Windows keeps those rights switched off until you approve a prompt. An install that does not ask for them (for example one started by double-clicking) runs with normal rights and can fail.',
    },
    'uac-disabled': {
      title: 'User Account Control is switched off',
      explanation:
        'User Account Control (EnableLUA) is off. Every program you start as an administrator runs with full rights, and some installers behave differently without it. Turning it back on is safer.',
    },
    'user-temp-missing': {
      title: 'Your temporary folder does not exist',
      explanation:
        'Your TEMP setting points to {{path}}, which is missing or is not a folder. Windows Installer unpacks files there, so installs stop with errors such as 1632 or 2503.',
    },
    'user-temp-not-writable': {
      title: 'You cannot write to your temporary folder',
      explanation:
        'Installer Doctor tried to create a file in {{path}} and Windows refused. Installs need to write there.',
    },
    'user-temp-system-access': {
      title: 'The Windows Installer service cannot use your temporary folder',
      explanation:
        '{{path}} does not give the SYSTEM account full control. The Windows Installer service works as SYSTEM and needs it.',
    },
    'user-temp-risky-path': {
      title: 'Your temporary folder is in an unusual place',
      explanation:
        'Your TEMP folder ({{path}}) is set up in a way that often breaks installs: {{risks}}. A temporary folder on the local disk inside your profile is the safe choice.',
    },
    'windows-temp-missing': {
      title: 'C:\\Windows\\Temp is missing or is not a folder',
      explanation:
        '{{path}} should be a folder, but it is {{type}}. The Windows Installer service keeps its working files there, so every install fails (often with 2503 and 2502, then 1603).',
    },
    'windows-temp-acl': {
      title: 'The permissions of C:\\Windows\\Temp are broken',
      explanation:
        'The permissions of {{path}} differ from the ones Windows sets up, and the Windows Installer service (SYSTEM) may not be able to write there. This is the most common cause of errors 2503 and 2502.',
    },
    'installer-folder-missing': {
      title: 'The Windows Installer cache folder is missing',
      explanation:
        '{{path}} is missing or is not a folder. Windows keeps a copy of every installed package there; without it, repairs, updates and uninstalls ask for the original installation files.',
    },
    'installer-folder-acl': {
      title: 'The Windows Installer cache folder has unusual permissions',
      explanation:
        '{{path}} is not owned by SYSTEM or Administrators, or they lack full control. Windows Installer may delete and recreate the folder, which loses the cached packages.',
    },
    'msiserver-missing': {
      title: 'The Windows Installer service is missing',
      explanation:
        'The Windows Installer service (msiserver) is not registered on this PC, so no package can be installed (error 1601).',
    },
    'msiserver-disabled': {
      title: 'The Windows Installer service is disabled',
      explanation:
        'The Windows Installer service is set to Disabled, so it cannot start when an install needs it (error 1601).',
    },
    'msiserver-misconfigured': {
      title: 'The Windows Installer service is registered wrongly',
      explanation:
        'The Windows Installer service should run %SystemRoot%\\system32\\msiexec.exe /V as LocalSystem. Here it is set to "{{imagePath}}" as "{{account}}".',
    },
    'disable-msi-policy': {
      title: 'A policy turns Windows Installer off',
      explanation:
        'The DisableMSI policy is {{value}}. At 2, Windows Installer refuses every install, repair and removal; at 1, it refuses installs for one user that run without administrator rights (error 1625). Your IT administrator controls this setting.',
    },
    'always-install-elevated': {
      title: 'Any user can install programs with full system rights',
      explanation:
        'AlwaysInstallElevated is on for the computer and for your account. Every package then installs with SYSTEM rights, which lets any program take over this PC. Microsoft strongly advises against it.',
    },
    'debug-policy-secrets': {
      title: 'Installer logs may contain passwords',
      explanation:
        'The Windows Installer Debug policy is {{value}}. With this value, the installer writes full command lines into its logs, including values that packages mark as hidden, such as passwords.',
    },
    'disable-patch-policy': {
      title: 'A policy blocks updates (patches)',
      explanation:
        'The DisablePatch policy is on, so Windows Installer refuses to apply patches (.msp files), which fail with error 1625.',
    },
    'disable-user-installs': {
      title: 'A policy hides programs installed for one user',
      explanation:
        'The DisableUserInstalls policy is on: Windows Installer ignores programs installed for a single user. They can look half-installed or impossible to remove.',
    },
    'disable-rollback-policy': {
      title: 'Failed installs are not undone',
      explanation:
        'The DisableRollback policy is on, so a failed install leaves its partial changes behind instead of undoing them.',
    },
    'secure-repair-uac': {
      title: 'Repairs now need an administrator (August 2025 Windows update)',
      explanation:
        'Since the August 2025 security update, Windows asks for an administrator when a program repairs itself. Without one, the repair fails (often error 1730) and starts again next time. Affected product: {{product}}.',
    },
    'installer-logging-off': {
      title: 'Installer logging is off',
      explanation:
        'Windows Installer does not write a log for installs started without one. Turning on logging for one more attempt gives us the exact reason for the failure.',
    },
    'installer-logging-left-on': {
      title: 'Installer logging is switched on',
      explanation:
        'The Logging policy ({{mode}}) makes every install write a log file. That is useful while troubleshooting, but it should be switched off afterwards.',
    },
    'install-in-progress': {
      title: 'Another installation is running',
      explanation:
        'Windows Installer runs one installation at a time, and another one is in progress: {{holder}}. Wait for it to finish, then try again (error 1618).',
    },
    'install-interrupted': {
      title: 'An earlier installation did not finish cleanly',
      explanation:
        'An installation started ({{holder}}) but Windows never recorded its end, and it is no longer running. A restart usually clears what it left behind.',
    },
    'pending-reboot': {
      title: 'Windows is waiting for a restart',
      explanation:
        'Updates or earlier installs are waiting for a restart to finish. Until then, installs may fail or ask to restart, and some files stay locked or queued for deletion ({{renames}} file operations waiting).',
    },
    'recent-install-failures': {
      title: 'Recent installs failed on this PC',
      explanation:
        'Windows recorded {{count}} failed install or repair in the last 30 days; the latest: {{product}}, code {{code}}.',
    },
    'recent-removal-failures': {
      title: 'Recent uninstalls failed on this PC',
      explanation:
        'Windows recorded {{count}} failed removal in the last 30 days; the latest: {{product}}, code {{code}}. A failed removal leaves files and registry entries behind.',
    },
    'self-repair-loop': {
      title: 'A program keeps repairing itself',
      explanation:
        'Windows Installer repaired {{product}} {{count}} times because a part of it keeps going missing ({{resource}}). Something, often a cleanup tool or antivirus, removes it again.',
    },
    'installs-blocked-by-policy': {
      title: 'A security policy blocked installs',
      explanation:
        'Windows recorded {{count}} install refused by software restriction or lockdown policy. Your IT administrator decides which packages may run (error 1625).',
    },
    'cached-package-missing': {
      title: 'Saved copies of installed programs are missing',
      explanation:
        '{{count}} installed program(s), for example {{product}}, no longer have their saved package in C:\\Windows\\Installer. Repairing, updating or removing them asks for the original files (errors 1612 and 1635).',
    },
    'shell-folder-unresolvable': {
      title: 'A personal folder cannot be found',
      explanation:
        'The setting for your "{{name}}" folder points to a place that is empty, unavailable or not set up. Windows Installer cannot resolve it (error 2103).',
    },
    'package-unreadable': {
      title: 'The package cannot be opened',
      explanation: '{{path}} is missing or cannot be read.',
    },
    'package-not-msi': {
      title: 'This file is not a Windows Installer package',
      explanation:
        "{{name}} is not a real .msi file (it looks like: {{kind}}). A download that went wrong often saves a web page under the package's name. Download it again from the vendor (error 1619/1620).",
    },
    'package-damaged': {
      title: 'The package is damaged or incomplete',
      explanation:
        '{{name}} is a Windows Installer package, but part of it is cut off or broken, usually because the download did not finish. Download it again.',
    },
    'package-on-network': {
      title: 'The package is on a network drive',
      explanation:
        '{{path}} is on a network location. The Windows Installer service may not reach it with its own account. Copy the package to a local folder first.',
    },
    'package-encrypted': {
      title: 'The package is encrypted',
      explanation:
        '{{path}} is encrypted with EFS, so the Windows Installer service cannot read it (errors 2755 and 1603). Copy it to a folder that is not encrypted.',
    },
    'package-needs-admin': {
      title: 'This package installs for all users and needs an administrator',
      explanation:
        '{{name}} installs for everyone on this PC, and you are not running with administrator rights. Start it with administrator approval (otherwise error 1925).',
    },
    'package-schema-too-new': {
      title: 'The package needs a newer Windows Installer',
      explanation:
        '{{name}} requires Windows Installer {{needed}}, but this PC has {{installed}} (error 1613). Ask the vendor for a package made for your Windows.',
    },
    'low-disk-space': {
      title: 'The system drive is almost full',
      explanation:
        'Only {{free}} is free on {{drive}}. Installs need room for the program, a saved copy of the package and undo files.',
    },
    evidence: {
      adminGroup: 'Administrators group in your sign-in',
      integrity: 'Rights level of this app',
      uac: 'User Account Control settings',
      folder: 'Folder {{path}}',
      acl: 'Permissions of {{path}}',
      missingDefaults: 'Standard permissions that are missing',
      denies: 'Entries that deny access',
      writeTest: 'Write test',
      tempVariables: 'TEMP and TMP settings',
      tempRisks: 'What is unusual',
      service: 'Windows Installer service',
      policyValue: 'Policy setting',
      selfRepair: 'Repair events',
      os: 'Windows version',
      serviceBusy: 'Service state',
      process: 'Running installer process {{pid}}',
      transaction: 'Installer transaction',
      inProgressKey: 'In-progress marker',
      rebootMarker: 'Restart markers',
      fileRenames: 'File operations waiting for restart ({{count}})',
      rebootRequest: 'Restart requests',
      failure: 'Failure recorded for {{product}}',
      policyBlock: 'Blocked by policy',
      missingPackage: 'Missing saved package of {{product}}',
      shellFolder: 'Folder setting "{{name}}"',
      package: 'Package file',
      packageKind: 'What the file contains',
      packageScope: 'Install scope',
      packageSchema: 'Required installer version',
      freeSpace: 'Free space on {{drive}}',
    },
    severity: {
      critical: 'Critical',
      error: 'Problem',
      warning: 'Warning',
      info: 'Note',
    },
    confidence: {
      high: 'very likely',
      medium: 'likely',
      low: 'possible',
    },
    checks: {
      'token-uac': 'your account and User Account Control',
      'user-temp': 'your temporary folder',
      'windows-temp': 'C:\\Windows\\Temp',
      'installer-folder': 'the Windows Installer cache folder',
      msiserver: 'the Windows Installer service',
      'installer-policies': 'Windows Installer policies',
      'install-in-progress': 'installs in progress',
      'pending-reboot': 'pending restarts',
      'event-log': 'the installer event log',
      'cached-packages': 'saved copies of installed programs',
      'shell-folders': 'your personal folders',
      package: 'the package',
      'system-info': 'Windows version and disk space',
    },
    report: {
      title: 'Installer Doctor diagnosis',
      machine: 'Machine: {{machine}}',
      simulated: 'simulated machine "{{scenario}}"',
      live: 'this PC',
      symptom: 'What happened: {{symptom}}',
      healthy: 'No problems found that would stop an install.',
      healthyWithNotes: 'Nothing on this PC is broken. What follows explains what you saw and what to do about it.',
      findingsHeading: 'What we found (most likely first):',
      fixes: 'Fixes: {{fixes}}',
      tag: '[{{severity}}, {{confidence}}]',
      evidence: 'Why we think so:',
      probeError: 'Could not check {{check}}: {{reason}}',
      recentFailures: 'Recent installer failures on this PC:',
      duration: 'Checked in {{ms}} ms.',
    },
  },
  'zh-CN': {
    'not-admin': {
      title: '您的帐户不是管理员',
      explanation:
        '您的 Windows 帐户是标准用户。为这台电脑上所有用户安装的程序需要管理员批准。请让知道管理员密码的人启动安装，或让我们通过管理员确认窗口来启动。',
    },
    'filtered-admin-token': {
      title: '在您确认之前，安装不会使用管理员权限',
      explanation:
        '您是管理员，但 Windows 会在您确认提示之前关闭这些权限。不请求权限的安装（例如双击启动的安装）会以普通权限运行，可能因此失败。',
    },
    'uac-disabled': {
      title: '用户帐户控制已关闭',
      explanation:
        '用户帐户控制（EnableLUA）已关闭。您以管理员身份启动的每个程序都拥有全部权限，有些安装程序在这种情况下表现不同。重新打开会更安全。',
    },
    'user-temp-missing': {
      title: '您的临时文件夹不存在',
      explanation:
        'TEMP 设置指向 {{path}}，但它不存在或不是文件夹。Windows Installer 需要在那里解压文件，因此安装会因 1632 或 2503 等错误而停止。',
    },
    'user-temp-not-writable': {
      title: '无法写入您的临时文件夹',
      explanation: 'Installer Doctor 尝试在 {{path}} 中创建文件，但被 Windows 拒绝。安装需要在那里写入文件。',
    },
    'user-temp-system-access': {
      title: 'Windows Installer 服务无法使用您的临时文件夹',
      explanation: '{{path}} 没有给 SYSTEM 帐户完全控制权限。Windows Installer 服务以 SYSTEM 身份工作，需要这个权限。',
    },
    'user-temp-risky-path': {
      title: '您的临时文件夹位置不寻常',
      explanation:
        '您的 TEMP 文件夹（{{path}}）的设置方式经常导致安装失败：{{risks}}。放在本地磁盘、个人资料文件夹内的临时文件夹最稳妥。',
    },
    'windows-temp-missing': {
      title: 'C:\\Windows\\Temp 不存在或不是文件夹',
      explanation:
        '{{path}} 应该是文件夹，但现在是 {{type}}。Windows Installer 服务把工作文件放在那里，因此所有安装都会失败（通常是 2503 和 2502，然后是 1603）。',
    },
    'windows-temp-acl': {
      title: 'C:\\Windows\\Temp 的权限已损坏',
      explanation:
        '{{path}} 的权限与 Windows 默认设置不同，Windows Installer 服务（SYSTEM）可能无法在那里写入。这是错误 2503 和 2502 最常见的原因。',
    },
    'installer-folder-missing': {
      title: 'Windows Installer 缓存文件夹不存在',
      explanation:
        '{{path}} 不存在或不是文件夹。Windows 在那里保存每个已安装程序的安装包副本；没有它，修复、更新和卸载都会要求提供原始安装文件。',
    },
    'installer-folder-acl': {
      title: 'Windows Installer 缓存文件夹的权限不寻常',
      explanation:
        '{{path}} 的所有者不是 SYSTEM 或 Administrators，或者它们没有完全控制权限。Windows Installer 可能会删除并重新创建该文件夹，从而丢失已缓存的安装包。',
    },
    'msiserver-missing': {
      title: 'Windows Installer 服务不存在',
      explanation: '这台电脑上没有注册 Windows Installer 服务（msiserver），因此无法安装任何安装包（错误 1601）。',
    },
    'msiserver-disabled': {
      title: 'Windows Installer 服务已被禁用',
      explanation: 'Windows Installer 服务被设置为“禁用”，安装需要它时无法启动（错误 1601）。',
    },
    'msiserver-misconfigured': {
      title: 'Windows Installer 服务的注册信息有误',
      explanation:
        'Windows Installer 服务应以 LocalSystem 身份运行 %SystemRoot%\\system32\\msiexec.exe /V。这里却设置为以“{{account}}”身份运行“{{imagePath}}”。',
    },
    'disable-msi-policy': {
      title: '有策略关闭了 Windows Installer',
      explanation:
        'DisableMSI 策略的值为 {{value}}。值为 2 时，Windows Installer 拒绝所有安装、修复和卸载；值为 1 时，拒绝不带管理员权限、只为单个用户进行的安装（错误 1625）。此设置由您的 IT 管理员控制。',
    },
    'always-install-elevated': {
      title: '任何用户都能以系统最高权限安装程序',
      explanation:
        '计算机和您的帐户都开启了 AlwaysInstallElevated。这样每个安装包都以 SYSTEM 权限安装，任何程序都可能借此控制这台电脑。Microsoft 强烈不建议这样设置。',
    },
    'debug-policy-secrets': {
      title: '安装日志可能包含密码',
      explanation:
        'Windows Installer 的 Debug 策略值为 {{value}}。在此设置下，安装程序会把完整的命令行写入日志，包括安装包标记为隐藏的值，例如密码。',
    },
    'disable-patch-policy': {
      title: '有策略阻止了更新（补丁）',
      explanation: 'DisablePatch 策略已开启，Windows Installer 拒绝应用补丁（.msp 文件），会出现错误 1625。',
    },
    'disable-user-installs': {
      title: '有策略隐藏了只为单个用户安装的程序',
      explanation:
        'DisableUserInstalls 策略已开启：Windows Installer 会忽略只为单个用户安装的程序。这些程序可能看起来安装不完整或无法卸载。',
    },
    'disable-rollback-policy': {
      title: '安装失败后不会撤销更改',
      explanation: 'DisableRollback 策略已开启，安装失败时会留下部分更改，而不是把它们撤销。',
    },
    'secure-repair-uac': {
      title: '修复现在需要管理员批准（2025 年 8 月 Windows 更新）',
      explanation:
        '自 2025 年 8 月的安全更新起，程序自行修复时 Windows 会要求管理员批准。没有批准时修复会失败（通常是错误 1730），下次又会重新开始。受影响的产品：{{product}}。',
    },
    'installer-logging-off': {
      title: '安装日志未开启',
      explanation:
        '对于没有指定日志的安装，Windows Installer 不会写日志。为下一次尝试开启日志，我们就能找到失败的确切原因。',
    },
    'installer-logging-left-on': {
      title: '安装日志已开启',
      explanation: 'Logging 策略（{{mode}}）让每次安装都写日志文件。排查问题时很有用，但之后应该关闭。',
    },
    'install-in-progress': {
      title: '另一个安装正在进行',
      explanation:
        'Windows Installer 一次只能进行一个安装，而现在有另一个安装正在进行：{{holder}}。请等它完成后再试（错误 1618）。',
    },
    'install-interrupted': {
      title: '之前的某个安装没有正常结束',
      explanation:
        '有一个安装已经开始（{{holder}}），但 Windows 没有记录它的结束，而且它已不在运行。重新启动电脑通常可以清除它留下的状态。',
    },
    'pending-reboot': {
      title: 'Windows 正在等待重新启动',
      explanation:
        '更新或之前的安装需要重新启动才能完成。在此之前，安装可能失败或要求重新启动，有些文件仍被锁定或等待删除（{{renames}} 个文件操作在等待）。',
    },
    'recent-install-failures': {
      title: '这台电脑最近有安装失败',
      explanation: 'Windows 在过去 30 天内记录了 {{count}} 次失败的安装或修复；最近一次：{{product}}，代码 {{code}}。',
    },
    'recent-removal-failures': {
      title: '这台电脑最近有卸载失败',
      explanation:
        'Windows 在过去 30 天内记录了 {{count}} 次失败的卸载；最近一次：{{product}}，代码 {{code}}。卸载失败会留下文件和注册表项。',
    },
    'self-repair-loop': {
      title: '某个程序不停地自行修复',
      explanation:
        'Windows Installer 已修复 {{product}} {{count}} 次，因为它的某个部分一再丢失（{{resource}}）。通常是清理工具或杀毒软件又把它删除了。',
    },
    'installs-blocked-by-policy': {
      title: '安全策略阻止了安装',
      explanation:
        'Windows 记录了 {{count}} 次被软件限制策略或锁定策略拒绝的安装。哪些安装包可以运行由您的 IT 管理员决定（错误 1625）。',
    },
    'cached-package-missing': {
      title: '已安装程序的保存副本丢失',
      explanation:
        '有 {{count}} 个已安装的程序（例如 {{product}}）在 C:\\Windows\\Installer 中已没有保存的安装包。修复、更新或卸载它们时会要求提供原始文件（错误 1612 和 1635）。',
    },
    'shell-folder-unresolvable': {
      title: '找不到某个个人文件夹',
      explanation:
        '您的“{{name}}”文件夹设置指向一个空的、不可用的或未设置的位置。Windows Installer 无法解析它（错误 2103）。',
    },
    'package-unreadable': {
      title: '无法打开安装包',
      explanation: '{{path}} 不存在或无法读取。',
    },
    'package-not-msi': {
      title: '此文件不是 Windows Installer 安装包',
      explanation:
        '{{name}} 不是真正的 .msi 文件（看起来是：{{kind}}）。下载出错时，常常会把网页保存成安装包的名字。请从厂商处重新下载（错误 1619/1620）。',
    },
    'package-damaged': {
      title: '安装包已损坏或不完整',
      explanation: '{{name}} 是 Windows Installer 安装包，但有一部分被截断或损坏，通常是因为下载没有完成。请重新下载。',
    },
    'package-on-network': {
      title: '安装包位于网络驱动器上',
      explanation:
        '{{path}} 位于网络位置。Windows Installer 服务用自己的帐户可能无法访问它。请先把安装包复制到本地文件夹。',
    },
    'package-encrypted': {
      title: '安装包已加密',
      explanation:
        '{{path}} 使用 EFS 加密，Windows Installer 服务无法读取它（错误 2755 和 1603）。请把它复制到未加密的文件夹。',
    },
    'package-needs-admin': {
      title: '此安装包为所有用户安装，需要管理员',
      explanation:
        '{{name}} 会为这台电脑上的所有人安装，而您当前没有使用管理员权限。请在管理员批准下启动它（否则会出现错误 1925）。',
    },
    'package-schema-too-new': {
      title: '安装包需要更新版本的 Windows Installer',
      explanation:
        '{{name}} 需要 Windows Installer {{needed}}，但这台电脑上的版本是 {{installed}}（错误 1613）。请向厂商索取适用于您的 Windows 的安装包。',
    },
    'low-disk-space': {
      title: '系统盘空间快满了',
      explanation: '{{drive}} 上只剩 {{free}} 可用空间。安装需要空间来存放程序、安装包的保存副本和撤销文件。',
    },
    evidence: {
      adminGroup: '登录中的 Administrators 组',
      integrity: '本应用的权限级别',
      uac: '用户帐户控制设置',
      folder: '文件夹 {{path}}',
      acl: '{{path}} 的权限',
      missingDefaults: '缺少的标准权限',
      denies: '拒绝访问的条目',
      writeTest: '写入测试',
      tempVariables: 'TEMP 和 TMP 设置',
      tempRisks: '不寻常之处',
      service: 'Windows Installer 服务',
      policyValue: '策略设置',
      selfRepair: '修复事件',
      os: 'Windows 版本',
      serviceBusy: '服务状态',
      process: '正在运行的安装进程 {{pid}}',
      transaction: '安装事务',
      inProgressKey: '正在安装的标记',
      rebootMarker: '重新启动标记',
      fileRenames: '等待重新启动的文件操作（{{count}}）',
      rebootRequest: '重新启动请求',
      failure: '{{product}} 的失败记录',
      policyBlock: '被策略阻止',
      missingPackage: '{{product}} 丢失的保存安装包',
      shellFolder: '文件夹设置“{{name}}”',
      package: '安装包文件',
      packageKind: '文件内容',
      packageScope: '安装范围',
      packageSchema: '所需的安装程序版本',
      freeSpace: '{{drive}} 的可用空间',
    },
    severity: {
      critical: '严重',
      error: '问题',
      warning: '警告',
      info: '提示',
    },
    confidence: {
      high: '很可能',
      medium: '可能',
      low: '也许',
    },
    checks: {
      'token-uac': '您的帐户和用户帐户控制',
      'user-temp': '您的临时文件夹',
      'windows-temp': 'C:\\Windows\\Temp',
      'installer-folder': 'Windows Installer 缓存文件夹',
      msiserver: 'Windows Installer 服务',
      'installer-policies': 'Windows Installer 策略',
      'install-in-progress': '正在进行的安装',
      'pending-reboot': '等待中的重新启动',
      'event-log': '安装程序事件日志',
      'cached-packages': '已安装程序的保存副本',
      'shell-folders': '您的个人文件夹',
      package: '安装包',
      'system-info': 'Windows 版本和磁盘空间',
    },
    report: {
      title: 'Installer Doctor 诊断结果',
      machine: '计算机：{{machine}}',
      simulated: '模拟计算机“{{scenario}}”',
      live: '这台电脑',
      symptom: '发生了什么：{{symptom}}',
      healthy: '没有发现会阻止安装的问题。',
      healthyWithNotes: '这台电脑没有损坏的地方。下面说明您看到的情况以及应该怎么做。',
      findingsHeading: '我们发现的问题（最可能的在前）：',
      fixes: '修复方法：{{fixes}}',
      tag: '【{{severity}}，{{confidence}}】',
      evidence: '判断依据：',
      probeError: '无法检查{{check}}：{{reason}}',
      recentFailures: '这台电脑最近的安装失败：',
      duration: '检查用时 {{ms}} 毫秒。',
    },
  },
  'zh-TW': {
    'not-admin': {
      title: '您的帳戶不是系統管理員',
      explanation:
        '您的 Windows 帳戶是標準使用者。為這台電腦所有使用者安裝的程式需要系統管理員核准。請讓知道系統管理員密碼的人啟動安裝，或讓我們透過系統管理員確認視窗來啟動。',
    },
    'filtered-admin-token': {
      title: '在您確認之前，安裝不會使用系統管理員權限',
      explanation:
        '您是系統管理員，但 Windows 會在您確認提示之前關閉這些權限。不要求權限的安裝（例如按兩下啟動的安裝）會以一般權限執行，可能因此失敗。',
    },
    'uac-disabled': {
      title: '使用者帳戶控制已關閉',
      explanation:
        '使用者帳戶控制（EnableLUA）已關閉。您以系統管理員身分啟動的每個程式都擁有全部權限，有些安裝程式在這種情況下行為不同。重新開啟會比較安全。',
    },
    'user-temp-missing': {
      title: '您的暫存資料夾不存在',
      explanation:
        'TEMP 設定指向 {{path}}，但它不存在或不是資料夾。Windows Installer 需要在那裡解壓縮檔案，因此安裝會因 1632 或 2503 等錯誤而停止。',
    },
    'user-temp-not-writable': {
      title: '無法寫入您的暫存資料夾',
      explanation: 'Installer Doctor 嘗試在 {{path}} 中建立檔案，但被 Windows 拒絕。安裝需要在那裡寫入檔案。',
    },
    'user-temp-system-access': {
      title: 'Windows Installer 服務無法使用您的暫存資料夾',
      explanation: '{{path}} 沒有給 SYSTEM 帳戶完全控制權限。Windows Installer 服務以 SYSTEM 身分運作，需要這個權限。',
    },
    'user-temp-risky-path': {
      title: '您的暫存資料夾位置不尋常',
      explanation:
        '您的 TEMP 資料夾（{{path}}）的設定方式經常導致安裝失敗：{{risks}}。放在本機磁碟、個人設定檔資料夾內的暫存資料夾最穩妥。',
    },
    'windows-temp-missing': {
      title: 'C:\\Windows\\Temp 不存在或不是資料夾',
      explanation:
        '{{path}} 應該是資料夾，但現在是 {{type}}。Windows Installer 服務把工作檔案放在那裡，因此所有安裝都會失敗（通常是 2503 和 2502，接著是 1603）。',
    },
    'windows-temp-acl': {
      title: 'C:\\Windows\\Temp 的權限已損壞',
      explanation:
        '{{path}} 的權限與 Windows 預設設定不同，Windows Installer 服務（SYSTEM）可能無法在那裡寫入。這是錯誤 2503 和 2502 最常見的原因。',
    },
    'installer-folder-missing': {
      title: 'Windows Installer 快取資料夾不存在',
      explanation:
        '{{path}} 不存在或不是資料夾。Windows 在那裡保存每個已安裝程式的安裝套件副本；沒有它，修復、更新和解除安裝都會要求提供原始安裝檔案。',
    },
    'installer-folder-acl': {
      title: 'Windows Installer 快取資料夾的權限不尋常',
      explanation:
        '{{path}} 的擁有者不是 SYSTEM 或 Administrators，或它們沒有完全控制權限。Windows Installer 可能會刪除並重新建立該資料夾，因而遺失已快取的安裝套件。',
    },
    'msiserver-missing': {
      title: 'Windows Installer 服務不存在',
      explanation: '這台電腦上沒有註冊 Windows Installer 服務（msiserver），因此無法安裝任何安裝套件（錯誤 1601）。',
    },
    'msiserver-disabled': {
      title: 'Windows Installer 服務已停用',
      explanation: 'Windows Installer 服務被設為「已停用」，安裝需要它時無法啟動（錯誤 1601）。',
    },
    'msiserver-misconfigured': {
      title: 'Windows Installer 服務的註冊資訊有誤',
      explanation:
        'Windows Installer 服務應以 LocalSystem 身分執行 %SystemRoot%\\system32\\msiexec.exe /V。這裡卻設定為以「{{account}}」身分執行「{{imagePath}}」。',
    },
    'disable-msi-policy': {
      title: '有原則關閉了 Windows Installer',
      explanation:
        'DisableMSI 原則的值為 {{value}}。值為 2 時，Windows Installer 拒絕所有安裝、修復和解除安裝；值為 1 時，拒絕沒有系統管理員權限、只為單一使用者進行的安裝（錯誤 1625）。此設定由您的 IT 管理員控制。',
    },
    'always-install-elevated': {
      title: '任何使用者都能以系統最高權限安裝程式',
      explanation:
        '電腦和您的帳戶都開啟了 AlwaysInstallElevated。這樣每個安裝套件都以 SYSTEM 權限安裝，任何程式都可能藉此控制這台電腦。Microsoft 強烈不建議這樣設定。',
    },
    'debug-policy-secrets': {
      title: '安裝記錄檔可能包含密碼',
      explanation:
        'Windows Installer 的 Debug 原則值為 {{value}}。在此設定下，安裝程式會把完整的命令列寫入記錄檔，包括安裝套件標示為隱藏的值，例如密碼。',
    },
    'disable-patch-policy': {
      title: '有原則封鎖了更新（修補程式）',
      explanation: 'DisablePatch 原則已開啟，Windows Installer 拒絕套用修補程式（.msp 檔案），會出現錯誤 1625。',
    },
    'disable-user-installs': {
      title: '有原則隱藏了只為單一使用者安裝的程式',
      explanation:
        'DisableUserInstalls 原則已開啟：Windows Installer 會忽略只為單一使用者安裝的程式。這些程式可能看起來安裝不完整或無法解除安裝。',
    },
    'disable-rollback-policy': {
      title: '安裝失敗後不會復原變更',
      explanation: 'DisableRollback 原則已開啟，安裝失敗時會留下部分變更，而不是把它們復原。',
    },
    'secure-repair-uac': {
      title: '修復現在需要系統管理員核准（2025 年 8 月 Windows 更新）',
      explanation:
        '自 2025 年 8 月的安全性更新起，程式自行修復時 Windows 會要求系統管理員核准。沒有核准時修復會失敗（通常是錯誤 1730），下次又會重新開始。受影響的產品：{{product}}。',
    },
    'installer-logging-off': {
      title: '安裝記錄未開啟',
      explanation:
        '對於沒有指定記錄檔的安裝，Windows Installer 不會寫入記錄。為下一次嘗試開啟記錄，我們就能找到失敗的確切原因。',
    },
    'installer-logging-left-on': {
      title: '安裝記錄已開啟',
      explanation: 'Logging 原則（{{mode}}）讓每次安裝都寫入記錄檔。疑難排解時很有用，但之後應該關閉。',
    },
    'install-in-progress': {
      title: '另一個安裝正在進行',
      explanation:
        'Windows Installer 一次只能進行一個安裝，而現在有另一個安裝正在進行：{{holder}}。請等它完成後再試（錯誤 1618）。',
    },
    'install-interrupted': {
      title: '先前的某個安裝沒有正常結束',
      explanation:
        '有一個安裝已經開始（{{holder}}），但 Windows 沒有記錄它的結束，而且它已不在執行。重新啟動電腦通常可以清除它留下的狀態。',
    },
    'pending-reboot': {
      title: 'Windows 正在等待重新啟動',
      explanation:
        '更新或先前的安裝需要重新啟動才能完成。在此之前，安裝可能失敗或要求重新啟動，有些檔案仍被鎖定或等待刪除（有 {{renames}} 個檔案作業在等待）。',
    },
    'recent-install-failures': {
      title: '這台電腦最近有安裝失敗',
      explanation: 'Windows 在過去 30 天內記錄了 {{count}} 次失敗的安裝或修復；最近一次：{{product}}，代碼 {{code}}。',
    },
    'recent-removal-failures': {
      title: '這台電腦最近有解除安裝失敗',
      explanation:
        'Windows 在過去 30 天內記錄了 {{count}} 次失敗的解除安裝；最近一次：{{product}}，代碼 {{code}}。解除安裝失敗會留下檔案和登錄項目。',
    },
    'self-repair-loop': {
      title: '某個程式不停地自行修復',
      explanation:
        'Windows Installer 已修復 {{product}} {{count}} 次，因為它的某個部分一再遺失（{{resource}}）。通常是清理工具或防毒軟體又把它刪除了。',
    },
    'installs-blocked-by-policy': {
      title: '安全性原則封鎖了安裝',
      explanation:
        'Windows 記錄了 {{count}} 次被軟體限制原則或鎖定原則拒絕的安裝。哪些安裝套件可以執行由您的 IT 管理員決定（錯誤 1625）。',
    },
    'cached-package-missing': {
      title: '已安裝程式的保存副本遺失',
      explanation:
        '有 {{count}} 個已安裝的程式（例如 {{product}}）在 C:\\Windows\\Installer 中已沒有保存的安裝套件。修復、更新或解除安裝它們時會要求提供原始檔案（錯誤 1612 和 1635）。',
    },
    'shell-folder-unresolvable': {
      title: '找不到某個個人資料夾',
      explanation:
        '您的「{{name}}」資料夾設定指向一個空白、無法使用或未設定的位置。Windows Installer 無法解析它（錯誤 2103）。',
    },
    'package-unreadable': {
      title: '無法開啟安裝套件',
      explanation: '{{path}} 不存在或無法讀取。',
    },
    'package-not-msi': {
      title: '此檔案不是 Windows Installer 安裝套件',
      explanation:
        '{{name}} 不是真正的 .msi 檔案（看起來是：{{kind}}）。下載出錯時，常常會把網頁存成安裝套件的名稱。請從廠商處重新下載（錯誤 1619/1620）。',
    },
    'package-damaged': {
      title: '安裝套件已損壞或不完整',
      explanation:
        '{{name}} 是 Windows Installer 安裝套件，但有一部分被截斷或損壞，通常是因為下載沒有完成。請重新下載。',
    },
    'package-on-network': {
      title: '安裝套件位於網路磁碟機上',
      explanation:
        '{{path}} 位於網路位置。Windows Installer 服務用自己的帳戶可能無法存取它。請先把安裝套件複製到本機資料夾。',
    },
    'package-encrypted': {
      title: '安裝套件已加密',
      explanation:
        '{{path}} 使用 EFS 加密，Windows Installer 服務無法讀取它（錯誤 2755 和 1603）。請把它複製到未加密的資料夾。',
    },
    'package-needs-admin': {
      title: '此安裝套件為所有使用者安裝，需要系統管理員',
      explanation:
        '{{name}} 會為這台電腦上的所有人安裝，而您目前沒有使用系統管理員權限。請在系統管理員核准下啟動它（否則會出現錯誤 1925）。',
    },
    'package-schema-too-new': {
      title: '安裝套件需要較新版本的 Windows Installer',
      explanation:
        '{{name}} 需要 Windows Installer {{needed}}，但這台電腦上的版本是 {{installed}}（錯誤 1613）。請向廠商索取適用於您的 Windows 的安裝套件。',
    },
    'low-disk-space': {
      title: '系統磁碟空間快滿了',
      explanation: '{{drive}} 上只剩 {{free}} 可用空間。安裝需要空間來存放程式、安裝套件的保存副本和復原檔案。',
    },
    evidence: {
      adminGroup: '登入中的 Administrators 群組',
      integrity: '本應用程式的權限等級',
      uac: '使用者帳戶控制設定',
      folder: '資料夾 {{path}}',
      acl: '{{path}} 的權限',
      missingDefaults: '缺少的標準權限',
      denies: '拒絕存取的項目',
      writeTest: '寫入測試',
      tempVariables: 'TEMP 和 TMP 設定',
      tempRisks: '不尋常之處',
      service: 'Windows Installer 服務',
      policyValue: '原則設定',
      selfRepair: '修復事件',
      os: 'Windows 版本',
      serviceBusy: '服務狀態',
      process: '正在執行的安裝處理程序 {{pid}}',
      transaction: '安裝交易',
      inProgressKey: '正在安裝的標記',
      rebootMarker: '重新啟動標記',
      fileRenames: '等待重新啟動的檔案作業（{{count}}）',
      rebootRequest: '重新啟動要求',
      failure: '{{product}} 的失敗記錄',
      policyBlock: '被原則封鎖',
      missingPackage: '{{product}} 遺失的保存安裝套件',
      shellFolder: '資料夾設定「{{name}}」',
      package: '安裝套件檔案',
      packageKind: '檔案內容',
      packageScope: '安裝範圍',
      packageSchema: '所需的安裝程式版本',
      freeSpace: '{{drive}} 的可用空間',
    },
    severity: {
      critical: '嚴重',
      error: '問題',
      warning: '警告',
      info: '提示',
    },
    confidence: {
      high: '很可能',
      medium: '可能',
      low: '也許',
    },
    checks: {
      'token-uac': '您的帳戶和使用者帳戶控制',
      'user-temp': '您的暫存資料夾',
      'windows-temp': 'C:\\Windows\\Temp',
      'installer-folder': 'Windows Installer 快取資料夾',
      msiserver: 'Windows Installer 服務',
      'installer-policies': 'Windows Installer 原則',
      'install-in-progress': '正在進行的安裝',
      'pending-reboot': '等待中的重新啟動',
      'event-log': '安裝程式事件記錄',
      'cached-packages': '已安裝程式的保存副本',
      'shell-folders': '您的個人資料夾',
      package: '安裝套件',
      'system-info': 'Windows 版本和磁碟空間',
    },
    report: {
      title: 'Installer Doctor 診斷結果',
      machine: '電腦：{{machine}}',
      simulated: '模擬電腦「{{scenario}}」',
      live: '這台電腦',
      symptom: '發生了什麼：{{symptom}}',
      healthy: '沒有發現會阻止安裝的問題。',
      healthyWithNotes: '這台電腦沒有損壞的地方。下面說明您看到的情況以及應該怎麼做。',
      findingsHeading: '我們發現的問題（最可能的在前）：',
      fixes: '修復方法：{{fixes}}',
      tag: '【{{severity}}，{{confidence}}】',
      evidence: '判斷依據：',
      probeError: '無法檢查{{check}}：{{reason}}',
      recentFailures: '這台電腦最近的安裝失敗：',
      duration: '檢查用時 {{ms}} 毫秒。',
    },
  },
});
