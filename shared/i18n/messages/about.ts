import { defineMessages } from '../define-messages';

/** The About screen: product, version, and the licences of the open-source packages in the app. */
export const about = defineMessages({
  en: {
    title: 'About Installer Doctor',
    version: 'Version {{version}}',
    tagline:
      'Finds out why Windows Installer (.msi) installs fail on this PC, explains it with evidence and offers previewed, undoable fixes.',
    licensesTitle: 'Open-source licences',
    licensesIntro: 'Installer Doctor is built with the open-source packages below. Choose one to read its licence.',
    search: 'Search packages',
    searchHint: 'Name or licence, for example "react" or "MIT"',
    shown: '{{shown}} of {{total}} packages',
    tableLabel: 'Open-source packages and their licences',
    colName: 'Package',
    colVersion: 'Version',
    colLicense: 'Licence',
    noMatch: 'No package matches "{{query}}".',
    textTitle: 'Licence of {{name}} {{version}}',
    noText: '{{name}} declares the {{license}} licence but ships no licence file.',
    runtime:
      'The Electron runtime includes Chromium and other components. Their licences are in LICENSES.chromium.html, next to InstallerDoctor.exe.',
    iconAlt: 'Installer Doctor icon',
  },
  'zh-CN': {
    title: '关于 Installer Doctor',
    version: '版本 {{version}}',
    tagline:
      '找出 Windows Installer（.msi）安装在这台电脑上失败的原因，用证据加以说明，并提供可预览、可撤销的修复方法。',
    licensesTitle: '开源许可证',
    licensesIntro: 'Installer Doctor 使用了以下开源软件包。选择一个软件包即可查看其许可证。',
    search: '搜索软件包',
    searchHint: '名称或许可证，例如“react”或“MIT”',
    shown: '显示 {{shown}} 个，共 {{total}} 个软件包',
    tableLabel: '开源软件包及其许可证',
    colName: '软件包',
    colVersion: '版本',
    colLicense: '许可证',
    noMatch: '没有与“{{query}}”匹配的软件包。',
    textTitle: '{{name}} {{version}} 的许可证',
    noText: '{{name}} 声明使用 {{license}} 许可证，但未附带许可证文件。',
    runtime:
      'Electron 运行时包含 Chromium 及其他组件，它们的许可证位于 InstallerDoctor.exe 旁边的 LICENSES.chromium.html 中。',
    iconAlt: 'Installer Doctor 图标',
  },
  'zh-TW': {
    title: '關於 Installer Doctor',
    version: '版本 {{version}}',
    tagline:
      '找出 Windows Installer（.msi）安裝在這台電腦上失敗的原因，以證據加以說明，並提供可預覽、可復原的修正方式。',
    licensesTitle: '開放原始碼授權',
    licensesIntro: 'Installer Doctor 使用了下列開放原始碼套件。選擇一個套件即可檢視其授權條款。',
    search: '搜尋套件',
    searchHint: '名稱或授權，例如「react」或「MIT」',
    shown: '顯示 {{shown}} 個，共 {{total}} 個套件',
    tableLabel: '開放原始碼套件及其授權',
    colName: '套件',
    colVersion: '版本',
    colLicense: '授權',
    noMatch: '沒有符合「{{query}}」的套件。',
    textTitle: '{{name}} {{version}} 的授權條款',
    noText: '{{name}} 宣告採用 {{license}} 授權，但未附上授權檔案。',
    runtime:
      'Electron 執行階段包含 Chromium 及其他元件，其授權條款位於 InstallerDoctor.exe 旁的 LICENSES.chromium.html。',
    iconAlt: 'Installer Doctor 圖示',
  },
});
