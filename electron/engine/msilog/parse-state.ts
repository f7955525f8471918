/**
 * What the parser accumulates while it streams through a log. Everything is bounded (lists are
 * capped, long texts shortened), so memory does not grow with the size of the log.
 */
import type {
  CodeNamespace,
  FileInUse,
  LogAction,
  LogFormat,
  LogLine,
  LogSignal,
  NestedInstall,
  RebootInfo,
} from '@shared/model/log-analysis';

export const LIMITS = {
  errors: 300,
  actions: 5000,
  filesInUse: 500,
  customActions: 1000,
  elevation: 20,
  messageChars: 2000,
  contextBefore: 6,
  contextAfter: 4,
  openActions: 64,
  nested: 50,
  userMessages: 20,
} as const;

export type EventKind = 'error' | 'internal' | 'custom-action' | 'mutex' | 'burn-error' | 'burn-warning' | 'warning';

/** One error-like event, kept with its context for the root-cause choice. */
export interface ErrorEvent {
  kind: EventKind;
  code: number | null;
  namespace: CodeNamespace | null;
  systemError: number | null;
  message: string;
  line: number;
  action: string | null;
  customAction: string | null;
  customActionExitCode: number | null;
  nested: boolean;
  context: LogLine[];
  signals: LogSignal[];
}

export interface StatedStatus {
  code: number;
  line: number;
  context: LogLine[];
}

export interface OpenAction {
  record: LogAction;
  index: number;
}

export interface UserMessage {
  line: number;
  text: string;
  action: string | null;
  context: LogLine[];
}

export interface ParseState {
  format: LogFormat;
  /** Side of the last verbose line ("MSI (c)" / "MSI (s)"); action lines themselves have none. */
  side: 'client' | 'server' | null;
  header: { started: string | null; build: string | null; callingProcess: string | null };
  lines: number;
  longLines: number;
  complete: boolean;
  /** Last "MainEngineThread is returning N" of the main engine. */
  engineStatus: StatedStatus | null;
  finalMessage: StatedStatus | null;
  burnExit: StatedStatus | null;
  events: ErrorEvent[];
  omittedErrors: number;
  actions: LogAction[];
  omittedActions: number;
  openActions: OpenAction[];
  customActions: { name: string; exitCode: number; translatedToSuccess: boolean; line: number }[];
  omittedCustomActions: number;
  /** Name of the custom action the deferred script is running (CustomActionSchedule). */
  scriptCustomAction: string | null;
  filesInUse: FileInUse[];
  omittedFilesInUse: number;
  policies: { machine: Record<string, string | number>; user: Record<string, string | number> };
  elevation: { lines: LogLine[]; yes: boolean; no: boolean; weakNo: boolean };
  product: { name: string | null; version: string | null; code: string | null; package: string | null };
  properties: Record<string, string>;
  hiddenProperties: Set<string>;
  reboot: RebootInfo;
  noise: Map<string, number>;
  /** Noise counted by message number (Note probes, a few per dozen lines): merged into `noise` by noiseByKey. */
  noiseByNumber: Map<number, number>;
  noiseCount: number;
  signals: { signal: LogSignal; line: number }[];
  nested: NestedInstall[];
  /** The nested install in progress, while its parent action runs. */
  nestedOpen: { index: number; parentAction: string | null } | null;
  engineRuns: number;
  /** From "RemoveExistingProducts: Application: {GUID}, ...", before the nested engine starts. */
  pendingNestedProduct: string | null;
  userMessages: UserMessage[];
  /** Actions that ended failed (3) or cancelled (2), with context, in order. */
  actionEnds: { name: string; line: number; returnValue: number; nested: boolean; context: LogLine[] }[];
}

export function createState(): ParseState {
  return {
    format: 'unknown',
    side: null,
    header: { started: null, build: null, callingProcess: null },
    lines: 0,
    longLines: 0,
    complete: false,
    engineStatus: null,
    finalMessage: null,
    burnExit: null,
    events: [],
    omittedErrors: 0,
    actions: [],
    omittedActions: 0,
    openActions: [],
    customActions: [],
    omittedCustomActions: 0,
    scriptCustomAction: null,
    filesInUse: [],
    omittedFilesInUse: 0,
    policies: { machine: {}, user: {} },
    elevation: { lines: [], yes: false, no: false, weakNo: false },
    product: { name: null, version: null, code: null, package: null },
    properties: {},
    hiddenProperties: new Set(),
    reboot: { required: false, initiated: false, reasons: [], scheduledOperations: 0 },
    noise: new Map(),
    noiseByNumber: new Map(),
    noiseCount: 0,
    signals: [],
    nested: [],
    nestedOpen: null,
    engineRuns: 0,
    pendingNestedProduct: null,
    userMessages: [],
    actionEnds: [],
  };
}

/**
 * A copy of a string that does not keep the chunk it was cut from alive: V8 represents a slice as a
 * view of its parent, so keeping a 40-character action name would otherwise pin a 1 MiB chunk.
 * Flattening a concatenation makes a fresh string.
 */
export function detach(text: string): string {
  return ` ${text}`.slice(1);
}

/** A message kept in the result: shortened, and detached from its chunk. */
export const clip = (text: string): string =>
  detach(text.length > LIMITS.messageChars ? `${text.slice(0, LIMITS.messageChars)}…` : text);

export function addNoise(state: ParseState, key: string): void {
  state.noiseCount++;
  state.noise.set(key, (state.noise.get(key) ?? 0) + 1);
}

/** addNoise with the message number as the key, without building or hashing a string per line. */
export function addNoiseNumber(state: ParseState, code: number): void {
  state.noiseCount++;
  state.noiseByNumber.set(code, (state.noiseByNumber.get(code) ?? 0) + 1);
}

/** All noise counts by key, as addNoise would have kept them. */
export function noiseByKey(state: ParseState): Map<string, number> {
  const all = new Map(state.noise);
  for (const [code, n] of state.noiseByNumber) {
    const key = String(code);
    all.set(key, (all.get(key) ?? 0) + n);
  }
  return all;
}

export function addSignal(state: ParseState, signal: LogSignal, line: number): void {
  if (state.signals.length < 200 && !state.signals.some((s) => s.signal === signal && s.line === line))
    state.signals.push({ signal, line });
}

export function addRebootReason(state: ParseState, reason: RebootInfo['reasons'][number]): void {
  state.reboot.required = true;
  if (!state.reboot.reasons.includes(reason)) state.reboot.reasons.push(reason);
}

/** The innermost action still running. */
export function currentAction(state: ParseState): string | null {
  return state.openActions.at(-1)?.record.name ?? null;
}

export function addFileInUse(state: ParseState, file: FileInUse): void {
  if (
    state.filesInUse.some(
      (f) => f.path === file.path && f.source === file.source && f.process?.pid === file.process?.pid,
    )
  )
    return;
  if (state.filesInUse.length >= LIMITS.filesInUse) state.omittedFilesInUse++;
  else state.filesInUse.push(file);
}
