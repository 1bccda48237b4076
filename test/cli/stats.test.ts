import { describe, expect, it } from 'vitest';
import { cornishFisherT, estimate, tQuantile975, quantileSorted } from '../../cli/stats';

describe('tQuantile975', () => {
  it('matches published t(0.975, df) values', () => {
    const known: [number, number][] = [
      [1, 12.706], [2, 4.303], [4, 2.776], [9, 2.262], [19, 2.093], [29, 2.045], [30, 2.042],
      [40, 2.021], [60, 2.0], [120, 1.98], [1000, 1.962],
    ];
    for (const [df, t] of known) expect(tQuantile975(df), `df=${df}`).toBeCloseTo(t, 3);
  });

  it('tends to the normal quantile and decreases with df', () => {
    expect(tQuantile975(1e7)).toBeCloseTo(1.959964, 5);
    for (let df = 1; df < 200; df++) expect(tQuantile975(df + 1)).toBeLessThan(tQuantile975(df));
  });

  it('the expansion used above df 30 agrees with the table where both apply', () => {
    for (let df = 10; df <= 30; df++) expect(Math.abs(cornishFisherT(1.959963984540054, df) - tQuantile975(df))).toBeLessThan(1e-4);
  });

  it('rejects impossible degrees of freedom', () => {
    expect(() => tQuantile975(0)).toThrow(RangeError);
    expect(() => tQuantile975(2.5)).toThrow(RangeError);
  });
});

describe('estimate', () => {
  it('gives the t interval of the mean', () => {
    // mean 3, sample sd √2.5, n 5: half-width 2.7764 · √2.5/√5 = 1.96321...
    const e = estimate([1, 2, 3, 4, 5]);
    expect(e.mean).toBe(3);
    expect(e.n).toBe(5);
    expect(e.ci95![0]).toBeCloseTo(3 - 2.7764 * Math.sqrt(0.5), 10);
    expect(e.ci95![1]).toBeCloseTo(3 + 2.7764 * Math.sqrt(0.5), 10);
  });

  it('has no interval for one value, and nothing for none', () => {
    expect(estimate([7])).toEqual({ mean: 7, ci95: null, n: 1, p10: 7, p50: 7, p90: 7 });
    expect(estimate([])).toEqual({ mean: NaN, ci95: null, n: 0, p10: NaN, p50: NaN, p90: NaN });
    expect(estimate([NaN, NaN])).toEqual({ mean: NaN, ci95: null, n: 0, p10: NaN, p50: NaN, p90: NaN });
  });

  it('leaves undefined values out and counts only defined ones', () => {
    const e = estimate([2, NaN, 4, Infinity]);
    expect(e.mean).toBe(3);
    expect(e.n).toBe(2);
  });

  it('gives a zero-width interval for identical values', () => {
    expect(estimate([5, 5, 5])).toEqual({ mean: 5, ci95: [5, 5], n: 3, p10: 5, p50: 5, p90: 5 });
  });

  it('sums in the order given', () => {
    const values = [1e16, 1, -1e16, 1];
    // In this order the first 1 is lost to rounding: (1e16 + 1) - 1e16 + 1 = 1 (not 2); the
    // result must be that exact sum / 4, whatever order another implementation would choose.
    expect(estimate(values).mean).toBe((((1e16 + 1) + -1e16) + 1) / 4);
  });
});

describe('percentiles across replications', () => {
  it('interpolates between order statistics (type 7) whatever the order of the values', () => {
    // Sorted 1..11: position (n-1)q = 1 for q = 0.1, 5 for 0.5, 9 for 0.9 → exactly 2, 6 and 10.
    const values = [11, 3, 7, 1, 9, 5, 2, 10, 4, 8, 6];
    expect(estimate(values)).toMatchObject({ p10: 2, p50: 6, p90: 10 });
    // Four values 0, 10, 20, 30: p10 at position 0.3 → 3; p90 at 2.7 → 27.
    const four = estimate([30, 0, 20, 10]);
    expect(four.p10).toBeCloseTo(3, 12);
    expect(four.p50).toBe(15);
    expect(four.p90).toBeCloseTo(27, 12);
    expect(quantileSorted([], 0.5)).toBeNaN();
  });
});
