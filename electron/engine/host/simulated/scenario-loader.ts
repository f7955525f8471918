/**
 * Loads scenarios: built-in ones by id, or a JSON file by path. A scenario may name another in
 * `extends`; the child's `machine` is deep-merged onto the parent's: objects merge key by key, arrays
 * and scalars replace, and `null` removes a key (so a scenario can delete C:\Windows\Temp).
 * The merged result is validated against ScenarioSchema, so a typo fails loudly with its path.
 */
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { z } from 'zod';
import { builtinScenarios } from './scenarios/index';
import { ScenarioSchema, type Scenario } from './scenario-schema';

export class ScenarioError extends Error {
  constructor(
    readonly code: 'E_SCENARIO_NOT_FOUND' | 'E_SCENARIO_INVALID' | 'E_SCENARIO_CYCLE',
    message: string,
  ) {
    super(message);
    this.name = 'ScenarioError';
  }
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
const isObject = (v: unknown): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Deep merge with the rules above. Exported for tests. */
export function mergeMachine(base: unknown, patch: unknown): unknown {
  if (!isObject(base) || !isObject(patch)) return patch;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else out[key] = mergeMachine(base[key], value);
  }
  return out;
}

const RawScenario = z.looseObject({
  id: z.string().optional(),
  extends: z.string().optional(),
  machine: z.unknown().optional(),
});

function resolveRaw(raw: unknown, seen: Set<string>): unknown {
  const parsed = RawScenario.safeParse(raw);
  if (!parsed.success) throw new ScenarioError('E_SCENARIO_INVALID', 'A scenario must be a JSON object.');
  const { extends: parentId, ...rest } = parsed.data;
  if (!parentId) return rest;
  if (seen.has(parentId))
    throw new ScenarioError('E_SCENARIO_CYCLE', `Scenario inheritance loops through "${parentId}".`);
  const parentRaw = builtinScenarios[parentId];
  if (!parentRaw)
    throw new ScenarioError(
      'E_SCENARIO_NOT_FOUND',
      `Scenario "${rest.id ?? '?'}" extends unknown scenario "${parentId}".`,
    );
  const parent = resolveRaw(parentRaw, new Set([...seen, parentId])) as { machine?: unknown };
  return { ...rest, machine: mergeMachine(parent.machine, rest.machine ?? {}) };
}

/** Validates a raw scenario object (after resolving `extends`). */
export function parseScenario(raw: unknown): Scenario {
  const resolved = resolveRaw(raw, new Set());
  const result = ScenarioSchema.safeParse(resolved);
  if (!result.success) {
    throw new ScenarioError('E_SCENARIO_INVALID', `Invalid scenario: ${z.prettifyError(result.error)}`);
  }
  return result.data;
}

export function builtinScenarioIds(): string[] {
  return Object.keys(builtinScenarios).sort();
}

export function loadBuiltinScenario(id: string): Scenario {
  const raw = builtinScenarios[id];
  if (!raw)
    throw new ScenarioError(
      'E_SCENARIO_NOT_FOUND',
      `No built-in scenario "${id}". Known: ${builtinScenarioIds().join(', ')}.`,
    );
  return parseScenario(raw);
}

/** A name of a built-in scenario, a path to a scenario JSON file, or a support bundle .zip. */
export async function loadScenario(nameOrPath: string): Promise<Scenario> {
  if (Object.hasOwn(builtinScenarios, nameOrPath)) return loadBuiltinScenario(nameOrPath);
  if (!/[\\/.]/u.test(nameOrPath)) {
    throw new ScenarioError(
      'E_SCENARIO_NOT_FOUND',
      `No built-in scenario "${nameOrPath}". Known: ${builtinScenarioIds().join(', ')}.`,
    );
  }
  let text: string;
  try {
    text = /\.zip$/iu.test(nameOrPath)
      ? scenarioFromBundle(await readFile(nameOrPath), nameOrPath)
      : await readFile(nameOrPath, 'utf8');
  } catch (err) {
    if (err instanceof ScenarioError) throw err;
    throw new ScenarioError(
      'E_SCENARIO_NOT_FOUND',
      `Cannot read scenario file ${nameOrPath}: ${(err as Error).message}`,
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/u, ''));
  } catch (err) {
    throw new ScenarioError(
      'E_SCENARIO_INVALID',
      `Scenario file ${nameOrPath} is not valid JSON: ${(err as Error).message}`,
    );
  }
  return parseScenario(raw);
}

/** Largest scenario.json accepted from a support bundle zip (a guard against zip bombs). */
const MAX_BUNDLED_SCENARIO = 64 * 1024 * 1024;

/** The scenario.json a support bundle carries (installer-doctor bundle), for replay. */
function scenarioFromBundle(zip: Uint8Array, path: string): string {
  let entry: Uint8Array | undefined;
  try {
    entry = unzipSync(zip, { filter: (f) => f.name === 'scenario.json' && f.originalSize <= MAX_BUNDLED_SCENARIO })[
      'scenario.json'
    ];
  } catch (err) {
    throw new ScenarioError('E_SCENARIO_INVALID', `${path} is not a readable zip: ${(err as Error).message}`);
  }
  if (!entry)
    throw new ScenarioError('E_SCENARIO_NOT_FOUND', `${path} holds no scenario.json (or one too large to read).`);
  return strFromU8(entry);
}

/** The scenario used off Windows when none is chosen. */
export const DEFAULT_SCENARIO_ID = 'standard-user-windows-temp-2503';
