/**
 * A probe asks the host a fixed list of questions (HostQuery) and turns the answers into one typed
 * fact. diagnose() gathers the queries of every probe, sends them to the host in ONE collect call (one
 * PowerShell process on the live host), then hands each probe its own answers. A probe that cannot
 * conclude throws ProbeFailure; diagnose() records "could not check X: reason" and goes on.
 */
import type { CheckId } from '@shared/model/catalog-ids';
import type { FactKey, Facts } from '@shared/model/facts';
import type { AnswerOf, HostQuery, QueryFailureStatus, QueryKind, QueryOutcome } from '../host/queries';
import type { WindowsHost } from '../host/windows-host';

export interface ProbeContext {
  /** The package the user chose, if any (a path on the machine). */
  packagePath: string | null;
  /** Milliseconds since the epoch, for event ages. */
  now: number;
}

export class ProbeFailure extends Error {
  /**
   * `denied`: Windows refused this token what the probe needed (an administrator could check);
   * `failed`: anything else.
   */
  readonly status: QueryFailureStatus;
  /** The Win32 error behind a denial (5 ERROR_ACCESS_DENIED), when known. */
  readonly win32: number | null;
  constructor(reason: string, status: QueryFailureStatus = 'failed', win32: number | null = null) {
    super(reason);
    this.name = 'ProbeFailure';
    this.status = status;
    this.win32 = win32;
  }
}

export interface Probe<K extends FactKey = FactKey> {
  /** The fact this probe fills. */
  readonly fact: K;
  /** The check whose subject this is ("could not check <check>"). */
  readonly checkId: CheckId;
  /** The questions, in order; an empty list means the probe does not apply (fact stays null). */
  queries(ctx: ProbeContext): HostQuery[];
  /** Parses the answers, in the order of queries(). Throws ProbeFailure when it cannot conclude. */
  parse(answers: readonly QueryOutcome[], ctx: ProbeContext): NonNullable<Facts[K]>;
  /** Optional step that reads a file through the host (never starts a process). */
  complete?(
    fact: NonNullable<Facts[K]>,
    step: { host: WindowsHost; answers: readonly QueryOutcome[]; signal?: AbortSignal | undefined },
  ): Promise<NonNullable<Facts[K]>>;
}

/** The answer of query `i`, or a ProbeFailure naming why the host could not answer it. */
export function need<K extends QueryKind>(answers: readonly QueryOutcome[], i: number, kind: K): AnswerOf<K> {
  const a = answers[i];
  if (!a) throw new ProbeFailure(`no answer for the ${kind} query`);
  if (!a.ok) throw new ProbeFailure(a.error, a.status, a.win32);
  if (a.kind !== kind) throw new ProbeFailure(`expected a ${kind} answer, got ${a.kind}`);
  return a.answer as AnswerOf<K>;
}

/** Like need(), but null when that one answer is missing (for optional details). */
export function maybe<K extends QueryKind>(answers: readonly QueryOutcome[], i: number, kind: K): AnswerOf<K> | null {
  const a = answers[i];
  return a && a.ok && a.kind === kind ? (a.answer as AnswerOf<K>) : null;
}

/** Reads a REG_DWORD/QWORD as a number; a numeric string counts too (policies set by scripts). */
export function regNumber(
  values: Record<string, { type: string; data: unknown }> | undefined,
  name: string,
): number | null {
  const entry = findValue(values, name);
  if (!entry) return null;
  if (typeof entry.data === 'number') return entry.data;
  if (typeof entry.data === 'string' && /^\d{1,10}$/u.test(entry.data.trim())) return Number(entry.data.trim());
  return null;
}

export function regString(
  values: Record<string, { type: string; data: unknown }> | undefined,
  name: string,
): string | null {
  const entry = findValue(values, name);
  return entry && typeof entry.data === 'string' ? entry.data : null;
}

/** Registry value names are case-insensitive. */
export function findValue<T>(values: Record<string, T> | undefined, name: string): T | undefined {
  if (!values) return undefined;
  const wanted = name.toLowerCase();
  for (const [n, v] of Object.entries(values)) if (n.toLowerCase() === wanted) return v;
  return undefined;
}

/** Expands %NAME% with the given variables (case-insensitive); unknown names stay as they are. */
export function expandWith(text: string, vars: Readonly<Record<string, string | null>>): string {
  const lower = new Map(Object.entries(vars).map(([k, v]) => [k.toLowerCase(), v]));
  return text.replace(/%([^%\\]{1,64})%/gu, (m, name: string) => lower.get(name.toLowerCase()) ?? m);
}

export const SIDS = {
  system: 'S-1-5-18',
  administrators: 'S-1-5-32-544',
  users: 'S-1-5-32-545',
  everyone: 'S-1-1-0',
  authenticatedUsers: 'S-1-5-11',
  creatorOwner: 'S-1-3-0',
} as const;
