/** One record of a pipeline: a source document or point, or what an operator made of it. */
export type Row = Record<string, unknown>;
export type Rows = readonly Row[];

/** Takes rows a page at a time, in order, as they arrive (a pipeline's source loading into its engine). */
export type RowSink = (page: Row[]) => Promise<void>;

/** A pipeline's result: the rows and their columns (every key, in first-seen order). */
export interface Table {
  columns: string[];
  rows: Rows;
}

/** The keys of every row, in first-seen order. */
export function columnsOf(rows: Rows): string[] {
  const seen = new Set<string>();
  for (const row of rows) for (const key in row) seen.add(key);
  // A "__proto__" key (JSON.parse makes it an own property) cannot be written back as data.
  seen.delete('__proto__');
  return [...seen];
}

const inherited = (field: string) => field in Object.prototype;

/**
 * Reads one field of a row. Rows are plain objects, so a field named like an Object.prototype
 * member ("constructor", "toString") must be an own property to count.
 */
export function fieldReader(field: string): (row: Row) => unknown {
  if (inherited(field)) return (row) => (Object.hasOwn(row, field) ? row[field] : undefined);
  return (row) => row[field];
}
