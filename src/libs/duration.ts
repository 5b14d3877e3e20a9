/** A duration as a pipeline writes it: a whole number above 0 and a unit, e.g. 500ms, 90s, 5m, 1h, 1d, 1w. */
export const durationPattern = /^[1-9][0-9]*(ms|s|m|h|d|w)$/;

export type DurationUnit = 'ms' | 's' | 'm' | 'h' | 'd' | 'w';

const unitMs: Record<DurationUnit, number> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** The count and unit of a duration, or null when it is none. */
export function durationParts(text: string): { count: number; unit: DurationUnit } | null {
  const match = durationPattern.exec(text);
  if (!match) return null;
  return { count: Number(text.slice(0, text.length - match[1]!.length)), unit: match[1] as DurationUnit };
}

/** The longest duration: a century, so that its microseconds stay exact in a BIGINT (DuckDB's intervals). */
export const maxDurationMs = 100 * 366 * unitMs.d;

/** The duration in milliseconds, or null when it is none or longer than maxDurationMs. */
export function durationMs(text: string): number | null {
  const parts = durationParts(text);
  if (!parts) return null;
  const ms = parts.count * unitMs[parts.unit];
  return ms <= maxDurationMs ? ms : null;
}
