import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Sql, sql } from '../../src/libs/sql.js';

describe('the SQL builder: code text, quoted identifiers and bound values only', () => {
  it('quotes an identifier, doubling its quotes, and refuses a NUL', () => {
    expect(Sql.ident('host').render()).toEqual({ text: '"host"', values: [] });
    expect(Sql.ident('a"b""c').render().text).toBe('"a""b""""c"');
    expect(Sql.ident("x'; DROP TABLE t; --").render().text).toBe(`"x'; DROP TABLE t; --"`);
    expect(Sql.ident('').render().text).toBe('""');
    expect(() => Sql.ident('a\0b')).toThrow('an SQL identifier cannot hold a NUL character');
  });

  it('binds values to $1, $2… in the order they appear, never as text', () => {
    const q = sql`SELECT ${Sql.ident('a')} FROM t WHERE x = ${Sql.value("'; COPY t TO '/tmp/x")} AND y IN (${Sql.join([Sql.value(1), Sql.value(null), Sql.value(true)])})`;
    expect(q.render()).toEqual({ text: 'SELECT "a" FROM t WHERE x = $1 AND y IN ($2, $3, $4)', values: ["'; COPY t TO '/tmp/x", 1, null, true] });
  });

  it('joins pieces with a separator, and nests: a piece inside another keeps its values in place', () => {
    expect(Sql.join([], ', ').render()).toEqual({ text: '', values: [] });
    expect(Sql.join([Sql.code('a'), Sql.code('b'), Sql.code('c')], ' AND ').render().text).toBe('a AND b AND c');
    expect(Sql.join([Sql.code('a'), Sql.code('b')]).render().text).toBe('a, b');
    const inner = sql`f(${Sql.value('x')}, ${Sql.value('y')})`;
    expect(sql`${Sql.value(0)} + ${inner} + ${Sql.value(3)}`.render()).toEqual({ text: '$1 + f($2, $3) + $4', values: [0, 'x', 'y', 3] });
  });

  it('renders any identifier so that unquoting gives the name back (property)', () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !s.includes('\0')),
        (name) => {
          const { text, values } = Sql.ident(name).render();
          expect(values).toEqual([]);
          expect(text.startsWith('"') && text.endsWith('"')).toBe(true);
          const body = text.slice(1, -1);
          // Every quote inside comes in pairs, so none ends the identifier early.
          expect(body.replaceAll('""', '')).not.toContain('"');
          expect(body.replaceAll('""', '"')).toBe(name);
        },
      ),
    );
  });
});
