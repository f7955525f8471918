/**
 * inspectPackage: everything Installer Doctor can learn from a package's bytes without running
 * Windows Installer. Never throws: any failure becomes a kind ('truncated', 'corrupt', ...) or an
 * entry in `problems`, so a probe can always report what it saw.
 */
import type {
  ElevationHints,
  MsiSummary,
  PackageInfo,
  PackageKind,
  PackageProblem,
  PackageProperties,
  SummaryInformation,
} from '@shared/model/package-info';
import { hasCfbSignature } from './cfb/constants';
import { openCompoundFile, type CfbEntry } from './cfb/reader';
import { decodeMsiStreamName } from './msi/stream-names';
import { parseStringPool, type StringPool } from './msi/string-pool';
import { parseSummaryInformation, SUMMARY_INFORMATION_STREAM } from './msi/summary-info';
import { COLTYPE, COLTYPE_I2, COLTYPE_STRING, readCatalog, readTable, type ColumnDef } from './msi/tables';
import { decodeWordCount, installScope, isSchemaSupported, schemaToInstallerVersion } from './scope';
import { sniffContent } from './sniff';

export interface InspectOptions {
  /** The installed msi.dll version ("5.0.22621.1"); fills `schemaSupported` (false = 1613). */
  installedMsiVersion?: string;
  /** Largest stream to read (table streams are small; this guards against hostile sizes). */
  maxStreamBytes?: number;
}

/** Root storage class ids Windows Installer stamps on its files (msidefs.h / MsiOpenDatabase checks). */
const CLSID_KIND: Record<string, PackageKind> = {
  '{000C1084-0000-0000-C000-000000000046}': 'msi', // installation database (also merge modules)
  '{000C1086-0000-0000-C000-000000000046}': 'msp', // patch package
  '{000C1082-0000-0000-C000-000000000046}': 'mst', // transform
};

const WANTED_PROPERTIES = [
  'ProductName',
  'ProductCode',
  'ProductVersion',
  'Manufacturer',
  'UpgradeCode',
  'ALLUSERS',
  'MSIINSTALLPERUSER',
] as const;

/** The Property table as defined in the "Property Table" reference, used when _Columns lacks it. */
const DEFAULT_PROPERTY_COLUMNS: ColumnDef[] = [
  { name: 'Property', type: COLTYPE_STRING | COLTYPE.key | 72 },
  { name: 'Value', type: COLTYPE_STRING | COLTYPE.localizable },
];
/** The CustomAction table (Action, Type, Source, Target), for databases without its _Columns rows. */
const DEFAULT_CUSTOM_ACTION_COLUMNS: ColumnDef[] = [
  { name: 'Action', type: COLTYPE_STRING | COLTYPE.key | 72 },
  { name: 'Type', type: COLTYPE_I2 },
  { name: 'Source', type: COLTYPE_STRING | COLTYPE.nullable | 72 },
  { name: 'Target', type: COLTYPE_STRING | COLTYPE.nullable | 255 },
];
/** "Custom Action In-Script Execution Options": msidbCustomActionTypeInScript and ...NoImpersonate. */
const CA_IN_SCRIPT = 0x400;
const CA_NO_IMPERSONATE = 0x800;

function emptyInfo(bytes: Uint8Array): PackageInfo {
  return {
    kind: 'corrupt',
    byteLength: bytes.length,
    sniffedContent: null,
    cfbMajorVersion: null,
    rootClassId: null,
    summary: null,
    msiSummary: null,
    properties: null,
    scope: null,
    elevation: null,
    schemaSupported: null,
    problems: [],
  };
}

export function inspectPackage(bytes: Uint8Array, options: InspectOptions = {}): PackageInfo {
  const info = emptyInfo(bytes);
  try {
    inspectInto(info, bytes, options);
  } catch (e) {
    // Defence in depth: the readers return typed errors, but a bug must not crash a diagnosis.
    info.problems.push({ code: 'internal', detail: e instanceof Error ? e.message : String(e) });
  }
  return info;
}

function inspectInto(info: PackageInfo, bytes: Uint8Array, options: InspectOptions): void {
  if (!hasCfbSignature(bytes)) {
    info.kind = 'not-compound-file';
    info.sniffedContent = sniffContent(bytes);
    return;
  }
  const opened = openCompoundFile(
    bytes,
    options.maxStreamBytes === undefined ? {} : { maxStreamBytes: options.maxStreamBytes },
  );
  if (!opened.ok) {
    info.kind = opened.error.kind === 'truncated' ? 'truncated' : 'corrupt';
    info.problems.push({
      code:
        opened.error.kind === 'truncated'
          ? 'cfb-truncated'
          : opened.error.kind === 'too-large'
            ? 'too-large'
            : 'cfb-corrupt',
      detail: opened.error.message,
    });
    return;
  }
  const cfb = opened.value;
  info.cfbMajorVersion = cfb.majorVersion;
  info.rootClassId = cfb.root.clsid;
  const streams = new Map<string, CfbEntry>();
  for (const child of cfb.root.children)
    if (child.type === 'stream') streams.set(decodeMsiStreamName(child.name), child);

  const read = (name: string, problem: PackageProblem['code']): Uint8Array | null => {
    const entry = streams.get(name);
    if (entry === undefined) return null;
    const res = cfb.readStream(entry);
    if (res.ok) return res.value;
    info.problems.push({
      code: res.error.kind === 'too-large' ? 'too-large' : problem,
      detail: `${JSON.stringify(name)}: ${res.error.message}`,
    });
    return null;
  };

  info.kind =
    CLSID_KIND[cfb.root.clsid] ??
    (streams.has('!_StringPool') && streams.has('!Property') ? 'msi' : 'compound-not-msi');
  if (info.kind === 'compound-not-msi') return;

  const summaryBytes = read(SUMMARY_INFORMATION_STREAM, 'summary-corrupt');
  if (summaryBytes !== null) {
    const parsed = parseSummaryInformation(summaryBytes);
    if (parsed.ok) info.summary = parsed.value;
    else info.problems.push({ code: 'summary-corrupt', detail: parsed.message });
  } else if (!streams.has(SUMMARY_INFORMATION_STREAM))
    info.problems.push({ code: 'summary-missing', detail: 'no \\u0005SummaryInformation stream' });

  if (info.kind !== 'msi') return;
  if (info.summary !== null) info.msiSummary = msiSummary(info.summary);
  if (info.msiSummary?.schema != null && options.installedMsiVersion !== undefined) {
    info.schemaSupported = isSchemaSupported(info.msiSummary.schema, options.installedMsiVersion);
  }
  readDatabase(info, streams, read);
}

function readDatabase(
  info: PackageInfo,
  streams: Map<string, CfbEntry>,
  read: (name: string, problem: PackageProblem['code']) => Uint8Array | null,
): void {
  const poolBytes = read('!_StringPool', 'string-pool-corrupt');
  const dataBytes = read('!_StringData', 'string-pool-corrupt');
  if (poolBytes === null || dataBytes === null) {
    if (!streams.has('!_StringPool') || !streams.has('!_StringData'))
      info.problems.push({ code: 'string-pool-missing', detail: 'no !_StringPool or !_StringData stream' });
    return;
  }
  const poolRes = parseStringPool(poolBytes, dataBytes);
  if (!poolRes.ok) {
    info.problems.push({ code: 'string-pool-corrupt', detail: poolRes.message });
    return;
  }
  const pool = poolRes.value;
  const catalog = readColumns(info, pool, read);

  const propertyBytes = read('!Property', 'property-table-corrupt');
  if (propertyBytes === null) {
    if (!streams.has('!Property'))
      info.problems.push({ code: 'property-table-missing', detail: 'no !Property stream' });
  } else {
    readProperties(info, propertyBytes, catalog.get('Property') ?? DEFAULT_PROPERTY_COLUMNS, pool);
  }

  const caColumns = catalog.get('CustomAction') ?? DEFAULT_CUSTOM_ACTION_COLUMNS;
  const caBytes = streams.has('!CustomAction')
    ? read('!CustomAction', 'custom-action-table-corrupt')
    : new Uint8Array(0);
  info.elevation =
    caBytes === null
      ? { customActionTableRead: false, deferredNoImpersonateActions: [] }
      : elevationHints(info, caBytes, caColumns, pool);
}

function readColumns(
  info: PackageInfo,
  pool: StringPool,
  read: (name: string, problem: PackageProblem['code']) => Uint8Array | null,
): Map<string, ColumnDef[]> {
  const columnsBytes = read('!_Columns', 'tables-corrupt');
  if (columnsBytes === null) return new Map();
  const res = readCatalog(columnsBytes, pool);
  if (res.ok) return res.tables;
  info.problems.push({ code: 'tables-corrupt', detail: res.message });
  return new Map();
}

function readProperties(info: PackageInfo, stream: Uint8Array, columns: ColumnDef[], pool: StringPool): void {
  const keyCol = columns.findIndex((c) => c.name === 'Property');
  const valueCol = columns.findIndex((c) => c.name === 'Value');
  const res =
    keyCol < 0 || valueCol < 0
      ? { ok: false as const, message: 'Property table lacks Property/Value columns' }
      : readTable(stream, columns, pool);
  if (!res.ok) {
    info.problems.push({ code: 'property-table-corrupt', detail: res.message });
    return;
  }
  const values = new Map<string, string>();
  for (const row of res.rows) {
    const k = row[keyCol];
    const v = row[valueCol];
    if (typeof k === 'string' && typeof v === 'string' && !values.has(k)) values.set(k, v);
  }
  const props = Object.fromEntries(
    WANTED_PROPERTIES.map((name) => [name, values.get(name) ?? null]),
  ) as PackageProperties;
  info.properties = props;
  info.scope = installScope(props.ALLUSERS, props.MSIINSTALLPERUSER);
}

function elevationHints(info: PackageInfo, stream: Uint8Array, columns: ColumnDef[], pool: StringPool): ElevationHints {
  const actionCol = columns.findIndex((c) => c.name === 'Action');
  const typeCol = columns.findIndex((c) => c.name === 'Type');
  const res =
    actionCol < 0 || typeCol < 0
      ? { ok: false as const, message: 'CustomAction table lacks Action/Type columns' }
      : readTable(stream, columns, pool);
  if (!res.ok) {
    info.problems.push({ code: 'custom-action-table-corrupt', detail: res.message });
    return { customActionTableRead: false, deferredNoImpersonateActions: [] };
  }
  const actions: string[] = [];
  for (const row of res.rows) {
    const type = row[typeCol];
    const action = row[actionCol];
    if (typeof type === 'number' && typeof action === 'string' && type & CA_IN_SCRIPT && type & CA_NO_IMPERSONATE)
      actions.push(action);
  }
  return { customActionTableRead: true, deferredNoImpersonateActions: actions.slice(0, 200) };
}

/** Summary Information read per "Summary Information Stream Property Set" for an installation package. */
function msiSummary(s: SummaryInformation): MsiSummary {
  // Template: "platform;language,language" (e.g. "x64;1033"); older packages list "Intel,Alpha;1033".
  const [platformPart, languagePart] = (s.template ?? '').split(';', 2);
  const platforms = (platformPart ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const languages = (languagePart ?? '')
    .split(',')
    .map((l) => l.trim())
    .filter((l) => /^\d{1,5}$/u.test(l))
    .map(Number);
  const schema = s.pageCount !== null && s.pageCount >= 0 ? s.pageCount : null;
  return {
    packageCode: s.revisionNumber,
    productName: s.subject,
    manufacturer: s.author,
    platforms,
    languages,
    schema,
    minimumInstallerVersion: schema === null ? null : schemaToInstallerVersion(schema),
    wordCountFlags: s.wordCount === null ? null : decodeWordCount(s.wordCount),
  };
}
