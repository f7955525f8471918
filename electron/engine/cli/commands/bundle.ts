/**
 * `installer-doctor bundle --out FILE.zip [--scenario NAME|PATH] [--include-log FILE]... [--symptom CODE]
 * [--msi PATH] [--no-discover] [--write-map] [--json]`: makes the redacted support bundle of this PC (or
 * of a simulated one) and writes it to FILE.zip, never over an existing file. --write-map also writes
 * the private pseudonym map beside it (FILE.zip.private-map.json); it is never inside the zip.
 * Exit codes: 0 written, 2 usage, 3 bad input (unknown scenario or symptom, FILE exists).
 */
import { translate } from '@shared/i18n/translate';
import { single } from '../args';
import { ExitCode } from '../exit-codes';
import { hostFromArgs, packageFromArgs, symptomFromArgs } from '../host-args';
import { json, type CliIo } from '../io';
import type { CliCommand } from '../command';
import { buildBundle, gatherBundleInputs, OutputExistsError, saveBundle } from '../../bundle/index';

export const bundleCommand: CliCommand = {
  name: 'bundle',
  summary: 'Make a redacted support bundle (report, machine scenario, logs, events) for a helpdesk.',
  usage:
    'installer-doctor bundle --out FILE.zip [--scenario NAME|PATH] [--include-log FILE]... [--symptom CODE] [--msi PATH] [--no-discover] [--write-map] [--json]',
  args: {
    values: { out: false, scenario: false, 'include-log': true, symptom: false, msi: false },
    flags: ['json', 'write-map', 'no-discover'],
  },
  async run(args, io: CliIo) {
    const t = (key: string, values: Record<string, string | number> = {}) =>
      translate(io.lang, `bundle:${key}`, values);
    const out = single(args, 'out');
    if (!out || args.positionals.length > 0) {
      io.err(
        `installer-doctor: ${out ? `unexpected argument "${args.positionals[0] ?? ''}"` : '--out FILE.zip is required'}\n`,
      );
      return ExitCode.Usage;
    }
    const symptom = symptomFromArgs(args, io);
    if (symptom === null) return ExitCode.BadInput;
    const host = await hostFromArgs(args, io);
    if (!host) return ExitCode.BadInput;
    const pkg = await packageFromArgs(args, io, host);
    if (!pkg) return ExitCode.BadInput;
    const packagePath = pkg.path;
    const built = buildBundle(
      await gatherBundleInputs(host, {
        app: { name: 'Installer Doctor', version: __APP_VERSION__ },
        lang: io.lang,
        symptom: single(args, 'symptom') === undefined ? undefined : symptom,
        packagePath,
        chosenLogs: args.values['include-log'] ?? [],
        discoverLogs: !args.flags.has('no-discover'),
      }),
    );
    let saved;
    try {
      saved = await saveBundle(built, out, { writeMap: args.flags.has('write-map') });
    } catch (err) {
      if (err instanceof OutputExistsError) {
        io.err(`installer-doctor: ${t('cli.exists', { path: (err as OutputExistsError).path })}\n`);
        return ExitCode.BadInput;
      }
      throw err;
    }
    const redactions = Object.values(built.totals).reduce((a, b) => a + b, 0);
    if (args.flags.has('json')) {
      json(io, {
        path: saved.path,
        size: saved.size,
        mapPath: saved.mapPath,
        files: built.manifest.files.map((f) => ({ name: f.name, size: f.size, sha256: f.sha256 })),
        withheld: built.withheld,
        redactions: built.totals,
      });
      return ExitCode.Ok;
    }
    io.out(
      `${t('cli.saved', { path: saved.path, size: saved.size })}\n${t('cli.entries', { count: built.entries.length, redactions })}\n`,
    );
    for (const w of built.withheld)
      io.out(`${t('cli.withheld', { name: w.name, reason: translate(io.lang, `uiBundle:reason.${w.reason}`) })}\n`);
    if (saved.mapPath) io.out(`${t('cli.mapSaved', { path: saved.mapPath })}\n`);
    return ExitCode.Ok;
  },
};
