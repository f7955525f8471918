import { defineMessages } from '../define-messages';

/** The package screen: choosing the .msi and what we read from it. */
export const uiPackage = defineMessages({
  en: {
    title: 'The installer file (optional)',
    intro:
      'If you still have the .msi file that failed, give it to us: we read it (we do not run it) and check whether it is really an installer, for which program, and whether it needs an administrator.',
    reading: 'Reading the file…',
    checkWithPackage: 'Check this PC and this file',
    checkWithout: 'Check this PC without a file',
    remove: 'Remove the file',
    factsLabel: 'What we read from the file',
    facts: {
      file: 'File',
      size: 'Size',
      product: 'Program',
      version: 'Version',
      manufacturer: 'Publisher',
      productCode: 'Product code',
      scope: 'Installs for',
      admin: 'Needs an administrator',
      installerVersion: 'Needs Windows Installer',
    },
    scope: {
      'per-machine': 'everyone on this PC (needs an administrator)',
      'per-user': 'only you',
      'per-user-or-machine': 'you or everyone, depending on how it is started',
    },
    adminYes_one: 'yes: {{count}} step runs as the system account',
    adminYes_other: 'yes: {{count}} steps run as the system account',
    verdict: {
      msi: {
        title: 'This is a Windows Installer package',
        body: 'The file can be read. Its details are below; the checks will take them into account.',
      },
      msp: {
        title: 'This is an update (patch), not an installer',
        body: 'A .msp file updates a program that is already installed. Install the program first, then this update.',
      },
      mst: {
        title: 'This is a customisation file (transform), not an installer',
        body: 'A .mst file only changes how another .msi installs. It cannot be installed on its own.',
      },
      notMsi: {
        html: {
          title: 'This is not an installer: it is a web page',
          body: 'The file is a web page saved with an .msi name, so Windows cannot open it (error 1619). The download went wrong: download the installer again from the publisher’s site.',
        },
        zip: {
          title: 'This is not an installer: it is a zip archive',
          body: 'Windows cannot open it as an installer (error 1619). Extract the archive first and run the .msi inside it.',
        },
        pe: {
          title: 'This is a program (.exe), not an .msi',
          body: 'The file is a program renamed to .msi, so Windows Installer cannot open it (error 1619). Run the original .exe instead.',
        },
        text: {
          title: 'This is not an installer: it is a text file',
          body: 'Windows cannot open it as an installer (error 1619). Download the installer again.',
        },
        empty: {
          title: 'The file is empty',
          body: 'The download did not finish or the file was emptied (error 1619). Download the installer again.',
        },
        unknown: {
          title: 'This is not an installer package',
          body: 'Windows cannot open this file as an installer (error 1619). Download the installer again from the publisher’s site.',
        },
      },
      'compound-not-msi': {
        title: 'This is not an installer package',
        body: 'The file is another kind of document (for example an old Office file) renamed to .msi (error 1619).',
      },
      truncated: {
        title: 'The file is incomplete',
        body: 'The download stopped before the end, so Windows cannot open it (error 1619 or 1620). Download it again.',
      },
      corrupt: {
        title: 'The file is damaged',
        body: 'Parts of the file are broken, so Windows cannot open it (error 1620). Download it again.',
      },
    },
  },
  'zh-CN': {
    title: '安装文件（可选）',
    intro:
      '如果您还保留着安装失败的 .msi 文件，请交给我们：我们只读取它（不会运行它），检查它是否真的是安装包、属于哪个程序、是否需要管理员权限。',
    reading: '正在读取文件…',
    checkWithPackage: '检查这台电脑和这个文件',
    checkWithout: '不提供文件，直接检查这台电脑',
    remove: '移除文件',
    factsLabel: '我们从文件中读到的信息',
    facts: {
      file: '文件',
      size: '大小',
      product: '程序',
      version: '版本',
      manufacturer: '发布者',
      productCode: '产品代码',
      scope: '安装对象',
      admin: '需要管理员',
      installerVersion: '需要的 Windows Installer 版本',
    },
    scope: {
      'per-machine': '这台电脑上的所有用户（需要管理员）',
      'per-user': '仅您自己',
      'per-user-or-machine': '您自己或所有用户，取决于启动方式',
    },
    adminYes_one: '是：有 {{count}} 个步骤以系统账户运行',
    adminYes_other: '是：有 {{count}} 个步骤以系统账户运行',
    verdict: {
      msi: { title: '这是 Windows Installer 安装包', body: '文件可以读取。详细信息如下，检查时会考虑这些信息。' },
      msp: {
        title: '这是更新（补丁），不是安装包',
        body: '.msp 文件用于更新已经安装的程序。请先安装程序，再安装此更新。',
      },
      mst: {
        title: '这是自定义文件（转换），不是安装包',
        body: '.mst 文件只会改变另一个 .msi 的安装方式，不能单独安装。',
      },
      notMsi: {
        html: {
          title: '这不是安装包，而是一个网页',
          body: '这个文件是以 .msi 为名保存的网页，所以 Windows 无法打开它（错误 1619）。说明下载出了问题：请从发布者的网站重新下载安装程序。',
        },
        zip: {
          title: '这不是安装包，而是一个 zip 压缩包',
          body: 'Windows 无法把它当作安装包打开（错误 1619）。请先解压，再运行其中的 .msi。',
        },
        pe: {
          title: '这是一个程序（.exe），不是 .msi',
          body: '这个文件是被改名为 .msi 的程序，所以 Windows Installer 无法打开它（错误 1619）。请直接运行原来的 .exe。',
        },
        text: {
          title: '这不是安装包，而是一个文本文件',
          body: 'Windows 无法把它当作安装包打开（错误 1619）。请重新下载安装程序。',
        },
        empty: { title: '文件是空的', body: '下载没有完成，或者文件被清空了（错误 1619）。请重新下载安装程序。' },
        unknown: {
          title: '这不是安装包',
          body: 'Windows 无法把这个文件当作安装包打开（错误 1619）。请从发布者的网站重新下载安装程序。',
        },
      },
      'compound-not-msi': {
        title: '这不是安装包',
        body: '这个文件是被改名为 .msi 的其他文档（例如旧版 Office 文件）（错误 1619）。',
      },
      truncated: {
        title: '文件不完整',
        body: '下载在结束前中断了，所以 Windows 无法打开它（错误 1619 或 1620）。请重新下载。',
      },
      corrupt: {
        title: '文件已损坏',
        body: '文件的部分内容已损坏，所以 Windows 无法打开它（错误 1620）。请重新下载。',
      },
    },
  },
  'zh-TW': {
    title: '安裝檔案（選用）',
    intro:
      '如果您還保留著安裝失敗的 .msi 檔案，請交給我們：我們只讀取它（不會執行），檢查它是否真的是安裝套件、屬於哪個程式、是否需要系統管理員權限。',
    reading: '正在讀取檔案…',
    checkWithPackage: '檢查這台電腦和這個檔案',
    checkWithout: '不提供檔案，直接檢查這台電腦',
    remove: '移除檔案',
    factsLabel: '我們從檔案中讀到的資訊',
    facts: {
      file: '檔案',
      size: '大小',
      product: '程式',
      version: '版本',
      manufacturer: '發行者',
      productCode: '產品代碼',
      scope: '安裝對象',
      admin: '需要系統管理員',
      installerVersion: '需要的 Windows Installer 版本',
    },
    scope: {
      'per-machine': '這台電腦上的所有使用者（需要系統管理員）',
      'per-user': '僅限您自己',
      'per-user-or-machine': '您自己或所有使用者，視啟動方式而定',
    },
    adminYes_one: '是：有 {{count}} 個步驟以系統帳戶執行',
    adminYes_other: '是：有 {{count}} 個步驟以系統帳戶執行',
    verdict: {
      msi: { title: '這是 Windows Installer 安裝套件', body: '檔案可以讀取。詳細資訊如下，檢查時會納入考量。' },
      msp: {
        title: '這是更新（修補程式），不是安裝套件',
        body: '.msp 檔案用來更新已經安裝的程式。請先安裝程式，再安裝此更新。',
      },
      mst: {
        title: '這是自訂檔案（轉換），不是安裝套件',
        body: '.mst 檔案只會改變另一個 .msi 的安裝方式，無法單獨安裝。',
      },
      notMsi: {
        html: {
          title: '這不是安裝套件，而是一個網頁',
          body: '這個檔案是以 .msi 為名儲存的網頁，所以 Windows 無法開啟（錯誤 1619）。表示下載出了問題：請從發行者的網站重新下載安裝程式。',
        },
        zip: {
          title: '這不是安裝套件，而是一個 zip 壓縮檔',
          body: 'Windows 無法把它當作安裝套件開啟（錯誤 1619）。請先解壓縮，再執行其中的 .msi。',
        },
        pe: {
          title: '這是一個程式（.exe），不是 .msi',
          body: '這個檔案是被改名為 .msi 的程式，所以 Windows Installer 無法開啟（錯誤 1619）。請直接執行原本的 .exe。',
        },
        text: {
          title: '這不是安裝套件，而是一個文字檔',
          body: 'Windows 無法把它當作安裝套件開啟（錯誤 1619）。請重新下載安裝程式。',
        },
        empty: { title: '檔案是空的', body: '下載沒有完成，或檔案被清空了（錯誤 1619）。請重新下載安裝程式。' },
        unknown: {
          title: '這不是安裝套件',
          body: 'Windows 無法把這個檔案當作安裝套件開啟（錯誤 1619）。請從發行者的網站重新下載安裝程式。',
        },
      },
      'compound-not-msi': {
        title: '這不是安裝套件',
        body: '這個檔案是被改名為 .msi 的其他文件（例如舊版 Office 檔案）（錯誤 1619）。',
      },
      truncated: {
        title: '檔案不完整',
        body: '下載在結束前中斷了，所以 Windows 無法開啟（錯誤 1619 或 1620）。請重新下載。',
      },
      corrupt: { title: '檔案已損毀', body: '檔案的部分內容已損毀，所以 Windows 無法開啟（錯誤 1620）。請重新下載。' },
    },
  },
});
