// Reads the compact gazetteer file that scripts/gazetteer-file.mjs writes (the layout is described
// there): small tables as JSON, large ones as columns viewed in place in the file buffer. Nothing
// per row is built at load; a row's strings are decoded when asked for.

const MAGIC = 'DLGZ';
const FORMAT_VERSION = 1;

/** Ten-thousandths: coordinates are stored as i32 multiples of 1 / SCALE (see the writer). */
const SCALE = 1e4;

type ColumnHeader =
  | { type: 'str'; ends: number; at: number; bytes: number }
  | { type: 'dict'; values: string[]; at: number }
  | { type: 'u32' | 'e4' | 'f64'; at: number };

interface FileHeader {
  format: number;
  small: Record<string, unknown>;
  tables: Record<string, { rows: number; columns: Record<string, ColumnHeader> }>;
}

/** One value per row, by row index. */
export interface Column<T> {
  readonly length: number;
  at(row: number): T;
}

/** Strings decoded on demand: the column's UTF-8 bytes and the byte offset where each row ends. */
class Utf8Column implements Column<string> {
  constructor(
    private readonly bytes: Buffer,
    private readonly ends: Uint32Array,
  ) {}

  get length(): number {
    return this.ends.length - 1;
  }

  at(row: number): string {
    return this.bytes.toString('utf8', this.ends[row], this.ends[row + 1]);
  }
}

/** Strings with few distinct values: an index into the list of them per row. */
class DictionaryColumn implements Column<string> {
  constructor(
    private readonly values: readonly string[],
    private readonly indices: Uint16Array,
  ) {}

  get length(): number {
    return this.indices.length;
  }

  at(row: number): string {
    return this.values[this.indices[row]];
  }
}

/** Numbers stored as typed-array elements, optionally in units of 1 / SCALE. */
class NumberColumn implements Column<number> {
  constructor(
    private readonly values: Uint32Array | Int32Array | Float64Array,
    private readonly scaled: boolean,
  ) {}

  get length(): number {
    return this.values.length;
  }

  at(row: number): number {
    return this.scaled ? this.values[row] / SCALE : this.values[row];
  }
}

/** A large table: its rows' columns, by name. */
export class ColumnTable {
  constructor(
    readonly rows: number,
    private readonly strings: ReadonlyMap<string, Column<string>>,
    private readonly numbers: ReadonlyMap<string, Column<number>>,
  ) {}

  str(name: string): Column<string> {
    const column = this.strings.get(name);
    if (!column) throw new Error(`gazetteer file: no string column "${name}"`);
    return column;
  }

  num(name: string): Column<number> {
    const column = this.numbers.get(name);
    if (!column) throw new Error(`gazetteer file: no number column "${name}"`);
    return column;
  }
}

export interface GazetteerFileContents {
  small: Record<string, unknown>;
  tables: Record<string, ColumnTable>;
}

/** Decodes a gazetteer file read into `file`; throws a one-line error naming `path` when it is not one. */
export function readGazetteerFile(file: Buffer, path: string): GazetteerFileContents {
  if (file.length < 8 || file.toString('latin1', 0, 4) !== MAGIC)
    throw new Error(`${path} is not a gazetteer file: run \`npm run build\``);
  const headerBytes = file.readUInt32LE(4);
  const header = JSON.parse(file.toString('utf8', 8, 8 + headerBytes)) as FileHeader;
  if (header.format !== FORMAT_VERSION)
    throw new Error(`${path} has gazetteer format ${header.format}, not ${FORMAT_VERSION}: run \`npm run build\``);
  // Typed arrays need their element size's alignment; a Buffer from readFileSync normally starts
  // at offset 0 of its own memory, but a pooled or sliced one need not.
  const data = file.byteOffset % 8 === 0 ? file : Buffer.from(file);
  const dataStart = Math.ceil((8 + headerBytes) / 8) * 8;
  const tables: Record<string, ColumnTable> = {};
  for (const [name, { rows, columns }] of Object.entries(header.tables)) {
    const strings = new Map<string, Column<string>>();
    const numbers = new Map<string, Column<number>>();
    for (const [column, c] of Object.entries(columns)) {
      const at = data.byteOffset + dataStart + c.at;
      if (c.type === 'str') {
        const ends = new Uint32Array(data.buffer, data.byteOffset + dataStart + c.ends, rows + 1);
        strings.set(column, new Utf8Column(data.subarray(dataStart + c.at, dataStart + c.at + c.bytes), ends));
      } else if (c.type === 'dict')
        strings.set(column, new DictionaryColumn(c.values, new Uint16Array(data.buffer, at, rows)));
      else if (c.type === 'u32') numbers.set(column, new NumberColumn(new Uint32Array(data.buffer, at, rows), false));
      else if (c.type === 'e4') numbers.set(column, new NumberColumn(new Int32Array(data.buffer, at, rows), true));
      else numbers.set(column, new NumberColumn(new Float64Array(data.buffer, at, rows), false));
    }
    tables[name] = new ColumnTable(rows, strings, numbers);
  }
  return { small: header.small, tables };
}

/**
 * The rows [first, end) of a table whose `keys` are sorted (JavaScript string order) that have
 * exactly `key`: two binary searches.
 */
export function keyRows(keys: Column<string>, key: string): readonly [number, number] | undefined {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys.at(mid) < key) lo = mid + 1;
    else hi = mid;
  }
  if (lo === keys.length || keys.at(lo) !== key) return undefined;
  const first = lo;
  hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys.at(mid) <= key) lo = mid + 1;
    else hi = mid;
  }
  return [first, lo];
}
