/**
 * An operator's work cut into slices of rows: the generator yields between slices and a driver
 * decides where the event loop gets a turn, so a step over 100 000 rows does not hold every other
 * request (/health included) for its whole run. The steps stay on the event loop: a worker would
 * have to copy every table across, and issue 15 moves them to DuckDB's own threads anyway.
 */
export type Sliced<T> = Generator<void, T, undefined>;

/** Rows per slice: well under a millisecond of work for the simple steps. */
export const sliceRows = 2048;

/** Most milliseconds of work between two turns of the event loop. */
const turnMs = 10;

/** Runs the work to its end in one go (small inputs, tests, benchmarks of the steps alone). */
export function runNow<T>(work: Sliced<T>): T {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
  }
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Runs the work, giving the event loop a turn (after its I/O) whenever a slice ends past turnMs. */
export async function runCooperatively<T>(work: Sliced<T>): Promise<T> {
  let since = performance.now();
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
    if (performance.now() - since >= turnMs) {
      await nextTurn();
      since = performance.now();
    }
  }
}

/** Calls body(from, to) over [0, count) a slice at a time, yielding in between. */
export function* inSlices(count: number, body: (from: number, to: number) => void): Sliced<void> {
  for (let from = 0; from < count; from += sliceRows) {
    if (from > 0) yield;
    body(from, Math.min(count, from + sliceRows));
  }
}

/** Work that is done at once, where a Sliced is expected. */
// eslint-disable-next-line require-yield -- finishing at the first step, with no slice given back, is what it is for
export function* done<T>(value: T): Sliced<T> {
  return value;
}
