/**
 * The support bundle: what goes into the zip (report.json, MANIFEST.json), and what the UI's preview
 * shows before saving. Every schema here is versioned; a helpdesk tool reads report.json with it.
 * Redaction is on by construction (see electron/engine/bundle/redact and ../shared/research/security.md
 * section 5): the private pseudonym map is never part of any of these shapes.
 */
import { z } from 'zod';
import { Facts } from './facts';
import { Finding, ProbeError, SymptomId } from './findings';
import { LogAnalysis } from './log-analysis';

export const BUNDLE_SCHEMA_VERSION = 1;

/** What a redaction replaced. Pseudonymized kinds keep a stable stand-in (USER1, HOST1, ...). */
export const RedactionKind = z.enum([
  'user',
  'host',
  'domain',
  'organization',
  'sid',
  'email',
  'ipv4',
  'ipv6',
  'mac',
  'secret-property',
  'hidden-property',
  'command-line-value',
]);
export type RedactionKind = z.infer<typeof RedactionKind>;

export const RedactionCounts = z.record(RedactionKind, z.number().int().nonnegative());
export type RedactionCounts = z.infer<typeof RedactionCounts>;

export const BundleEntryKind = z.enum(['report-json', 'report-html', 'scenario', 'log', 'events', 'manifest']);
export type BundleEntryKind = z.infer<typeof BundleEntryKind>;

/** Why something was left out. The raw bytes of a withheld item never enter the zip. */
export const WithheldReason = z.enum([
  'undecodable',
  'binary',
  'too-large',
  'unreadable',
  'redaction-failed',
  'invalid',
  'unsafe-name',
]);
export type WithheldReason = z.infer<typeof WithheldReason>;

export const ManifestFile = z.object({
  /** Entry name inside the zip: relative, forward slashes, no "..", no drive, no control characters. */
  name: z.string(),
  kind: BundleEntryKind,
  size: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/u),
  /** What redaction replaced in this entry. */
  redactions: RedactionCounts,
  /** E.g. "cut to the first 4 MiB and the last 20 MiB (lines 1-..., ...)", "re-encoded from UTF-16LE". */
  notes: z.array(z.string()).default([]),
});
export type ManifestFile = z.infer<typeof ManifestFile>;

export const WithheldItem = z.object({
  /** A redacted description of what was left out (a redacted path or an entry name). */
  name: z.string(),
  reason: WithheldReason,
  detail: z.string().max(500).default(''),
  /** When the item is a file of the captured machine whose bytes scenario.json leaves out: its (redacted) path. */
  machineFile: z.string().optional(),
});
export type WithheldItem = z.infer<typeof WithheldItem>;

export const BundleManifest = z.object({
  schemaVersion: z.literal(BUNDLE_SCHEMA_VERSION),
  createdAt: z.string(),
  app: z.object({ name: z.string(), version: z.string() }),
  redaction: z.object({ enabled: z.literal(true), totals: RedactionCounts }),
  /** Every file in the zip except MANIFEST.json itself. */
  files: z.array(ManifestFile),
  withheld: z.array(WithheldItem),
});
export type BundleManifest = z.infer<typeof BundleManifest>;

/** One log carried by the bundle, with its analysis when the analyzer could read it. */
export const BundleLog = z.object({
  entry: z.string().nullable(),
  /** Where it came from: chosen by the user, or found in a temp folder. */
  origin: z.enum(['chosen', 'discovered']),
  /** The redacted original path. */
  source: z.string(),
  analysis: LogAnalysis.nullable(),
  analysisError: z.string().nullable(),
});
export type BundleLog = z.infer<typeof BundleLog>;

/** A fix journal entry as the bundle carries it (the journal's own schema, redacted). */
export const BundleJournalEntry = z.record(z.string(), z.unknown());

export const BundleReport = z.object({
  schemaVersion: z.literal(BUNDLE_SCHEMA_VERSION),
  createdAt: z.string(),
  app: z.object({ name: z.string(), version: z.string() }),
  /** The language report.html was written in. */
  locale: z.string(),
  host: z.object({ kind: z.enum(['live', 'simulated']), scenarioId: z.string().nullable() }),
  os: z
    .object({
      build: z.number().int(),
      ubr: z.number().int().nullable(),
      version: z.string(),
      uiLocale: z.string(),
      msiVersion: z.string(),
      is64Bit: z.boolean(),
    })
    .nullable(),
  symptom: SymptomId.nullable(),
  /** Null when no diagnosis could be run (diagnosisError says why). */
  facts: Facts.nullable(),
  findings: z.array(Finding),
  probeErrors: z.array(ProbeError),
  diagnosisError: z.string().nullable(),
  journal: z.array(BundleJournalEntry),
  logs: z.array(BundleLog),
  events: z.object({ count: z.number().int().nonnegative(), entry: z.string().nullable() }),
});
export type BundleReport = z.infer<typeof BundleReport>;

/** The preview the UI shows before saving. Sizes are bytes of the redacted entries. */
export const BundlePreview = z.object({
  previewId: z.string().regex(/^[0-9a-f]{32}$/u),
  files: z.array(
    z.object({
      name: z.string(),
      kind: BundleEntryKind,
      size: z.number().int().nonnegative(),
      redactions: RedactionCounts,
    }),
  ),
  withheld: z.array(WithheldItem),
  totals: RedactionCounts,
  /** Size of the zip that saving writes. */
  zipSize: z.number().int().nonnegative(),
  suggestedName: z.string(),
});
export type BundlePreview = z.infer<typeof BundlePreview>;

export const BundleEntryText = z.object({
  name: z.string(),
  /** The redacted text exactly as it is in the zip, possibly shortened for display. */
  text: z.string(),
  truncated: z.boolean(),
  size: z.number().int().nonnegative(),
});
export type BundleEntryText = z.infer<typeof BundleEntryText>;

export const BundleSaved = z.object({
  /** The file name only (never the folder): the UI shows it. */
  fileName: z.string(),
  size: z.number().int().nonnegative(),
});
export type BundleSaved = z.infer<typeof BundleSaved>;
