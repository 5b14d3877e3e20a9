// The naive reference of the limit step (src/operator/limit.ts runs it on DuckDB): rows in, rows out, in JavaScript.
import type { Row, Rows } from '../../src/libs/rows.js';
import type { LimitNode } from '../../src/operator/limit.js';

export const limit = (rows: Rows, node: LimitNode): Row[] => rows.slice(node.offset, node.offset + node.count);
