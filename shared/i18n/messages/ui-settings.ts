import { defineMessages } from '../define-messages';

/** Settings additions: the scenario picker shown only on a simulated machine. */
export const uiSettings = defineMessages({
  en: {
    scenario: 'Simulated machine',
    scenarioHint:
      'This is not Windows, so Installer Doctor examines a simulated PC. Loading a scenario starts it fresh.',
    load: 'Load this scenario',
    loaded: 'Loaded: {{id}}',
    bundleTitle: 'Replay a support bundle',
    bundleHint:
      'Open a support bundle someone sent you: its machine becomes the simulated PC, so you see the same findings they saw.',
  },
  'zh-CN': {
    scenario: '模拟的计算机',
    scenarioHint: '当前系统不是 Windows，因此 Installer Doctor 检查的是一台模拟的电脑。加载场景会让它从头开始。',
    load: '加载此场景',
    loaded: '已加载：{{id}}',
    bundleTitle: '重现支持文件中的电脑',
    bundleHint: '打开别人发给您的支持文件：其中的计算机会成为模拟的电脑，您会看到与对方相同的检查结果。',
  },
  'zh-TW': {
    scenario: '模擬的電腦',
    scenarioHint: '目前的系統不是 Windows，因此 Installer Doctor 檢查的是一台模擬的電腦。載入情境會讓它重新開始。',
    load: '載入此情境',
    loaded: '已載入：{{id}}',
    bundleTitle: '重現支援檔案中的電腦',
    bundleHint: '開啟別人傳給您的支援檔案：其中的電腦會成為模擬的電腦，您會看到與對方相同的檢查結果。',
  },
});
