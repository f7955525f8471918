/**
 * Reading MSI database tables from their streams. Microsoft documents the logical schema (the
 * "Database Tables" reference and "Column Definition Format") but not the storage, so the storage
 * layout here follows Wine's msi/table.c, which reads real-world packages:
 *   - each table is one stream "!<Table>" (absent when the table has no rows);
 *   - the stream is column-major: all values of column 1, then of column 2, ...;
 *   - string (and key) columns hold string-pool ids, 2 or 3 bytes wide (StringPool.refBytes);
 *     binary ("v0", stream) columns are always 2 bytes; integer columns 2 or 4 bytes;
 *   - integers are biased: stored = value + 0x8000 (i2) or value ^ 0x80000000 (i4); 0 is NULL;
 *   - the catalogue tables _Tables (Name) and _Columns (Table, Number, Name, Type) use the same
 *     layout, with fixed columns.
 */
import type { StringPool } from './string-pool';

/** Column type bits (Wine msipriv.h MSITYPE_*, the same values as the msidbColumnDef "icd*" bits). */
export const COLTYPE = {
  sizeMask: 0x00ff,
  valid: 0x0100,
  localizable: 0x0200,
  string: 0x0800,
  nullable: 0x1000,
  key: 0x2000,
  temporary: 0x4000,
} as const;
/** A string column: "s"/"l" in the column definition format. */
export const COLTYPE_STRING = COLTYPE.valid | 0x0400 | COLTYPE.string;
/** An i2 integer column. */
export const COLTYPE_I2 = COLTYPE.valid | 0x0400 | 2;
/** An i4 integer column. */
export const COLTYPE_I4 = COLTYPE.valid | 4;

export interface ColumnDef {
  name: string;
  type: number;
}

export type Cell = string | number | null;
export type TableResult = { ok: true; rows: Cell[][] } | { ok: false; message: string };

const isBinary = (type: number): boolean => (type & ~COLTYPE.nullable) === (COLTYPE.valid | COLTYPE.string);
const isString = (type: number): boolean => (type & COLTYPE.string) !== 0;

export function columnWidth(type: number, refBytes: 2 | 3): 2 | 3 | 4 {
  if (isBinary(type)) return 2;
  if (isString(type)) return refBytes;
  return (type & COLTYPE.sizeMask) <= 2 ? 2 : 4;
}

/** The catalogue tables' fixed columns. */
export const TABLES_COLUMNS: ColumnDef[] = [{ name: 'Name', type: COLTYPE_STRING | COLTYPE.key | 64 }];
export const COLUMNS_COLUMNS: ColumnDef[] = [
  { name: 'Table', type: COLTYPE_STRING | COLTYPE.key | 64 },
  { name: 'Number', type: COLTYPE_I2 | COLTYPE.key },
  { name: 'Name', type: COLTYPE_STRING | 64 },
  { name: 'Type', type: COLTYPE_I2 },
];

/** Decodes a table stream into rows of cells (strings resolved through the pool, NULL as null). */
export function readTable(
  stream: Uint8Array,
  columns: readonly ColumnDef[],
  pool: StringPool,
  maxRows = 1_000_000,
): TableResult {
  const widths = columns.map((c) => columnWidth(c.type, pool.refBytes));
  const rowSize = widths.reduce((a, b) => a + b, 0);
  if (rowSize === 0) return { ok: false, message: 'table has no columns' };
  if (stream.length % rowSize !== 0)
    return { ok: false, message: `stream length ${stream.length} is not a multiple of the row size ${rowSize}` };
  const rowCount = stream.length / rowSize;
  if (rowCount > maxRows) return { ok: false, message: `table has ${rowCount} rows` };
  const rows: Cell[][] = Array.from({ length: rowCount }, () => []);
  let colStart = 0;
  columns.forEach((col, c) => {
    const w = widths[c]!;
    for (let r = 0; r < rowCount; r++) {
      const at = colStart + r * w;
      let raw = 0;
      for (let k = w - 1; k >= 0; k--) raw = raw * 256 + stream[at + k]!;
      rows[r]!.push(decodeCell(raw, col.type, w, pool));
    }
    colStart += rowCount * w;
  });
  return { ok: true, rows };
}

function decodeCell(raw: number, type: number, width: number, pool: StringPool): Cell {
  if (isBinary(type)) return raw === 0 ? null : '[stream]';
  if (isString(type)) return raw === 0 ? null : pool.get(raw);
  if (raw === 0) return null;
  return width === 2 ? raw - 0x8000 : raw - 0x80000000;
}

/**
 * Column definitions of every table, from _Columns ordered by Number. `_Tables` is not needed to
 * read a table, only to know it exists, so a missing _Tables stream is not an error here.
 */
export function readCatalog(
  columnsStream: Uint8Array,
  pool: StringPool,
): { ok: true; tables: Map<string, ColumnDef[]> } | { ok: false; message: string } {
  const res = readTable(columnsStream, COLUMNS_COLUMNS, pool);
  if (!res.ok) return res;
  const byTable = new Map<string, Array<{ n: number; def: ColumnDef }>>();
  for (const [table, number, name, type] of res.rows) {
    if (
      typeof table !== 'string' ||
      typeof number !== 'number' ||
      typeof name !== 'string' ||
      typeof type !== 'number'
    ) {
      return { ok: false, message: '_Columns row with a NULL or mistyped cell' };
    }
    const list = byTable.get(table) ?? [];
    list.push({ n: number, def: { name, type } });
    byTable.set(table, list);
  }
  const tables = new Map<string, ColumnDef[]>();
  for (const [name, list] of byTable)
    tables.set(
      name,
      list.sort((a, b) => a.n - b.n).map((x) => x.def),
    );
  return { ok: true, tables };
}
