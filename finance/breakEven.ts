// The break-even reoffending reduction: how many percentage points every cohort's binary
// reoffending rate would have to fall (or could rise, when negative) for the CRC's NPV to be zero,
// everything but payment by results held as simulated. Found by bisection: the NPV can only rise
// with the reduction (a larger improvement pays more or deducts less; the significance test makes
// it a step function, never a falling one), so the search brackets the first reduction at which
// it reaches zero.

export const BREAK_EVEN_RANGE_POINTS = 30;
const TOLERANCE_POINTS = 0.01;

/**
 * The smallest reduction in [-range, range] (to 0.01 points) at which `npvAt(reduction)` ≥ 0;
 * -range when even that deterioration leaves the NPV non-negative; NaN when no reduction in
 * range reaches zero.
 */
export function breakEvenReduction(npvAt: (reductionPoints: number) => number, range = BREAK_EVEN_RANGE_POINTS): number {
  let low = -range;
  let high = range;
  if (npvAt(low) >= 0) return low;
  if (npvAt(high) < 0) return NaN;
  // Invariant: npvAt(low) < 0 ≤ npvAt(high).
  while (high - low > TOLERANCE_POINTS) {
    const middle = (low + high) / 2;
    if (npvAt(middle) >= 0) high = middle;
    else low = middle;
  }
  return Math.round(high * 100) / 100;
}
