/**
 * `installer-doctor kb CODE [--ns exit|message] [--json]`: explains an msiexec exit code or a
 * Windows Installer message number from the knowledge base (shared/kb), in the --lang language.
 * A number known in both namespaces (1601-1611, 1651) prints both, exit code first.
 */
import { KB_NAMESPACES, lookupCode, type KbEntry, type KbNamespace } from '@shared/kb/index';
import { translate } from '@shared/i18n/translate';
import type { Language } from '@shared/i18n/languages';
import { UsageError, single } from '../args';
import { ExitCode } from '../exit-codes';
import { json, type CliIo } from '../io';
import type { CliCommand } from '../command';

/** Codes are decimal numbers of at most five digits (the largest known is 3010). */
const CODE = /^\d{1,5}$/u;

function parseNamespace(value: string | undefined): KbNamespace | undefined {
  if (value === undefined) return undefined;
  if ((KB_NAMESPACES as readonly string[]).includes(value)) return value as KbNamespace;
  throw new UsageError(`--ns must be one of ${KB_NAMESPACES.join(', ')}`);
}

function parseCode(positionals: readonly string[]): number {
  if (positionals.length !== 1)
    throw new UsageError('kb needs exactly one CODE, for example: installer-doctor kb 1603');
  const raw = positionals[0] ?? '';
  if (!CODE.test(raw)) throw new UsageError(`CODE must be a decimal number such as 1603 or 2503, not "${raw}"`);
  return Number(raw);
}

/** The JSON shape promised to scripts: explanation in the chosen language only. */
function toJson(entry: KbEntry, lang: Language) {
  return {
    code: entry.code,
    namespace: entry.namespace,
    name: entry.name,
    category: entry.category,
    benign: entry.benign,
    explanation: entry.explanation[lang],
    checks: entry.checks,
    fixes: entry.fixes,
  };
}

function toText(entry: KbEntry, lang: Language): string {
  const t = (key: string): string => translate(lang, `kb:${key}`);
  const list = (ids: readonly string[]): string => (ids.length > 0 ? ids.join(', ') : t('none'));
  const field = (label: string, value: string): string => `  ${t(`label.${label}`)}${t('colon')}${value}`;
  const lines = [
    `${entry.code}  ${entry.name}  (${t(`namespace.${entry.namespace}`)})`,
    field('category', t(`category.${entry.category}`)),
    field('benign', t(entry.benign ? 'benign.yes' : 'benign.no')),
    `  ${entry.explanation[lang]}`,
  ];
  if (entry.dialogHint) lines.push(field('seen', entry.dialogHint[lang]));
  lines.push(field('checks', list(entry.checks)), field('fixes', list(entry.fixes)));
  return `${lines.join('\n')}\n`;
}

function reportUnknown(io: CliIo, code: number, namespace: KbNamespace | undefined): void {
  const t = (key: string, values: Record<string, string | number> = {}): string =>
    translate(io.lang, `kb:${key}`, values);
  if (!namespace) {
    io.err(`${t('unknownCode', { code })}\n`);
    return;
  }
  const lines = [t('unknownInNamespace', { code, namespace: t(`namespace.${namespace}`) })];
  for (const other of lookupCode(code))
    lines.push(t('otherNamespace', { namespace: t(`namespace.${other.namespace}`), ns: other.namespace }));
  io.err(`${lines.join(' ')}\n`);
}

export const kbCommand: CliCommand = {
  name: 'kb',
  summary: 'Explain an msiexec exit code or a Windows Installer message number.',
  usage: 'installer-doctor kb CODE [--ns exit|message] [--lang en|zh-CN|zh-TW] [--json]',
  args: { values: { ns: false }, flags: ['json'] },
  async run(args, io) {
    const code = parseCode(args.positionals);
    const namespace = parseNamespace(single(args, 'ns'));
    const entries = lookupCode(code, namespace);
    if (entries.length === 0) {
      reportUnknown(io, code, namespace);
      return ExitCode.BadInput;
    }
    if (args.flags.has('json')) {
      const items = entries.map((e) => toJson(e, io.lang));
      json(io, items.length === 1 ? items[0] : items);
      return ExitCode.Ok;
    }
    io.out(entries.map((e) => toText(e, io.lang)).join('\n'));
    return ExitCode.Ok;
  },
};
