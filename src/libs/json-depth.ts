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
  for (let f: Frame | null = frame; f?.parent; f = f.parent) keys.push(f.key);
  return keys.reverse().reduce<string>((path, key) => (typeof key === 'number' ? `${path}[${key}]` : `${path}.${key}`), rootPath);
};

/**
 * Throws jsonTooDeep naming the first object or array deeper than maxJsonDepth (the root is at
 * depth 1). An explicit stack, so the check itself cannot overflow; paths are built only on failure.
 */
export function checkJsonDepth(root: unknown, rootPath: string): void {
  if (typeof root !== 'object' || root === null) return;
  const stack: Frame[] = [{ value: root, depth: 1, parent: null, key: '' }];
  for (let frame = stack.pop(); frame; frame = stack.pop()) {
    if (frame.depth > maxJsonDepth) throw jsonTooDeep(pathOf(frame, rootPath));
    const push = (value: unknown, key: string | number) => {
      if (typeof value === 'object' && value !== null) stack.push({ value, depth: frame!.depth + 1, parent: frame!, key });
    };
    const value = frame.value as Record<string, unknown>;
    if (Array.isArray(value)) value.forEach(push);
    else for (const key of Object.keys(value)) push(value[key], key);
  }
}
