/** `installer-doctor list [--json]`: the catalogs of checks, fixes, symptoms and scenarios. */
import { CHECK_IDS, FIX_IDS, SYMPTOM_IDS } from '@shared/model/catalog-ids';
import { builtinScenarioIds, loadBuiltinScenario } from '../../host/simulated/scenario-loader';
import { ExitCode } from '../exit-codes';
import { json } from '../io';
import type { CliCommand } from '../command';

export const listCommand: CliCommand = {
  name: 'list',
  summary: 'List the checks, fixes, symptoms and built-in scenarios.',
  usage: 'installer-doctor list [--json]',
  args: { flags: ['json'] },
  async run(args, io) {
    const scenarios = builtinScenarioIds().map((id) => {
      const s = loadBuiltinScenario(id);
      return { id, title: s.title, tags: s.tags, expect: s.expect ?? null };
    });
    const catalog = {
      checks: CHECK_IDS.map((id) => ({ id })),
      fixes: FIX_IDS.map((id) => ({ id })),
      symptoms: SYMPTOM_IDS.map((id) => ({ id })),
      scenarios,
    };
    if (args.flags.has('json')) {
      json(io, catalog);
      return ExitCode.Ok;
    }
    for (const [name, items] of Object.entries(catalog)) {
      io.out(`${name}:\n`);
      for (const item of items) io.out(`  ${item.id}${'title' in item ? `  ${String(item.title)}` : ''}\n`);
    }
    return ExitCode.Ok;
  },
};
