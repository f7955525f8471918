/**
 * The machine as a scenario file inside the bundle. On a simulated host it is the current machine
 * model (snapshot(), so fixes applied during the session are included) under the source scenario's
 * clock; on the live host it is recorded through queries (record-scenario.ts). Either way it is
 * redacted like everything else before it enters the zip: names become USER1/HOST1, SIDs keep their
 * shape, so the replayed machine compares ACLs and tokens exactly as the original did. File contents
 * that cannot be decoded and cleaned (packages, binary files) are dropped, keeping only their size.
 */
import type { RedactionCounts, WithheldItem } from '@shared/model/bundle';
import { ScenarioSchema, type Scenario } from '../host/simulated/scenario-schema';
import { SimulatedHost } from '../host/simulated/simulated-host';
import type { WindowsHost } from '../host/windows-host';
import { recordScenario, type RecordOptions } from './record-scenario';
import { decodeStrict } from './redact/decode';
import { addCounts, emptyCounts } from './redact/pseudonyms';
import type { Redactor } from './redact/redactor';

/** The unredacted scenario of the machine behind `host`. */
export async function captureScenario(host: WindowsHost, options: RecordOptions = {}): Promise<Scenario> {
  if (host instanceof SimulatedHost) {
    const source = host.source();
    return ScenarioSchema.parse({
      id: source.id,
      title: source.title,
      titles: source.titles,
      description: source.description,
      tags: source.tags,
      ...(source.now ? { now: source.now } : {}),
      ...(source.expect ? { expect: source.expect } : {}),
      machine: host.snapshot(),
    });
  }
  return recordScenario(host, options);
}

const BOMS = { 'utf-8': [0xef, 0xbb, 0xbf], 'utf-16le': [0xff, 0xfe], 'utf-16be': [0xfe, 0xff] } as const;

function encode(text: string, encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bom: boolean): Uint8Array {
  let body: Uint8Array;
  if (encoding === 'utf-8') body = new TextEncoder().encode(text);
  else {
    body = new Uint8Array(Buffer.from(text, 'utf16le'));
    if (encoding === 'utf-16be')
      for (let i = 0; i + 1 < body.length; i += 2) [body[i], body[i + 1]] = [body[i + 1] ?? 0, body[i] ?? 0];
  }
  if (!bom) return body;
  const out = new Uint8Array(BOMS[encoding].length + body.length);
  out.set(BOMS[encoding]);
  out.set(body, BOMS[encoding].length);
  return out;
}

/** Every text a scenario holds, for the redactor to learn names from (file contents decoded). */
export function scenarioTexts(scenario: Scenario): { value: unknown; texts: string[] } {
  const texts: string[] = [];
  for (const entry of Object.values(scenario.machine.paths)) {
    if (entry.contentBase64 === undefined) continue;
    const d = decodeStrict(new Uint8Array(Buffer.from(entry.contentBase64, 'base64')));
    if (d.ok) texts.push(d.text);
  }
  return { value: withoutBase64(scenario), texts };
}

function withoutBase64(scenario: Scenario): Scenario {
  const copy = structuredClone(scenario);
  for (const entry of Object.values(copy.machine.paths)) delete entry.contentBase64;
  return copy;
}

export interface RedactedScenario {
  scenario: Scenario | null;
  counts: RedactionCounts;
  withheld: WithheldItem[];
}

/**
 * Redacts a scenario for the bundle. Base64 file contents are decoded strictly, redacted and encoded
 * back in their own encoding; undecodable ones are dropped (size kept) and listed as withheld. The
 * result must still be a valid scenario, or the whole file is withheld.
 */
export function redactScenario(scenario: Scenario, redactor: Redactor, topFinding: string | null): RedactedScenario {
  const counts = emptyCounts();
  const withheld: WithheldItem[] = [];
  const contents = new Map<string, string>();
  for (const [path, entry] of Object.entries(scenario.machine.paths)) {
    if (entry.contentBase64 === undefined) continue;
    const bytes = new Uint8Array(Buffer.from(entry.contentBase64, 'base64'));
    const d = decodeStrict(bytes);
    const shownPath = redactor.redactText(path).value;
    if (!d.ok) {
      withheld.push({
        name: `scenario.json: content of ${shownPath}`,
        machineFile: shownPath,
        reason: d.reason,
        detail: `${d.detail}; only its size (${bytes.length} bytes) is kept`,
      });
      continue;
    }
    const r = redactor.redactText(d.text);
    addCounts(counts, r.counts);
    contents.set(path, Buffer.from(encode(r.value, d.encoding, d.bom)).toString('base64'));
  }
  // Base64 is set aside while the rest is redacted as text (a name inside base64 is not a name), then
  // the cleaned contents go back under the redacted paths.
  const redacted = redactor.redactValue(withoutBase64(scenario));
  addCounts(counts, redacted.counts);
  const out = redacted.value;
  for (const [path, entry] of Object.entries(scenario.machine.paths)) {
    if (entry.contentBase64 === undefined) continue;
    const target = out.machine.paths[redactor.redactText(path).value];
    if (!target) continue;
    const clean = contents.get(path);
    if (clean !== undefined) target.contentBase64 = clean;
    else target.size = Buffer.from(entry.contentBase64, 'base64').length;
  }
  out.id = /^[a-z0-9][a-z0-9-]{1,63}$/u.test(`bundle-${scenario.id}`.slice(0, 64))
    ? `bundle-${scenario.id}`.slice(0, 64)
    : 'bundle-machine';
  if (topFinding) out.expect = { ...(out.expect ?? {}), topFinding };
  const parsed = ScenarioSchema.safeParse(out);
  if (!parsed.success) {
    withheld.push({
      name: 'scenario.json',
      reason: 'invalid',
      detail: `the redacted machine is not a valid scenario: ${parsed.error.issues[0]?.message ?? ''}`.slice(0, 500),
    });
    return { scenario: null, counts, withheld };
  }
  return { scenario: parsed.data, counts, withheld };
}
