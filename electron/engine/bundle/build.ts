/**
 * Builds the support bundle from gathered inputs: learn every name from every input first, then
 * redact each entry, re-check it, and withhold what is not clean (fail closed). Logs are analyzed
 * from their original bytes (analysis needs the real text), and the analysis is redacted like the
 * rest. Entries: report.json, report.html, scenario.json, events.json, logs/NN-name.log and
 * MANIFEST.json. The private pseudonym map is returned beside the zip, never put in it.
 */
import {
  BUNDLE_SCHEMA_VERSION,
  BundleManifest,
  BundleReport,
  type BundleEntryKind,
  type BundleLog,
  type ManifestFile,
  type RedactionCounts,
  type WithheldItem,
} from '@shared/model/bundle';
import type { LogAnalysis } from '@shared/model/log-analysis';
import { analyzeLogBytes } from '../msilog/index';
import type { BundleInputs, RawLog } from './collect';
import { renderReportHtml } from './report-html';
import { redactScenario, scenarioTexts } from './scenario-capture';
import { redactLogWindows, scanLog, type ScannedLog } from './log-window';
import { addCounts, emptyCounts, type MapEntry } from './redact/pseudonyms';
import { Redactor } from './redact/redactor';
import { assertCleanEntryName, safeFileName, sha256, utf8, zipEntries, type BundleEntry } from './zip';

/** Per log, the head and the tail kept (in characters, cut at line boundaries): failures sit at the end. */
export const LOG_HEAD_CHARS = 4 * 1024 * 1024;
export const LOG_TAIL_CHARS = 12 * 1024 * 1024;
/** All logs together, in UTF-8 bytes after redaction and caps; a log past it is withheld as too large. */
export const TOTAL_LOG_BYTES = 64 * 1024 * 1024;

export interface BuiltBundle {
  zip: Uint8Array;
  manifest: BundleManifest;
  /** Every entry, MANIFEST.json included, as stored in the zip. */
  entries: BundleEntry[];
  withheld: WithheldItem[];
  totals: RedactionCounts;
  /** Real value -> pseudonym. Private: never inside the zip; the caller may write it beside. */
  privateMap: MapEntry[];
  createdAt: Date;
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
const message = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/** Keeps the head and tail of a long text, cut at line ends, with a line saying what was left out. */
export function capText(
  text: string,
  head = LOG_HEAD_CHARS,
  tail = LOG_TAIL_CHARS,
): { text: string; note: string | null } {
  if (text.length <= head + tail) return { text, note: null };
  const headEnd = text.lastIndexOf('\n', head) + 1;
  const tailStart = text.indexOf('\n', text.length - tail) + 1;
  if (headEnd <= 0 || tailStart <= headEnd)
    return { text: text.slice(0, headEnd || head), note: 'cut to its first part' };
  const omitted = text.slice(headEnd, tailStart);
  let lines = 0;
  for (let i = omitted.indexOf('\n'); i !== -1; i = omitted.indexOf('\n', i + 1)) lines++;
  const marker = `[... Installer Doctor left out ${lines} lines (${omitted.length} characters) here to keep the bundle small ...]\n`;
  return {
    text: text.slice(0, headEnd) + marker + text.slice(tailStart),
    note: `cut: ${lines} lines in the middle left out, the first ${headEnd} and last ${text.length - tailStart} characters kept`,
  };
}

/** Size limits; the defaults above, smaller ones in tests. */
export interface BundleLimits {
  totalLogBytes: number;
  headChars: number;
  tailChars: number;
}

interface Work {
  limits: BundleLimits;
  entries: BundleEntry[];
  withheld: WithheldItem[];
  totals: RedactionCounts;
  redactor: Redactor;
}

function joinBytes(parts: Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Texts longer than this are re-checked in pieces of whole lines (the re-check reads line by line). */
const RECHECK_CHARS = 1024 * 1024;

/** redactor.leaks over a long text, a piece of whole lines at a time, so the re-check holds no copies of all of it. */
function leaksInText(redactor: Redactor, text: string): string[] {
  if (text.length <= RECHECK_CHARS) return redactor.leaks(text);
  const found = new Set<string>();
  for (let from = 0; from < text.length;) {
    const nl = text.indexOf('\n', from + RECHECK_CHARS);
    const end = nl === -1 ? text.length : nl + 1;
    for (const leak of redactor.leaks(text.slice(from, end))) found.add(leak);
    from = end;
  }
  return [...found];
}

/**
 * Adds an entry if its text (and name) is clean on a fresh re-scan; otherwise withholds it. JSON
 * entries pass their value, so the re-scan knows which strings are versions.
 */
function addText(
  w: Work,
  name: string,
  kind: BundleEntryKind,
  text: string,
  counts: RedactionCounts,
  notes: string[] = [],
  value?: unknown,
): boolean {
  const leaks = value === undefined ? leaksInText(w.redactor, text) : w.redactor.leaksInValue(value);
  return addChecked(w, name, kind, leaks, () => utf8(text), counts, notes);
}

/** Adds an entry whose content was re-checked (`leaks`) if neither it nor its name holds anything known; otherwise withholds it. */
function addChecked(
  w: Work,
  name: string,
  kind: BundleEntryKind,
  contentLeaks: readonly string[],
  bytes: () => Uint8Array,
  counts: RedactionCounts,
  notes: string[],
): boolean {
  assertCleanEntryName(name);
  const leaks = [...contentLeaks, ...w.redactor.leaks(name)];
  if (leaks.length > 0) {
    w.withheld.push({
      name,
      reason: 'redaction-failed',
      detail: `a re-check still found: ${[...new Set(leaks)].join(', ')}`,
    });
    return false;
  }
  w.entries.push({ name, kind, bytes: bytes(), redactions: counts, notes });
  addCounts(w.totals, counts);
  return true;
}

interface PreparedLog {
  raw: RawLog;
  /** Decoded and checked piece by piece; the text is not kept (log-window.ts). */
  scan: ScannedLog | null;
  analysis: LogAnalysis | null;
  analysisError: string | null;
}

/** Analyzes a log and learns its names from every line (also those the cap leaves out), holding no copy of its text. */
function prepareLog(raw: RawLog, redactor: Redactor): PreparedLog {
  redactor.learnText(raw.path);
  if (!raw.bytes) return { raw, scan: null, analysis: null, analysisError: raw.readError };
  let analysis: LogAnalysis | null = null;
  let analysisError: string | null = null;
  try {
    analysis = analyzeLogBytes(raw.bytes);
  } catch (err) {
    analysisError = message(err);
  }
  return { raw, scan: scanLog(raw.bytes, redactor.learnPieces()), analysis, analysisError };
}

function addLogs(w: Work, logs: PreparedLog[]): BundleLog[] {
  const out: BundleLog[] = [];
  let logBytes = 0;
  logs.forEach((log, i) => {
    const source = w.redactor.redactText(log.raw.path).value;
    const name = `logs/${String(i + 1).padStart(2, '0')}-${safeFileName(source, 'installer.log')}`;
    const analysis = log.analysis ? w.redactor.redactValue(log.analysis) : null;
    if (analysis) addCounts(w.totals, analysis.counts);
    let entry: string | null = null;
    if (!log.scan)
      w.withheld.push({
        name: source,
        reason: 'unreadable',
        detail: (log.raw.readError ?? 'could not be read').slice(0, 500),
      });
    else if (!log.scan.ok) w.withheld.push({ name: source, reason: log.scan.reason, detail: log.scan.detail });
    else {
      try {
        // Only the head and the tail are decoded and redacted (the middle was only read to learn
        // names), a piece at a time: each piece is re-checked and encoded as it comes, so no copy of
        // the whole text is ever made.
        const parts: Uint8Array[] = [];
        const leaks = new Set<string>();
        let size = 0;
        const capped = redactLogWindows(
          log.scan,
          w.redactor,
          w.limits.headChars,
          w.limits.tailChars,
          capText,
          (piece) => {
            for (const leak of leaksInText(w.redactor, piece)) leaks.add(leak);
            const bytes = utf8(piece);
            parts.push(bytes);
            size += bytes.length;
          },
        );
        const notes = [
          `decoded from ${log.scan.encoding.toUpperCase()}${log.scan.bom ? ' with BOM' : ''}, stored as UTF-8`,
        ];
        if (log.raw.truncated) notes.push(`only the first ${log.raw.bytes?.length ?? 0} bytes were read`);
        if (capped.note) notes.push(capped.note);
        if (logBytes + size > w.limits.totalLogBytes)
          w.withheld.push({
            name: source,
            reason: 'too-large',
            detail: `the bundle already holds ${logBytes} bytes of logs (at most ${w.limits.totalLogBytes})`,
          });
        else if (addChecked(w, name, 'log', [...leaks], () => joinBytes(parts.splice(0), size), capped.counts, notes)) {
          entry = name;
          logBytes += size;
        }
      } catch (err) {
        w.withheld.push({ name: source, reason: 'redaction-failed', detail: message(err).slice(0, 500) });
      }
    }
    out.push({
      entry,
      origin: log.raw.origin,
      source,
      analysis: analysis?.value ?? null,
      analysisError: log.analysisError ? w.redactor.redactText(log.analysisError).value : null,
    });
  });
  return out;
}

/** Builds the whole bundle in memory. Throws only when the manifest itself cannot be made clean. */
export function buildBundle(
  inputs: BundleInputs,
  limits: BundleLimits = { totalLogBytes: TOTAL_LOG_BYTES, headChars: LOG_HEAD_CHARS, tailChars: LOG_TAIL_CHARS },
): BuiltBundle {
  const redactor = new Redactor(inputs.known);
  // Learn first, from everything, so a name found in one file is removed from all of them: each log's
  // path and every line of it, in order, then the rest.
  const logs = inputs.logs.map((raw) => prepareLog(raw, redactor));
  const scenarioParts = inputs.scenario ? scenarioTexts(inputs.scenario) : null;
  redactor.learnValue([inputs.diagnosis, inputs.journal, inputs.events, inputs.diagnosisError, inputs.scenarioError]);
  if (scenarioParts) {
    redactor.learnValue(scenarioParts.value);
    for (const t of scenarioParts.texts) redactor.learnText(t);
  }

  const w: Work = { limits, entries: [], withheld: [], totals: emptyCounts(), redactor };
  const bundleLogs = addLogs(w, logs);

  const events = inputs.events ? redactor.redactValue({ events: inputs.events }) : null;
  const eventsEntry =
    events && addText(w, 'events.json', 'events', json(events.value), events.counts, [], events.value)
      ? 'events.json'
      : null;

  const topFinding = inputs.diagnosis?.findings[0]?.id ?? null;
  if (inputs.scenario) {
    const s = redactScenario(inputs.scenario, redactor, topFinding);
    w.withheld.push(...s.withheld);
    if (s.scenario) addText(w, 'scenario.json', 'scenario', json(s.scenario), s.counts, [], s.scenario);
  } else {
    w.withheld.push({
      name: 'scenario.json',
      reason: 'unreadable',
      detail: redactor.redactText(inputs.scenarioError ?? 'the machine could not be recorded').value.slice(0, 500),
    });
  }

  const reportCounts = emptyCounts();
  const red = <T>(v: T): T => {
    const r = redactor.redactValue(v);
    addCounts(reportCounts, r.counts);
    return r.value;
  };
  const parsed = BundleReport.safeParse({
    schemaVersion: BUNDLE_SCHEMA_VERSION,
    createdAt: inputs.createdAt.toISOString(),
    app: inputs.app,
    locale: inputs.lang,
    host: { kind: inputs.host.kind, scenarioId: inputs.host.scenarioId },
    os: inputs.os
      ? {
          build: inputs.os.build,
          ubr: inputs.os.ubr,
          version: inputs.os.version,
          uiLocale: inputs.os.uiLocale,
          msiVersion: inputs.os.msiVersion,
          is64Bit: inputs.os.is64Bit,
        }
      : null,
    symptom: inputs.symptom,
    facts: inputs.diagnosis ? red(inputs.diagnosis.facts) : null,
    findings: inputs.diagnosis ? red(inputs.diagnosis.findings) : [],
    probeErrors: inputs.diagnosis ? red(inputs.diagnosis.probeErrors) : [],
    diagnosisError: inputs.diagnosisError === null ? null : red(inputs.diagnosisError),
    journal: red(inputs.journal),
    logs: bundleLogs,
    events: { count: inputs.events?.length ?? 0, entry: eventsEntry },
  });
  if (parsed.success) {
    addText(w, 'report.json', 'report-json', json(parsed.data), reportCounts, [], parsed.data);
    const files = w.entries.map((e) => ({ name: e.name, size: e.bytes.length }));
    addText(
      w,
      'report.html',
      'report-html',
      renderReportHtml(parsed.data, inputs.lang, { files, withheld: w.withheld, totals: w.totals }),
      emptyCounts(),
    );
  } else {
    w.withheld.push({
      name: 'report.json',
      reason: 'invalid',
      detail: parsed.error.issues
        .slice(0, 3)
        .map((i) => `${i.path.join('.')}: ${i.message}`)
        .join('; ')
        .slice(0, 500),
    });
  }

  const manifest = BundleManifest.parse({
    schemaVersion: BUNDLE_SCHEMA_VERSION,
    createdAt: inputs.createdAt.toISOString(),
    app: inputs.app,
    redaction: { enabled: true, totals: w.totals },
    files: w.entries.map((e): ManifestFile => ({
      name: e.name,
      kind: e.kind,
      size: e.bytes.length,
      sha256: sha256(e.bytes),
      redactions: e.redactions,
      notes: e.notes,
    })),
    withheld: w.withheld.map((x) => ({
      ...x,
      name: redactor.redactText(x.name).value,
      detail: redactor.redactText(x.detail).value,
    })),
  });
  const manifestText = json(manifest);
  const manifestLeaks = redactor.leaksInValue(manifest);
  if (manifestLeaks.length > 0)
    throw new Error(`MANIFEST.json still holds ${manifestLeaks.join(', ')}; no bundle is made`);
  const entries = [
    ...w.entries,
    {
      name: 'MANIFEST.json',
      kind: 'manifest' as const,
      bytes: utf8(manifestText),
      redactions: emptyCounts(),
      notes: [],
    },
  ];
  return {
    zip: zipEntries(entries, inputs.createdAt),
    manifest,
    entries,
    withheld: manifest.withheld,
    totals: w.totals,
    privateMap: redactor.privateMap(),
    createdAt: inputs.createdAt,
  };
}
