import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import { fieldReader, type Table } from './rows.js';

/** The media types a table of rows can be streamed as, besides the JSON envelope. */
export const rowMediaTypes = ['application/x-ndjson', 'text/csv'] as const;
export type RowMediaType = (typeof rowMediaTypes)[number];

// Rows go out in slices so a large answer neither builds one big string nor holds the event loop.
const sliceRows = 1_000;

function* slices<T>(items: readonly T[]): Generator<readonly T[]> {
  for (let from = 0; from < items.length; from += sliceRows) yield items.slice(from, from + sliceRows);
}

/** One JSON object a line, in the table's row order. */
function ndjson({ rows }: Table): Readable {
  return Readable.from(
    (function* () {
      for (const slice of slices(rows)) yield slice.map((row) => `${JSON.stringify(row)}\n`).join('');
    })(),
  );
}

/**
 * RFC 4180 CSV with a header of the table's columns; null and missing are empty, booleans
 * true/false, arrays and objects their JSON text. Values are written as they are (no formula
 * escaping): the file is data for tools, and a prefix would change it.
 */
function csv({ columns, rows }: Table): Readable {
  const stringifier = stringify({
    header: true,
    columns,
    record_delimiter: 'windows',
    // csv-stringify quotes only the record delimiter (CRLF): a lone LF or CR must be quoted too.
    quoted_match: /[\r\n]/,
    cast: { boolean: (value) => String(value), object: (value) => JSON.stringify(value) },
  });
  // Arrays, not objects: csv-stringify reads an object's "host.name" column as a nested path.
  const reads = columns.map(fieldReader);
  return Readable.from(
    (function* () {
      for (const row of rows) yield reads.map((read) => read(row));
    })(),
  ).pipe(stringifier);
}

export const rowStreams: Record<RowMediaType, (table: Table) => Readable> = { 'application/x-ndjson': ndjson, 'text/csv': csv };
