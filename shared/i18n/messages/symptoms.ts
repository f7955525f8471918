/**
 * Symptom cards and wizard questions: the card title, a recognisable paraphrase of the dialog users
 * actually see (Chinese wording after Windows Installer's own zh-CN / zh-TW strings) and a plain-words
 * description. Keys follow SYMPTOM_IDS; shared/symptoms/questions.ts refers to them.
 */
import { defineMessages } from '../define-messages';

export const symptoms = defineMessages({
  en: {
    questions: {
      whatHappened: 'What happened when you tried to install?',
      errorCode: 'Do you have an error code? Type the number.',
    },
    cards: {
      '2503': {
        title: 'Error 2503 or 2502',
        dialog:
          'The installer hit an unexpected error while installing this package. The error code is 2503 (or 2502).',
        description: 'A message box with an "unexpected error" and code 2503 or 2502, often followed by a second one.',
      },
      '1603': {
        title: 'Fatal error during installation (1603)',
        dialog: 'A fatal error occurred during installation.',
        description: 'The install ran for a while, then stopped with a fatal error and undid its changes.',
      },
      '1618': {
        title: 'Another installation is in progress (1618)',
        dialog: 'Another installation is already in progress. Finish that one before starting this one.',
        description: 'Windows says another install must finish first (code 1618, or message 1500).',
      },
      '1619': {
        title: 'The package could not be opened (1619)',
        dialog:
          'This installation package could not be opened. Check that it exists and that you can access it, or contact the vendor.',
        description: 'Windows cannot open the .msi file at all (1619, or 1620 for a damaged one).',
      },
      '1612': {
        title: 'It asks for the original installation source (1612 / 1635)',
        dialog:
          'The installation source for this product is not available. Make sure it exists and that you can reach it.',
        description: 'A repair, update or uninstall asks for a disk or a file you no longer have (1612, 1635 or 1706).',
      },
      '1925': {
        title: 'Not enough privileges to install for all users (1925)',
        dialog:
          'You do not have enough privileges to complete this installation for all users of this computer. Sign in as an administrator and try again.',
        description: 'Windows says you need to be an administrator to install for everyone on this PC.',
      },
      '1730': {
        title: 'You must be an administrator to remove or repair this (1730)',
        dialog:
          'You must be an administrator to remove this application. Sign in as an administrator or contact your support team.',
        description:
          'Removing or repairing a program says only an administrator can do it; since August 2025 this also happens when a program repairs itself.',
      },
      '1625': {
        title: 'Installation is forbidden by system policy (1625)',
        dialog: 'This installation is forbidden by system policy. Contact your system administrator.',
        description: 'Windows refuses the install because of a policy set on this PC or by your organization.',
      },
      '1632': {
        title: 'The Temp folder is full or inaccessible (1632)',
        dialog:
          'The Temp folder is either full or cannot be accessed. Check that it exists and that you can write to it.',
        description: 'Windows cannot use the temporary folder the install needs.',
      },
      '1613': {
        title: 'This package needs a newer Windows Installer (1613)',
        dialog:
          'This installation package cannot be installed by the Windows Installer service. A newer version of Windows Installer is needed.',
        description: 'Windows says its installer is too old for this package.',
      },
      '1601': {
        title: 'The Windows Installer service could not be accessed (1601)',
        dialog:
          'The Windows Installer service could not be accessed. Contact your support team to check that it is registered correctly.',
        description: 'Every install fails at once with a message about the Windows Installer service.',
      },
      '2103': {
        title: 'Could not resolve a shell folder (2103)',
        dialog:
          "The installer hit an unexpected error. The error code is 2103: a shell folder's path could not be resolved.",
        description: 'An internal error 2103 about a folder such as Documents or Desktop.',
      },
      '2755': {
        title: 'Server returned unexpected error (2755)',
        dialog:
          'The installer hit an unexpected error. The error code is 2755: the server returned an unexpected error while installing the package.',
        description: 'An internal error 2755, often with a number such as 3 or 5 in the same message.',
      },
      'self-repair': {
        title: 'Windows Installer starts every time I open an app',
        dialog: 'Please wait while Windows configures the program...',
        description:
          'A "Windows is configuring" window or an administrator prompt appears every time a program starts.',
      },
      'reboot-prompt': {
        title: 'It keeps asking me to restart',
        dialog: 'You must restart your system for the configuration changes to take effect.',
        description: 'Installs finish but ask for a restart, or keep asking again after one.',
      },
      'uninstall-leftovers': {
        title: 'Files or settings were left after uninstalling',
        dialog: 'The program is gone from the list, but its folder or settings are still there.',
        description: 'An uninstall failed or finished, but files, folders or registry entries stayed behind.',
      },
      'window-flashes': {
        title: 'Nothing happens, or a window flashes and closes',
        dialog: '(No message: a window appears for a moment and disappears.)',
        description: 'You start the setup and nothing seems to happen, or a window flashes briefly.',
      },
      unknown: {
        title: "Something else / I'm not sure",
        dialog: "(Another message, or I don't remember it.)",
        description: 'Check everything and show what could stop an install on this PC.',
      },
    },
  },
  'zh-CN': {
    questions: {
      whatHappened: '尝试安装时发生了什么？',
      errorCode: '有错误代码吗？请输入数字。',
    },
    cards: {
      '2503': {
        title: '错误 2503 或 2502',
        dialog: '安装程序在安装此软件包时遇到了错误。这可能表示此软件包有问题。错误码是 2503（或 2502）。',
        description: '弹出“遇到了错误”的窗口，错误码是 2503 或 2502，之后常常还有第二个窗口。',
      },
      '1603': {
        title: '安装过程中出现严重错误（1603）',
        dialog: '安装时发生严重错误。',
        description: '安装进行了一段时间后因严重错误停止，并撤销了所做的更改。',
      },
      '1618': {
        title: '另一个安装正在进行（1618）',
        dialog: '另一安装过程正在进行当中。您必须先完成那个安装过程，然后才能继续本次安装。',
        description: 'Windows 提示必须先完成另一个安装（代码 1618 或消息 1500）。',
      },
      '1619': {
        title: '无法打开安装包（1619）',
        dialog: '无法打开此安装包。请确认该安装包存在并且您可以访问它，或与应用程序供应商联系。',
        description: 'Windows 完全无法打开该 .msi 文件（1619；文件损坏时为 1620）。',
      },
      '1612': {
        title: '要求提供原始安装源（1612 / 1635）',
        dialog: '此产品的安装源不可用。请确认安装源存在并且您可以访问它。',
        description: '修复、更新或卸载时要求提供您已经没有的光盘或文件（1612、1635 或 1706）。',
      },
      '1925': {
        title: '权限不足，无法为所有用户安装（1925）',
        dialog: '您没有足够的权限为这台计算机的所有用户完成此安装。请以管理员身份登录，然后重试此安装。',
        description: 'Windows 提示需要管理员身份才能为这台电脑上的所有人安装。',
      },
      '1730': {
        title: '只有管理员才能删除或修复此程序（1730）',
        dialog: '只有系统管理员才能删除此应用程序。您可以以系统管理员的身份登录，或者与技术支持小组联系以寻求帮助。',
        description: '卸载或修复程序时提示只有管理员才能操作；自 2025 年 8 月起，程序自行修复时也会出现。',
      },
      '1625': {
        title: '系统策略禁止此安装（1625）',
        dialog: '系统策略禁止此安装。请与系统管理员联系。',
        description: '由于这台电脑或您的组织设置的策略，Windows 拒绝了此安装。',
      },
      '1632': {
        title: 'Temp 文件夹已满或无法访问（1632）',
        dialog: 'Temp 文件夹已满或无法访问。请确认该文件夹存在并且您可以写入。',
        description: 'Windows 无法使用安装所需的临时文件夹。',
      },
      '1613': {
        title: '此安装包需要更新版本的 Windows Installer（1613）',
        dialog: 'Windows Installer 服务无法安装此安装包。需要更新版本的 Windows Installer。',
        description: 'Windows 提示它的安装程序版本太旧，无法安装此安装包。',
      },
      '1601': {
        title: '无法访问 Windows Installer 服务（1601）',
        dialog: '无法访问 Windows Installer 服务。请与技术支持人员联系，确认该服务已正确注册。',
        description: '每次安装都立即失败，并提示 Windows Installer 服务的问题。',
      },
      '2103': {
        title: '无法解析外壳文件夹（2103）',
        dialog: '安装程序遇到了错误。错误码是 2103：无法解析外壳文件夹的路径。',
        description: '出现关于“文档”或“桌面”等文件夹的内部错误 2103。',
      },
      '2755': {
        title: '服务器返回了意外错误（2755）',
        dialog: '安装程序遇到了错误。错误码是 2755：安装软件包时服务器返回了意外错误。',
        description: '出现内部错误 2755，同一条消息中常带有 3 或 5 之类的数字。',
      },
      'self-repair': {
        title: '每次打开某个程序时 Windows Installer 都会启动',
        dialog: '请稍候，Windows 正在配置该程序……',
        description: '每次启动某个程序时，都会出现“Windows 正在配置”窗口或管理员确认提示。',
      },
      'reboot-prompt': {
        title: '一直要求重新启动',
        dialog: '必须重新启动系统，配置更改才能生效。',
        description: '安装完成后要求重新启动，或者重新启动后仍然一再要求。',
      },
      'uninstall-leftovers': {
        title: '卸载后留下了文件或设置',
        dialog: '程序已从列表中消失，但它的文件夹或设置仍然存在。',
        description: '卸载失败或已完成，但文件、文件夹或注册表项仍然残留。',
      },
      'window-flashes': {
        title: '没有反应，或者窗口一闪而过',
        dialog: '（没有消息：窗口出现一瞬间就消失了。）',
        description: '启动安装程序后似乎什么都没发生，或者窗口只闪了一下。',
      },
      unknown: {
        title: '其他情况 / 我不确定',
        dialog: '（其他消息，或者我记不清了。）',
        description: '检查所有项目，列出可能阻止在这台电脑上安装的问题。',
      },
    },
  },
  'zh-TW': {
    questions: {
      whatHappened: '嘗試安裝時發生了什麼？',
      errorCode: '有錯誤代碼嗎？請輸入數字。',
    },
    cards: {
      '2503': {
        title: '錯誤 2503 或 2502',
        dialog: '安裝程式在安裝此套件時發生意外的錯誤。這可能表示此套件有問題。錯誤碼為 2503（或 2502）。',
        description: '跳出「發生意外的錯誤」視窗，錯誤碼是 2503 或 2502，之後常常還有第二個視窗。',
      },
      '1603': {
        title: '安裝過程中發生嚴重錯誤（1603）',
        dialog: '安裝期間發生嚴重錯誤。',
        description: '安裝進行了一段時間後因嚴重錯誤停止，並復原了所做的變更。',
      },
      '1618': {
        title: '另一個安裝正在進行（1618）',
        dialog: '其他的安裝正在進行中，您必須完成該項安裝之後才能繼續。',
        description: 'Windows 提示必須先完成另一個安裝（代碼 1618 或訊息 1500）。',
      },
      '1619': {
        title: '無法開啟安裝套件（1619）',
        dialog: '無法開啟此安裝套件。請確認該套件存在並且您可以存取它，或與應用程式廠商聯絡。',
        description: 'Windows 完全無法開啟該 .msi 檔案（1619；檔案損壞時為 1620）。',
      },
      '1612': {
        title: '要求提供原始安裝來源（1612 / 1635）',
        dialog: '此產品的安裝來源無法使用。請確認來源存在並且您可以存取它。',
        description: '修復、更新或解除安裝時要求提供您已經沒有的光碟或檔案（1612、1635 或 1706）。',
      },
      '1925': {
        title: '權限不足，無法為所有使用者安裝（1925）',
        dialog: '您沒有足夠的權限為此電腦上的所有使用者完成此安裝。請以系統管理員身分登入，然後再重試此安裝。',
        description: 'Windows 提示需要系統管理員身分才能為這台電腦上的所有人安裝。',
      },
      '1730': {
        title: '必須是系統管理員才能移除或修復此程式（1730）',
        dialog: '您必須是系統管理員才能移除這個應用程式。請以系統管理員身分登入，或連絡技術支援人員取得協助。',
        description: '移除或修復程式時提示只有系統管理員才能操作；自 2025 年 8 月起，程式自行修復時也會出現。',
      },
      '1625': {
        title: '系統原則禁止此安裝（1625）',
        dialog: '系統原則禁止此安裝。請與系統管理員聯絡。',
        description: '由於這台電腦或您的組織設定的原則，Windows 拒絕了此安裝。',
      },
      '1632': {
        title: 'Temp 資料夾已滿或無法存取（1632）',
        dialog: 'Temp 資料夾已滿或無法存取。請確認該資料夾存在並且您可以寫入。',
        description: 'Windows 無法使用安裝所需的暫存資料夾。',
      },
      '1613': {
        title: '此安裝套件需要較新版本的 Windows Installer（1613）',
        dialog: 'Windows Installer 服務無法安裝此安裝套件。需要較新版本的 Windows Installer。',
        description: 'Windows 提示它的安裝程式版本太舊，無法安裝此套件。',
      },
      '1601': {
        title: '無法存取 Windows Installer 服務（1601）',
        dialog: '無法存取 Windows Installer 服務。請與技術支援人員聯絡，確認該服務已正確註冊。',
        description: '每次安裝都立即失敗，並提示 Windows Installer 服務的問題。',
      },
      '2103': {
        title: '無法解析殼層資料夾（2103）',
        dialog: '安裝程式發生意外的錯誤。錯誤碼為 2103：無法解析殼層資料夾的路徑。',
        description: '出現關於「文件」或「桌面」等資料夾的內部錯誤 2103。',
      },
      '2755': {
        title: '伺服器傳回意外的錯誤（2755）',
        dialog: '安裝程式發生意外的錯誤。錯誤碼為 2755：安裝套件時伺服器傳回意外的錯誤。',
        description: '出現內部錯誤 2755，同一則訊息中常帶有 3 或 5 之類的數字。',
      },
      'self-repair': {
        title: '每次開啟某個程式時 Windows Installer 都會啟動',
        dialog: '請稍候，Windows 正在設定該程式……',
        description: '每次啟動某個程式時，都會出現「Windows 正在設定」視窗或系統管理員確認提示。',
      },
      'reboot-prompt': {
        title: '一直要求重新啟動',
        dialog: '必須重新啟動系統，設定變更才會生效。',
        description: '安裝完成後要求重新啟動，或者重新啟動後仍然一再要求。',
      },
      'uninstall-leftovers': {
        title: '解除安裝後留下了檔案或設定',
        dialog: '程式已從清單中消失，但它的資料夾或設定仍然存在。',
        description: '解除安裝失敗或已完成，但檔案、資料夾或登錄項目仍然殘留。',
      },
      'window-flashes': {
        title: '沒有反應，或者視窗一閃而過',
        dialog: '（沒有訊息：視窗出現一瞬間就消失了。）',
        description: '啟動安裝程式後似乎什麼都沒發生，或者視窗只閃了一下。',
      },
      unknown: {
        title: '其他情況 / 我不確定',
        dialog: '（其他訊息，或者我記不清了。）',
        description: '檢查所有項目，列出可能阻止在這台電腦上安裝的問題。',
      },
    },
  },
});
