// How deeply a file's data may nest, checked before anything recursive touches it. JSON.stringify,
// zod and the error wording all recurse, so data nested 10,000 deep (a `format` that is a list of a
// list of …) overflowed the stack and surfaced as a raw RangeError. Every file kind (scenario,
// experiment, story) is checked here first, with a walk that keeps its own stack and so cannot
// overflow, and that stops at a value budget so that shared references (a list holding the same
// list twice, over and over) cannot make it walk for ever.
// Invariants: pure; never recursive; visits at most `maxValues` values.

/**
 * The deepest any of our files nests is 6 (money.crc.contracts.<CRC>.otherBands[i].pricePerUnit);
 * 32 leaves room for any format we may add and is far below the depth at which the recursive steps
 * after this check (JSON.stringify, zod) run out of stack.
 */
export const MAX_NESTING_DEPTH = 32;

export type NestingProblem =
  /** `path` is where the data first goes deeper than the limit (cut short). */
  | { kind: 'tooDeep'; path: string }
  /** An object that contains itself (only JavaScript values can: JSON text cannot). */
  | { kind: 'refersToItself'; path: string }
  /** More values than any file of the allowed size could hold (each takes at least one character of JSON). */
  | { kind: 'tooMany' };

interface Frame {
  value: unknown;
  depth: number;
  key: string;
  parent: Frame | undefined;
}

/** The first problem with the shape of `value`, or undefined when it nests within the limits. */
export function nestingProblem(value: unknown, maxValues: number, maxDepth = MAX_NESTING_DEPTH): NestingProblem | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  // Only containers get a frame: leaves (most values) are counted, not stacked.
  const stack: Frame[] = [{ value, depth: 0, key: '', parent: undefined }];
  let visited = 1;
  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    if (frame.depth >= maxDepth) return { kind: containsItself(frame) ? 'refersToItself' : 'tooDeep', path: pathOf(frame) };
    const node = frame.value as Record<string, unknown>;
    const isList = Array.isArray(node);
    const keys = Object.keys(node);
    visited += keys.length;
    if (visited > maxValues) return { kind: 'tooMany' };
    for (const key of keys) {
      const child = node[key];
      if (typeof child === 'object' && child !== null) stack.push({ value: child, depth: frame.depth + 1, key: isList ? `[${key}]` : key, parent: frame });
    }
  }
  return undefined;
}

/**
 * Whether JSON text nests deeper than `maxDepth`, read from its brackets (outside strings) without
 * parsing: for text the common case costs one pass and no allocation, and nestingProblem on the
 * parsed value is needed only to say where.
 */
export function textNestsDeeper(text: string, maxDepth = MAX_NESTING_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i += 1; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth += 1;
      if (depth > maxDepth) return true;
    } else if (c === 0x5d || c === 0x7d) depth -= 1;
  }
  return false;
}

/** Whether some object on the way to the frame contains itself (a cycle, which would nest for ever). */
function containsItself(frame: Frame): boolean {
  const seen = new Set<unknown>();
  for (let at: Frame | undefined = frame; at !== undefined; at = at.parent) {
    if (seen.has(at.value)) return true;
    seen.add(at.value);
  }
  return false;
}

/** The frame's path, its first few steps only (a path 10,000 steps long helps nobody). */
function pathOf(frame: Frame): string {
  const keys: string[] = [];
  for (let at: Frame | undefined = frame; at !== undefined && at.parent !== undefined; at = at.parent) keys.push(at.key);
  keys.reverse();
  const shown = keys.slice(0, 6).reduce((text, key) => (key.startsWith('[') || text === '' ? text + key : `${text}.${key}`), '');
  return keys.length > 6 ? `${shown}…` : shown;
}

/** The sentence every loader uses for a problem, naming its kind of file. */
export function nestingMessage(problem: NestingProblem, fileKind: string): string {
  if (problem.kind === 'tooMany') return `this ${fileKind} holds more values than a file of the allowed size could: it is too large`;
  const where = problem.path === '' ? '' : ` (at ${problem.path})`;
  if (problem.kind === 'refersToItself') return `this ${fileKind} cannot be read as JSON data: it refers to itself${where}`;
  return `this ${fileKind} nests deeper than ${MAX_NESTING_DEPTH} levels${where}; no ${fileKind} nests that deep`;
}
