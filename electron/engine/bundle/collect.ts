/**
 * Gathering what a bundle carries, apart from computing on it ("pass values to functions"): the
 * diagnosis (one host batch), the fix journal, the machine as a scenario, the MsiInstaller events,
 * chosen logs (read from this computer's disk) and the newest logs found on the machine. Nothing here
 * redacts: build.ts does, over all of it at once. Every source that fails is recorded, not thrown.
 */
import { lstat, open } from 'node:fs/promises';
import type { SymptomId } from '@shared/model/catalog-ids';
import type { DiagnosisReport } from '@shared/model/diagnosis';
import type { Language } from '@shared/i18n/languages';
import { diagnose, planBatch } from '../diagnose/index';
import type { AnswerOf } from '../host/queries';
import type { Scenario } from '../host/simulated/scenario-schema';
import type { HostDescription, WindowsHost } from '../host/windows-host';
import { JournalStore } from '../journal/journal-store';
import { findCandidateLogs } from '../msilog/index';
import { captureScenario } from './scenario-capture';
import type { KnownIdentities } from './redact/redactor';

/** Largest log read into a bundle; a longer one is read up to here (its head) and cut further later. */
export const MAX_LOG_READ_BYTES = 128 * 1024 * 1024;
export const MAX_CHOSEN_LOGS = 10;
export const MAX_DISCOVERED_LOGS = 3;

export interface RawLog {
  origin: 'chosen' | 'discovered';
  /** The path on the machine (or this computer, for chosen logs); redacted before it is shown. */
  path: string;
  bytes: Uint8Array | null;
  readError: string | null;
  /** The file was longer than MAX_LOG_READ_BYTES and only its head was read. */
  truncated: boolean;
}

export interface BundleInputs {
  createdAt: Date;
  app: { name: string; version: string };
  lang: Language;
  host: HostDescription;
  os: AnswerOf<'os'> | null;
  symptom: SymptomId | null;
  diagnosis: DiagnosisReport | null;
  diagnosisError: string | null;
  journal: unknown[];
  logs: RawLog[];
  events: AnswerOf<'events'>['events'] | null;
  scenario: Scenario | null;
  scenarioError: string | null;
  /** Names the machine facts give (the redactor also discovers names in the texts). */
  known: KnownIdentities;
}

export interface GatherOptions {
  app: { name: string; version: string };
  lang: Language;
  symptom?: SymptomId | undefined;
  packagePath?: string | null | undefined;
  /** Logs on this computer's disk: CLI --include-log, or files the UI handed over by token. */
  chosenLogs?: readonly string[];
  /** Also take the newest MSI*.LOG files found on the machine (default true). */
  discoverLogs?: boolean;
  /** Where the fix journal lives (null: none). */
  dataDir?: string | null;
  now?: Date;
  signal?: AbortSignal;
}

const message = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/**
 * A read cut at MAX_LOG_READ_BYTES may end inside a character: keep whole lines only, so the strict
 * decoder sees complete text (the cut is noted in the manifest). UTF-16 line ends are found at even
 * offsets after the BOM.
 */
export function trimToLastLine(bytes: Uint8Array): Uint8Array {
  const le = bytes[0] === 0xff && bytes[1] === 0xfe;
  const be = bytes[0] === 0xfe && bytes[1] === 0xff;
  if (le || be) {
    for (let i = (bytes.length & ~1) - 2; i >= 2; i -= 2)
      if (le ? bytes[i] === 0x0a && bytes[i + 1] === 0 : bytes[i] === 0 && bytes[i + 1] === 0x0a)
        return bytes.subarray(0, i + 2);
    return bytes.subarray(0, 2);
  }
  const nl = bytes.lastIndexOf(0x0a);
  return bytes.subarray(0, nl + 1);
}

/** Reads at most MAX_LOG_READ_BYTES from the start of a regular file on this computer (not through a link). */
async function readLocalLog(path: string): Promise<RawLog> {
  try {
    // A link could point anywhere (security.md F4: symlinked leaf files are withheld).
    if ((await lstat(path)).isSymbolicLink())
      return { origin: 'chosen', path, bytes: null, readError: 'a symbolic link', truncated: false };
    const handle = await open(path, 'r');
    try {
      const info = await handle.stat();
      if (!info.isFile())
        return { origin: 'chosen', path, bytes: null, readError: 'not a regular file', truncated: false };
      const length = Math.min(info.size, MAX_LOG_READ_BYTES);
      const buffer = new Uint8Array(length);
      const { bytesRead } = await handle.read(buffer, 0, length, 0);
      const truncated = info.size > MAX_LOG_READ_BYTES;
      const bytes = buffer.subarray(0, bytesRead);
      return { origin: 'chosen', path, bytes: truncated ? trimToLastLine(bytes) : bytes, readError: null, truncated };
    } finally {
      await handle.close();
    }
  } catch (err) {
    return {
      origin: 'chosen',
      path,
      bytes: null,
      readError: (err as NodeJS.ErrnoException).code ?? message(err),
      truncated: false,
    };
  }
}

async function discoveredLogs(host: WindowsHost, signal: AbortSignal | undefined): Promise<RawLog[]> {
  const candidates = (
    await findCandidateLogs(host, signal ? { signal, limitPerFolder: 10 } : { limitPerFolder: 10 })
  ).filter((c) => c.folder !== 'logs-software');
  const out: RawLog[] = [];
  for (const c of candidates.slice(0, MAX_DISCOVERED_LOGS)) {
    try {
      const bytes = await host.readFile(c.path, MAX_LOG_READ_BYTES);
      const truncated = c.size > MAX_LOG_READ_BYTES;
      out.push({
        origin: 'discovered',
        path: c.path,
        bytes: truncated ? trimToLastLine(bytes) : bytes,
        readError: null,
        truncated,
      });
    } catch (err) {
      out.push({ origin: 'discovered', path: c.path, bytes: null, readError: message(err), truncated: false });
    }
  }
  return out;
}

function knownFrom(scenario: Scenario | null, env: Record<string, { expanded: string | null }>): KnownIdentities {
  const leaf = (p: string | null | undefined) =>
    p ? (p.replaceAll('/', '\\').split('\\').filter(Boolean).pop() ?? null) : null;
  const m = scenario?.machine;
  return {
    users: [
      m?.userName,
      env['USERNAME']?.expanded,
      leaf(env['USERPROFILE']?.expanded),
      leaf(m?.env['USERPROFILE']?.expanded),
    ],
    hosts: [m?.computerName, env['COMPUTERNAME']?.expanded],
    domains: [m?.domain, env['USERDOMAIN']?.expanded, env['USERDNSDOMAIN']?.expanded],
  };
}

export async function gatherBundleInputs(host: WindowsHost, options: GatherOptions): Promise<BundleInputs> {
  const now = options.now ?? new Date();
  const signal = options.signal;
  let diagnosis: DiagnosisReport | null = null;
  let diagnosisError: string | null = null;
  try {
    diagnosis = await diagnose(host, { symptom: options.symptom, packagePath: options.packagePath ?? null, signal });
  } catch (err) {
    if (signal?.aborted) throw err;
    diagnosisError = message(err);
  }
  let scenario: Scenario | null = null;
  let scenarioError: string | null = null;
  try {
    const extraQueries = planBatch({ packagePath: options.packagePath ?? null, now: now.getTime() }).batch;
    scenario = await captureScenario(host, { extraQueries, now, ...(signal ? { signal } : {}) });
  } catch (err) {
    scenarioError = message(err);
  }
  const [osOutcome, eventsOutcome, envOutcome] = await host.collect(
    [
      { kind: 'os' },
      { kind: 'events', log: 'Application', provider: 'MsiInstaller', ids: [], sinceDays: 30 },
      { kind: 'env', names: ['USERNAME', 'COMPUTERNAME', 'USERDOMAIN', 'USERDNSDOMAIN', 'USERPROFILE'] },
    ],
    signal ? { signal } : {},
  );
  const journal = options.dataDir ? await new JournalStore(options.dataDir).list().catch(() => []) : [];
  const chosen = await Promise.all((options.chosenLogs ?? []).slice(0, MAX_CHOSEN_LOGS).map(readLocalLog));
  const discovered = options.discoverLogs === false ? [] : await discoveredLogs(host, signal).catch(() => []);
  const env = envOutcome?.ok && envOutcome.kind === 'env' ? (envOutcome.answer as AnswerOf<'env'>).values : {};
  return {
    createdAt: now,
    app: options.app,
    lang: options.lang,
    host: host.describe(),
    os: osOutcome?.ok && osOutcome.kind === 'os' ? (osOutcome.answer as AnswerOf<'os'>) : null,
    symptom: options.symptom ?? null,
    diagnosis,
    diagnosisError,
    journal,
    logs: [...chosen, ...discovered],
    events:
      eventsOutcome?.ok && eventsOutcome.kind === 'events' ? (eventsOutcome.answer as AnswerOf<'events'>).events : null,
    scenario,
    scenarioError,
    known: knownFrom(scenario, env),
  };
}
