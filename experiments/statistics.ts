// Summaries of a KPI across replications: the mean with a 95% Student's t confidence interval,
// the spread of outcomes (percentiles), and paired differences between two scenarios run on
// common random numbers.
// Invariants:
// - Values arrive in replication order and are summed in that order, never sorted, so a summary
//   does not depend on which worker finished first (DESIGN.md §5).
// - Percentiles are taken from a sorted copy: they depend only on the set of values, so sorting
//   cannot make them order-dependent.
// - Undefined values (NaN, ±Infinity, e.g. a CRC caseload in a trusts-only scenario) are left out,
//   and n counts only the defined ones. Pure and platform-neutral: no Node, no DOM, no clock.
import { quantileSorted } from 'simple-statistics';
import { tQuantile975 } from './tQuantile';
import type { DifferenceSummary, ValueSummary } from './types';

/** Mean and spread of values already filtered to finite ones (in replication order). */
interface Moments {
  n: number;
  mean: number;
  /** Sample variance (n − 1 in the denominator); NaN with fewer than two values. */
  variance: number;
}

/** Sum in the order given: the order is replication order, which makes the bits reproducible. */
function moments(defined: readonly number[]): Moments {
  const n = defined.length;
  if (n === 0) return { n, mean: NaN, variance: NaN };
  let sum = 0;
  for (const v of defined) sum += v;
  const mean = sum / n;
  if (n === 1) return { n, mean, variance: NaN };
  // Two passes (deviations from the mean) rather than Σx² − n·mean²: no catastrophic cancellation
  // when the spread is small against the level, as with large caseloads.
  let squares = 0;
  for (const v of defined) squares += (v - mean) * (v - mean);
  return { n, mean, variance: squares / (n - 1) };
}

/** mean ± t(0.975, n − 1) · sd/√n; null with fewer than two values (no estimate of the spread). */
function tInterval(mean: number, sd: number, n: number): [number, number] | null {
  if (n < 2) return null;
  const half = tQuantile975(n - 1) * (sd / Math.sqrt(n));
  return [mean - half, mean + half];
}

function finiteOnly(values: readonly number[]): number[] {
  return values.filter((v) => Number.isFinite(v));
}

/** Mean, sd, 95% t interval of the mean, and P5/P25/P50/P75/P95 of the finite values. */
export function summarizeValues(values: readonly number[]): ValueSummary {
  const defined = finiteOnly(values);
  const { n, mean, variance } = moments(defined);
  if (n === 0) return { n: 0, mean: NaN, sd: NaN, ci95: null, p5: NaN, p25: NaN, p50: NaN, p75: NaN, p95: NaN };
  const sd = Math.sqrt(variance);
  // A sorted copy, never the caller's array: the input stays in replication order.
  const sorted = [...defined].sort((a, b) => a - b);
  return {
    n,
    mean,
    sd,
    ci95: tInterval(mean, sd, n),
    p5: quantileSorted(sorted, 0.05),
    p25: quantileSorted(sorted, 0.25),
    p50: quantileSorted(sorted, 0.5),
    p75: quantileSorted(sorted, 0.75),
    p95: quantileSorted(sorted, 0.95),
  };
}

/**
 * A weekly series summarised week by week: `perReplication[r][w]` is replication r's value in
 * week w. Series of unequal length are allowed; a week a replication did not reach counts as
 * undefined for it, so the result is as long as the longest series.
 */
export function summarizeSeries(perReplication: readonly (readonly number[])[]): ValueSummary[] {
  let weeks = 0;
  for (const series of perReplication) weeks = Math.max(weeks, series.length);
  const result: ValueSummary[] = [];
  for (let w = 0; w < weeks; w++) {
    // Built in replication order, so each week is summed in replication order too.
    const column = perReplication.map((series) => (w < series.length ? series[w] : NaN));
    result.push(summarizeValues(column));
  }
  return result;
}

/**
 * The paired difference alternative[i] − baseline[i], over the replications i where both are
 * finite. Pairing is what common random numbers buy: replication i of both scenarios saw the same
 * noise, so the difference has less variance than the difference of two independent means.
 * Throws a RangeError when the arrays differ in length: they would not be paired by replication.
 */
export function pairedDifference(baseline: readonly number[], alternative: readonly number[]): DifferenceSummary {
  if (baseline.length !== alternative.length) {
    throw new RangeError(`paired difference needs one value per replication on both sides, got ${baseline.length} and ${alternative.length}`);
  }
  const base: number[] = [];
  const alt: number[] = [];
  const diff: number[] = [];
  for (let i = 0; i < baseline.length; i++) {
    if (!Number.isFinite(baseline[i]) || !Number.isFinite(alternative[i])) continue;
    base.push(baseline[i]);
    alt.push(alternative[i]);
    diff.push(alternative[i] - baseline[i]);
  }
  const d = moments(diff);
  const sd = Math.sqrt(d.variance);
  const baseMean = moments(base).mean;
  const denominator = moments(alt).variance + moments(base).variance;
  return {
    n: d.n,
    mean: d.mean,
    sd,
    ci95: tInterval(d.mean, sd, d.n),
    // Relative to the baseline over the same replications, so numerator and denominator match.
    relative: baseMean === 0 ? NaN : d.mean / baseMean,
    // NaN when n < 2 (the variances are NaN) or when neither side varies (0/0 is no information).
    varianceReduction: d.n < 2 || denominator === 0 ? NaN : 1 - d.variance / denominator,
  };
}

/** Half the width of the 95% interval; Infinity when there is none (too few values to say). */
export function halfWidth(summary: Pick<ValueSummary, 'ci95'>): number {
  if (summary.ci95 === null) return Infinity;
  return (summary.ci95[1] - summary.ci95[0]) / 2;
}

/**
 * Half-width relative to the size of the mean: the precision criterion for "enough replications".
 * Infinity for a mean of 0 with a positive half-width (no relative precision is reachable), NaN
 * when both are 0 or the mean is undefined.
 */
export function relativeHalfWidth(summary: Pick<ValueSummary, 'ci95' | 'mean'>): number {
  return halfWidth(summary) / Math.abs(summary.mean);
}
