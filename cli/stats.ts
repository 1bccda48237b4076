// Summary statistics across replications: mean and a 95% confidence interval from the
// t-distribution (mean ± t(0.975, n-1) · s/√n, s the sample standard deviation).
// Invariants: values are summed in the order given (replication order), never sorted, so the
// result does not depend on which replication finished first; undefined values (NaN, ±Infinity,
// e.g. a CRC caseload in a trusts-only scenario) are left out and n counts only the defined ones.

/** t(0.975, df) for df = 1..30, to four decimals (standard tables). */
const T975_TABLE = [
  12.7062, 4.3027, 3.1824, 2.7764, 2.5706, 2.4469, 2.3646, 2.306, 2.2622, 2.2281, 2.201, 2.1788, 2.1604, 2.1448,
  2.1314, 2.1199, 2.1098, 2.1009, 2.093, 2.086, 2.0796, 2.0739, 2.0687, 2.0639, 2.0595, 2.0555, 2.0518, 2.0484,
  2.0452, 2.0423,
];

/** The 0.975 quantile of the standard normal distribution. */
const Z975 = 1.959963984540054;

/**
 * The 0.975 quantile of Student's t with `df` degrees of freedom (the 95% two-sided critical value).
 * A table for df ≤ 30; above that the Cornish-Fisher expansion in 1/df, whose error there is below
 * 1e-5 (it matches the table to four decimals from df = 10 upwards).
 */
export function tQuantile975(df: number): number {
  if (!Number.isInteger(df) || df < 1) throw new RangeError(`degrees of freedom must be a whole number ≥ 1, got ${df}`);
  if (df <= T975_TABLE.length) return T975_TABLE[df - 1];
  return cornishFisherT(Z975, df);
}

/** Cornish-Fisher expansion of a t quantile around the normal quantile z (Abramowitz & Stegun 26.7.5). */
export function cornishFisherT(z: number, df: number): number {
  const z2 = z * z;
  const g1 = (z * (z2 + 1)) / 4;
  const g2 = (z * ((5 * z2 + 16) * z2 + 3)) / 96;
  const g3 = (z * (((3 * z2 + 19) * z2 + 17) * z2 - 15)) / 384;
  const g4 = (z * ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945)) / 92160;
  return z + g1 / df + g2 / df ** 2 + g3 / df ** 3 + g4 / df ** 4;
}

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
