import { defineMessages } from '../define-messages';

export const welcome = defineMessages({
  en: {
    title: 'Installer Doctor',
    intro: 'When an .msi install fails (errors such as 2503, 1603 or 1618, or a window that flashes and closes), Installer Doctor checks this PC, reads the installer log and explains the cause in plain words.',
    steps: {
      ask: 'Tell us what happened',
      check: 'We check this PC (nothing is changed)',
      explain: 'We explain what we found, with the evidence',
      fix: 'You choose a fix: you see every step first, and you can undo it',
    },
    privacyTitle: 'Your privacy',
    privacy: 'Everything stays on this PC. Nothing is sent anywhere. A support file is only made if you ask for one, and you can read it before saving; names, accounts and passwords are removed from it.',
    start: 'Start',
    onlyLog: 'I only want to read an installer log',
    frameTitle: 'Installer Doctor steps',
  },
  'zh-CN': {
    title: 'Installer Doctor 安装诊断',
    intro: '当 .msi 安装失败时（例如错误 2503、1603、1618，或者窗口一闪就关闭），Installer Doctor 会检查这台电脑、读取安装日志，并用通俗的话解释原因。',
    steps: {
      ask: '告诉我们发生了什么',
      check: '我们检查这台电脑（不做任何更改）',
      explain: '我们说明发现了什么，并给出依据',
      fix: '由您选择修复方法：每一步都会先展示给您，并且可以撤销',
    },
    privacyTitle: '您的隐私',
    privacy: '所有内容都留在这台电脑上，不会发送到任何地方。只有在您要求时才会生成支持文件，保存前您可以先查看；其中的姓名、账户和密码都会被移除。',
    start: '开始',
    onlyLog: '我只想读取安装日志',
    frameTitle: 'Installer Doctor 步骤',
  },
  'zh-TW': {
    title: 'Installer Doctor 安裝診斷',
    intro: '當 .msi 安裝失敗時（例如錯誤 2503、1603、1618，或視窗一閃就關閉），Installer Doctor 會檢查這台電腦、讀取安裝記錄檔，並用淺白的話說明原因。',
    steps: {
      ask: '告訴我們發生了什麼事',
      check: '我們檢查這台電腦（不做任何變更）',
      explain: '我們說明發現了什麼，並提出證據',
      fix: '由您選擇修正方式：每個步驟都會先讓您看過，而且可以復原',
    },
    privacyTitle: '您的隱私',
    privacy: '所有內容都留在這台電腦上，不會傳送到任何地方。只有在您要求時才會產生支援檔案，儲存前可以先檢視；其中的姓名、帳戶和密碼都會被移除。',
    start: '開始',
    onlyLog: '我只想讀取安裝記錄檔',
    frameTitle: 'Installer Doctor 步驟',
  },
});
