import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkJsonDepth, maxJsonDepth } from '../../src/libs/json-depth.js';
import { bulkScriptClause, parseBulkBody } from '../../src/query/es/bulk-body.js';
import { findScript } from '../../src/query/es/scripts.js';
import { caseText, casePath, scriptCase, scriptKeys } from '../script-cases.js';
import { refusal } from './refusal.js';

const b64 = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64');
const nested = (depth: number, leaf: unknown = 1): unknown => {
  let v = leaf;
  for (let i = 0; i < depth; i++) v = { a: v };
  return v;
};

describe('the script detector', () => {
  it('finds every key that runs code, in any case, and names its path', () => {
    for (const key of [...scriptKeys, 'Script', 'SCRIPTED_METRIC', 'Runtime_Mappings', 'phraseCollate']) {
      expect(findScript({ query: { bool: { must: [{ a: 1 }, { [key]: {} }] } } }, 'body'), key).toBe(`body.query.bool.must[1].${key}`);
    }
    expect(findScript({ query: { terms_set: { tags: { terms: ['a'], minimum_should_match_script: { source: '2' } } } } }, 'body')).toBe(
      'body.query.terms_set.tags.minimum_should_match_script',
    );
    expect(findScript({ suggest: { s: { phrase: { field: 't', collate: { query: { source: '{}' } } } } } }, 'body')).toBe('body.suggest.s.phrase.collate');
  });

  it('passes queries without such keys, field names in values included', () => {
    expect(findScript({ query: { term: { user: 'script' } }, _source: ['script'], sort: ['n'] }, 'body')).toBeNull();
    expect(findScript(undefined, 'body')).toBeNull();
  });

  it('decodes wrapper queries, nested ones too, and walks them by the same rules', () => {
    const inner = { script_score: { query: { match_all: {} }, script: { source: '1' } } };
    expect(findScript({ query: { wrapper: { query: b64(inner) } } }, 'body')).toBe('body.query.wrapper.query(decoded).script_score');
    const twice = { bool: { filter: [{ wrapper: { query: b64({ wrapper: { query: b64(inner) } }) } }] } };
    expect(findScript({ query: twice }, 'body')).toBe('body.query.bool.filter[0].wrapper.query(decoded).wrapper.query(decoded).script_score');
    expect(findScript({ query: { wrapper: { query: b64({ match_all: {} }) } } }, 'body')).toBeNull();
  });

  it.each([
    ['not base64', 'a query'],
    ['base64url alphabet', b64({ a: '\u00ff\u00fe' }).replace(/\+/g, '-').replace(/\//g, '_') + '-_'],
    ['unpadded', b64({ ab: 1 }).replace(/=+$/, '')],
    ['a number', 5],
    ['YAML', b64('script:\n  source: "1"\n')],
    ['JSON with a comment', b64('{"match_all": /* */ {}}')],
    ['JSON behind a BOM', b64('\ufeff{"script":{}}')],
    ['CBOR', Buffer.from([0xa1, 0x66, ...Buffer.from('script'), 0xa0]).toString('base64')],
    ['SMILE', Buffer.from(':)\n\u0000\u00fa', 'latin1').toString('base64')],
    ['invalid UTF-8', Buffer.from([0x7b, 0xff, 0x7d]).toString('base64')],
    ['invalid UTF-8 inside a JSON string', Buffer.from([...Buffer.from('{"a":"'), 0xff, ...Buffer.from('"}')]).toString('base64')],
    ['an array of numbers', [1072]],
    ['an object', { query: b64({ match_all: {} }) }],
  ])('refuses a wrapper query that is %s (400 naming it)', (_, encoded) => {
    expect(refusal(() => findScript({ query: { wrapper: { query: encoded } } }, 'body'))).toMatch(
      /^body\.query\.wrapper\.query: a wrapper query must be base64/,
    );
  });

  it('decodes only keys named wrapper holding an object, and names the first script in text order', () => {
    for (const key of ['my_wrapper', 'wrappers', 'Wrapper_']) expect(findScript({ query: { [key]: { query: 'not base64' } } }, 'body'), key).toBeNull();
    for (const value of ['text', null, 5, ['a'], { other: 1 }]) expect(findScript({ query: { wrapper: value } }, 'body'), JSON.stringify(value)).toBeNull();
    expect(findScript({ a: { b: { script: 1 } }, c: { script: 2 } }, 'body')).toBe('body.a.b.script');
    expect(findScript({ a: [{ x: 1 }, { script: 1 }], b: [{ script: 2 }] }, 'body')).toBe('body.a[1].script');
    expect(findScript({ a: 1, script: 2 }, 'body')).toBe('body.script');
  });

  it('walks without recursion and refuses nesting deeper than maxJsonDepth with the path', () => {
    expect(findScript(nested(maxJsonDepth), 'body')).toBeNull();
    expect(refusal(() => findScript(nested(maxJsonDepth + 1), 'body'))).toMatch(/^body\.a\.a.* … .*\.a: JSON nests deeper than the limit of 400 levels$/);
    for (const depth of [5_000, 200_000]) expect(refusal(() => findScript(nested(depth), 'body'))).toMatch(/deeper than the limit of 400 levels/);
    // Arrays count as objects do.
    let arrays: unknown = [{}];
    for (let i = 0; i < maxJsonDepth - 2; i++) arrays = [arrays];
    expect(findScript(arrays, 'body')).toBeNull();
    expect(refusal(() => findScript([arrays], 'body'))).toMatch(/^body\[0\]\[0\].*\[0\]\[0\]: JSON nests deeper than the limit of 400 levels$/);
    // Wrappers count: each adds its two levels.
    const wrapped = { wrapper: { query: b64(nested(maxJsonDepth - 1)) } };
    expect(findScript({ wrapper: { query: b64(nested(maxJsonDepth - 2)) } }, 'body')).toBeNull();
    expect(refusal(() => findScript(wrapped, 'body'))).toMatch(/^body\.wrapper\.query\(decoded\)\.a/);
  });

  it('finds a generated script key at any depth, spelling, escape and wrapper nesting (property)', () => {
    const wrappers = [0, 0, 0, 0];
    let escaped = 0;
    fc.assert(
      fc.property(scriptCase(maxJsonDepth - 1), (c) => {
        expect(findScript(JSON.parse(caseText(c)), 'body')).toBe(casePath(c, 'body'));
        wrappers[c.steps.filter((s) => s.kind === 'wrapper').length]!++;
        if (c.escaped.length) escaped++;
      }),
      { numRuns: 3000, seed: 1101 },
    );
    console.log(`[script keys] 3000 generated cases; by wrapper nesting 0..3: ${wrappers.join(', ')}; with unicode escapes: ${escaped}`);
    expect(wrappers.every((n) => n > 100)).toBe(true);
  });

  it('never flags a query without such keys and never throws on depths within the limit (property)', () => {
    const benignKey = fc.string({ maxLength: 12 }).filter((k) => !/script|template|collate|percolate|runtime_?mappings|search_pipeline|^wrapper$/i.test(k));
    const benign = fc.letrec<{ value: unknown }>((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.jsonValue({ maxDepth: 0 }),
        fc.array(tie('value'), { maxLength: 3 }),
        fc.dictionary(benignKey, tie('value'), { maxKeys: 3 }),
      ),
    })).value;
    fc.assert(
      fc.property(benign, (value) => {
        expect(findScript(value, 'body')).toBeNull();
      }),
      { numRuns: 3000, seed: 1102 },
    );
  });
});

describe('the JSON depth limit', () => {
  it('lets maxJsonDepth levels through and refuses one more with the path', () => {
    expect(maxJsonDepth).toBe(400);
    expect(() => checkJsonDepth(nested(maxJsonDepth), 'body')).not.toThrow();
    expect(refusal(() => checkJsonDepth({ x: [nested(maxJsonDepth - 1)] }, 'body'))).toMatch(
      /^body\.x\[0\]\.a\.a.*: JSON nests deeper than the limit of 400 levels$/,
    );
    expect(refusal(() => checkJsonDepth(JSON.parse('['.repeat(300_000) + ']'.repeat(300_000)), 'body'))).toMatch(/^body\[0\]\[0\]/);
  });

  it('agrees with the depth of generated values (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 * maxJsonDepth }), fc.boolean(), (depth, arrays) => {
        let v: unknown = 'leaf';
        for (let i = 0; i < depth; i++) v = arrays && i % 2 ? [v] : { k: v };
        if (depth <= maxJsonDepth) checkJsonDepth(v, 'body');
        else expect(refusal(() => checkJsonDepth(v, 'body'))).toMatch(/deeper than the limit/);
      }),
      { numRuns: 500, seed: 1103 },
    );
  });
});

describe('NDJSON framing (generated variants)', () => {
  const ops = [
    '{"index":{"_id":"1"}}',
    '{"n":1}',
    '{"update":{"_id":"1"}}',
    '{"script":{"source":"ctx._source.n += 1"}}',
    '{"delete":{"_id":"2"}}',
    '{"create":{"_id":"3"}}',
    '{"n":3}',
  ];
  const counts: Record<string, number> = {};
  const count = (kind: string) => (counts[kind] = (counts[kind] ?? 0) + 1);

  it('pairs the canonical body, and CRLF or a missing final newline read the same', () => {
    const canonical = parseBulkBody(`${ops.join('\n')}\n`, 'i');
    expect(canonical.map((o) => o.action)).toEqual(['index', 'update', 'delete', 'create']);
    expect(bulkScriptClause(canonical)).toBe('the script clause at body line 4.script');
    const strip = (o: object) => JSON.parse(JSON.stringify(o)) as unknown;
    for (const body of [`${ops.join('\r\n')}\r\n`, ops.join('\n'), ops.join('\r\n'), `${ops.map((l) => ` \t${l} `).join('\n')}\n`]) {
      expect(strip(parseBulkBody(body, 'i'))).toEqual(strip(canonical));
      count('same reading (CRLF, no final newline, padded lines)');
    }
  });

  it('refuses a blank or whitespace-only line at every position, naming it', () => {
    for (let at = 0; at <= ops.length; at++) {
      for (const blank of ['', ' ', '\t', '\r', ' \r', '\u00a0']) {
        const lines = [...ops.slice(0, at), blank, ...ops.slice(at)];
        for (const body of [`${lines.join('\n')}\n`, lines.join('\n')]) {
          if (at === ops.length && blank === '' && !body.endsWith('\n\n')) continue; // that is just the final newline
          expect(
            refusal(() => parseBulkBody(body, 'i')),
            JSON.stringify(body),
          ).toBe(`body line ${at + 1}: a blank line: every line must be an action or the source of the action before it`);
          count('blank or whitespace line');
        }
      }
    }
  });

  it('refuses a BOM, an action and its source on one line, a missing source and trailing garbage', () => {
    expect(refusal(() => parseBulkBody(`\ufeff${ops.join('\n')}\n`, 'i'))).toBe('body line 1: starts with a byte order mark (U+FEFF): send UTF-8 without it');
    count('BOM');
    for (let at = 0; at < ops.length - 1; at++) {
      const lines = [...ops.slice(0, at), `${ops[at]} ${ops[at + 1]}`, ...ops.slice(at + 2)];
      expect(refusal(() => parseBulkBody(`${lines.join('\n')}\n`, 'i'))).toMatch(new RegExp(`^body line ${at + 1}: not valid JSON`));
      count('two JSON values on one line');
    }
    for (const cut of [1, 3, 6]) {
      expect(refusal(() => parseBulkBody(`${ops.slice(0, cut).join('\n')}\n`, 'i'))).toMatch(
        new RegExp(`^body line ${cut}: the \\w+ action has no source line after it$`),
      );
      count('action without its source');
    }
    for (const garbage of ['x', '{"n":', '}', 'null', '[]', '"s"', '\u0000', '{"index":{}}x', '\u2028']) {
      expect(
        refusal(() => parseBulkBody(`${ops.join('\n')}\n${garbage}`, 'i')),
        garbage,
      ).toMatch(new RegExp(`^body line ${ops.length + 1}: `));
      count('trailing garbage');
    }
    expect(refusal(() => parseBulkBody(`{"index":{}}\n${JSON.stringify(nested(maxJsonDepth + 1))}\n`, 'i'))).toMatch(
      /^body line 2\.a\.a.*deeper than the limit/,
    );
    count('line nested too deep');
  });

  it('finds the script of an update wherever its lines stand, and not in documents', () => {
    expect(bulkScriptClause(parseBulkBody('{"update":{"_id":"1"}}\n{"doc":{"script":1},"scripted_upsert":true,"upsert":{}}\n', 'i'))).toBe(
      'the script clause at body line 2.scripted_upsert',
    );
    expect(bulkScriptClause(parseBulkBody('{"index":{}}\n{"script":"a field"}\n{"update":{"_id":"1"}}\n{"doc":{"script":1}}\n', 'i'))).toBeUndefined();
    expect(bulkScriptClause(parseBulkBody('{"index":{"_id":"1","Script":{}}}\n{"n":1}\n', 'i'))).toBe('the script clause at body line 1.index.Script');
    expect(bulkScriptClause(parseBulkBody([{ script: 'a field' }], 'i'))).toBeUndefined();
  });

  it('reports the counts', () => {
    console.log(`[ndjson framing] generated cases: ${JSON.stringify(counts)}`);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBeGreaterThan(100);
  });
});
