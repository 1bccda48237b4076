// Summary statistics across replications: mean and a 95% confidence interval from the
// t-distribution (mean ± t(0.975, n-1) · s/√n, s the sample standard deviation).
// Invariants: values are summed in the order given (replication order), never sorted, so the
// result does not depend on which replication finished first; undefined values (NaN, ±Infinity,
// e.g. a CRC caseload in a trusts-only scenario) are left out and n counts only the defined ones.

import { tQuantile975 } from '../experiments/tQuantile';

export { cornishFisherT, tQuantile975 } from '../experiments/tQuantile';

export interface Estimate {
  /** Mean of the defined values; NaN when there are none. */
  mean: number;
  /** 95% confidence interval of the mean; null with fewer than two defined values. */
  ci95: [number, number] | null;
  /** How many values were defined (finite). */
  n: number;
  /**
   * 10th, 50th and 90th percentiles of the defined values (the spread of outcomes across
   * replications, not an interval for the mean); NaN when there are none.
   */
  p10: number;
  p50: number;
  p90: number;
}

/**
 * The q-quantile of values sorted ascending, interpolating linearly between order statistics
 * (Hyndman and Fan's type 7, the default of R and of simple-statistics' quantileSorted).
 */
export function quantileSorted(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.min(sorted.length - 1, below + 1);
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}

/** Mean and t-based 95% CI of the finite values, summed in the order given. */
export function estimate(values: readonly number[]): Estimate {
  const defined = values.filter((v) => Number.isFinite(v));
  const n = defined.length;
  if (n === 0) return { mean: NaN, ci95: null, n: 0, p10: NaN, p50: NaN, p90: NaN };
  // Percentiles depend on the set of values only, so sorting here cannot make them order-dependent.
  const sorted = [...defined].sort((a, b) => a - b);
  const spread = { p10: quantileSorted(sorted, 0.1), p50: quantileSorted(sorted, 0.5), p90: quantileSorted(sorted, 0.9) };
  let sum = 0;
  for (const v of defined) sum += v;
  const mean = sum / n;
  if (n === 1) return { mean, ci95: null, n, ...spread };
  let squares = 0;
  for (const v of defined) squares += (v - mean) * (v - mean);
  const sd = Math.sqrt(squares / (n - 1));
  const halfWidth = tQuantile975(n - 1) * (sd / Math.sqrt(n));
  return { mean, ci95: [mean - halfWidth, mean + halfWidth], n, ...spread };
}
