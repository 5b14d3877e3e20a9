/**
 * SQL for the pipeline engine (DuckDB), built only from code-written text, quoted identifiers and
 * bound values: a name or value from a request never becomes SQL text. The tag accepts nothing
 * but Sql pieces, so a plain string cannot be spliced by mistake.
 */
export class Sql {
  private constructor(private readonly parts: readonly (string | { value: unknown })[]) {}

  /** Text written in this code base (keywords, operators, function names); never a request's text. */
  static code(text: string): Sql {
    return new Sql([text]);
  }

  /** A quoted identifier: any name, any character ("" doubles a quote; NUL is refused by DuckDB's parser, so it is refused here). */
  static ident(name: string): Sql {
    if (name.includes('\0')) throw new Error('an SQL identifier cannot hold a NUL character');
    return new Sql([`"${name.replaceAll('"', '""')}"`]);
  }

  /** A value bound to a placeholder. */
  static value(value: unknown): Sql {
    return new Sql([{ value }]);
  }

  /** The pieces with `separator` between them. */
  static join(pieces: readonly Sql[], separator = ', '): Sql {
    return new Sql(pieces.flatMap((piece, i) => (i === 0 ? piece.parts : [separator, ...piece.parts])));
  }

  /** The text with $1, $2… placeholders and the values they stand for, in order. */
  render(): { text: string; values: unknown[] } {
    const values: unknown[] = [];
    const text = this.parts.map((part) => (typeof part === 'string' ? part : `$${values.push(part.value)}`)).join('');
    return { text, values };
  }
}

/** sql`SELECT ${Sql.ident(name)} FROM t WHERE x = ${Sql.value(v)}`: the template's own text is code. */
export function sql(strings: TemplateStringsArray, ...pieces: Sql[]): Sql {
  return Sql.join(
    strings.flatMap((text, i) => (i < pieces.length ? [Sql.code(text), pieces[i]!] : [Sql.code(text)])),
    '',
  );
}
