// Sweep designs: which values of a scenario's numeric parameters (named by dotted path) an
// experiment runs. A design is a list of points, each a record from path to value; the caller
// applies each point to the base scenario and runs its replications.
// Invariants:
// - A design is a pure function of its inputs (and, for a Latin hypercube, of its seed): the same
//   arguments give the same points, in the same order, on every runtime.
// - Every point names exactly the same paths, in the order the parameters were given.
// - Bad input is refused with a DesignError naming the parameter, before anything is run.
import { RandomStream } from '../model/random/randomStream';

/** A parameter swept over listed values, or over a range cut into `steps` evenly spaced values. */
export type SweepParameter = { path: string; values: number[] } | RangeParameter;

/** A parameter swept over [min, max]; `steps` (≥ 2, default 3) only matters to a grid. */
export interface RangeParameter {
  path: string;
  min: number;
  max: number;
  steps?: number;
}

/** One point of a design: the value of each swept parameter, by path. */
export type DesignPoint = Record<string, number>;

/** The most points a design may have: beyond this a sweep would run for days, so it is surely a typo. */
export const MAX_DESIGN_POINTS = 10_000;

/** The number of steps of a range when none is given: both ends and the middle. */
export const DEFAULT_STEPS = 3;

/** A design that cannot be built; `parameter` is the path at fault, when one is. */
export class DesignError extends Error {
  readonly parameter: string | undefined;

  constructor(message: string, parameter?: string) {
    super(message);
    this.name = 'DesignError';
    this.parameter = parameter;
  }
}

/**
 * A point from (path, value) pairs. Object.fromEntries defines own properties, so even an odd path
 * such as "__proto__" becomes a key rather than changing the object's prototype.
 */
function pointOf(entries: [string, number][]): DesignPoint {
  return Object.fromEntries(entries);
}

function checkPaths(paths: readonly string[]): void {
  if (paths.length === 0) throw new DesignError('a design needs at least one parameter');
  const seen = new Set<string>();
  for (const path of paths) {
    if (typeof path !== 'string' || path === '') throw new DesignError(`a parameter path must be a non-empty string, got ${JSON.stringify(path)}`);
    if (seen.has(path)) throw new DesignError(`parameter "${path}" is swept twice`, path);
    seen.add(path);
  }
}

function checkRange(p: RangeParameter): void {
  if (!Number.isFinite(p.min) || !Number.isFinite(p.max)) {
    throw new DesignError(`parameter "${p.path}": min and max must be finite numbers, got ${p.min} and ${p.max}`, p.path);
  }
  if (p.min > p.max) throw new DesignError(`parameter "${p.path}": min ${p.min} is greater than max ${p.max}`, p.path);
}

/** `steps` evenly spaced values from min to max, both ends exact. */
function expandRange(p: RangeParameter): number[] {
  checkRange(p);
  const steps = p.steps ?? DEFAULT_STEPS;
  if (!Number.isInteger(steps) || steps < 2) {
    throw new DesignError(`parameter "${p.path}": steps must be a whole number ≥ 2, got ${steps}`, p.path);
  }
  const values: number[] = [];
  for (let i = 0; i < steps; i++) {
    // The last value is max itself: min + (max − min) need not round back to max.
    values.push(i === steps - 1 ? p.max : p.min + ((p.max - p.min) * i) / (steps - 1));
  }
  return values;
}

/** The values one grid parameter takes, validated. */
function valuesOf(p: SweepParameter): number[] {
  if ('values' in p) {
    if (!Array.isArray(p.values) || p.values.length === 0) throw new DesignError(`parameter "${p.path}" has an empty list of values`, p.path);
    for (const v of p.values) {
      if (!Number.isFinite(v)) throw new DesignError(`parameter "${p.path}": every value must be a finite number, got ${v}`, p.path);
    }
    return [...p.values];
  }
  return expandRange(p);
}

/**
 * The full factorial design: every combination of every parameter's values, the first parameter
 * varying slowest (like nested loops written in the order given), so the order is predictable and
 * a table of results reads naturally.
 */
export function gridDesign(parameters: readonly SweepParameter[]): DesignPoint[] {
  checkPaths(parameters.map((p) => p.path));
  const axes = parameters.map(valuesOf);
  // Refuse an oversized grid before building it: the count alone could exhaust memory.
  let size = 1;
  for (const axis of axes) size *= axis.length;
  if (size > MAX_DESIGN_POINTS) {
    const shape = parameters.map((p, i) => `${p.path} (${axes[i].length})`).join(' × ');
    throw new DesignError(`a grid of ${shape} has ${size} points, more than ${MAX_DESIGN_POINTS}`);
  }
  const points: DesignPoint[] = [];
  // Mixed-radix counting with the last parameter as the fastest digit.
  for (let index = 0; index < size; index++) {
    const entries: [string, number][] = [];
    let rest = index;
    for (let k = axes.length - 1; k >= 0; k--) {
      entries[k] = [parameters[k].path, axes[k][rest % axes[k].length]];
      rest = Math.floor(rest / axes[k].length);
    }
    points.push(pointOf(entries));
  }
  return points;
}

/**
 * A design given point by point (copied, so later edits by the caller cannot change it). Every
 * point must set the same paths as the first, to finite values: a point that forgot a parameter
 * would silently run it at the base scenario's value.
 */
export function listDesign(points: readonly DesignPoint[]): DesignPoint[] {
  if (points.length === 0) throw new DesignError('a list design needs at least one point');
  if (points.length > MAX_DESIGN_POINTS) throw new DesignError(`a list design has ${points.length} points, more than ${MAX_DESIGN_POINTS}`);
  const paths = Object.keys(points[0]);
  checkPaths(paths);
  const known = new Set(paths);
  return points.map((point, i) => {
    for (const path of Object.keys(point)) {
      if (!known.has(path)) throw new DesignError(`point ${i + 1} sets parameter "${path}", which point 1 does not`, path);
    }
    const entries: [string, number][] = paths.map((path) => {
      if (!Object.hasOwn(point, path)) throw new DesignError(`point ${i + 1} does not set parameter "${path}"`, path);
      const value = point[path];
      if (!Number.isFinite(value)) throw new DesignError(`point ${i + 1}: parameter "${path}" must be a finite number, got ${value}`, path);
      return [path, value];
    });
    return pointOf(entries);
  });
}

/**
 * A Latin hypercube sample of `samples` points: each parameter's range is cut into `samples` equal
 * strata and every stratum holds exactly one point, so each parameter is covered evenly however
 * many there are. Strata are paired across parameters by an independent Fisher-Yates shuffle per
 * parameter, and the value is uniform within its stratum.
 * Each parameter draws from its own stream, new RandomStream(seed, 0, 'lhs:' + path): adding or
 * reordering parameters does not change the values drawn for the others, and the same seed gives
 * the same design. `steps` is ignored.
 */
export function latinHypercube(parameters: readonly RangeParameter[], samples: number, seed: number): DesignPoint[] {
  checkPaths(parameters.map((p) => p.path));
  if (!Number.isInteger(samples) || samples < 2) throw new DesignError(`a Latin hypercube needs a whole number of samples ≥ 2, got ${samples}`);
  if (samples > MAX_DESIGN_POINTS) throw new DesignError(`a Latin hypercube of ${samples} samples has more than ${MAX_DESIGN_POINTS} points`);
  for (const p of parameters) checkRange(p);
  const columns = parameters.map((p) => stratifiedColumn(p, samples, seed));
  const points: DesignPoint[] = [];
  for (let s = 0; s < samples; s++) points.push(pointOf(parameters.map((p, k) => [p.path, columns[k][s]])));
  return points;
}

/** One parameter's values for every sample: a shuffled set of strata, then a uniform draw inside each. */
function stratifiedColumn(p: RangeParameter, samples: number, seed: number): number[] {
  const stream = new RandomStream(seed, 0, `lhs:${p.path}`);
  const strata = Array.from({ length: samples }, (_, i) => i);
  for (let i = samples - 1; i > 0; i--) {
    const j = stream.intBetween(0, i);
    [strata[i], strata[j]] = [strata[j], strata[i]];
  }
  const width = p.max - p.min;
  // Clamped to max: with rounding, min + width·x (x < 1) can land one ulp above max.
  return strata.map((stratum) => Math.min(p.max, p.min + (width * (stratum + stream.uniform())) / samples));
}
