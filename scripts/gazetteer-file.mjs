// Writes the gazetteer in the compact form src/analyze/resources/gazetteer-file.ts reads: the
// small tables (regions, countries, first-level regions) as JSON, and the large ones (counties,
// towns, newer towns: some 200,000 rows) as columns that load without parsing. Reading a 15 MB JSON
// file cost about 0.3 s of CPU in every process that analyses; these columns are a file read and
// a few typed-array views, and a row's strings are decoded only when a lookup reaches it.
//
// Layout (numbers little-endian, as the machine that builds is the one that reads):
//   "DLGZ" | u32 header bytes | header JSON (UTF-8) | padding to 8 | data
// The header holds the small tables and, per large table, its row count and columns. A column is
//   { type: 'f64' | 'u32' | 'e4', at }                one number per row, at a byte offset in data
//                                                     (e4: i32 ten-thousandths);
//   { type: 'dict', values, at }                      u16 indices into `values`, one per row;
//   { type: 'str', ends, at, bytes }                  the rows' strings concatenated (UTF-8, `bytes`
//                                                     long at `at`) and u32 `ends`: rows + 1 byte
//                                                     offsets into them, so one row decodes alone.
// Every column starts at a multiple of 8 bytes so typed arrays view the file buffer in place.

export const MAGIC = 'DLGZ';
export const FORMAT_VERSION = 1;

const align8 = (n) => Math.ceil(n / 8) * 8;

/** Distinct strings a column may have to be stored as u16 indices into a list of them. */
const MAX_DICTIONARY = 65_535;
/** Decimal places of coordinates the build rounds to (build-gazetteer.mjs `round`). */
const SCALE = 1e4;

/**
 * A column's type: `dict` for strings with few distinct values (country, region and feature
 * codes), `str` for other strings; `u32` for whole numbers in range, `e4` for numbers with at most
 * four decimals (stored as i32 ten-thousandths; read back as i / 1e4, which gives the very same
 * double the build computed), else `f64`.
 */
function columnType(values) {
  if (values.every((v) => typeof v === 'string')) {
    const distinct = new Set(values).size;
    return distinct <= MAX_DICTIONARY && distinct * 8 < values.length ? 'dict' : 'str';
  }
  if (!values.every((v) => typeof v === 'number')) throw new Error('gazetteer column mixes strings and numbers');
  if (values.every((v) => Number.isInteger(v) && v >= 0 && v < 2 ** 32)) return 'u32';
  const scaled = (v) => Math.round(v * SCALE);
  if (values.every((v) => Math.abs(scaled(v)) < 2 ** 31 && scaled(v) / SCALE === v)) return 'e4';
  return 'f64';
}

/**
 * Encodes a gazetteer ({ version, regions, countries, admin1, admin2, cities }) as a Buffer.
 * `large` names the tables stored as columns, each with a `key` column the reader looks rows up
 * by (binary search): arrays of row objects (admin2) are sorted by key here, keeping their order
 * within a key, and turned into columns; objects of columns (cities) must come sorted by key.
 */
export function encodeGazetteer(gazetteer, large = ['admin2', 'cities']) {
  const small = {};
  for (const [name, value] of Object.entries(gazetteer)) if (!large.includes(name)) small[name] = value;
  const chunks = [];
  let size = 0;
  const put = (bytes) => {
    const at = size;
    chunks.push({ at, bytes });
    size = align8(size + bytes.byteLength);
    return at;
  };
  const tables = {};
  for (const name of large) {
    const table = gazetteer[name];
    const columns = Array.isArray(table) ? toColumns(sortedByKey(table)) : table;
    for (let i = 1; i < columns.key.length; i++)
      if (columns.key[i] < columns.key[i - 1]) throw new Error(`gazetteer ${name}: rows not sorted by key at ${i}`);
    const names = Object.keys(columns);
    const rows = names.length > 0 ? columns[names[0]].length : 0;
    const described = {};
    for (const column of names) {
      const values = columns[column];
      if (values.length !== rows) throw new Error(`gazetteer ${name}.${column}: ${values.length} rows, not ${rows}`);
      const type = columnType(values);
      if (type === 'str') {
        const ends = new Uint32Array(rows + 1);
        for (let i = 0; i < rows; i++) ends[i + 1] = ends[i] + Buffer.byteLength(values[i], 'utf8');
        const text = Buffer.from(values.join(''), 'utf8');
        described[column] = { type, ends: put(new Uint8Array(ends.buffer)), at: put(text), bytes: text.byteLength };
      } else if (type === 'dict') {
        const list = [...new Set(values)];
        const index = new Map(list.map((v, i) => [v, i]));
        const at = put(new Uint8Array(Uint16Array.from(values, (v) => index.get(v)).buffer));
        described[column] = { type, values: list, at };
      } else {
        const array =
          type === 'u32'
            ? Uint32Array.from(values)
            : type === 'e4'
              ? Int32Array.from(values, (v) => Math.round(v * SCALE))
              : Float64Array.from(values);
        described[column] = { type, at: put(new Uint8Array(array.buffer)) };
      }
    }
    tables[name] = { rows, columns: described };
  }
  const header = Buffer.from(JSON.stringify({ format: FORMAT_VERSION, small, tables }), 'utf8');
  const dataStart = align8(8 + header.byteLength);
  const out = Buffer.alloc(dataStart + size);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(header.byteLength, 4);
  header.copy(out, 8);
  for (const { at, bytes } of chunks) out.set(bytes, dataStart + at);
  return out;
}

/** Rows sorted by key in JavaScript's string order, keeping their order within a key (sort is stable). */
function sortedByKey(rows) {
  return [...rows].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Rows of objects with the same fields as columns of values. */
function toColumns(rows) {
  const columns = {};
  for (const key of Object.keys(rows[0] ?? {})) columns[key] = rows.map((r) => r[key]);
  return columns;
}
