/**
 * `installer-doctor analyze-log FILE [--json] [--lang LANG] [--encoding NAME]`: the root cause of a
 * Windows Installer or WiX Burn log. Exit codes: 0 the log shows success (also success with a restart
 * pending), 1 it shows a failure or cancellation, 3 the file is unreadable or not a log, 2 usage.
 */
import { translate } from '@shared/i18n/translate';
import { lookupCode } from '@shared/kb/index';
import { analyzeLogFile, summarizeAnalysis, UnknownEncodingError, type LogAnalysis } from '../../msilog/index';
import { single, UsageError } from '../args';
import { ExitCode } from '../exit-codes';
import { json, type CliIo } from '../io';
import type { CliCommand } from '../command';

/** A file with no line the parser recognizes is not a log (a PDF, a screenshot, an empty file). */
const isLog = (a: LogAnalysis): boolean => a.format !== 'unknown' || a.errors.length > 0 || a.actions.length > 0;

function exitFor(a: LogAnalysis): ExitCode {
  switch (a.outcome) {
    case 'success':
    case 'reboot-required':
      return ExitCode.Ok;
    case 'failure':
    case 'cancelled':
      return ExitCode.Findings;
    case 'unknown':
      return a.errors.length > 0 ? ExitCode.Findings : ExitCode.Ok;
  }
}

function readFailure(io: CliIo, file: string, err: unknown): ExitCode {
  const t = (key: string, values: Record<string, string | number>): string => translate(io.lang, key, values);
  const code = (err as NodeJS.ErrnoException).code;
  if (err instanceof UnknownEncodingError) {
    io.err(`installer-doctor: ${t('log:error.encoding', { encoding: err.encoding })}\n`);
    return ExitCode.Usage;
  }
  if (code === 'ENOENT') io.err(`installer-doctor: ${t('log:error.notFound', { file })}\n`);
  else if (code === 'EACCES' || code === 'EISDIR' || code === 'EPERM' || code === 'EBUSY')
    io.err(`installer-doctor: ${t('log:error.unreadable', { file, reason: code })}\n`);
  else throw err;
  return ExitCode.BadInput;
}

export const analyzeLogCommand: CliCommand = {
  name: 'analyze-log',
  summary: 'Find the root cause in a Windows Installer (.msi) or WiX Burn log.',
  usage: 'installer-doctor analyze-log FILE [--json] [--lang en|zh-CN|zh-TW] [--encoding NAME]',
  args: { flags: ['json'], values: { encoding: false } },
  async run(args, io) {
    if (args.positionals.length !== 1) throw new UsageError('analyze-log needs exactly one FILE');
    const file = args.positionals[0] ?? '';
    let analysis: LogAnalysis;
    try {
      analysis = await analyzeLogFile(file, { encoding: single(args, 'encoding') });
    } catch (err) {
      return readFailure(io, file, err);
    }
    if (!isLog(analysis)) {
      io.err(`installer-doctor: ${translate(io.lang, 'log:error.notALog', { file })}\n`);
      return ExitCode.BadInput;
    }
    if (args.flags.has('json')) json(io, analysis);
    else {
      const explain = (code: number, namespace: 'exit' | 'message'): string | null =>
        lookupCode(code, namespace)[0]?.explanation[io.lang] ?? null;
      io.out(summarizeAnalysis(analysis, (key, values) => translate(io.lang, key, values), file, explain));
    }
    return exitFor(analysis);
  },
};
