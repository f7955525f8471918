/**
 * Encodes a Summary Information property set stream ([MS-OLEPS] 2.21 PropertySetStream with one
 * FMTID_SummaryInformation set) for the fixture builder; the inverse of ../msi/summary-info.ts.
 */
import { parseGuid } from '../cfb/constants';
import { encodeCodepage } from '../msi/codepage';
import { FMTID_SUMMARY_INFORMATION, PID } from '../msi/summary-info';

export interface SummaryFields {
  codepage: number;
  title?: string;
  subject?: string;
  author?: string;
  keywords?: string;
  comments?: string;
  template?: string;
  lastSavedBy?: string;
  revisionNumber?: string;
  createTime?: string;
  lastSaveTime?: string;
  pageCount?: number;
  wordCount?: number;
  creatingApplication?: string;
  security?: number;
}

const pad4 = (n: number): number => (n + 3) & ~3;

function typed(type: number, body: Uint8Array): Uint8Array {
  const out = new Uint8Array(pad4(4 + body.length));
  new DataView(out.buffer).setUint16(0, type, true);
  out.set(body, 4);
  return out;
}
function i2(v: number): Uint8Array {
  const b = new Uint8Array(2);
  new DataView(b.buffer).setInt16(0, (v << 16) >> 16, true);
  return typed(0x0002, b);
}
function i4(v: number): Uint8Array {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setInt32(0, v, true);
  return typed(0x0003, b);
}
function lpstr(s: string, codepage: number): Uint8Array {
  const text = encodeCodepage(s, codepage);
  const b = new Uint8Array(4 + text.length + 1);
  new DataView(b.buffer).setUint32(0, text.length + 1, true);
  b.set(text, 4);
  return typed(0x001e, b);
}
function filetime(iso: string): Uint8Array {
  // 100-ns ticks since 1601 exceed 2^53, so compute in BigInt.
  const ticks = (BigInt(Date.parse(iso)) + 11_644_473_600_000n) * 10_000n;
  const b = new Uint8Array(8);
  new DataView(b.buffer).setBigUint64(0, ticks, true);
  return typed(0x0040, b);
}

export function encodeSummaryInformation(f: SummaryFields): Uint8Array {
  const props: Array<[number, Uint8Array]> = [[PID.codepage, i2(f.codepage)]];
  const str = (id: number, v: string | undefined): void => {
    if (v !== undefined) props.push([id, lpstr(v, f.codepage)]);
  };
  const int = (id: number, v: number | undefined): void => {
    if (v !== undefined) props.push([id, i4(v)]);
  };
  str(PID.title, f.title);
  str(PID.subject, f.subject);
  str(PID.author, f.author);
  str(PID.keywords, f.keywords);
  str(PID.comments, f.comments);
  str(PID.template, f.template);
  str(PID.lastSavedBy, f.lastSavedBy);
  str(PID.revisionNumber, f.revisionNumber);
  if (f.createTime !== undefined) props.push([PID.createTime, filetime(f.createTime)]);
  if (f.lastSaveTime !== undefined) props.push([PID.lastSaveTime, filetime(f.lastSaveTime)]);
  int(PID.pageCount, f.pageCount);
  int(PID.wordCount, f.wordCount);
  str(PID.creatingApplication, f.creatingApplication);
  int(PID.security, f.security);

  const headerSize = 8 + props.length * 8;
  const setSize = headerSize + props.reduce((n, [, v]) => n + v.length, 0);
  const out = new Uint8Array(48 + setSize);
  const dv = new DataView(out.buffer);
  dv.setUint16(0, 0xfffe, true);
  dv.setUint32(4, 0x00020006, true); // system identifier: Windows, as Windows writes it
  dv.setUint32(24, 1, true);
  out.set(parseGuid(FMTID_SUMMARY_INFORMATION), 28);
  dv.setUint32(44, 48, true);
  dv.setUint32(48, setSize, true);
  dv.setUint32(52, props.length, true);
  let valueAt = headerSize;
  props.forEach(([id, value], i) => {
    dv.setUint32(56 + i * 8, id, true);
    dv.setUint32(60 + i * 8, valueAt, true);
    out.set(value, 48 + valueAt);
    valueAt += value.length;
  });
  return out;
}
