import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DesignError, gridDesign, latinHypercube, listDesign, type RangeParameter } from '../../experiments/design';

/** Expect `run` to throw a DesignError whose message names `path`. */
function expectDesignError(run: () => unknown, path: string | null, pattern?: RegExp): void {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(DesignError);
  const error = caught as DesignError;
  if (path !== null) {
    expect(error.message).toContain(path);
    expect(error.parameter).toBe(path);
  }
  if (pattern) expect(error.message).toMatch(pattern);
}

/** Which of `samples` equal strata of [min, max] each value falls in. */
function strataOf(values: number[], p: RangeParameter, samples: number): number[] {
  return values.map((v) => Math.min(samples - 1, Math.floor(((v - p.min) / (p.max - p.min)) * samples)));
}

describe('gridDesign', () => {
  it('is the Cartesian product, the first parameter varying slowest', () => {
    const points = gridDesign([
      { path: 'a.x', values: [1, 2] },
      { path: 'b', min: 0, max: 1, steps: 3 },
    ]);
    expect(points).toEqual([
      { 'a.x': 1, b: 0 },
      { 'a.x': 1, b: 0.5 },
      { 'a.x': 1, b: 1 },
      { 'a.x': 2, b: 0 },
      { 'a.x': 2, b: 0.5 },
      { 'a.x': 2, b: 1 },
    ]);
    for (const point of points) expect(Object.keys(point)).toEqual(['a.x', 'b']);
  });

  it('has the product of the axis sizes as its size', () => {
    const points = gridDesign([
      { path: 'a', values: [1, 2, 3] },
      { path: 'b', values: [1, 2] },
      { path: 'c', min: 0, max: 10, steps: 5 },
    ]);
    expect(points).toHaveLength(30);
    expect(new Set(points.map((p) => JSON.stringify(p))).size).toBe(30);
  });

  it('expands a range to evenly spaced values with both ends exact, three by default', () => {
    const fifths = gridDesign([{ path: 'r', min: 0.1, max: 0.3, steps: 5 }]).map((p) => p.r);
    expect(fifths).toHaveLength(5);
    [0.1, 0.15, 0.2, 0.25, 0.3].forEach((v, i) => expect(fifths[i]).toBeCloseTo(v, 15));
    const values = gridDesign([{ path: 'r', min: -0.1, max: 0.2, steps: 7 }]).map((p) => p.r);
    expect(values[0]).toBe(-0.1);
    expect(values[6]).toBe(0.2);
    for (let i = 1; i < values.length; i++) expect(values[i] - values[i - 1]).toBeCloseTo(0.05, 12);
    expect(gridDesign([{ path: 'r', min: 2, max: 4 }]).map((p) => p.r)).toEqual([2, 3, 4]);
  });

  it('does not share the caller’s values array', () => {
    const values = [1, 2];
    gridDesign([{ path: 'a', values }]);
    expect(values).toEqual([1, 2]);
  });

  it('names the parameter at fault', () => {
    expectDesignError(() => gridDesign([{ path: 'ok', values: [1] }, { path: 'caseload.max', min: 5, max: 1 }]), 'caseload.max', /min 5 is greater than max 1/);
    expectDesignError(() => gridDesign([{ path: 'rate', min: 0, max: 1, steps: 1 }]), 'rate', /steps/);
    expectDesignError(() => gridDesign([{ path: 'rate', min: 0, max: 1, steps: 2.5 }]), 'rate', /steps/);
    expectDesignError(() => gridDesign([{ path: 'staff', values: [] }]), 'staff', /empty/);
    expectDesignError(() => gridDesign([{ path: 'staff', values: [1, NaN] }]), 'staff', /finite/);
    expectDesignError(() => gridDesign([{ path: 'rate', min: 0, max: Infinity }]), 'rate', /finite/);
    expectDesignError(() => gridDesign([{ path: 'a', values: [1] }, { path: 'a', values: [2] }]), 'a', /twice/);
    expectDesignError(() => gridDesign([]), null, /at least one parameter/);
  });

  it('refuses a grid of more than 10,000 points, naming every parameter', () => {
    const axis = (path: string) => ({ path, min: 0, max: 1, steps: 22 });
    expect(gridDesign([axis('a'), axis('b')])).toHaveLength(484);
    expectDesignError(() => gridDesign([axis('a'), axis('b'), axis('c')]), null, /a \(22\) × b \(22\) × c \(22\) has 10648 points, more than 10000/);
    expect(gridDesign([{ path: 'a', min: 0, max: 1, steps: 100 }, { path: 'b', min: 0, max: 1, steps: 100 }])).toHaveLength(10_000);
  });
});

describe('listDesign', () => {
  it('returns the points as given, copied', () => {
    const points = [
      { a: 1, 'b.c': 2 },
      { 'b.c': 4, a: 3 },
    ];
    const design = listDesign(points);
    expect(design).toEqual(points);
    expect(design[0]).not.toBe(points[0]);
    // Keys in the order of the first point.
    expect(Object.keys(design[1])).toEqual(['a', 'b.c']);
  });

  it('refuses points that do not set the same paths, naming the path', () => {
    expectDesignError(() => listDesign([{ a: 1, b: 2 }, { a: 3 }]), 'b', /point 2 does not set/);
    expectDesignError(() => listDesign([{ a: 1 }, { a: 3, extra: 1 }]), 'extra', /point 2 sets/);
    expectDesignError(() => listDesign([{ a: 1 }, { a: NaN }]), 'a', /finite/);
    expectDesignError(() => listDesign([]), null, /at least one point/);
    expectDesignError(() => listDesign([{}]), null, /at least one parameter/);
  });
});

describe('latinHypercube', () => {
  const params: RangeParameter[] = [
    { path: 'staff.pos', min: 0.8, max: 1.2 },
    { path: 'reoffending.rate', min: 0, max: 0.5 },
  ];

  it('puts exactly one point in every stratum of every parameter, inside [min, max]', () => {
    const parameter = fc
      .record({ min: fc.double({ min: -100, max: 100, noNaN: true }), width: fc.double({ min: 0.1, max: 100, noNaN: true }) })
      .map(({ min, width }) => ({ min, max: min + width }));
    fc.assert(
      fc.property(fc.array(parameter, { minLength: 1, maxLength: 3 }), fc.integer({ min: 2, max: 50 }), fc.integer(), (ranges, samples, seed) => {
        const parameters = ranges.map((r, i) => ({ path: `p${i}`, ...r }));
        const design = latinHypercube(parameters, samples, seed);
        expect(design).toHaveLength(samples);
        for (const p of parameters) {
          const values = design.map((point) => point[p.path]);
          for (const v of values) {
            expect(v).toBeGreaterThanOrEqual(p.min);
            expect(v).toBeLessThanOrEqual(p.max);
          }
          const strata = strataOf(values, p, samples).sort((a, b) => a - b);
          expect(strata).toEqual(Array.from({ length: samples }, (_, i) => i));
        }
      }),
    );
  });

  it('gives the same design, bit for bit, for the same seed and a different one for another seed', () => {
    const a = latinHypercube(params, 20, 42);
    const b = latinHypercube(params, 20, 42);
    expect(a).toEqual(b);
    for (let i = 0; i < a.length; i++) for (const p of params) expect(Object.is(a[i][p.path], b[i][p.path])).toBe(true);
    expect(latinHypercube(params, 20, 43)).not.toEqual(a);
  });

  it('shuffles each parameter independently, by its path', () => {
    const same = { min: 0, max: 1 };
    const design = latinHypercube([{ path: 'x', ...same }, { path: 'y', ...same }], 20, 1);
    const strataX = strataOf(design.map((p) => p.x), { path: 'x', ...same }, 20);
    const strataY = strataOf(design.map((p) => p.y), { path: 'y', ...same }, 20);
    expect(strataX).not.toEqual(strataY);
    // A parameter's column comes from its own stream: adding another leaves it unchanged.
    const alone = latinHypercube([{ path: 'x', ...same }], 20, 1);
    expect(alone.map((p) => p.x)).toEqual(design.map((p) => p.x));
  });

  it('names the parameter at fault, and refuses fewer than two samples', () => {
    expectDesignError(() => latinHypercube([{ path: 'staff.pos', min: 2, max: 1 }], 10, 1), 'staff.pos', /greater than max/);
    expectDesignError(() => latinHypercube(params, 1, 1), null, /samples ≥ 2, got 1/);
    expectDesignError(() => latinHypercube(params, 2.5, 1), null, /samples/);
    expectDesignError(() => latinHypercube([], 10, 1), null, /at least one parameter/);
  });
});
