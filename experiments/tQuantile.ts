// The 95% two-sided critical value of Student's t, shared by every layer that builds a t interval
// (the experiment layer here; cli/ is to import it from here rather than keep its own copy).
// Invariants: pure arithmetic on constants, so the same df gives the same bits on every runtime;
// the value decreases strictly with df and tends to the normal quantile 1.959964.

/** t(0.975, df) for df = 1..30, to four decimals (standard tables). */
const T975_TABLE = [
  12.7062, 4.3027, 3.1824, 2.7764, 2.5706, 2.4469, 2.3646, 2.306, 2.2622, 2.2281, 2.201, 2.1788, 2.1604, 2.1448,
  2.1314, 2.1199, 2.1098, 2.1009, 2.093, 2.086, 2.0796, 2.0739, 2.0687, 2.0639, 2.0595, 2.0555, 2.0518, 2.0484,
  2.0452, 2.0423,
];

/** The 0.975 quantile of the standard normal distribution. */
export const Z975 = 1.959963984540054;

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
  // Only + × ÷, never Math.pow or **: V8 builds differ in the last bit of pow (DESIGN.md §5).
  const z2 = z * z;
  const g1 = (z * (z2 + 1)) / 4;
  const g2 = (z * ((5 * z2 + 16) * z2 + 3)) / 96;
  const g3 = (z * (((3 * z2 + 19) * z2 + 17) * z2 - 15)) / 384;
  const g4 = (z * ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945)) / 92160;
  const df2 = df * df;
  return z + g1 / df + g2 / df2 + g3 / (df2 * df) + g4 / (df2 * df2);
}
