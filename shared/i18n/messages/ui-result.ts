import { defineMessages } from '../define-messages';

/** The result screen: solved, or what to do next. */
export const uiResult = defineMessages({
  en: {
    solvedTitle: 'Solved',
    solvedLead: 'The problem we found is gone',
    solvedBody: 'Run the installer again now. If it still fails, come back: the log analyzer will read what happened.',
    nextTitle: 'What to do next',
    notSolved: 'The problem is not solved yet. Here is what you can do:',
    notSolvedHealthy: 'This PC looks fine, so the cause is probably in the install itself. Here is what you can do:',
    step: {
      log: {
        title: 'Read the installer log',
        body: 'The log of the failed install names the step and the error. We explain it.',
        action: 'Read a log',
      },
      bundle: {
        title: 'Ask your helpdesk',
        body: 'Make a support file for them. You see everything in it first; names and accounts are removed.',
        action: 'Make a support file',
      },
      again: {
        title: 'Check again',
        body: 'After a restart or a change by your administrator, check this PC again.',
        action: 'Check again',
      },
    },
    restart: 'Start over',
  },
  'zh-CN': {
    solvedTitle: '已解决',
    solvedLead: '我们发现的问题已经解决',
    solvedBody: '现在请重新运行安装程序。如果仍然失败，请回来：日志分析会读出发生了什么。',
    nextTitle: '接下来怎么做',
    notSolved: '问题还没有解决。您可以：',
    notSolvedHealthy: '这台电脑看起来没有问题，原因可能在安装本身。您可以：',
    step: {
      log: {
        title: '读取安装日志',
        body: '失败安装的日志会指出出错的步骤和错误，我们会为您解释。',
        action: '读取日志',
      },
      bundle: {
        title: '求助技术支持',
        body: '为他们生成一个支持文件。您可以先查看其中的全部内容；姓名和账户会被移除。',
        action: '生成支持文件',
      },
      again: { title: '重新检查', body: '重启电脑或管理员做了更改之后，请重新检查这台电脑。', action: '重新检查' },
    },
    restart: '从头开始',
  },
  'zh-TW': {
    solvedTitle: '已解決',
    solvedLead: '我們發現的問題已經解決',
    solvedBody: '現在請重新執行安裝程式。如果仍然失敗，請回來：記錄檔分析會讀出發生了什麼事。',
    nextTitle: '接下來怎麼做',
    notSolved: '問題還沒有解決。您可以：',
    notSolvedHealthy: '這台電腦看起來沒有問題，原因可能在安裝本身。您可以：',
    step: {
      log: {
        title: '讀取安裝記錄檔',
        body: '失敗安裝的記錄檔會指出出錯的步驟和錯誤，我們會為您說明。',
        action: '讀取記錄檔',
      },
      bundle: {
        title: '求助技術支援',
        body: '為他們產生一個支援檔案。您可以先檢視其中的全部內容；姓名和帳戶會被移除。',
        action: '產生支援檔案',
      },
      again: { title: '重新檢查', body: '重新開機或系統管理員做了變更之後，請重新檢查這台電腦。', action: '重新檢查' },
    },
    restart: '重新開始',
  },
});
