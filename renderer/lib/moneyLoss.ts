// The probability of a loss across simulated futures, with its uncertainty said plainly. With R
// replications the share that lost money is only an estimate: 0 losses in 20 does not mean a loss
// is impossible, only that a loss rate above about 14% is unlikely. The bounds are exact binomial
// (Clopper-Pearson): one-sided 95% when every future or no future lost (the "rule of three" case,
// ≈ 3/R), two-sided 95% otherwise. Undefined profits (no contract in force) are not counted.
import { sharePercent } from './moneyFormat';

export interface LossEstimate {
  /** Futures with a defined profit. */
  n: number;
  /** Futures with profit below zero. */
  losses: number;
  /** losses / n (NaN when n is 0). */
  share: number;
  /** 95% bounds of the true loss rate; one-sided when losses is 0 or n. */
  lower: number;
  upper: number;
  oneSided: boolean;
}

/** log C(n, i) for every i, by running sums of logs (exact enough for any n this app runs). */
function logChoose(n: number): number[] {
  const out = [0];
  for (let i = 1; i <= n; i++) out.push(out[i - 1] + Math.log(n - i + 1) - Math.log(i));
  return out;
}

/** P(X ≤ k) for X ~ Binomial(n, p), summed in log space so that no term underflows early. */
export function binomialCdf(k: number, n: number, p: number): number {
  if (k < 0) return 0;
  if (k >= n || p <= 0) return 1;
  if (p >= 1) return 0;
  const choose = logChoose(n);
  const logP = Math.log(p);
  const logQ = Math.log1p(-p);
  let sum = 0;
  for (let i = 0; i <= k; i++) sum += Math.exp(choose[i] + i * logP + (n - i) * logQ);
  return Math.min(1, sum);
}

/** The p in [0, 1] where a decreasing function of p crosses `target` (bisection to 1e-10). */
function solveDecreasing(f: (p: number) => number, target: number): number {
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (f(mid) > target) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** Exact upper bound: the p at which seeing k or fewer losses has probability alpha. */
export function binomialUpper(k: number, n: number, alpha: number): number {
  if (k >= n) return 1;
  return solveDecreasing((p) => binomialCdf(k, n, p), alpha);
}

/** Exact lower bound: the p at which seeing k or more losses has probability alpha. */
export function binomialLower(k: number, n: number, alpha: number): number {
  if (k <= 0) return 0;
  // P(X ≥ k) = 1 − P(X ≤ k − 1) rises with p; 1 − it falls.
  return solveDecreasing((p) => binomialCdf(k - 1, n, p), 1 - alpha);
}

export function lossEstimate(profits: readonly number[]): LossEstimate {
  const defined = profits.filter((v) => Number.isFinite(v));
  const n = defined.length;
  const losses = defined.filter((v) => v < 0).length;
  const oneSided = losses === 0 || losses === n;
  const alpha = oneSided ? 0.05 : 0.025;
  return {
    n,
    losses,
    share: n === 0 ? NaN : losses / n,
    lower: n === 0 ? NaN : binomialLower(losses, n, alpha),
    upper: n === 0 ? NaN : binomialUpper(losses, n, alpha),
    oneSided,
  };
}

function futures(n: number): string {
  return `${n} simulated future${n === 1 ? '' : 's'}`;
}

function replications(n: number): string {
  return `${n} replication${n === 1 ? '' : 's'}`;
}

/** The estimate in words, uncertainty first-class ("0 of 20 futures made a loss; … up to 14% cannot be ruled out"). */
export function lossSentence(estimate: LossEstimate): string {
  const { n, losses } = estimate;
  if (n === 0) return 'No future has a CRC profit to count: no contract was in force in this scenario.';
  if (losses === 0) {
    return (
      `0 of ${futures(n)} made a loss. That does not make a loss impossible: with ${replications(n)}, ` +
      `a loss rate of up to ${sharePercent(estimate.upper)} cannot be ruled out (95% exact binomial bound).`
    );
  }
  if (losses === n) {
    return `All ${futures(n)} made a loss. With ${replications(n)}, a loss rate as low as ${sharePercent(estimate.lower)} cannot be ruled out (95% exact binomial bound).`;
  }
  return (
    `${losses} of ${futures(n)} made a loss (${sharePercent(estimate.share)}). With ${replications(n)} the true loss rate ` +
    `could be anywhere from ${sharePercent(estimate.lower)} to ${sharePercent(estimate.upper)} (95% exact binomial interval).`
  );
}

/** Short form for tables and comparisons: "0 of 20 (up to 14%)", "3 of 20 (3%–38%)". */
export function lossShort(estimate: LossEstimate): string {
  if (estimate.n === 0) return '—';
  const range = estimate.losses === 0 ? `up to ${sharePercent(estimate.upper)}` : estimate.losses === estimate.n ? `at least ${sharePercent(estimate.lower)}` : `${sharePercent(estimate.lower)}–${sharePercent(estimate.upper)}`;
  return `${estimate.losses} of ${estimate.n} (${range})`;
}
