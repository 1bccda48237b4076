import { describe, expect, it } from 'vitest';
import { cornishFisherT, estimate, tQuantile975 } from '../../cli/stats';

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
    expect(estimate([7])).toEqual({ mean: 7, ci95: null, n: 1 });
    expect(estimate([])).toEqual({ mean: NaN, ci95: null, n: 0 });
    expect(estimate([NaN, NaN])).toEqual({ mean: NaN, ci95: null, n: 0 });
  });

  it('leaves undefined values out and counts only defined ones', () => {
    const e = estimate([2, NaN, 4, Infinity]);
    expect(e.mean).toBe(3);
    expect(e.n).toBe(2);
  });

  it('gives a zero-width interval for identical values', () => {
    expect(estimate([5, 5, 5])).toEqual({ mean: 5, ci95: [5, 5], n: 3 });
  });

  it('sums in the order given', () => {
    const values = [1e16, 1, -1e16, 1];
    // In this order the first 1 is lost to rounding: (1e16 + 1) - 1e16 + 1 = 1 (not 2); the
    // result must be that exact sum / 4, whatever order another implementation would choose.
    expect(estimate(values).mean).toBe((((1e16 + 1) + -1e16) + 1) / 4);
  });
});
