import { errors } from './errors.js';

/**
 * How deep any JSON the gateway reads may nest (bodies, NDJSON lines, `_export?query=`, decoded
 * wrapper queries). Far above any real query; low enough that no walk, recursive or not, can
 * exhaust the stack.
 */
export const maxJsonDepth = 400;

/** A path shortened to its ends: a path 400 levels deep would drown the message. */
const shortened = (path: string) => (path.length <= 160 ? path : `${path.slice(0, 60)} … ${path.slice(-90)}`);

/** 400: the value at `path` lies deeper than maxJsonDepth. */
export const jsonTooDeep = (path: string) => errors.validation(shortened(path), `JSON nests deeper than the limit of ${maxJsonDepth} levels`);

interface Frame {
  value: object;
  depth: number;
  parent: Frame | null;
  key: string | number;
}

const pathOf = (frame: Frame, rootPath: string): string => {
  const keys: (string | number)[] = [];
  for (let f = frame; f.parent; f = f.parent) keys.push(f.key);
  return keys.reverse().reduce<string>((path, key) => (typeof key === 'number' ? `${path}[${key}]` : `${path}.${key}`), rootPath);
};

/** The path of the first container deeper than maxJsonDepth: the slow walk, run only once one is known to exist. */
function tooDeepPath(root: object, rootPath: string): string {
  const stack: Frame[] = [{ value: root, depth: 1, parent: null, key: '' }];
  for (let frame = stack.pop(); frame; frame = stack.pop()) {
    if (frame.depth > maxJsonDepth) return pathOf(frame, rootPath);
    const children: Iterable<[number | string, unknown]> = Array.isArray(frame.value) ? frame.value.entries() : Object.entries(frame.value);
    for (const [key, value] of children) {
      if (typeof value === 'object' && value !== null) stack.push({ value, depth: frame.depth + 1, parent: frame, key });
    }
  }
  return rootPath;
}

/**
 * Throws jsonTooDeep naming the first object or array deeper than maxJsonDepth (the root is at
 * depth 1). An explicit stack, so the check itself cannot overflow; it runs on every JSON body,
 * hence the plain loops.
 */
export function checkJsonDepth(root: unknown, rootPath: string): void {
  if (typeof root !== 'object' || root === null) return;
  const values: object[] = [root];
  const depths: number[] = [1];
  while (values.length > 0) {
    const value = values.pop() as Record<string, unknown>;
    const depth = depths.pop()!;
    if (depth > maxJsonDepth) throw jsonTooDeep(tooDeepPath(root, rootPath));
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const child: unknown = value[i];
        if (typeof child === 'object' && child !== null) {
          values.push(child);
          depths.push(depth + 1);
        }
      }
    } else {
      for (const key in value) {
        const child = value[key];
        if (typeof child === 'object' && child !== null) {
          values.push(child);
          depths.push(depth + 1);
        }
      }
    }
  }
}
