// Summaries over seeds and the fit measure of the back-cast. The interval is the 95% confidence
// interval of the model's mean across seeds (between-seed standard deviation, Student's t with
// n − 1 degrees of freedom): how well the seeds pin down what the model expects, which is what a
// published value is compared with. It is not the spread of a single run (about √n times wider).
import type { Tolerance } from './backcastSeries';

export interface SeedSummary {
  /** Seeds whose value was finite. */
  n: number;
  mean: number;
  low: number;
  high: number;
}

/** Two-sided 97.5% quantiles of Student's t for 1..30 degrees of freedom (then the normal 1.96). */
const T975 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11, 2.101, 2.093, 2.086,
  2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];

export function tQuantile975(degreesOfFreedom: number): number {
  if (degreesOfFreedom < 1) return NaN;
  return degreesOfFreedom <= T975.length ? T975[degreesOfFreedom - 1] : 1.96;
}

/** Mean and 95% interval of the mean over the finite values (NaN values, years a run lacks, are left out). */
export function summarizeSeeds(values: readonly number[]): SeedSummary {
  const finite = values.filter((v) => Number.isFinite(v));
  const n = finite.length;
  if (n === 0) return { n, mean: NaN, low: NaN, high: NaN };
  let sum = 0;
  for (const v of finite) sum += v;
  const mean = sum / n;
  if (n === 1) return { n, mean, low: NaN, high: NaN };
  let squares = 0;
  for (const v of finite) squares += (v - mean) * (v - mean);
  const half = (tQuantile975(n - 1) * Math.sqrt(squares / (n - 1))) / Math.sqrt(n);
  return { n, mean, low: mean - half, high: mean + half };
}

/** Mean absolute percentage error over the pairs where both are finite and the published value is not zero; NaN when none. */
export function meanAbsolutePercentageError(pairs: readonly { model: number; published: number }[]): number {
  let sum = 0;
  let count = 0;
  for (const { model, published } of pairs) {
    if (!Number.isFinite(model) || !Number.isFinite(published) || published === 0) continue;
    sum += Math.abs((model - published) / published);
    count++;
  }
  return count === 0 ? NaN : (100 * sum) / count;
}

export type Verdict = 'good' | 'fair' | 'poor' | 'no overlap';

export function verdictOf(mape: number, tolerance: Tolerance): Verdict {
  if (!Number.isFinite(mape)) return 'no overlap';
  if (mape <= tolerance.good) return 'good';
  if (mape <= tolerance.fair) return 'fair';
  return 'poor';
}
