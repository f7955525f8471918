import { describe, expect, it } from 'vitest';
import { SimulatedHost } from '../host/simulated/simulated-host';
import { loadBuiltinScenario } from '../host/simulated/scenario-loader';
import type { WindowsHost } from '../host/windows-host';
import { findCandidateLogs } from './index';
import { queryDenied } from '../host/queries';

function file(modified: string) {
  return {
    type: 'file' as const,
    attributes: 0,
    ownerSid: 'S-1-5-18',
    acl: null,
    isNetwork: false,
    content: '=== Verbose logging started ===',
    modified,
  };
}

function hostWithLogs(): SimulatedHost {
  const scenario = structuredClone(loadBuiltinScenario('healthy'));
  const temp = scenario.machine.env['TEMP']?.expanded ?? '';
  Object.assign(scenario.machine.paths, {
    [`${temp}\\MSI1a2b3.LOG`]: file('2026-11-20T08:00:00.000Z'),
    [`${temp}\\notes.txt`]: file('2026-11-21T09:00:00.000Z'),
    'C:\\Windows\\Temp\\MSI9f8e7.LOG': file('2026-11-21T07:00:00.000Z'),
    'C:\\Windows\\Logs\\Software\\Contoso_Widget_Install.log': file('2026-11-19T12:00:00.000Z'),
  });
  return new SimulatedHost(scenario);
}

describe('findCandidateLogs (msdocs/logging.md: the Logging policy writes MSI*.LOG to %temp%)', () => {
  it('lists MSI*.LOG in the user TEMP and C:\\Windows\\Temp and logs in C:\\Windows\\Logs\\Software, newest first', async () => {
    const logs = await findCandidateLogs(hostWithLogs());
    expect(logs.map((l) => [l.folder, l.path.split('\\').at(-1)])).toEqual([
      ['windows-temp', 'MSI9f8e7.LOG'],
      ['user-temp', 'MSI1a2b3.LOG'],
      ['logs-software', 'Contoso_Widget_Install.log'],
    ]);
  });

  it('asks the host only through env and listFiles queries, and skips folders it cannot read', async () => {
    const inner = hostWithLogs();
    const kinds: string[] = [];
    const host: WindowsHost = {
      describe: () => inner.describe(),
      apply: (op) => inner.apply(op),
      readFile: (p, n) => inner.readFile(p, n),
      collect: async (queries, options) => {
        kinds.push(...queries.map((q) => q.kind));
        const answers = await inner.collect(queries, options);
        return answers.map((a, i) => (i === 1 && a.kind === 'listFiles' ? queryDenied('listFiles') : a));
      },
    };
    const logs = await findCandidateLogs(host);
    expect(new Set(kinds)).toEqual(new Set(['env', 'listFiles']));
    expect(logs.map((l) => l.folder)).toEqual(['user-temp', 'logs-software']);
  });
});
