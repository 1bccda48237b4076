import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { halfWidth, pairedDifference, relativeHalfWidth, summarizeSeries, summarizeValues } from '../../experiments/statistics';
import { cornishFisherT, tQuantile975, Z975 } from '../../experiments/tQuantile';
import { RandomStream } from '../../model/random/randomStream';

/** Fisher-Yates with a seeded stream: a reproducible reordering for order-independence checks. */
function shuffled(values: readonly number[], seed: number): number[] {
  const stream = new RandomStream(seed, 0, 'test-shuffle');
  const copy = [...values];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = stream.intBetween(0, i);
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

describe('tQuantile975', () => {
  it('matches standard tables', () => {
    const known: [number, number][] = [[1, 12.706], [2, 4.303], [5, 2.571], [10, 2.228], [19, 2.093], [30, 2.042], [40, 2.021], [60, 2.0], [120, 1.98]];
    for (const [df, t] of known) expect(tQuantile975(df), `df=${df}`).toBeCloseTo(t, 3);
  });

  it('decreases with df towards the normal quantile, and agrees with the table where they overlap', () => {
    for (let df = 1; df < 200; df++) expect(tQuantile975(df + 1)).toBeLessThan(tQuantile975(df));
    expect(tQuantile975(1e7)).toBeCloseTo(1.959964, 5);
    for (let df = 10; df <= 30; df++) expect(Math.abs(cornishFisherT(Z975, df) - tQuantile975(df))).toBeLessThan(1e-4);
  });

  it('refuses df that is not a whole number ≥ 1', () => {
    expect(() => tQuantile975(0)).toThrow(RangeError);
    expect(() => tQuantile975(2.5)).toThrow(RangeError);
  });
});

describe('summarizeValues', () => {
  it('computes mean, sample sd and the t interval by hand', () => {
    const s = summarizeValues([2, 4, 4, 4, 5, 5, 7, 9]);
    expect(s.n).toBe(8);
    expect(s.mean).toBe(5);
    // Σ(x − 5)² = 32, so s² = 32/7; half-width t(0.975, 7) · s/√8 with t = 2.3646.
    expect(s.sd).toBeCloseTo(Math.sqrt(32 / 7), 12);
    expect(s.ci95![0]).toBeCloseTo(3.212530414244763, 10);
    expect(s.ci95![1]).toBeCloseTo(6.787469585755237, 10);
  });

  it('takes type-7 percentiles (1..20: position 19p) and the t interval with df 19', () => {
    const s = summarizeValues(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(s.mean).toBe(10.5);
    expect(s.sd).toBeCloseTo(Math.sqrt(35), 12);
    expect(s.p5).toBeCloseTo(1.95, 12);
    expect(s.p25).toBeCloseTo(5.75, 12);
    expect(s.p50).toBeCloseTo(10.5, 12);
    expect(s.p75).toBeCloseTo(15.25, 12);
    expect(s.p95).toBeCloseTo(19.05, 12);
    expect(s.ci95![0]).toBeCloseTo(7.731221252970906, 10);
    expect(s.ci95![1]).toBeCloseTo(13.268778747029094, 10);
  });

  it('leaves out undefined values and counts only the defined ones', () => {
    const withGaps = summarizeValues([NaN, 2, Infinity, 4, 4, -Infinity, 4, 5, 5, 7, 9, NaN]);
    expect(withGaps).toEqual(summarizeValues([2, 4, 4, 4, 5, 5, 7, 9]));
  });

  it('has NaN everywhere and no interval without values, and no spread or interval with one', () => {
    for (const empty of [[], [NaN, Infinity]]) {
      expect(summarizeValues(empty)).toEqual({ n: 0, mean: NaN, sd: NaN, ci95: null, p5: NaN, p25: NaN, p50: NaN, p75: NaN, p95: NaN });
    }
    const one = summarizeValues([NaN, 3]);
    expect(one).toMatchObject({ n: 1, mean: 3, ci95: null, p5: 3, p50: 3, p95: 3 });
    expect(one.sd).toBeNaN();
  });

  it('gives a zero-width interval when every value is the same', () => {
    expect(summarizeValues([7, 7, 7]).ci95).toEqual([7, 7]);
  });

  it('sums in the order given (replication order), never sorted', () => {
    // Floating-point addition is not associative: the two orders differ in the last bit.
    expect(summarizeValues([0.1, 0.2, 0.3]).mean).toBe((0.1 + 0.2 + 0.3) / 3);
    expect(summarizeValues([0.3, 0.2, 0.1]).mean).toBe((0.3 + 0.2 + 0.1) / 3);
    expect(summarizeValues([0.1, 0.2, 0.3]).mean).not.toBe(summarizeValues([0.3, 0.2, 0.1]).mean);
  });

  it('percentiles and n do not change by a bit when the values are reordered', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 40 }), fc.integer(), (values, seed) => {
        const a = summarizeValues(values);
        const b = summarizeValues(shuffled(values, seed));
        expect(b.n).toBe(a.n);
        for (const key of ['p5', 'p25', 'p50', 'p75', 'p95'] as const) expect(Object.is(a[key], b[key]), key).toBe(true);
      }),
    );
  });

  it('does not reorder the caller’s array', () => {
    const values = [3, 1, 2];
    summarizeValues(values);
    expect(values).toEqual([3, 1, 2]);
  });

  it('covers the true mean about 95% of the time (2,000 samples of 20 from a normal)', () => {
    const stream = new RandomStream(20240601, 0, 'coverage');
    const trueMean = 10;
    const sd = 3;
    let covered = 0;
    const trials = 2000;
    for (let t = 0; t < trials; t++) {
      const sample = Array.from({ length: 20 }, () => trueMean + sd * stream.normal());
      const [lo, hi] = summarizeValues(sample).ci95!;
      if (lo <= trueMean && trueMean <= hi) covered++;
    }
    // Binomial sd of the rate at 95% is ≈ 0.5%: the bounds are four of them either side.
    expect(covered / trials).toBeGreaterThanOrEqual(0.93);
    expect(covered / trials).toBeLessThanOrEqual(0.97);
  });
});

describe('summarizeSeries', () => {
  it('summarises week by week, a week a replication did not reach counting as undefined', () => {
    const weeks = summarizeSeries([
      [1, 2, 3],
      [3, 4],
      [5, NaN, 7],
    ]);
    expect(weeks).toHaveLength(3);
    expect(weeks[0]).toEqual(summarizeValues([1, 3, 5]));
    expect(weeks[1]).toEqual(summarizeValues([2, 4]));
    expect(weeks[2]).toEqual(summarizeValues([3, 7]));
    expect(summarizeSeries([])).toEqual([]);
  });
});

describe('pairedDifference', () => {
  it('works a hand example over the replications where both sides are defined', () => {
    // Pairs 0..2 only: the diffs are 1, 2, 1.
    const d = pairedDifference([10, 12, 14, NaN, 11], [11, 14, 15, 20, Infinity]);
    expect(d.n).toBe(3);
    expect(d.mean).toBeCloseTo(4 / 3, 12);
    expect(d.sd).toBeCloseTo(Math.sqrt(1 / 3), 12);
    // t(0.975, 2) = 4.3027; half-width 4.3027 · √(1/3)/√3 = 4.3027/3.
    expect(d.ci95![0]).toBeCloseTo(4 / 3 - 4.3027 / 3, 10);
    expect(d.ci95![1]).toBeCloseTo(4 / 3 + 4.3027 / 3, 10);
    // Baseline mean over the same pairs is 12.
    expect(d.relative).toBeCloseTo(4 / 3 / 12, 12);
    // var(diff) = 1/3, var(base) = 4, var(alt) = 13/3: 1 − (1/3)/(25/3) = 0.96.
    expect(d.varianceReduction).toBeCloseTo(0.96, 12);
  });

  it('is NaN where undefined: no pairs, one pair, a zero baseline, no variation', () => {
    const none = pairedDifference([NaN], [1]);
    expect(none.n).toBe(0);
    expect(none.mean).toBeNaN();
    expect(none.ci95).toBeNull();
    expect(none.varianceReduction).toBeNaN();
    const one = pairedDifference([1], [2]);
    expect(one).toMatchObject({ n: 1, mean: 1, ci95: null, relative: 1 });
    expect(one.varianceReduction).toBeNaN();
    expect(pairedDifference([-1, 1], [0, 3]).relative).toBeNaN();
    expect(pairedDifference([5, 5], [6, 6]).varianceReduction).toBeNaN();
  });

  it('refuses arrays of different lengths (they are not paired by replication)', () => {
    expect(() => pairedDifference([1, 2], [1])).toThrow(RangeError);
  });

  it('removes almost all the variance of strongly correlated pairs and none of independent ones', () => {
    const stream = new RandomStream(7, 0, 'paired');
    const n = 500;
    const shared = Array.from({ length: n }, () => 100 + 10 * stream.normal());
    const correlated = shared.map((b) => b + 2 + 0.5 * stream.normal());
    const independent = Array.from({ length: n }, () => 100 + 10 * stream.normal());
    const crn = pairedDifference(shared, correlated);
    expect(crn.varianceReduction).toBeGreaterThan(0.95);
    expect(crn.ci95![0]).toBeLessThan(2);
    expect(crn.ci95![1]).toBeGreaterThan(2);
    expect(Math.abs(pairedDifference(shared, independent).varianceReduction)).toBeLessThan(0.2);
  });
});

describe('halfWidth and relativeHalfWidth', () => {
  it('are half the interval, and that over |mean|', () => {
    const s = summarizeValues([2, 4, 4, 4, 5, 5, 7, 9]);
    expect(halfWidth(s)).toBeCloseTo(5 - 3.212530414244763, 10);
    expect(relativeHalfWidth(s)).toBeCloseTo((5 - 3.212530414244763) / 5, 10);
    expect(relativeHalfWidth({ mean: -4, ci95: [-6, -2] })).toBe(0.5);
  });

  it('are Infinity without an interval', () => {
    expect(halfWidth(summarizeValues([1]))).toBe(Infinity);
    expect(relativeHalfWidth(summarizeValues([1]))).toBe(Infinity);
    expect(relativeHalfWidth({ mean: 0, ci95: [-1, 1] })).toBe(Infinity);
  });
});
