import type { Predicate } from '../filter.js';
import { compilePattern } from '../../libs/regex.js';
import type { Where } from '../../query/influx/search.js';
import { fitsRegexLiteral, literalPattern, quotable } from '../../query/influxql.js';
import type { InfluxKey } from '../../query/mix/catalog.js';
import { mergeWhere, type Comparisons, type KeyConditions } from '../../query/mix/semi-join.js';

/** Whether a WHERE on the key can compare `value` (a tag holds strings; a field its type). */
export function influxAccepts(key: InfluxKey, value: unknown): boolean {
  switch (key.accepts) {
    case 'string':
      return typeof value === 'string' && quotable(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
  }
}

/**
 * Conditions that keep at least every point the predicate keeps (the rows are filtered again
 * in memory), or undefined. Tags compare as strings, fields by their type; prefix and contains
 * become regexes of the literal text. InfluxQL tests a missing tag as "" and cannot test a
 * missing field, so ne, nin, exists and not stay in memory. An or becomes `in` when it compares
 * one key with values. A regex goes in as it is (see `influxRegex`).
 */
export function influxConditions(p: Predicate, keyOf: (column: string) => InfluxKey | undefined): KeyConditions | undefined {
  switch (p.op) {
    case 'and': {
      let out: Where | undefined = {};
      for (const child of p.of) {
        const part = influxConditions(child, keyOf);
        out = part && mergeWhere(out, part);
        if (!out) return undefined;
      }
      return out as KeyConditions;
    }
    case 'or':
      return anyOf(p.of, keyOf);
    case 'not':
      return undefined;
    default:
      break;
  }
  const key = keyOf(p.field);
  if (!key) return undefined;
  const value = p.value;
  const one = (comparison: Comparisons) => ({ [key.key]: comparison });
  switch (p.op) {
    case 'eq':
      return influxAccepts(key, value) ? one({ eq: value }) : undefined;
    case 'in': {
      const values = value as unknown[];
      return values.length > 0 && values.every((v) => influxAccepts(key, v)) ? one({ in: values }) : undefined;
    }
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
      return key.accepts === 'number' && influxAccepts(key, value) ? one({ [p.op]: value }) : undefined;
    case 'prefix':
      return key.accepts === 'string' ? one({ regex: `^${literalPattern(value as string)}` }) : undefined;
    case 'contains':
      return key.accepts === 'string' && typeof value === 'string' ? one({ regex: literalPattern(value) }) : undefined;
    case 'regex':
      return key.accepts === 'string' && influxRegex(value as string) ? one({ regex: value }) : undefined;
    default:
      return undefined;
  }
}

/**
 * The largest regex program pushed into InfluxDB. Go's regexp has no DFA: a larger one (counted
 * repeats) costs InfluxDB its size per character, seconds per MB, where memory takes milliseconds.
 */
export const maxInfluxProgramSize = 64;

/**
 * Whether InfluxDB's `=~` reads the pattern as memory does, cheaply: both are RE2 (Go's regexp
 * there) and a regex literal carries the pattern unchanged, but InfluxDB 1.x's Go refuses (?<n>).
 */
function influxRegex(source: string): boolean {
  const pattern = compilePattern(source);
  return fitsRegexLiteral(source) && !pattern.hasNamedGroups && pattern.programSize <= maxInfluxProgramSize;
}

/** An or of eq/in comparisons of one key, as one `in`. */
function anyOf(children: readonly Predicate[], keyOf: (column: string) => InfluxKey | undefined): KeyConditions | undefined {
  const values: unknown[] = [];
  let key: string | undefined;
  for (const child of children) {
    const part = influxConditions(child, keyOf);
    const entries = part ? Object.entries(part) : [];
    if (entries.length !== 1) return undefined;
    const [name, comparisons] = entries[0]!;
    const ops = Object.keys(comparisons);
    if ((key !== undefined && name !== key) || ops.length !== 1 || (ops[0] !== 'eq' && ops[0] !== 'in')) return undefined;
    key = name;
    values.push(...(ops[0] === 'eq' ? [comparisons.eq] : (comparisons.in as unknown[])));
  }
  return key === undefined ? undefined : { [key]: { in: values } };
}
