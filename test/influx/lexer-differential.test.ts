import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InfluxQLSyntaxError, splitStatements } from '../../src/query/influxql-lexer.js';
import { backends } from '../helpers.js';
import { directNames, influxDirect, writeDirect } from './support.js';

/**
 * The lexer against the real InfluxDB: random expressions full of the tokens that make a `/`
 * ambiguous, around a CREATE DATABASE. Whenever InfluxDB ran the CREATE, the lexer must have
 * seen a statement that is not a read (or refused the text).
 */
const db = 't5fz_db';
const separator = fc.constantFrom(' ', '', '\n', '\r', '\t', ' -- c\n', ' /* c */ ', '--c\r');
const operand = fc.constantFrom('1', '1.', '.5', '2h', '"v"', 'v', '"t"::tag', '"t"::field', 'v::float', 'true', 'false', '$p', '*', "'s'", '/x/', 'now()', 'mean(v)', '(v)', 'key', 'tag');
const operator = fc.constantFrom('/', '/', '/', '+', '-', '*', '=', '!=', '>', '=~', 'AND', 'OR', '%');
const expression = fc
  .array(fc.tuple(separator, operand, separator, operator), { minLength: 1, maxLength: 4 })
  .chain((parts) => fc.tuple(separator, operand).map(([s, last]) => parts.map((p) => p.join('')).join('') + s + last));
const statement = fc.oneof(
  expression.map((e) => `SELECT ${e} FROM m`),
  expression.map((e) => `SELECT v FROM m WHERE ${e}`),
  expression.map((e) => `SELECT v FROM m WHERE ${e} GROUP BY time(1h)`),
);

describe('the lexer against InfluxDB 1.6.7 itself', () => {
  beforeAll(async () => {
    await influxDirect(`CREATE DATABASE "${db}"`);
    await writeDirect(db, 'm,t=a v=1 1');
  });
  afterAll(async () => {
    for (const name of await directNames('SHOW DATABASES')) if (name.startsWith('t5fz_')) await influxDirect(`DROP DATABASE "${name}"`);
  });

  it('never takes for a read a query in which InfluxDB runs a hidden CREATE', async () => {
    const queries = fc.sample(fc.tuple(statement, separator, separator, statement), { numRuns: 6000, seed: 5 });
    const texts = queries.map(([a, s1, s2, b], i) => `${a};${s1}CREATE DATABASE "t5fz_${i}"${s2};${b}`);
    for (const q of texts) {
      await fetch(`${backends().influx}/query`, { method: 'POST', body: new URLSearchParams({ q, db, params: '{"p":1}' }) });
    }
    const ran = new Set(await directNames('SHOW DATABASES'));
    let created = 0;
    texts.forEach((q, i) => {
      if (!ran.has(`t5fz_${i}`)) return;
      created++;
      let statements;
      try {
        statements = splitStatements(q);
      } catch (err) {
        expect(err).toBeInstanceOf(InfluxQLSyntaxError);
        return;
      }
      expect(statements.some((s) => !s.read), q).toBe(true);
    });
    // Enough of the random queries parse on the server for the check to mean something.
    expect(created).toBeGreaterThan(100);
  }, 120_000);
});
