import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinScenarioIds, loadBuiltinScenario, mergeMachine, parseScenario, ScenarioError } from './scenario-loader';
import { builtinScenarios } from './scenarios/index';

const here = fileURLToPath(new URL('.', import.meta.url));

describe('scenario files', () => {
  it('every JSON file in scenarios/ is listed in scenarios/index.ts under its own id', () => {
    const files = readdirSync(join(here, 'scenarios'))
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.replace(/\.json$/u, ''));
    expect(Object.keys(builtinScenarios).sort()).toEqual(files.sort());
    for (const id of files) expect((builtinScenarios[id] as { id: string }).id).toBe(id);
  });

  it.each(builtinScenarioIds())('%s validates against the schema', (id) => {
    const s = loadBuiltinScenario(id);
    expect(s.id).toBe(id);
    expect(s.machine.token.userSid).toMatch(/^S-1-5-/u);
  });

  it.each(builtinScenarioIds())('%s has its title in zh-CN and zh-TW for the banner', (id) => {
    const s = loadBuiltinScenario(id);
    expect(s.titles['zh-CN']).toMatch(/\p{Script=Han}/u);
    expect(s.titles['zh-TW']).toMatch(/\p{Script=Han}/u);
    expect(s.titles['zh-TW']).not.toBe(s.titles['zh-CN']);
  });

  it('a scenario extending healthy inherits what it does not state', () => {
    const s = loadBuiltinScenario('standard-user-windows-temp-2503');
    expect(s.machine.services['msiserver']?.imagePath).toContain('msiexec.exe');
    expect(s.machine.token.groups.some((g) => g.sid === 'S-1-5-32-544')).toBe(false);
  });
});

describe('scenario schema errors are precise', () => {
  it('rejects an unknown key with its path', () => {
    const raw = {
      ...(builtinScenarios['healthy'] as object),
      id: 'broken-one',
      machine: { ...(builtinScenarios['healthy'] as { machine: object }).machine, tokn: {} },
    };
    expect(() => parseScenario(raw)).toThrow(/tokn/u);
  });
  it('rejects a bad id', () => {
    expect(() => parseScenario({ ...(builtinScenarios['healthy'] as object), id: 'Bad Id' })).toThrow(ScenarioError);
  });
  it('rejects extends of an unknown scenario and loops', () => {
    expect(() => parseScenario({ id: 'x-1', extends: 'nope', title: 't', machine: {} })).toThrow(
      /unknown scenario "nope"/u,
    );
  });
});

describe('mergeMachine', () => {
  it('merges objects, replaces arrays and scalars, deletes on null', () => {
    expect(mergeMachine({ a: { b: 1, c: 2 }, l: [1, 2], s: 'x' }, { a: { c: 3 }, l: [9], s: null })).toEqual({
      a: { b: 1, c: 3 },
      l: [9],
    });
  });
});
