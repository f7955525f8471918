import { defineMessages } from '../define-messages';

/** Settings additions: the scenario picker shown only on a simulated machine. */
export const uiSettings = defineMessages({
  en: {
    scenario: 'Simulated machine',
    scenarioHint: 'This is not Windows, so Installer Doctor examines a simulated PC. Loading a scenario starts it fresh.',
    load: 'Load this scenario',
    loaded: 'Loaded: {{id}}',
  },
  'zh-CN': {
    scenario: '模拟的计算机',
    scenarioHint: '当前系统不是 Windows，因此 Installer Doctor 检查的是一台模拟的电脑。加载场景会让它从头开始。',
    load: '加载此场景',
    loaded: '已加载：{{id}}',
  },
  'zh-TW': {
    scenario: '模擬的電腦',
    scenarioHint: '目前的系統不是 Windows，因此 Installer Doctor 檢查的是一台模擬的電腦。載入情境會讓它重新開始。',
    load: '載入此情境',
    loaded: '已載入：{{id}}',
  },
});
