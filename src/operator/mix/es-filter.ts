import type { Predicate } from '../filter.js';
import { literalOf } from '../../libs/regex.js';
import { esAccepts, type EsTarget } from '../../query/mix/catalog.js';

const ascii = (text: string) => /^[\x20-\x7e]*$/.test(text);
const wildcardLiteral = (text: string) => text.replace(/[\\*?]/g, (c) => `\\${c}`);

/**
 * A bool filter clause matching at least every document the predicate keeps (the rows are
 * filtered again in memory, so a document holding an array may match too), or undefined when
 * no clause is sure to. Strings compare as keywords: ranges only with ASCII bounds (where
 * Elasticsearch's byte order is JavaScript's order), prefix and contains only when no string
 * goes unindexed (no ignore_above). ne, nin, exists and not are never translated: an array or
 * an empty array would make them drop rows memory keeps.
 */
export function esClause(p: Predicate, targetOf: (column: string) => EsTarget | undefined): object | undefined {
  if (p.op === 'not') return undefined;
  if (!('field' in p)) {
    const clauses = p.of.map((child) => esClause(child, targetOf));
    if (clauses.some((c) => c === undefined)) return undefined;
    return p.op === 'and' ? { bool: { filter: clauses } } : { bool: { should: clauses, minimum_should_match: 1 } };
  }
  const target = targetOf(p.field);
  if (!target) return undefined;
  const { field } = target;
  const everyString = target.accepts === 'string' && target.ignoreAbove === null;
  const value = p.value;
  switch (p.op) {
    case 'eq':
      return esAccepts(target, value) ? { term: { [field]: value } } : undefined;
    case 'in':
      return (value as unknown[]).every((v) => esAccepts(target, v)) ? { terms: { [field]: value } } : undefined;
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte': {
      const bound = typeof value === 'string' ? everyString && ascii(value) : target.accepts !== 'string' && esAccepts(target, value);
      return bound ? { range: { [field]: { [p.op]: value } } } : undefined;
    }
    case 'prefix':
      return everyString ? { prefix: { [field]: value } } : undefined;
    case 'contains':
      return everyString && typeof value === 'string' ? { wildcard: { [field]: { value: `*${wildcardLiteral(value)}*` } } } : undefined;
    case 'regex': {
      // Only literal text, optionally anchored, goes to Elasticsearch: a term when anchored at both ends, else a
      // wildcard with * at each open end. Lucene's regexp dialect reads other patterns differently: they stay in memory.
      const literal = literalOf(value as string);
      if (!literal || target.accepts !== 'string') return undefined;
      if (literal.atStart && literal.atEnd) return esAccepts(target, literal.text) ? { term: { [field]: literal.text } } : undefined;
      return everyString
        ? { wildcard: { [field]: { value: `${literal.atStart ? '' : '*'}${wildcardLiteral(literal.text)}${literal.atEnd ? '' : '*'}` } } }
        : undefined;
    }
    default:
      return undefined;
  }
}

/** The source's query with filter clauses added; a user query keeps its place in must. */
export function withFilters(query: object | undefined, clauses: readonly object[]): object {
  if (clauses.length === 0) return query ?? { match_all: {} };
  return { bool: { ...(query === undefined ? {} : { must: [query] }), filter: clauses } };
}
