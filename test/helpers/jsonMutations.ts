// Mutations of a valid file, for fuzzing the loaders: a plan (a few small numbers drawn by
// fast-check from a fixed seed) picks places in the file and what to do there: numbers pushed to
// extremes, negatives and NaN-ish text, keys deleted, duplicated (in the JSON text: the later copy
// wins, as JSON.parse reads it) or added, types changed, values nested thousands deep, lists made
// huge, versions and formats changed. Applying a plan is deterministic, so a failing plan printed
// by the fuzz test reproduces exactly.
import fc from 'fast-check';

export type JsonPath = (string | number)[];

export const MUTATION_KINDS = [
  'extremeNumber',
  'nanText',
  'otherType',
  'deleteKey',
  'duplicateKey',
  'addKey',
  'swapContainer',
  'deepNesting',
  'hugeList',
  'version',
  'format',
  'copyElsewhere',
] as const;
export type MutationKind = (typeof MUTATION_KINDS)[number];

export interface Mutation {
  kind: MutationKind;
  /** Which place (the seed of a walk from the root, placeOf). */
  place: number;
  /** Which value of the kind's list (modulo its length). */
  choice: number;
}

export interface MutationPlan {
  mutations: Mutation[];
  /** Hand the loader the JSON text (as a file) rather than the parsed value. */
  asText: boolean;
}

const EXTREMES = [0, -0, -1, 1, -1e308, 1e308, 2147483648, -2147483649, 1e8, 1e-9, 5e-324, 0.5, 1e21, Number.MAX_SAFE_INTEGER + 2, 123456789.123, -0.000001];
const NAN_TEXTS = ['NaN', 'Infinity', '-Infinity', '1e999', '', '0x10', ' 1', '1,5', 'null', '１'];
const OTHER_TYPES: unknown[] = [null, true, false, [], {}, 'text', [1, 2, 3], { a: 1 }, '2015-02-30', '9999-99-99'];
const VERSIONS: unknown[] = [0, 1, 2, 3, 4, -1, 1.5, '3', null, 2 ** 53];
const FORMATS: unknown[] = ['probation-sim/scenario', 'probation-sim/experiment', 'probation-sim/story', 'Probation-Sim/Scenario', '', null, 7];
const NEW_KEYS = ['__proto__', 'constructor', 'prototype', 'seeds', 'extra', 'toString', ''];

export const mutationPlan: fc.Arbitrary<MutationPlan> = fc.record({
  mutations: fc.array(
    fc.record({ kind: fc.constantFrom(...MUTATION_KINDS), place: fc.nat(), choice: fc.nat() }),
    { minLength: 1, maxLength: 3 },
  ),
  asText: fc.boolean(),
});

/**
 * A place in a value chosen by `seed`: a walk from the root that goes down into a random child
 * until it reaches a leaf or stops early (one time in eight), so leaves are hit often and every
 * container sometimes. O(depth), whatever the size of the file.
 */
export function placeOf(value: unknown, seed: number): JsonPath {
  let state = (seed >>> 0) || 1;
  const next = () => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return state >>> 8;
  };
  const path: JsonPath = [];
  let node = value;
  for (;;) {
    if (typeof node !== 'object' || node === null) return path;
    const keys = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node);
    if (keys.length === 0 || (path.length > 0 && next() % 8 === 0)) return path;
    const key = keys[next() % keys.length];
    path.push(key);
    node = (node as Record<string | number, unknown>)[key];
  }
}

function pick<T>(list: readonly T[], index: number): T {
  return list[index % list.length];
}

function nested(depth: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i += 1) value = [value];
  return value;
}

/** The value at `path`, the container holding it and its key (undefined container for the root). */
function locate(root: unknown, path: JsonPath): { parent: Record<string | number, unknown> | undefined; key: string | number | undefined } {
  let parent: unknown;
  let node = root;
  for (const key of path) {
    parent = node;
    node = (node as Record<string | number, unknown>)[key];
  }
  return { parent: parent as Record<string | number, unknown> | undefined, key: path[path.length - 1] };
}

/** A mutated copy of `base` (a value or its JSON text) as the loader would receive it (text or value); `base` is not touched. */
export function applyPlan(base: unknown, plan: MutationPlan): unknown {
  let value: unknown = JSON.parse(typeof base === 'string' ? base : JSON.stringify(base));
  const duplicates: { key: string; text: string }[] = [];
  const deep = { used: false };
  for (const mutation of plan.mutations) value = mutate(value, placeOf(value, mutation.place), mutation, duplicates, deep);
  if (!plan.asText && duplicates.length === 0 && !deep.used) return value;
  return withDuplicates(withDeepLists(JSON.stringify(value)), duplicates);
}

/** Nesting thousands deep is written into the text directly: JSON.stringify would overflow building it. */
const DEEP_MARKER = '__deeply_nested_';

function withDeepLists(text: string): string {
  let first = true; // one deep list a file (copies of it elsewhere become plain numbers)
  return text.replace(new RegExp(`"${DEEP_MARKER}(\\d+)"`, 'g'), (_, depth: string) => {
    if (!first) return '1';
    first = false;
    return `${'['.repeat(Number(depth))}1${']'.repeat(Number(depth))}`;
  });
}

function withDuplicates(json: string, duplicates: readonly { key: string; text: string }[]): string {
  let text = json;
  for (const { key, text: valueText } of duplicates) {
    // A key written twice: JSON.parse keeps the later, so the file says one thing and means another.
    const at = text.indexOf(`"${key}":`);
    if (at >= 0) text = `${text.slice(0, at)}"${key}":${valueText},${text.slice(at)}`;
  }
  return text;
}

function mutate(root: unknown, path: JsonPath, m: Mutation, duplicates: { key: string; text: string }[], deep: { used: boolean }): unknown {
  const { parent, key } = locate(root, path);
  const set = (replacement: unknown): unknown => {
    if (parent === undefined || key === undefined) return replacement;
    parent[key] = replacement;
    return root;
  };
  const current = parent === undefined || key === undefined ? root : parent[key];
  switch (m.kind) {
    case 'extremeNumber':
      return set(pick(EXTREMES, m.choice));
    case 'nanText':
      return set(pick(NAN_TEXTS, m.choice));
    case 'otherType':
      return set(structuredClone(pick(OTHER_TYPES, m.choice)));
    case 'deleteKey':
      if (parent !== undefined && key !== undefined) {
        if (Array.isArray(parent)) parent.splice(Number(key), 1);
        else delete parent[key];
      }
      return root;
    case 'duplicateKey':
      if (typeof key === 'string') duplicates.push({ key, text: JSON.stringify(pick([...EXTREMES, ...NAN_TEXTS], m.choice)) ?? 'null' });
      return root;
    case 'addKey':
      if (typeof current === 'object' && current !== null && !Array.isArray(current)) {
        Object.defineProperty(current, pick(NEW_KEYS, m.choice), { value: pick(EXTREMES, m.choice), enumerable: true, writable: true, configurable: true });
      }
      return root;
    case 'swapContainer':
      if (Array.isArray(current)) return set(Object.fromEntries(current.map((v, i) => [String(i), v])));
      if (typeof current === 'object' && current !== null) return set(Object.values(current));
      return set([current]);
    case 'deepNesting': {
      const depth = pick([40, 500, 5_000, 20_000], m.choice);
      if (depth <= 500) return set(nested(depth));
      deep.used = true;
      return set(`${DEEP_MARKER}${depth}`);
    }
    case 'hugeList': {
      const length = pick([101, 101, 1_000, 20_000], m.choice);
      const element = Array.isArray(current) && current.length > 0 ? current[0] : current;
      const small = typeof element === 'number' || typeof element === 'boolean' || (typeof element === 'string' && element.length < 20 && !element.startsWith(DEEP_MARKER));
      if (small) return set(new Array(length).fill(element));
      // Just over a list's maximum, made of real copies (a later mutation of one must not change all).
      return set(length <= 101 ? Array.from({ length }, () => structuredClone(element)) : new Array(length).fill(0));
    }
    case 'version':
      if (typeof root === 'object' && root !== null) {
        const versionKey = 'schemaVersion' in root ? 'schemaVersion' : 'version';
        (root as Record<string, unknown>)[versionKey] = pick(VERSIONS, m.choice);
      }
      return root;
    case 'format':
      if (typeof root === 'object' && root !== null) (root as Record<string, unknown>).format = pick(FORMATS, m.choice);
      return root;
    case 'copyElsewhere': {
      const from = locate(root, placeOf(root, m.choice));
      const copied = from.parent === undefined || from.key === undefined ? 'root' : from.parent[from.key];
      return set(structuredClone(copied === root ? 'root' : copied));
    }
  }
}
