import { defineMessages } from '../define-messages';

/** Errors the command line reports for the options several commands share (electron/engine/cli/host-args.ts). */
export const cli = defineMessages({
  en: {
    badSymptom: '--symptom must be one of {{ids}}, or an error code that maps to one.',
    badScenario: 'The scenario could not be loaded: {{detail}}',
    msiUnreadable: '--msi {{path}}: the file cannot be read.',
    msiTooLarge: '--msi {{path}}: the file is too large to copy onto a simulated machine.',
  },
  'zh-CN': {
    badSymptom: '--symptom 必须是 {{ids}} 之一，或能对应到其中之一的错误代码。',
    badScenario: '无法加载场景：{{detail}}',
    msiUnreadable: '--msi {{path}}：无法读取该文件。',
    msiTooLarge: '--msi {{path}}：文件太大，无法复制到模拟的计算机上。',
  },
  'zh-TW': {
    badSymptom: '--symptom 必須是 {{ids}} 之一，或能對應到其中之一的錯誤代碼。',
    badScenario: '無法載入情境：{{detail}}',
    msiUnreadable: '--msi {{path}}：無法讀取該檔案。',
    msiTooLarge: '--msi {{path}}：檔案太大，無法複製到模擬的電腦上。',
  },
});
