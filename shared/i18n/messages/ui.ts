import { defineMessages } from '../define-messages';

/** Texts of the renderer's shared components (file chooser, error bar, frame navigation). */
export const ui = defineMessages({
  en: {
    technicalDetail: 'Technical detail',
    browse: 'Choose a file…',
    drop: {
      package: 'Drop the .msi file here, or choose it (up to {{max}} when dropped).',
      log: 'Drop an installer log (.log) here, or choose it (up to {{max}} when dropped).',
      bundle: 'Drop a support bundle (.zip) here, or choose it (up to {{max}} when dropped).',
    },
    nav: {
      label: 'Tools',
      log: 'Read an installer log',
      bundle: 'Make a support file',
      about: 'About Installer Doctor',
    },
    stepOf: 'Step {{n}} of {{total}}',
  },
  'zh-CN': {
    technicalDetail: '技术细节',
    browse: '选择文件…',
    drop: {
      package: '把 .msi 文件拖到这里，或点击选择（拖放时最大 {{max}}）。',
      log: '把安装日志（.log）拖到这里，或点击选择（拖放时最大 {{max}}）。',
      bundle: '把支持文件（.zip）拖到这里，或点击选择（拖放时最大 {{max}}）。',
    },
    nav: { label: '工具', log: '读取安装日志', bundle: '生成支持文件', about: '关于 Installer Doctor' },
    stepOf: '第 {{n}} 步，共 {{total}} 步',
  },
  'zh-TW': {
    technicalDetail: '技術細節',
    browse: '選擇檔案…',
    drop: {
      package: '把 .msi 檔案拖曳到這裡，或點選選擇（拖曳時最大 {{max}}）。',
      log: '把安裝記錄檔（.log）拖曳到這裡，或點選選擇（拖曳時最大 {{max}}）。',
      bundle: '把支援檔案（.zip）拖曳到這裡，或點選選擇（拖曳時最大 {{max}}）。',
    },
    nav: { label: '工具', log: '讀取安裝記錄檔', bundle: '產生支援檔案', about: '關於 Installer Doctor' },
    stepOf: '第 {{n}} 步，共 {{total}} 步',
  },
});
