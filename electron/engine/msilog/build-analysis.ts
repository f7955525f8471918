/** Turns the parser's state into the LogAnalysis the CLI prints and the UI shows. */
// Types only: loading zod and building the schemas costs ~50 ms of start-up, which the CLI and the
// worker do not need to produce an analysis (the schema is for checking at boundaries and in tests).
import type { LogAnalysis, LogError, TimelineEntry } from '@shared/model/log-analysis';

/** LOG_ANALYSIS_SCHEMA_VERSION in shared/model/log-analysis.ts (the type below keeps them equal). */
const SCHEMA_VERSION: LogAnalysis['schemaVersion'] = 1;
import type { DetectedEncoding } from './detect-encoding';
import { noiseByKey, type ErrorEvent, type ParseState } from './parse-state';
import { decideOutcome } from './outcome';
import { chooseRootCause } from './root-cause';

const TIMELINE_MAX = 200;

function toError(e: ErrorEvent): LogError {
  const severity =
    e.kind === 'internal' ? 'internal' : e.kind === 'warning' || e.kind === 'burn-warning' ? 'warning' : 'error';
  return {
    code: e.code,
    namespace: e.namespace,
    severity,
    message: e.message,
    line: e.line,
    action: e.action,
    customAction: e.customAction,
    nested: e.nested,
  };
}

function elevated(s: ParseState): boolean | null {
  if (s.elevation.yes) return true;
  if (s.elevation.no || s.elevation.weakNo) return false;
  return null;
}

function timeline(
  s: ParseState,
  statusLine: number | null,
  statusLabel: string,
): { entries: TimelineEntry[]; omitted: number } {
  const all: TimelineEntry[] = [];
  if (s.header.started) all.push({ line: 1, kind: 'log-start', label: s.header.started });
  for (const a of s.actionEnds)
    all.push({ line: a.line, kind: a.returnValue === 3 ? 'action-failed' : 'action-cancelled', label: a.name });
  for (const e of s.events)
    all.push({
      line: e.line,
      kind: e.kind === 'custom-action' ? 'custom-action-failed' : 'error',
      label: e.code === null ? e.message.slice(0, 120) : String(e.code),
    });
  for (const n of s.nested) all.push({ line: n.line, kind: 'nested-install', label: n.product ?? '' });
  for (const f of s.filesInUse.slice(0, 20))
    all.push({ line: f.line, kind: 'files-in-use', label: f.path ?? f.process?.name ?? '' });
  if (statusLine !== null) all.push({ line: statusLine, kind: 'status', label: statusLabel });
  all.sort((a, b) => a.line - b.line);
  if (s.complete) all.push({ line: Math.max(1, s.lines), kind: 'log-end', label: '' });
  return { entries: all.slice(0, TIMELINE_MAX), omitted: Math.max(0, all.length - TIMELINE_MAX) };
}

export function buildAnalysis(s: ParseState, encoding: DetectedEncoding, bytes: number): LogAnalysis {
  const { outcome, status } = decideOutcome(s);
  const rootCause = chooseRootCause(s, outcome, status);
  const tl = timeline(s, status.line, status.exitCode === null ? '' : String(status.exitCode));
  return {
    schemaVersion: SCHEMA_VERSION,
    format: s.format,
    outcome,
    exitCode: status.exitCode,
    status: { source: status.source, line: status.line },
    product: { ...s.product },
    header: { ...s.header },
    rootCause,
    errors: s.events.map(toError),
    actions: s.actions,
    customActions: s.customActions,
    nestedInstalls: s.nested,
    filesInUse: s.filesInUse,
    policies: s.policies,
    elevated: elevated(s),
    elevation: s.elevation.lines,
    properties: s.properties,
    hiddenProperties: [...s.hiddenProperties].sort(),
    reboot: s.reboot,
    noise: { count: s.noiseCount, byCode: Object.fromEntries(noiseByKey(s)) },
    timeline: tl.entries,
    encoding: { name: encoding.name, bom: encoding.bom, source: encoding.source },
    stats: {
      lines: s.lines,
      bytes,
      longLines: s.longLines,
      complete: s.complete,
      omitted: {
        errors: s.omittedErrors,
        actions: s.omittedActions,
        filesInUse: s.omittedFilesInUse,
        timeline: tl.omitted,
        customActions: s.omittedCustomActions,
      },
    },
  };
}
