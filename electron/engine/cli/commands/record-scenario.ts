/**
 * `installer-doctor record-scenario --out FILE.json [--scenario NAME|PATH] [--write-map] [--json]`:
 * captures this PC (or a simulated one) as a scenario file a helpdesk can replay with
 * `installer-doctor diagnose --scenario FILE.json`. The scenario is redacted like a support bundle
 * (names become USER1/HOST1, SIDs keep their shape), since it is made to be handed to someone else;
 * --write-map writes the private pseudonym map beside it. Never overwrites FILE.
 * Exit codes: 0 written, 2 usage, 3 bad input (unknown scenario, FILE exists), 10 the machine could not be recorded.
 */
import { translate } from '@shared/i18n/translate';
import { single } from '../args';
import { ExitCode } from '../exit-codes';
import { hostFromArgs } from '../host-args';
import { json, type CliIo } from '../io';
import type { CliCommand } from '../command';
import {
  captureScenario,
  OutputExistsError,
  RecordError,
  redactScenario,
  Redactor,
  scenarioTexts,
  writeFileNoOverwrite,
} from '../../bundle/index';
import { planBatch } from '../../diagnose/index';

export const recordScenarioCommand: CliCommand = {
  name: 'record-scenario',
  summary: 'Capture this PC as a redacted scenario file that replays with diagnose --scenario.',
  usage: 'installer-doctor record-scenario --out FILE.json [--scenario NAME|PATH] [--write-map] [--json]',
  args: { values: { out: false, scenario: false }, flags: ['json', 'write-map'] },
  async run(args, io: CliIo) {
    const t = (key: string, values: Record<string, string | number> = {}) =>
      translate(io.lang, `bundle:${key}`, values);
    const out = single(args, 'out');
    if (!out || args.positionals.length > 0) {
      io.err(
        `installer-doctor: ${out ? `unexpected argument "${args.positionals[0] ?? ''}"` : '--out FILE.json is required'}\n`,
      );
      return ExitCode.Usage;
    }
    const host = await hostFromArgs(args, io);
    if (!host) return ExitCode.BadInput;
    let scenario;
    try {
      scenario = await captureScenario(host, { extraQueries: planBatch({ packagePath: null, now: Date.now() }).batch });
    } catch (err) {
      if (err instanceof RecordError) {
        io.err(`installer-doctor: ${err.message}\n`);
        return ExitCode.Internal;
      }
      throw err;
    }
    const m = scenario.machine;
    const redactor = new Redactor({
      users: [m.userName, m.env['USERNAME']?.expanded],
      hosts: [m.computerName],
      domains: [m.domain],
    });
    const parts = scenarioTexts(scenario);
    redactor.learnValue(parts.value);
    for (const text of parts.texts) redactor.learnText(text);
    const redacted = redactScenario(scenario, redactor, null);
    const text = redacted.scenario ? `${JSON.stringify(redacted.scenario, null, 2)}\n` : null;
    if (!text || redactor.leaks(text).length > 0) {
      io.err(
        `installer-doctor: the recorded machine could not be made anonymous; nothing was written (${redacted.withheld.map((w) => w.detail).join('; ')})\n`,
      );
      return ExitCode.Internal;
    }
    try {
      await writeFileNoOverwrite(out, new TextEncoder().encode(text));
      if (args.flags.has('write-map'))
        await writeFileNoOverwrite(
          `${out}.private-map.json`,
          new TextEncoder().encode(`${JSON.stringify({ entries: redactor.privateMap() }, null, 2)}\n`),
        );
    } catch (err) {
      if (err instanceof OutputExistsError) {
        io.err(`installer-doctor: ${t('cli.exists', { path: err.path })}\n`);
        return ExitCode.BadInput;
      }
      throw err;
    }
    if (args.flags.has('json')) json(io, { path: out, withheld: redacted.withheld, redactions: redacted.counts });
    else {
      io.out(`${t('cli.scenarioSaved', { path: out })}\n`);
      for (const w of redacted.withheld)
        io.out(`${t('cli.withheld', { name: w.name, reason: translate(io.lang, `uiBundle:reason.${w.reason}`) })}\n`);
      if (args.flags.has('write-map')) io.out(`${t('cli.mapSaved', { path: `${out}.private-map.json` })}\n`);
    }
    return ExitCode.Ok;
  },
};
