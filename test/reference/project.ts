// The naive reference of the project step (src/operator/project.ts runs it on DuckDB): rows in, rows out, in JavaScript.
import { outputNames, type ProjectNode } from '../../src/operator/project.js';
import { inSlices, runNow, type Sliced } from './cooperative.js';
import { columnsOf, type Row, type Rows } from '../../src/libs/rows.js';
import { compileRowBuilder } from './row-builder.js';

export function* projectSlices(rows: Rows, node: ProjectNode): Sliced<Row[]> {
  const columns = node.keep ?? columnsOf(rows);
  const names = outputNames(columns, new Map(Object.entries(node.rename)), node.at);
  const build = compileRowBuilder(columns.map((field, i) => ({ name: names[i]!, reads: [{ side: 'a', field }] })));
  const out = new Array<Row>(rows.length);
  yield* inSlices(rows.length, (from, to) => {
    for (let i = from; i < to; i++) out[i] = build(rows[i]!, null);
  });
  return out;
}

export const project = (rows: Rows, node: ProjectNode): Row[] => runNow(projectSlices(rows, node));
