/**
 * Reads the "\u0005SummaryInformation" stream: an [MS-OLEPS] property set stream (2.21
 * PropertySetStream, 2.20 PropertySet) with the FMTID_SummaryInformation property ids that the
 * Windows Installer docs list under "Summary Information Stream Property Set". Unknown types and
 * ids are skipped; offsets are range-checked against the stream so a hostile stream cannot make us
 * read outside it.
 */
import type { SummaryInformation } from '@shared/model/package-info';
import { formatGuid } from '../cfb/constants';
import { decodeCodepage } from './codepage';

export const SUMMARY_INFORMATION_STREAM = '\u0005SummaryInformation';
export const FMTID_SUMMARY_INFORMATION = '{F29F85E0-4FF9-1068-AB91-08002B27B3D9}';

/** [MS-OLEPS] 2.15 TypedPropertyValue types that MSI summary streams use. */
const VT_I2 = 0x0002;
const VT_I4 = 0x0003;
const VT_LPSTR = 0x001e;
const VT_FILETIME = 0x0040;

/** Property ids (PIDSI_*), named after the Windows Installer summary properties. */
export const PID = {
  codepage: 1,
  title: 2,
  subject: 3,
  author: 4,
  keywords: 5,
  comments: 6,
  template: 7,
  lastSavedBy: 8,
  revisionNumber: 9,
  createTime: 12,
  lastSaveTime: 13,
  pageCount: 14,
  wordCount: 15,
  characterCount: 16,
  creatingApplication: 18,
  security: 19,
} as const;

type Raw =
  { kind: 'int'; value: number } | { kind: 'bytes'; value: Uint8Array } | { kind: 'time'; value: string | null };

export type SummaryResult = { ok: true; value: SummaryInformation } | { ok: false; message: string };

/** 100-ns intervals between 1601-01-01 and 1970-01-01 (FILETIME epoch to Unix epoch). */
const FILETIME_UNIX_OFFSET_MS = 11_644_473_600_000;

function fileTimeToIso(low: number, high: number): string | null {
  const ms = (high * 2 ** 32 + low) / 10_000 - FILETIME_UNIX_OFFSET_MS;
  const d = new Date(ms);
  return high === 0 && low === 0 ? null : Number.isNaN(d.getTime()) ? null : d.toISOString();
}

function readValue(dv: DataView, at: number, end: number): Raw | null {
  if (at + 4 > end) return null;
  const type = dv.getUint16(at, true);
  const v = at + 4;
  switch (type) {
    case VT_I2:
      return v + 2 <= end ? { kind: 'int', value: dv.getInt16(v, true) } : null;
    case VT_I4:
      return v + 4 <= end ? { kind: 'int', value: dv.getInt32(v, true) } : null;
    case VT_FILETIME:
      return v + 8 <= end
        ? { kind: 'time', value: fileTimeToIso(dv.getUint32(v, true), dv.getUint32(v + 4, true)) }
        : null;
    case VT_LPSTR: {
      if (v + 4 > end) return null;
      const size = dv.getUint32(v, true);
      if (size > end - (v + 4)) return null;
      const bytes = new Uint8Array(dv.buffer, dv.byteOffset + v + 4, size);
      let len = bytes.length;
      while (len > 0 && bytes[len - 1] === 0) len--;
      return { kind: 'bytes', value: bytes.subarray(0, len) };
    }
    default:
      return null;
  }
}

export function parseSummaryInformation(stream: Uint8Array): SummaryResult {
  const dv = new DataView(stream.buffer, stream.byteOffset, stream.byteLength);
  if (stream.length < 48) return { ok: false, message: 'summary stream shorter than its header' };
  if (dv.getUint16(0, true) !== 0xfffe) return { ok: false, message: 'summary stream byte order mark is not 0xFFFE' };
  const sets = dv.getUint32(24, true);
  if (sets < 1 || sets > 2) return { ok: false, message: `summary stream has ${sets} property sets` };
  if (formatGuid(stream, 28) !== FMTID_SUMMARY_INFORMATION)
    return { ok: false, message: 'first property set is not FMTID_SummaryInformation' };
  const setStart = dv.getUint32(44, true);
  if (setStart + 8 > stream.length) return { ok: false, message: 'property set offset outside the stream' };
  const setSize = dv.getUint32(setStart, true);
  const setEnd = Math.min(stream.length, setStart + setSize);
  const count = dv.getUint32(setStart + 4, true);
  // Each property needs an 8-byte (id, offset) pair, so the set's size bounds the count.
  if (count > (setEnd - setStart - 8) / 8) return { ok: false, message: `property set claims ${count} properties` };

  const raw = new Map<number, Raw>();
  for (let i = 0; i < count; i++) {
    const pair = setStart + 8 + i * 8;
    const id = dv.getUint32(pair, true);
    const offset = dv.getUint32(pair + 4, true);
    const value = readValue(dv, setStart + offset, setEnd);
    if (value !== null && !raw.has(id)) raw.set(id, value);
  }
  const cpRaw = raw.get(PID.codepage);
  // PID_CODEPAGE is a VT_I2 holding an unsigned code page (65001 reads as -535).
  const codepage = cpRaw?.kind === 'int' ? cpRaw.value & 0xffff : null;
  const str = (id: number): string | null => {
    const r = raw.get(id);
    return r?.kind === 'bytes' ? decodeCodepage(r.value, codepage ?? 1252) : null;
  };
  const int = (id: number): number | null => {
    const r = raw.get(id);
    return r?.kind === 'int' ? r.value : null;
  };
  const time = (id: number): string | null => {
    const r = raw.get(id);
    return r?.kind === 'time' ? r.value : null;
  };
  return {
    ok: true,
    value: {
      codepage,
      title: str(PID.title),
      subject: str(PID.subject),
      author: str(PID.author),
      keywords: str(PID.keywords),
      comments: str(PID.comments),
      template: str(PID.template),
      lastSavedBy: str(PID.lastSavedBy),
      revisionNumber: str(PID.revisionNumber),
      createTime: time(PID.createTime),
      lastSaveTime: time(PID.lastSaveTime),
      pageCount: int(PID.pageCount),
      wordCount: int(PID.wordCount),
      characterCount: int(PID.characterCount),
      creatingApplication: str(PID.creatingApplication),
      security: int(PID.security),
    },
  };
}
