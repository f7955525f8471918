/**
 * The installer-doctor command line: `--version`, `--help`, and the commands in commands/.
 * Plain Node, no Electron: the same function runs from bin/installer-doctor.mjs and from the packaged
 * app's `--cli` switch. It returns an exit code instead of exiting, so tests call it directly.
 */
import { pickLanguage, LANGUAGES, type Language } from '@shared/i18n/languages';
import { parseArgs, UsageError } from './args';
import { commands } from './commands/index';
import { ExitCode } from './exit-codes';
import type { CliIo } from './io';

export const CLI_VERSION = __APP_VERSION__;

function helpText(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    `installer-doctor ${CLI_VERSION}: find out why Windows Installer (.msi) installs fail, and fix it safely.`,
    '',
    'Usage: installer-doctor <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Global options:',
    '  --help           Show help (also: installer-doctor <command> --help)',
    '  --version        Print the version',
    '  --lang LANG      Language of human-readable output: en, zh-CN, zh-TW (default: the OS language)',
    '',
    'Exit codes: 0 ok, 1 findings present, 2 usage error, 3 bad input, 4 fix failed, 5 cancelled or declined, 10 internal error.',
    'Off Windows, commands run against a simulated machine: --scenario NAME|PATH or INSTALLER_DOCTOR_SCENARIO.',
    '',
  ].join('\n');
}

/** Takes `--lang X` out of argv wherever it is. */
function extractLang(argv: string[], fallback: Language): { argv: string[]; lang: Language } {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i === -1) return { argv, lang: fallback };
  const arg = argv[i] ?? '';
  const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[i + 1];
  if (!value || !(LANGUAGES as readonly string[]).includes(value))
    throw new UsageError(`--lang must be one of ${LANGUAGES.join(', ')}`);
  const rest = [...argv];
  rest.splice(i, arg.includes('=') ? 1 : 2);
  return { argv: rest, lang: value as Language };
}

export async function runCli(
  rawArgv: readonly string[],
  baseIo: Omit<CliIo, 'lang'> & { lang?: Language },
): Promise<number> {
  const osLang =
    baseIo.lang ?? pickLanguage([baseIo.env['LANG'] ?? '', Intl.DateTimeFormat().resolvedOptions().locale]);
  let io: CliIo = { ...baseIo, lang: osLang };
  try {
    const { argv, lang } = extractLang([...rawArgv], osLang);
    io = { ...io, lang };
    const [first, ...rest] = argv;
    if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
      io.out(helpText());
      return first === undefined ? ExitCode.Usage : ExitCode.Ok;
    }
    if (first === '--version' || first === '-v') {
      io.out(`${CLI_VERSION}\n`);
      return ExitCode.Ok;
    }
    const command = commands.find((c) => c.name === first);
    if (!command) throw new UsageError(`unknown command "${first}". Run installer-doctor --help.`);
    if (rest.includes('--help')) {
      io.out(`${command.summary}\n\nUsage: ${command.usage}\n`);
      return ExitCode.Ok;
    }
    return await command.run(parseArgs(rest, command.args), io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`installer-doctor: ${err.message}\n`);
      return ExitCode.Usage;
    }
    io.err(`installer-doctor: internal error: ${(err as Error).stack ?? String(err)}\n`);
    return ExitCode.Internal;
  }
}
