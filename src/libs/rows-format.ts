import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import accepts from 'accepts';
import { stringify, type Options } from 'csv-stringify/sync';
import { fieldReader, type Rows } from './rows.js';

/** The media types a table of rows can be streamed as, besides the JSON envelope. */
export const rowMediaTypes = ['application/x-ndjson', 'text/csv'] as const;
export type RowMediaType = (typeof rowMediaTypes)[number];

/** The row stream a request's Accept asks for, or undefined for the JSON envelope (also when it names neither). */
export function rowStreamAsked(headers: IncomingHttpHeaders): RowMediaType | undefined {
  // accepts reads nothing of a request but its headers.
  const type = accepts({ headers } as IncomingMessage).type(['application/json', ...rowMediaTypes]);
  return rowMediaTypes.find((t) => t === type);
}

/** A table as it streams: its columns, then its rows in order, a block at a time. */
export interface RowBlocks {
  columns: readonly string[];
  blocks: AsyncIterable<Rows>;
}

/**
 * A stream of text pieces read one ahead at most: in object mode (Readable.from's default) it
 * would read up to 16 pieces, 16 blocks of rows, ahead of a slow client.
 */
const textStream = (pieces: AsyncIterable<string>) => Readable.from(pieces, { objectMode: false });

/** One JSON object a line, in the table's row order; a block's lines go out as one piece. */
function ndjson({ blocks }: RowBlocks): Readable {
  return textStream(
    (async function* () {
      for await (const block of blocks) yield block.map((row) => `${JSON.stringify(row)}\n`).join('');
    })(),
  );
}

/**
 * RFC 4180 CSV with a header of the table's columns; null and missing are empty, booleans
 * true/false, arrays and objects their JSON text. Values are written as they are (no formula
 * escaping): the file is data for tools, and a prefix would change it.
 */
function csv({ columns, blocks }: RowBlocks): Readable {
  const options: Options = {
    columns: [...columns],
    record_delimiter: 'windows',
    // csv-stringify quotes only the record delimiter (CRLF): a lone LF or CR must be quoted too.
    quoted_match: /[\r\n]/,
    cast: { boolean: (value) => String(value), object: (value) => JSON.stringify(value) },
  };
  // Arrays, not objects: csv-stringify reads an object's "host.name" column as a nested path.
  const reads = columns.map(fieldReader);
  return textStream(
    (async function* () {
      yield stringify([], { ...options, header: true });
      for await (const block of blocks) {
        yield stringify(
          block.map((row) => reads.map((read) => read(row))),
          options,
        );
      }
    })(),
  );
}

export const rowStreams: Record<RowMediaType, (table: RowBlocks) => Readable> = { 'application/x-ndjson': ndjson, 'text/csv': csv };
