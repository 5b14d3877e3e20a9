import fc from 'fast-check';

/**
 * Generated script clauses for the adversarial suites (unit and against the real engines): a key
 * that runs code, spelled in mixed case and with JSON unicode escapes, at a chosen depth inside a
 * random query shape, under 0..3 nested wrapper queries. Each case knows the path the gateway
 * must name.
 */

// Every key spelling here must be caught; none of the shape keys may be.
export const scriptKeys = [
  'script',
  'script_score',
  'script_fields',
  'scripted_metric',
  'scripted_upsert',
  'minimum_should_match_script',
  '_script',
  'bucket_script',
  'init_script',
  'map_script',
  'runtime_mappings',
  'runtimeMappings',
  'collate',
  'percolate',
  'search_pipeline',
  'template',
  'search_template',
  'my_script',
];
const shapeKeys = ['query', 'bool', 'must', 'filter', 'should', 'nested', 'constant_score', 'dis_max', 'queries', 'a', 'b', 'x_1', 'field', 'inner_hits'];

export type Step = { kind: 'key'; key: string } | { kind: 'index'; pad: number } | { kind: 'wrapper'; key: string };

export interface ScriptCase {
  steps: Step[];
  scriptKey: string;
  /** Which characters of the script key the JSON text writes as \u escapes. */
  escaped: number[];
}

const mixedCase = (word: string) =>
  fc.array(fc.boolean(), { minLength: word.length, maxLength: word.length }).map((flips) => [...word].map((c, i) => (flips[i] ? c.toUpperCase() : c)).join(''));

export const scriptKey = fc.constantFrom(...scriptKeys).chain(mixedCase);

/** The depth the steps add: a key or an index one level, a wrapper two ({"wrapper":{"query":...}}). */
export const depthOf = (steps: Step[]) => steps.reduce((d, s) => d + (s.kind === 'wrapper' ? 2 : 1), 0);

/**
 * Steps from the root of the value down to the object holding the script key, which then sits at
 * depth 1 + depthOf(steps). The first step is a key: every route wants a JSON object there.
 */
export function scriptCase(maxDepth: number, wrappers = fc.integer({ min: 0, max: 3 })): fc.Arbitrary<ScriptCase> {
  return fc
    .record({
      depth: fc.integer({ min: 1, max: maxDepth }),
      wrappers,
      shape: fc.infiniteStream(
        fc.oneof(
          fc.constantFrom(...shapeKeys).map((key): Step => ({ kind: 'key', key })),
          fc.integer({ min: 0, max: 2 }).map((pad): Step => ({ kind: 'index', pad })),
        ),
      ),
      wrapperAt: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 3, maxLength: 3 }),
      wrapperKey: fc.constantFrom('wrapper', 'Wrapper', 'WRAPPER'),
      scriptKey,
      escapes: fc.array(fc.nat(), { maxLength: 3 }),
    })
    .map(({ depth, wrappers, shape, wrapperAt, wrapperKey, scriptKey, escapes }) => {
      const count = Math.max(0, Math.min(wrappers, Math.floor((depth - 1) / 3)));
      const plain = [...shape.take(depth - 1 - 2 * count)];
      const steps: Step[] = plain.length && plain[0]!.kind === 'index' ? [{ kind: 'key', key: 'query' }, ...plain.slice(1)] : plain;
      // Wrappers go anywhere below the first step (the route wants an object at the root).
      for (const at of wrapperAt.slice(0, count)) steps.splice(1 + Math.floor(at * steps.length), 0, { kind: 'wrapper', key: wrapperKey });
      return { steps, scriptKey, escaped: escapes.map((e) => e % scriptKey.length) };
    });
}

const leafOf = (c: ScriptCase) => ({ [c.scriptKey]: { source: "doc['n'].value * 2" } });

/** JSON text with the script key's chosen characters as \u escapes (the key appears once per text). */
function text(value: unknown, c: ScriptCase): string {
  const escapedKey = [...c.scriptKey].map((ch, i) => (c.escaped.includes(i) ? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}` : ch)).join('');
  return JSON.stringify(value).replace(`"${c.scriptKey}":`, `"${escapedKey}":`);
}

/** The case as JSON text: the innermost layers are base64 inside wrapper queries. */
export function caseText(c: ScriptCase): string {
  // Built from the leaf up; a wrapper turns everything below it into base64 text.
  let layer: unknown = leafOf(c);
  for (const step of [...c.steps].reverse()) {
    if (step.kind === 'key') layer = { [step.key]: layer };
    else if (step.kind === 'index') layer = [...Array<number>(step.pad).fill(0), layer];
    else layer = { [step.key]: { query: Buffer.from(text(layer, c)).toString('base64') } };
  }
  return text(layer, c);
}

/** The path the gateway must name, below `root`. */
export const casePath = (c: ScriptCase, root: string) =>
  c.steps.reduce((path, s) => (s.kind === 'key' ? `${path}.${s.key}` : s.kind === 'index' ? `${path}[${s.pad}]` : `${path}.${s.key}.query(decoded)`), root) +
  `.${c.scriptKey}`;
