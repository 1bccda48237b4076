// A deep copy of an engine's state, for snapshots (model/engine/snapshot.ts). Generic on purpose:
// it copies every own field of every object it reaches, so a field added to any part of the
// simulation is carried over without anyone remembering to list it, and the test that a resumed
// run equals an uninterrupted one (bit for bit) guards it. Invariants:
// - the copy shares nothing mutable with the original: typed arrays get new buffers, and views
//   that shared a buffer (People's record views) share the new one, at the same offsets; with
//   `move`, typed arrays and buffers are handed over instead of copied (the source must then
//   never be used again), and they stay shared wherever the source shared them;
// - Maps and Sets keep their insertion order (which iteration follows); arrays come out packed;
// - an object reached twice is copied once (cycles, such as an observer's reference back to the
//   simulation, stay cycles);
// - objects given in `keep` are not copied but replaced by the value given (the inputs a resumed
//   run takes from its own scenario: scenario, setup, compiled parameters, timeline);
// - frozen objects are shared (they cannot change); functions are refused, because a closure's
//   captured state cannot be copied and sharing it would couple the two runs.

interface Copier {
  memo: Map<object, unknown>;
  /** Hand typed arrays and buffers over rather than copy them. */
  move: boolean;
}

/** Copies `root` deeply; `keep` maps objects of the original to what the copy uses instead. */
export function cloneState<T>(root: T, keep: ReadonlyMap<object, unknown> = new Map()): T {
  return copyValue(root, { memo: new Map(keep), move: false }, 'state') as T;
}

/**
 * Makes `target` (a freshly constructed object of the same class as `source`) hold a deep copy of
 * `source`'s state, keeping `target`'s own objects wherever both sides have an instance of the same
 * class or a plain object, and copying the rest. Why not simply clone: objects made by
 * Object.create get other hidden classes than the ones the constructors make, and the engine's
 * optimised code, specialised on the constructors' shapes, then runs markedly slower on a clone.
 * `keep` lists objects of `source` that `target` keeps its own counterpart of (its inputs). With
 * `move`, the bulk of the state (typed arrays) is handed over from `source`, which is then spent.
 */
export function restoreState(target: object, source: object, keep: ReadonlySet<object> = new Set(), move = false): void {
  const copier: Copier = { memo: new Map(), move };
  copier.memo.set(source, target);
  restoreInto(target as Record<string, unknown>, source as Record<string, unknown>, keep, copier, 'state');
}

function restoreInto(target: Record<string, unknown>, source: Record<string, unknown>, keep: ReadonlySet<object>, copier: Copier, path: string): void {
  const memo = copier.memo;
  for (const key of Object.keys(target)) if (!(key in source)) delete target[key];
  for (const key of Object.keys(source)) {
    const from = source[key];
    const to = target[key];
    if (from !== null && typeof from === 'object' && keep.has(from)) {
      memo.set(from, to);
    } else if (memo.has(from as object)) {
      target[key] = memo.get(from as object);
    } else if (isRecord(from) && isRecord(to) && Object.getPrototypeOf(from) === Object.getPrototypeOf(to) && !Object.isFrozen(to)) {
      memo.set(from, to);
      restoreInto(to, from, keep, copier, `${path}.${key}`);
    } else {
      target[key] = copyValue(from, copier, `${path}.${key}`);
    }
  }
}

/** An object whose fields can be restored in place (not an array, a typed array, a Map or a Set). */
function isRecord(value: unknown): value is Record<string, unknown> {
  return (
    value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    !ArrayBuffer.isView(value) &&
    !(value instanceof ArrayBuffer) &&
    !(value instanceof Map) &&
    !(value instanceof Set)
  );
}

function copyValue(value: unknown, copier: Copier, path: string): unknown {
  if (typeof value === 'function') throw new Error(`cloneState: ${path} is a function; engine state must be plain data`);
  if (value === null || typeof value !== 'object') return value;
  const memo = copier.memo;
  if (memo.has(value)) return memo.get(value);
  if (Object.isFrozen(value)) return value;
  if (ArrayBuffer.isView(value)) return copyView(value, copier);
  if (value instanceof ArrayBuffer) return copyBuffer(value, copier);
  if (Array.isArray(value)) {
    // Filled by push, so the copy is packed like the arrays the engine builds (a holey copy
    // would make code that reads it take slower paths).
    const copy: unknown[] = [];
    memo.set(value, copy);
    for (let i = 0; i < value.length; i++) copy.push(copyValue(value[i], copier, path));
    return copy;
  }
  if (value instanceof Map) {
    const copy = new Map<unknown, unknown>();
    memo.set(value, copy);
    for (const [key, entry] of value) copy.set(copyValue(key, copier, path), copyValue(entry, copier, path));
    return copy;
  }
  if (value instanceof Set) {
    const copy = new Set<unknown>();
    memo.set(value, copy);
    for (const entry of value) copy.add(copyValue(entry, copier, path));
    return copy;
  }
  const copy = Object.create(Object.getPrototypeOf(value) as object | null) as Record<string, unknown>;
  memo.set(value, copy);
  for (const key of Object.keys(value)) copy[key] = copyValue((value as Record<string, unknown>)[key], copier, `${path}.${key}`);
  return copy;
}

function copyBuffer(buffer: ArrayBuffer, copier: Copier): ArrayBuffer {
  const copy = copier.move ? buffer : buffer.slice(0);
  copier.memo.set(buffer, copy);
  return copy;
}

type View = ArrayBufferView & { constructor: new (buffer: ArrayBuffer, byteOffset: number, length: number) => ArrayBufferView };

function copyView(view: ArrayBufferView, copier: Copier): ArrayBufferView {
  if (view instanceof DataView) throw new Error('cloneState: DataView is not used by the engine and not supported');
  if (copier.move) {
    copier.memo.set(view, view);
    return view;
  }
  const typed = view as View & { length: number };
  const buffer = copyValue(typed.buffer, copier, 'buffer') as ArrayBuffer;
  const copy = new typed.constructor(buffer, typed.byteOffset, typed.length);
  copier.memo.set(view, copy);
  return copy;
}
