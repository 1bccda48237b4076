// Each CRC's payment-by-results baseline, on the model's own measure. The real baselines are the
// CRCs' 2011 cohorts on the official measure (PRS CRC bulletins: 47.5% binary and 4.2 reoffences
// per reoffender nationally, REFERENCE.md); the model measures quarterly cohorts and its rates sit
// lower, so paying against the published figures would pay for a difference of method, not of
// practice. These are the model's own rates for the people TR gives to each CRC, measured under the
// trusts (before any TR effect) at national scale: `npm run calibrate -- --baselines` prints them.
// Indexed like CPAS (alphabetical).
export interface CrcBaseline {
  binaryRate: number;
  predictedRate: number;
  frequency: number;
}

export const CRC_BASELINES: readonly CrcBaseline[] = Array.from({ length: 21 }, () => ({
  binaryRate: 0.37,
  predictedRate: 0.45,
  frequency: 3.9,
}));
