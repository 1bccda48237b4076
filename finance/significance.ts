// Significance of a payment-by-results cohort: is its reoffending rate different from the target
// by more than chance would make it? The test is the two-sided z test of one proportion against a
// known rate, with the standard error the target rate implies for the number of people actually
// simulated (the sample), not the national-equivalent count: a small area's cohort is noisy, and
// paying on noise would pay luck. The normal quantile is Wichura's algorithm AS 241 (PPND16),
// accurate to about 1e-16, using only arithmetic, Math.sqrt and detLog, so it gives the same bits
// in every runtime.
// Invariants: pure and deterministic; zScore is 0 when there is no sample or no difference (up to
// rounding: a billionth of a person); isSignificant never holds for z = 0.
import { detLog } from '../model/math/detMath';

// AS 241 coefficients, lowest degree first (Applied Statistics 37 (1988) 477-484), written as the
// shortest decimals that give the same doubles as the published 20-digit values.
// Central region, |p - 0.5| <= 0.425: a rational function of r = 0.180625 - q².
const A = [
  3.3871328727963665, 133.14166789178438, 1971.5909503065513, 13731.69376550946,
  45921.95393154987, 67265.7709270087, 33430.57558358813, 2509.0809287301227,
];
const B = [
  1, 42.31333070160091, 687.1870074920579, 5394.196021424751,
  21213.794301586597, 39307.89580009271, 28729.085735721943, 5226.495278852854,
];
// Intermediate tails, r = sqrt(-log(tail)) <= 5 (tail down to about 1e-11): in r - 1.6.
const C = [
  1.4234371107496835, 4.630337846156546, 5.769497221460691, 3.6478483247632045,
  1.2704582524523684, 0.2417807251774506, 0.022723844989269184, 0.0007745450142783414,
];
const D = [
  1, 2.053191626637759, 1.6763848301838038, 0.6897673349851,
  0.14810397642748008, 0.015198666563616457, 0.0005475938084995345, 1.0507500716444169e-9,
];
// Far tails, r > 5: in r - 5.
const E = [
  6.657904643501103, 5.463784911164114, 1.7848265399172913, 0.29656057182850487,
  0.026532189526576124, 0.0012426609473880784, 0.000027115555687434876, 2.0103343992922881e-7,
];
const F = [
  1, 0.599832206555888, 0.1369298809227358, 0.014875361290850615,
  0.0007868691311456133, 0.000018463183175100548, 1.421511758316446e-7, 2.0442631033899397e-15,
];

/** Horner's rule, coefficients lowest degree first. */
function polynomial(coefficients: readonly number[], x: number): number {
  let sum = 0;
  for (let i = coefficients.length - 1; i >= 0; i--) sum = sum * x + coefficients[i];
  return sum;
}

/**
 * The standard normal quantile: the z with P(Z <= z) = p. ±Infinity at p = 0 or 1, NaN outside
 * [0, 1].
 */
export function normalQuantile(p: number): number {
  if (!(p >= 0 && p <= 1)) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (q * polynomial(A, r)) / polynomial(B, r);
  }
  // In the tails the quantile is nearly a function of sqrt(-log(tail)); the smaller tail keeps
  // the precision (1 - p loses digits as p nears 1, but p is then the larger tail).
  const tail = q < 0 ? p : 1 - p;
  let r = Math.sqrt(-detLog(tail));
  let magnitude: number;
  if (r <= 5) {
    r -= 1.6;
    magnitude = polynomial(C, r) / polynomial(D, r);
  } else {
    r -= 5;
    magnitude = polynomial(E, r) / polynomial(F, r);
  }
  return q < 0 ? -magnitude : magnitude;
}

/** The two-sided critical value at `confidence` (0.95 gives 1.959964): z_{1 - (1 - confidence)/2}. */
export function criticalZ(confidence: number): number {
  // Every cohort of a contract is tested at the same confidence: compute its quantile once.
  let z = criticalZs.get(confidence);
  if (z === undefined) {
    z = normalQuantile(1 - (1 - confidence) / 2);
    criticalZs.set(confidence, z);
  }
  return z;
}

const criticalZs = new Map<number, number>();

/** A difference in rates worth fewer people than this in the sample is taken for rounding. */
const ROUNDING_PEOPLE = 1e-9;

/**
 * z statistic of an observed rate against an expected one, in a sample of `sampleSize` people:
 * (observed − expected) / sqrt(expected (1 − expected) / n). Negative when fewer reoffended than
 * expected. With no sample there is no evidence (0); with an expected rate of exactly 0 or 1 the
 * count has no variance, so any difference is certain (±Infinity) and none is 0.
 */
export function proportionZ(observedRate: number, expectedRate: number, sampleSize: number): number {
  const difference = observedRate - expectedRate;
  // Less than a billionth of one person of the sample is no difference: it is the rounding of rates
  // computed from pooled counts. Without this, a target rate of exactly 0 or 1 (no variance) met up
  // to an ulp would be infinitely significant.
  if (!(sampleSize > 0) || Math.abs(difference * sampleSize) < ROUNDING_PEOPLE) return 0;
  const variance = (expectedRate * (1 - expectedRate)) / sampleSize;
  if (!(variance > 0)) return difference > 0 ? Infinity : -Infinity;
  return difference / Math.sqrt(variance);
}

/** Two-sided test: |z| beyond the critical value at `confidence`. */
export function isSignificant(z: number, confidence: number): boolean {
  return Math.abs(z) > criticalZ(confidence);
}
