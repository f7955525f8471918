import { defineMessages } from '../define-messages';

export const welcome = defineMessages({
  en: {
    title: 'Installer Doctor',
    intro:
      'When an .msi install fails (errors such as 2503, 1603 or 1618, or a window that flashes and closes), Installer Doctor checks this PC, reads the installer log and explains the cause in plain words.',
    steps: {
      ask: 'Tell us what happened',
      check: 'We check this PC (nothing is changed)',
      explain: 'We explain what we found, with the evidence',
      fix: 'You choose a fix: you see every step first, and you can undo it',
    },
    privacyTitle: 'Your privacy',
    privacy:
      'Everything stays on this PC. Nothing is sent anywhere. A support file is only made if you ask for one, and you can read it before saving; names, accounts and passwords are removed from it.',
    start: 'Start',
    onlyLog: 'I only want to read an installer log',
    frameTitle: 'Installer Doctor steps',
    recovery: {
      title: 'A fix did not finish last time',
      body: '“{{fix}}” was started on {{when}} but did not finish: Installer Doctor or the PC closed while it ran. Part of it may already be changed on this PC.',
      started_one: 'What it had started ({{count}} step)',
      started_other: 'What it had started ({{count}} steps)',
      asAdmin: 'as administrator',
      advice:
        'We recommend undoing it: this PC goes back to how it was before the fix, and you can run the fix again afterwards. If you keep it, the changes stay as they are.',
      undo: 'Undo the unfinished change',
      keep: 'Keep it',
      failed: 'This could not be done',
      undone: '“{{fix}}” was undone: this PC is back to how it was before the fix.',
      partlyUndone_one:
        '“{{fix}}” was undone, except {{count}} step that could not be put back (a support file shows which).',
      partlyUndone_other:
        '“{{fix}}” was undone, except {{count}} steps that could not be put back (a support file shows which).',
      kept: 'Kept: what “{{fix}}” had changed stays as it is. We will not ask again.',
    },
  },
  'zh-CN': {
    title: 'Installer Doctor 安装诊断',
    intro:
      '当 .msi 安装失败时（例如错误 2503、1603、1618，或者窗口一闪就关闭），Installer Doctor 会检查这台电脑、读取安装日志，并用通俗的话解释原因。',
    steps: {
      ask: '告诉我们发生了什么',
      check: '我们检查这台电脑（不做任何更改）',
      explain: '我们说明发现了什么，并给出依据',
      fix: '由您选择修复方法：每一步都会先展示给您，并且可以撤销',
    },
    privacyTitle: '您的隐私',
    privacy:
      '所有内容都留在这台电脑上，不会发送到任何地方。只有在您要求时才会生成支持文件，保存前您可以先查看；其中的姓名、账户和密码都会被移除。',
    start: '开始',
    onlyLog: '我只想读取安装日志',
    frameTitle: 'Installer Doctor 步骤',
    recovery: {
      title: '上次有一个修复没有完成',
      body: '“{{fix}}”于 {{when}} 开始，但没有完成：运行期间 Installer Doctor 或电脑被关闭了。这台电脑上可能已经有一部分被更改。',
      started_one: '它已开始的操作（{{count}} 步）',
      started_other: '它已开始的操作（{{count}} 步）',
      asAdmin: '以管理员身份',
      advice:
        '建议撤销：这台电脑会恢复到修复之前的状态，之后您可以重新运行这个修复。如果选择保留，已做的更改将保持不变。',
      undo: '撤销未完成的更改',
      keep: '保留',
      failed: '无法完成此操作',
      undone: '“{{fix}}”已撤销：这台电脑已恢复到修复之前的状态。',
      partlyUndone_one: '“{{fix}}”已撤销，但有 {{count}} 步无法恢复（支持文件中列出了是哪些）。',
      partlyUndone_other: '“{{fix}}”已撤销，但有 {{count}} 步无法恢复（支持文件中列出了是哪些）。',
      kept: '已保留：“{{fix}}”所做的更改保持不变。我们不会再询问。',
    },
  },
  'zh-TW': {
    title: 'Installer Doctor 安裝診斷',
    intro:
      '當 .msi 安裝失敗時（例如錯誤 2503、1603、1618，或視窗一閃就關閉），Installer Doctor 會檢查這台電腦、讀取安裝記錄檔，並用淺白的話說明原因。',
    steps: {
      ask: '告訴我們發生了什麼事',
      check: '我們檢查這台電腦（不做任何變更）',
      explain: '我們說明發現了什麼，並提出證據',
      fix: '由您選擇修正方式：每個步驟都會先讓您看過，而且可以復原',
    },
    privacyTitle: '您的隱私',
    privacy:
      '所有內容都留在這台電腦上，不會傳送到任何地方。只有在您要求時才會產生支援檔案，儲存前可以先檢視；其中的姓名、帳戶和密碼都會被移除。',
    start: '開始',
    onlyLog: '我只想讀取安裝記錄檔',
    frameTitle: 'Installer Doctor 步驟',
    recovery: {
      title: '上次有一個修正沒有完成',
      body: '「{{fix}}」於 {{when}} 開始，但沒有完成：執行期間 Installer Doctor 或電腦被關閉了。這台電腦上可能已經有一部分被變更。',
      started_one: '它已開始的操作（{{count}} 個步驟）',
      started_other: '它已開始的操作（{{count}} 個步驟）',
      asAdmin: '以系統管理員身分',
      advice:
        '建議復原：這台電腦會回到修正之前的狀態，之後您可以再次執行這個修正。如果選擇保留，已做的變更將維持不變。',
      undo: '復原未完成的變更',
      keep: '保留',
      failed: '無法完成此操作',
      undone: '「{{fix}}」已復原：這台電腦已回到修正之前的狀態。',
      partlyUndone_one: '「{{fix}}」已復原，但有 {{count}} 個步驟無法還原（支援檔案中列出了是哪些）。',
      partlyUndone_other: '「{{fix}}」已復原，但有 {{count}} 個步驟無法還原（支援檔案中列出了是哪些）。',
      kept: '已保留：「{{fix}}」所做的變更維持不變。我們不會再詢問。',
    },
  },
});
