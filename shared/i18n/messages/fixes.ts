import { defineMessages } from '../define-messages';

/** Fix texts: titles, descriptions, steps, risk, backups, outcomes, exit codes. Keys used by electron/engine/fixes. */
export const fixes = defineMessages({
  en: {
    outcome: {
      applied: 'Done',
      cancelled: 'Cancelled',
      failed: 'It did not work',
      planned: 'Only planned: nothing was changed',
      declined: 'You said No to the administrator prompt. Nothing was changed.',
    },
    verified: {
      yes: 'Checked again: the problem is gone.',
      no: 'Checked again: the problem is still there.',
      unknown: 'This can only be checked later.',
    },
    admin: {
      systemFolder: 'Needs administrator rights: C:\\Windows\\Temp belongs to the system.',
      takeOwnership:
        'Needs administrator rights: the folder belongs to another account, so it must be taken back first.',
      machinePolicy: 'Needs administrator rights: this is a policy for the whole PC.',
      service: 'Needs administrator rights: Windows services can only be changed by an administrator.',
      install: 'Needs administrator rights: the package installs for the whole PC.',
    },
    risk: {
      tempAcl: 'Low risk: only the permissions of a temporary folder change, and they can be put back.',
      logging: 'Low risk: installs write a detailed log to %TEMP% until you turn it off again.',
      alwaysInstallElevated:
        'Medium risk: software that relied on this unsafe setting will ask for an administrator again.',
      service: 'Low risk: the Windows Installer service is registered again with its normal settings.',
      restart: 'Medium risk: the PC restarts in 60 seconds. Save your work first. To cancel, run shutdown /a.',
      install:
        'Medium risk: the program is installed or repaired. An install cannot be undone here: remove it in Settings > Apps if needed.',
      none: 'No risk: nothing on this PC is changed.',
    },
    backup: {
      acl: 'The current permissions of {{path}} are saved in the journal ({{acl}}).',
      aclLimits:
        'Like icacls /save, only the access list (DACL) and the owner are saved, not the audit settings (SACL) or the integrity label.',
      movedAside: 'The file in the way is kept: it is moved to {{aside}}, never deleted.',
      registry: 'The current value of {{where}} is saved: {{value}}.',
      service: 'The service settings are saved: start type {{startType}}, program {{imagePath}}, account {{account}}.',
      serviceLimits: 'Only these three settings are saved, not the service permissions or recovery options.',
    },
    undoNote: {
      revertLogging: 'Turn it off again when you are done: use Undo, or the fix "Turn off installer logging".',
      restart: 'A restart cannot be undone.',
      install: 'The install itself cannot be undone here. The log is kept.',
    },
    refusal: {
      notApplicable: 'This fix does not apply to this PC: the problem it repairs was not found.',
      alreadyDone: 'Nothing to do: this is already set.',
      needsPackage: 'Choose the .msi file to install first.',
      notAnMsi: 'This file is not a Windows Installer package (.msi).',
      packageMissing: 'The package file was not found.',
      nothingRunning: 'No other install is running right now.',
      serviceMissing:
        'The Windows Installer service is not registered on this PC, so it cannot be reset. Windows needs to be repaired (DISM / sfc).',
    },
    unsafePath: {
      empty: 'The path is empty.',
      quote: 'The path contains a double quote ("), which Windows Installer cannot accept.',
      control: 'The path contains a control character, such as a line break.',
      tooLong:
        'The path has 260 characters or more, which Windows Installer does not support. Move the file to a shorter folder.',
      devicePath: 'Paths that start with \\\\?\\ or \\\\.\\ are not supported by Windows Installer.',
      relative: 'The path must be complete, starting with a drive letter (C:\\) or a network path (\\\\server\\share).',
      notNormalized: 'The path contains "." or ".." parts, forward slashes or doubled separators.',
      alternateStream: 'The path names a hidden data stream (a ":" after the drive).',
      reservedChar: 'The path contains a character that file names cannot have (< > | ? *).',
      deviceName: 'A part of the path is a reserved device name (CON, PRN, AUX, NUL, COM1-9, LPT1-9).',
      trailingDotOrSpace: 'A part of the path ends with a dot or a space, which Windows would silently remove.',
      trailingBackslash: 'The path ends with a backslash, so it does not name a file.',
    },
    exit: {
      '0': 'The install finished successfully.',
      '3010': 'The install finished. Restart the PC to complete it.',
      '1641': 'The install finished and the installer is restarting the PC.',
      '1602': 'The install was cancelled in the installer window.',
      '1223':
        'You said No to the administrator prompt, so the install did not start. This is not an error: try again when you are ready.',
      '1618': 'Another install is still running. Wait for it to finish, then try again.',
      '1603': 'The install failed. The log shows the cause below.',
      '1601': 'The Windows Installer service could not be reached.',
      '1619': 'The package could not be opened: it is missing, damaged, or not an .msi file.',
      '1625': 'A policy on this PC forbids this install.',
      '1612': 'The original installation files are needed and could not be found.',
      '1638': 'Another version of this program is already installed. Remove it first.',
      other: 'The install ended with error {{code}}. The log shows more below.',
    },
    step: {
      createFolder: 'Create the folder {{path}}',
      moveAside: 'Move the file that stands in place of {{path}} to {{aside}} (kept, not deleted)',
      setDefaultAcl: "Give {{path}} Windows' default permissions",
      setLoggingPolicy: 'Turn on detailed installer logging ({{where}} = {{value}})',
      restoreLoggingPolicy: 'Put the logging setting back as it was before Installer Doctor changed it on {{when}}',
      deleteLoggingPolicy: 'Turn off installer logging (remove {{where}})',
      deleteDebugPolicy: 'Turn off installer debug logging (remove {{where}})',
      deleteAlwaysInstallElevated: {
        HKLM: 'Remove the unsafe "always install as administrator" setting for the PC ({{where}})',
        HKCU: 'Remove the same setting for your account ({{where}})',
      },
      serviceManual: 'Set the Windows Installer service back to start when needed',
      reregister: 'Register the Windows Installer service again (msiexec /unregister, then /regserver)',
      restart: 'Restart the PC in {{seconds}} seconds',
      identifyHolder: 'Another install is running: process {{pid}}, package {{package}}',
      waitForHolder: 'Wait until it finishes (checked every few seconds; nothing is stopped)',
      findOriginalMedia: 'Find the original setup file of {{product}} {{version}} (it was installed from {{source}})',
      repairFromMedia: 'Repair {{product}} {{version}} from that file: the installer then caches it again',
      createAppFolder: 'Create the Installer Doctor folder {{path}}',
      createLogFolder: 'Create the log folder {{path}}',
      createRedirectFolder: 'Create a fresh temporary folder {{path}} for this one install',
      msiexec: {
        install: 'Install {{package}} as administrator, with a detailed log in {{log}}',
        repair: 'Repair {{package}} as administrator, with a detailed log in {{log}}',
        reinstall: 'Reinstall {{package}} as administrator, with a detailed log in {{log}}',
      },
      msiexecRedirected:
        'Install {{package}} with TEMP and TMP pointing to {{temp}} for this install only, with a detailed log in {{log}}',
      removeRedirectFolder: 'Remove the temporary folder {{path}} again (only if it is empty)',
    },
    repairWindowsTemp: {
      title: 'Repair the Windows temporary folder',
      description: {
        missing:
          '{{path}} is missing. Windows Installer needs it for every install. It will be created with its default permissions.',
        file: 'A file stands where the folder {{path}} should be. The file is moved aside and the folder is created with its default permissions.',
        acl: 'The permissions of {{path}} were changed, so Windows Installer cannot write its install script there (errors 2503 and 2502). They are set back to the Windows default.',
      },
    },
    repairUserTemp: {
      title: 'Repair your temporary folder',
      description: {
        missing: 'Your temporary folder {{path}} is missing. It will be created.',
        file: 'A file stands where your temporary folder {{path}} should be. The file is moved aside and the folder is created.',
        acl: 'You cannot write to your temporary folder {{path}}. Its permissions are set back to the ones it normally inherits.',
      },
    },
    tempRedirectInstall: {
      title: 'Install once with a fresh temporary folder',
      description:
        'Runs this one install with TEMP and TMP pointing to a new, empty folder, then removes that folder. Your settings are not changed.',
    },
    elevatedInstall: {
      title: 'Install as administrator, with a log',
      description: {
        install:
          'Installs {{package}} as administrator (you will see one Windows prompt) and writes a detailed log to {{log}}. Afterwards the log is read and the result explained.',
        repair:
          'Repairs {{package}} as administrator and writes a detailed log to {{log}}. Afterwards the log is read and the result explained.',
        reinstall:
          'Reinstalls {{package}} as administrator, replacing all its files, and writes a detailed log to {{log}}. Afterwards the log is read and the result explained.',
      },
    },
    resetMsiserver: {
      title: 'Reset the Windows Installer service',
      description:
        'The Windows Installer service is disabled or set up wrongly. It is set back to start when needed and registered again.',
    },
    waitForInstall: {
      title: 'Wait for the other install to finish',
      description:
        'Another install is running ({{count}}), so a new one fails with error 1618. Installer Doctor shows which one and tells you when it has finished. Nothing is stopped.',
    },
    enableInstallerLogging: {
      title: 'Turn on detailed installer logging',
      description:
        'Every install will write a detailed log ("{{mode}}") to your temporary folder, so the next failure can be explained. Turn it off again afterwards.',
    },
    disableInstallerLogging: {
      title: 'Turn off installer logging',
      description:
        'Installer logging was left on. It fills the temporary folder and can record sensitive values. It is turned off.',
      descriptionRestore:
        'Installer Doctor turned on installer logging earlier. The setting is put back exactly as it was before.',
    },
    removeAlwaysInstallElevated: {
      title: 'Remove "always install as administrator"',
      description:
        'The AlwaysInstallElevated setting lets any program install with full system rights, which Microsoft strongly advises against. It is removed.',
    },
    restartForPendingRenames: {
      title: 'Restart to finish pending changes',
      description:
        'Windows is waiting for a restart to finish replacing files ({{reasons}}). Installs may fail or ask to restart until then.',
    },
    missingPackageGuidance: {
      title: 'Find the original setup file',
      description:
        'Windows keeps a copy of each installed package; {{count}} of them are missing, so repairs and updates ask for the original file. Nothing is changed here: follow the steps with the original file.',
    },
  },
  'zh-CN': {
    outcome: {
      applied: '已完成',
      cancelled: '已取消',
      failed: '没有成功',
      planned: '仅为计划：没有做任何更改',
      declined: '您在管理员确认窗口中选择了“否”。没有做任何更改。',
    },
    verified: { yes: '已重新检查：问题已解决。', no: '已重新检查：问题仍然存在。', unknown: '这只能稍后再检查。' },
    admin: {
      systemFolder: '需要管理员权限：C:\\Windows\\Temp 属于系统。',
      takeOwnership: '需要管理员权限：该文件夹属于另一个账户，需要先取回所有权。',
      machinePolicy: '需要管理员权限：这是整台电脑的策略。',
      service: '需要管理员权限：只有管理员才能更改 Windows 服务。',
      install: '需要管理员权限：该安装包会为整台电脑安装。',
    },
    risk: {
      tempAcl: '风险低：只更改一个临时文件夹的权限，并且可以还原。',
      logging: '风险低：在您关闭之前，每次安装都会在 %TEMP% 中写入详细日志。',
      alwaysInstallElevated: '风险中等：依赖这个不安全设置的软件以后会重新要求管理员权限。',
      service: '风险低：Windows Installer 服务会按正常设置重新注册。',
      restart: '风险中等：电脑将在 60 秒后重启。请先保存您的工作。要取消，请运行 shutdown /a。',
      install: '风险中等：程序会被安装或修复。安装无法在这里撤销；如有需要，请在“设置 > 应用”中卸载。',
      none: '没有风险：不会更改这台电脑上的任何内容。',
    },
    backup: {
      acl: '{{path}} 当前的权限已保存在日志中（{{acl}}）。',
      aclLimits: '与 icacls /save 一样，只保存访问列表（DACL）和所有者，不保存审核设置（SACL）和完整性级别。',
      movedAside: '挡路的文件会被保留：它被移动到 {{aside}}，绝不会被删除。',
      registry: '{{where}} 的当前值已保存：{{value}}。',
      service: '服务设置已保存：启动类型 {{startType}}，程序 {{imagePath}}，账户 {{account}}。',
      serviceLimits: '只保存这三项设置，不保存服务权限和恢复选项。',
    },
    undoNote: {
      revertLogging: '用完后请再关闭：使用“撤销”，或使用“关闭安装日志”修复。',
      restart: '重启无法撤销。',
      install: '安装本身无法在这里撤销。日志会保留。',
    },
    refusal: {
      notApplicable: '此修复不适用于这台电脑：没有发现它要修复的问题。',
      alreadyDone: '无需操作：已经是这样设置的。',
      needsPackage: '请先选择要安装的 .msi 文件。',
      notAnMsi: '此文件不是 Windows Installer 安装包（.msi）。',
      packageMissing: '找不到安装包文件。',
      nothingRunning: '目前没有其他安装正在进行。',
      serviceMissing: '这台电脑上没有注册 Windows Installer 服务，因此无法重置。需要修复 Windows（DISM / sfc）。',
    },
    unsafePath: {
      empty: '路径为空。',
      quote: '路径中含有双引号（"），Windows Installer 无法接受。',
      control: '路径中含有控制字符，例如换行符。',
      tooLong: '路径长度达到 260 个字符或更长，Windows Installer 不支持。请把文件移到路径更短的文件夹。',
      devicePath: 'Windows Installer 不支持以 \\\\?\\ 或 \\\\.\\ 开头的路径。',
      relative: '路径必须完整，以盘符（C:\\）或网络路径（\\\\server\\share）开头。',
      notNormalized: '路径中含有“.”或“..”部分、正斜杠或重复的分隔符。',
      alternateStream: '路径指向隐藏的数据流（盘符后面还有“:”）。',
      reservedChar: '路径中含有文件名不允许的字符（< > | ? *）。',
      deviceName: '路径中有一部分是保留的设备名（CON、PRN、AUX、NUL、COM1-9、LPT1-9）。',
      trailingDotOrSpace: '路径中有一部分以句点或空格结尾，Windows 会悄悄去掉它们。',
      trailingBackslash: '路径以反斜杠结尾，因此不是一个文件。',
    },
    exit: {
      '0': '安装已成功完成。',
      '3010': '安装已完成。请重启电脑以完成安装。',
      '1641': '安装已完成，安装程序正在重启电脑。',
      '1602': '安装在安装程序窗口中被取消了。',
      '1223': '您在管理员确认窗口中选择了“否”，因此安装没有开始。这不是错误：准备好后再试一次即可。',
      '1618': '另一个安装仍在进行中。请等它完成后再试。',
      '1603': '安装失败。下面是日志中显示的原因。',
      '1601': '无法连接到 Windows Installer 服务。',
      '1619': '无法打开安装包：文件不存在、已损坏，或者不是 .msi 文件。',
      '1625': '这台电脑上的策略禁止此安装。',
      '1612': '需要原始安装文件，但找不到它。',
      '1638': '已经安装了此程序的另一个版本。请先将其卸载。',
      other: '安装以错误 {{code}} 结束。下面的日志中有更多信息。',
    },
    step: {
      createFolder: '创建文件夹 {{path}}',
      moveAside: '把占据 {{path}} 位置的文件移动到 {{aside}}（保留，不删除）',
      setDefaultAcl: '为 {{path}} 设置 Windows 的默认权限',
      setLoggingPolicy: '打开详细的安装日志（{{where}} = {{value}}）',
      restoreLoggingPolicy: '把日志设置恢复为 Installer Doctor 在 {{when}} 更改之前的样子',
      deleteLoggingPolicy: '关闭安装日志（删除 {{where}}）',
      deleteDebugPolicy: '关闭安装调试日志（删除 {{where}}）',
      deleteAlwaysInstallElevated: {
        HKLM: '删除整台电脑上不安全的“始终以管理员身份安装”设置（{{where}}）',
        HKCU: '删除您账户下的同一设置（{{where}}）',
      },
      serviceManual: '把 Windows Installer 服务改回“需要时启动”',
      reregister: '重新注册 Windows Installer 服务（先 msiexec /unregister，再 /regserver）',
      restart: '{{seconds}} 秒后重启电脑',
      identifyHolder: '另一个安装正在进行：进程 {{pid}}，安装包 {{package}}',
      waitForHolder: '等待它完成（每隔几秒检查一次；不会停止任何程序）',
      findOriginalMedia: '找到 {{product}} {{version}} 的原始安装文件（当初是从 {{source}} 安装的）',
      repairFromMedia: '用该文件修复 {{product}} {{version}}：安装程序会重新缓存它',
      createAppFolder: '创建 Installer Doctor 文件夹 {{path}}',
      createLogFolder: '创建日志文件夹 {{path}}',
      createRedirectFolder: '为这一次安装创建一个新的临时文件夹 {{path}}',
      msiexec: {
        install: '以管理员身份安装 {{package}}，详细日志写入 {{log}}',
        repair: '以管理员身份修复 {{package}}，详细日志写入 {{log}}',
        reinstall: '以管理员身份重新安装 {{package}}，详细日志写入 {{log}}',
      },
      msiexecRedirected: '安装 {{package}}，仅在这次安装中把 TEMP 和 TMP 指向 {{temp}}，详细日志写入 {{log}}',
      removeRedirectFolder: '再删除临时文件夹 {{path}}（仅当它为空时）',
    },
    repairWindowsTemp: {
      title: '修复 Windows 临时文件夹',
      description: {
        missing: '{{path}} 不存在。每次安装 Windows Installer 都需要它。将以默认权限重新创建它。',
        file: '在文件夹 {{path}} 的位置上有一个文件。该文件会被移开，并以默认权限创建文件夹。',
        acl: '{{path}} 的权限被改动过，Windows Installer 无法在其中写入安装脚本（错误 2503 和 2502）。将把权限恢复为 Windows 默认值。',
      },
    },
    repairUserTemp: {
      title: '修复您的临时文件夹',
      description: {
        missing: '您的临时文件夹 {{path}} 不存在。将重新创建它。',
        file: '在您的临时文件夹 {{path}} 的位置上有一个文件。该文件会被移开，并创建文件夹。',
        acl: '您无法写入临时文件夹 {{path}}。将把它的权限恢复为通常继承的权限。',
      },
    },
    tempRedirectInstall: {
      title: '用新的临时文件夹安装一次',
      description: '这一次安装会把 TEMP 和 TMP 指向一个新的空文件夹，完成后再删除该文件夹。您的设置不会被更改。',
    },
    elevatedInstall: {
      title: '以管理员身份安装，并记录日志',
      description: {
        install:
          '以管理员身份安装 {{package}}（您会看到一次 Windows 确认窗口），并把详细日志写入 {{log}}。完成后会读取日志并解释结果。',
        repair: '以管理员身份修复 {{package}}，并把详细日志写入 {{log}}。完成后会读取日志并解释结果。',
        reinstall:
          '以管理员身份重新安装 {{package}}，替换它的所有文件，并把详细日志写入 {{log}}。完成后会读取日志并解释结果。',
      },
    },
    resetMsiserver: {
      title: '重置 Windows Installer 服务',
      description: 'Windows Installer 服务被禁用或设置有误。将把它改回“需要时启动”并重新注册。',
    },
    waitForInstall: {
      title: '等待另一个安装完成',
      description:
        '另一个安装正在进行（{{count}} 个），所以新的安装会以错误 1618 失败。Installer Doctor 会显示是哪一个，并在它完成时告诉您。不会停止任何程序。',
    },
    enableInstallerLogging: {
      title: '打开详细的安装日志',
      description:
        '以后每次安装都会在您的临时文件夹中写入详细日志（“{{mode}}”），以便解释下一次失败的原因。用完后请再关闭。',
    },
    disableInstallerLogging: {
      title: '关闭安装日志',
      description: '安装日志一直开着。它会占满临时文件夹，还可能记录敏感信息。将把它关闭。',
      descriptionRestore: 'Installer Doctor 之前打开了安装日志。将把设置完全恢复为之前的样子。',
    },
    removeAlwaysInstallElevated: {
      title: '删除“始终以管理员身份安装”',
      description: 'AlwaysInstallElevated 设置允许任何程序以完整的系统权限安装，微软强烈不建议这样做。将删除该设置。',
    },
    restartForPendingRenames: {
      title: '重启以完成待处理的更改',
      description: 'Windows 正在等待重启以完成文件替换（{{reasons}}）。在此之前，安装可能会失败或要求重启。',
    },
    missingPackageGuidance: {
      title: '找到原始安装文件',
      description:
        'Windows 会为每个已安装的程序保留一份安装包；其中有 {{count}} 个丢失了，所以修复和更新时会要求提供原始文件。这里不做任何更改：请拿着原始文件按步骤操作。',
    },
  },
  'zh-TW': {
    outcome: {
      applied: '已完成',
      cancelled: '已取消',
      failed: '沒有成功',
      planned: '僅為計畫：沒有做任何變更',
      declined: '您在系統管理員確認視窗中選了「否」。沒有做任何變更。',
    },
    verified: { yes: '已重新檢查：問題已解決。', no: '已重新檢查：問題仍然存在。', unknown: '這只能稍後再檢查。' },
    admin: {
      systemFolder: '需要系統管理員權限：C:\\Windows\\Temp 屬於系統。',
      takeOwnership: '需要系統管理員權限：該資料夾屬於另一個帳戶，必須先取回擁有權。',
      machinePolicy: '需要系統管理員權限：這是整台電腦的原則。',
      service: '需要系統管理員權限：只有系統管理員才能變更 Windows 服務。',
      install: '需要系統管理員權限：此安裝套件會為整台電腦安裝。',
    },
    risk: {
      tempAcl: '風險低：只變更一個暫存資料夾的權限，而且可以還原。',
      logging: '風險低：在您關閉之前，每次安裝都會在 %TEMP% 寫入詳細記錄。',
      alwaysInstallElevated: '風險中等：依賴這個不安全設定的軟體之後會再次要求系統管理員權限。',
      service: '風險低：Windows Installer 服務會以正常設定重新註冊。',
      restart: '風險中等：電腦將在 60 秒後重新啟動。請先儲存您的工作。要取消，請執行 shutdown /a。',
      install: '風險中等：程式會被安裝或修復。安裝無法在這裡復原；如有需要，請在「設定 > 應用程式」中解除安裝。',
      none: '沒有風險：不會變更這台電腦上的任何內容。',
    },
    backup: {
      acl: '{{path}} 目前的權限已儲存在日誌中（{{acl}}）。',
      aclLimits: '和 icacls /save 一樣，只儲存存取清單（DACL）和擁有者，不儲存稽核設定（SACL）和完整性層級。',
      movedAside: '擋路的檔案會被保留：它會被移到 {{aside}}，絕不會被刪除。',
      registry: '{{where}} 目前的值已儲存：{{value}}。',
      service: '服務設定已儲存：啟動類型 {{startType}}、程式 {{imagePath}}、帳戶 {{account}}。',
      serviceLimits: '只儲存這三項設定，不儲存服務權限和復原選項。',
    },
    undoNote: {
      revertLogging: '用完後請再關閉：使用「復原」，或使用「關閉安裝記錄」修正。',
      restart: '重新啟動無法復原。',
      install: '安裝本身無法在這裡復原。記錄檔會保留。',
    },
    refusal: {
      notApplicable: '此修正不適用於這台電腦：沒有發現它要修正的問題。',
      alreadyDone: '不需要動作：已經是這樣設定的。',
      needsPackage: '請先選擇要安裝的 .msi 檔案。',
      notAnMsi: '此檔案不是 Windows Installer 安裝套件（.msi）。',
      packageMissing: '找不到安裝套件檔案。',
      nothingRunning: '目前沒有其他安裝正在進行。',
      serviceMissing: '這台電腦上沒有註冊 Windows Installer 服務，因此無法重設。需要修復 Windows（DISM / sfc）。',
    },
    unsafePath: {
      empty: '路徑是空的。',
      quote: '路徑中含有雙引號（"），Windows Installer 無法接受。',
      control: '路徑中含有控制字元，例如換行。',
      tooLong: '路徑長度達到 260 個字元以上，Windows Installer 不支援。請把檔案移到路徑較短的資料夾。',
      devicePath: 'Windows Installer 不支援以 \\\\?\\ 或 \\\\.\\ 開頭的路徑。',
      relative: '路徑必須完整，以磁碟機代號（C:\\）或網路路徑（\\\\server\\share）開頭。',
      notNormalized: '路徑中含有「.」或「..」部分、正斜線或重複的分隔符號。',
      alternateStream: '路徑指向隱藏的資料流（磁碟機代號後面還有「:」）。',
      reservedChar: '路徑中含有檔名不允許的字元（< > | ? *）。',
      deviceName: '路徑中有一部分是保留的裝置名稱（CON、PRN、AUX、NUL、COM1-9、LPT1-9）。',
      trailingDotOrSpace: '路徑中有一部分以句點或空格結尾，Windows 會默默去掉它們。',
      trailingBackslash: '路徑以反斜線結尾，因此不是一個檔案。',
    },
    exit: {
      '0': '安裝已順利完成。',
      '3010': '安裝已完成。請重新啟動電腦以完成安裝。',
      '1641': '安裝已完成，安裝程式正在重新啟動電腦。',
      '1602': '安裝在安裝程式視窗中被取消了。',
      '1223': '您在系統管理員確認視窗中選了「否」，所以安裝沒有開始。這不是錯誤：準備好後再試一次即可。',
      '1618': '另一個安裝仍在進行中。請等它完成後再試。',
      '1603': '安裝失敗。下面是記錄檔中顯示的原因。',
      '1601': '無法連線到 Windows Installer 服務。',
      '1619': '無法開啟安裝套件：檔案不存在、已損毀，或不是 .msi 檔案。',
      '1625': '這台電腦上的原則禁止此安裝。',
      '1612': '需要原始安裝檔案，但找不到它。',
      '1638': '已經安裝了此程式的另一個版本。請先將它解除安裝。',
      other: '安裝以錯誤 {{code}} 結束。下面的記錄檔中有更多資訊。',
    },
    step: {
      createFolder: '建立資料夾 {{path}}',
      moveAside: '把佔據 {{path}} 位置的檔案移到 {{aside}}（保留，不刪除）',
      setDefaultAcl: '為 {{path}} 設定 Windows 的預設權限',
      setLoggingPolicy: '開啟詳細的安裝記錄（{{where}} = {{value}}）',
      restoreLoggingPolicy: '把記錄設定還原成 Installer Doctor 在 {{when}} 變更之前的樣子',
      deleteLoggingPolicy: '關閉安裝記錄（刪除 {{where}}）',
      deleteDebugPolicy: '關閉安裝偵錯記錄（刪除 {{where}}）',
      deleteAlwaysInstallElevated: {
        HKLM: '刪除整台電腦上不安全的「一律以系統管理員身分安裝」設定（{{where}}）',
        HKCU: '刪除您帳戶下的同一設定（{{where}}）',
      },
      serviceManual: '把 Windows Installer 服務改回「需要時啟動」',
      reregister: '重新註冊 Windows Installer 服務（先 msiexec /unregister，再 /regserver）',
      restart: '{{seconds}} 秒後重新啟動電腦',
      identifyHolder: '另一個安裝正在進行：處理程序 {{pid}}，安裝套件 {{package}}',
      waitForHolder: '等它完成（每隔幾秒檢查一次；不會停止任何程式）',
      findOriginalMedia: '找到 {{product}} {{version}} 的原始安裝檔（當初是從 {{source}} 安裝的）',
      repairFromMedia: '用該檔案修復 {{product}} {{version}}：安裝程式會重新快取它',
      createAppFolder: '建立 Installer Doctor 資料夾 {{path}}',
      createLogFolder: '建立記錄資料夾 {{path}}',
      createRedirectFolder: '為這一次安裝建立新的暫存資料夾 {{path}}',
      msiexec: {
        install: '以系統管理員身分安裝 {{package}}，詳細記錄寫入 {{log}}',
        repair: '以系統管理員身分修復 {{package}}，詳細記錄寫入 {{log}}',
        reinstall: '以系統管理員身分重新安裝 {{package}}，詳細記錄寫入 {{log}}',
      },
      msiexecRedirected: '安裝 {{package}}，僅在這次安裝中把 TEMP 和 TMP 指向 {{temp}}，詳細記錄寫入 {{log}}',
      removeRedirectFolder: '再刪除暫存資料夾 {{path}}（僅當它是空的）',
    },
    repairWindowsTemp: {
      title: '修復 Windows 暫存資料夾',
      description: {
        missing: '{{path}} 不存在。每次安裝 Windows Installer 都需要它。將以預設權限重新建立。',
        file: '在資料夾 {{path}} 的位置上有一個檔案。該檔案會被移開，並以預設權限建立資料夾。',
        acl: '{{path}} 的權限被改過，Windows Installer 無法在其中寫入安裝指令碼（錯誤 2503 和 2502）。將把權限還原為 Windows 預設值。',
      },
    },
    repairUserTemp: {
      title: '修復您的暫存資料夾',
      description: {
        missing: '您的暫存資料夾 {{path}} 不存在。將重新建立。',
        file: '在您的暫存資料夾 {{path}} 的位置上有一個檔案。該檔案會被移開，並建立資料夾。',
        acl: '您無法寫入暫存資料夾 {{path}}。將把它的權限還原為通常繼承的權限。',
      },
    },
    tempRedirectInstall: {
      title: '用新的暫存資料夾安裝一次',
      description: '這一次安裝會把 TEMP 和 TMP 指向一個新的空資料夾，完成後再刪除該資料夾。您的設定不會被變更。',
    },
    elevatedInstall: {
      title: '以系統管理員身分安裝，並留下記錄',
      description: {
        install:
          '以系統管理員身分安裝 {{package}}（您會看到一次 Windows 確認視窗），並把詳細記錄寫入 {{log}}。完成後會讀取記錄並說明結果。',
        repair: '以系統管理員身分修復 {{package}}，並把詳細記錄寫入 {{log}}。完成後會讀取記錄並說明結果。',
        reinstall:
          '以系統管理員身分重新安裝 {{package}}，取代它的所有檔案，並把詳細記錄寫入 {{log}}。完成後會讀取記錄並說明結果。',
      },
    },
    resetMsiserver: {
      title: '重設 Windows Installer 服務',
      description: 'Windows Installer 服務被停用或設定錯誤。將把它改回「需要時啟動」並重新註冊。',
    },
    waitForInstall: {
      title: '等待另一個安裝完成',
      description:
        '另一個安裝正在進行（{{count}} 個），所以新的安裝會以錯誤 1618 失敗。Installer Doctor 會顯示是哪一個，並在它完成時通知您。不會停止任何程式。',
    },
    enableInstallerLogging: {
      title: '開啟詳細的安裝記錄',
      description:
        '之後每次安裝都會在您的暫存資料夾寫入詳細記錄（「{{mode}}」），以便說明下一次失敗的原因。用完後請再關閉。',
    },
    disableInstallerLogging: {
      title: '關閉安裝記錄',
      description: '安裝記錄一直開著。它會塞滿暫存資料夾，也可能記錄敏感資訊。將把它關閉。',
      descriptionRestore: 'Installer Doctor 之前開啟了安裝記錄。將把設定完全還原成之前的樣子。',
    },
    removeAlwaysInstallElevated: {
      title: '刪除「一律以系統管理員身分安裝」',
      description:
        'AlwaysInstallElevated 設定讓任何程式都能以完整的系統權限安裝，Microsoft 強烈建議不要這樣做。將刪除此設定。',
    },
    restartForPendingRenames: {
      title: '重新啟動以完成待處理的變更',
      description: 'Windows 正在等待重新啟動以完成檔案取代（{{reasons}}）。在此之前，安裝可能會失敗或要求重新啟動。',
    },
    missingPackageGuidance: {
      title: '找到原始安裝檔',
      description:
        'Windows 會為每個已安裝的程式保留一份安裝套件；其中有 {{count}} 份遺失了，所以修復和更新時會要求提供原始檔案。這裡不做任何變更：請拿著原始檔案依步驟操作。',
    },
  },
});
