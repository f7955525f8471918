/**
 * The compact form the KB data files are written in, and how it becomes KbEntry objects.
 * A source row is a tuple (code, name, category, en, zh-CN, zh-TW, options) so ~600 entries stay
 * readable; sentences that many entries share (NOTES) and the check/fix links (LINKS) are written
 * once here and referenced by id, so no text is repeated in the bundle.
 */
import type { KbCategory, KbEntry, KbNamespace, KbText } from './schema';

/** Closing sentences shared by many entries, appended to the entry's own words. */
export const NOTES = {
  'package-bug': {
    en: 'This points to a mistake in how the package was made, so only its maker can truly fix it: send them the install log.',
    'zh-CN': '这说明安装包在制作时出了差错，只有它的发布者才能真正修复：请把安装日志发给他们。',
    'zh-TW': '這表示安裝套件在製作時出了差錯，只有它的發行者才能真正修正：請把安裝記錄檔寄給他們。',
  },
  'dev-tools': {
    en: 'It normally appears only while developers build or edit packages with tools, hardly ever during an ordinary install.',
    'zh-CN': '它通常只在开发人员用工具制作或编辑安装包时出现，普通安装中几乎见不到。',
    'zh-TW': '它通常只在開發人員用工具製作或編輯安裝套件時出現，一般安裝中幾乎見不到。',
  },
  'ui-bug': {
    en: "The fault is in the package's setup windows. Installing without windows (a quiet install, msiexec /qn) often gets past it; tell the package's maker.",
    'zh-CN': '问题出在安装包的安装界面上。不显示界面的静默安装（msiexec /qn）通常可以绕过它；请告知安装包的发布者。',
    'zh-TW':
      '問題出在安裝套件的安裝畫面上。不顯示畫面的無訊息安裝（msiexec /qn）通常可以繞過它；請告知安裝套件的發行者。',
  },
  cosmetic: {
    en: 'It only affects how a window looks; the install carries on, so this is not why it failed.',
    'zh-CN': '它只影响窗口的外观，安装会照常进行，所以这不是安装失败的原因。',
    'zh-TW': '它只影響視窗的外觀，安裝會照常進行，所以這不是安裝失敗的原因。',
  },
  healthy: {
    en: 'This line is normal in logs of installs that worked, so on its own it is not why an install failed.',
    'zh-CN': '在安装成功的日志里也经常出现这一行，所以单凭它不能说明安装失败的原因。',
    'zh-TW': '在安裝成功的記錄檔裡也經常出現這一行，所以單憑它不能說明安裝失敗的原因。',
  },
  'custom-action': {
    en: "A custom action is an extra step the package's maker added to the setup, such as a small program or script.",
    'zh-CN': '“自定义操作”是安装包发布者额外加进安装过程的步骤，例如一个小程序或脚本。',
    'zh-TW': '「自訂動作」是安裝套件發行者額外加進安裝過程的步驟，例如一個小程式或指令碼。',
  },
  'ask-admin': {
    en: 'Installing again with administrator rights usually helps; at work, ask your IT helpdesk.',
    'zh-CN': '以管理员权限重新安装通常就能解决；如果是公司电脑，请联系 IT 支持人员。',
    'zh-TW': '以系統管理員權限重新安裝通常就能解決；如果是公司電腦，請聯絡 IT 支援人員。',
  },
  internal: {
    en: 'It comes from deep inside Windows Installer and rarely names the cause by itself: the lines just before it in the log usually do.',
    'zh-CN': '它来自 Windows Installer 内部，本身很少能说明原因：日志中紧挨在它前面的几行通常更能说明问题。',
    'zh-TW': '它來自 Windows Installer 內部，本身很少能說明原因：記錄檔中緊接在它前面的幾行通常更能說明問題。',
  },
} as const satisfies Record<string, KbText>;
export type NoteId = keyof typeof NOTES;

type Links = Pick<KbEntry, 'checks' | 'fixes'>;

/** Check and fix links that recur; an entry names one or more presets. */
export const LINKS = {
  admin: { checks: ['token-uac'], fixes: ['elevated-install'] },
  temp: {
    checks: ['user-temp', 'windows-temp'],
    fixes: ['repair-user-temp', 'repair-windows-temp', 'temp-redirect-install'],
  },
  'installer-folder': { checks: ['installer-folder'], fixes: [] },
  service: { checks: ['msiserver'], fixes: ['reset-msiserver'] },
  busy: { checks: ['install-in-progress'], fixes: ['wait-for-install'] },
  policy: { checks: ['installer-policies'], fixes: [] },
  reboot: { checks: ['pending-reboot'], fixes: ['restart-for-pending-renames'] },
  cache: { checks: ['cached-packages'], fixes: ['missing-package-guidance'] },
  package: { checks: ['package'], fixes: [] },
  shell: { checks: ['shell-folders'], fixes: [] },
  system: { checks: ['system-info'], fixes: [] },
  events: { checks: ['event-log'], fixes: [] },
  log: { checks: [], fixes: ['enable-installer-logging'] },
} as const satisfies Record<
  string,
  { readonly checks: readonly KbEntry['checks'][number][]; readonly fixes: readonly KbEntry['fixes'][number][] }
>;
export type LinkId = keyof typeof LINKS;

/** Dialog paraphrases shared by many codes: internal errors all reach the user in the same box. */
export const HINTS = {
  'unexpected-error': {
    en: 'A box said the installer ran into an unexpected error with this package and gave this number as the error code.',
    'zh-CN': '提示框说安装程序在安装此安装包时遇到意外错误，并给出了这个数字作为错误代码。',
    'zh-TW': '提示視窗說安裝程式在安裝此安裝套件時發生未預期的錯誤，並列出這個數字作為錯誤碼。',
  },
} as const satisfies Record<string, KbText>;
export type HintId = keyof typeof HINTS;

export interface KbSourceOptions {
  /** Seen in logs of healthy installs; the row's comment or note says why. */
  benign?: true;
  note?: NoteId;
  links?: readonly LinkId[];
  /** Paraphrase of the dialog the user saw (en, zh-CN, zh-TW), or a shared one. */
  hint?: readonly [en: string, zhCN: string, zhTW: string] | HintId;
}

/** One KB row as written in the data files. */
export type KbSource = readonly [
  code: number,
  name: string,
  category: KbCategory,
  en: string,
  zhCN: string,
  zhTW: string,
  options?: KbSourceOptions,
];

const text = (en: string, zhCN: string, zhTW: string): KbText => ({ en, 'zh-CN': zhCN, 'zh-TW': zhTW });

/** English sentences are joined with a space, Chinese ones directly. */
function withNote(own: KbText, note: NoteId | undefined): KbText {
  if (!note) return own;
  const n = NOTES[note];
  return text(`${own.en} ${n.en}`, own['zh-CN'] + n['zh-CN'], own['zh-TW'] + n['zh-TW']);
}

function mergeLinks(ids: readonly LinkId[]): Links {
  const checks = new Set<Links['checks'][number]>();
  const fixes = new Set<Links['fixes'][number]>();
  for (const id of ids) {
    for (const c of LINKS[id].checks) checks.add(c);
    for (const f of LINKS[id].fixes) fixes.add(f);
  }
  return { checks: [...checks], fixes: [...fixes] };
}

export function buildEntry(
  namespace: KbNamespace,
  [code, name, category, en, zhCN, zhTW, options = {}]: KbSource,
): KbEntry {
  const entry: KbEntry = {
    code,
    namespace,
    name,
    category,
    benign: options.benign === true,
    explanation: withNote(text(en, zhCN, zhTW), options.note),
    ...mergeLinks(options.links ?? []),
  };
  if (typeof options.hint === 'string') entry.dialogHint = HINTS[options.hint];
  else if (options.hint) entry.dialogHint = text(...options.hint);
  return entry;
}
