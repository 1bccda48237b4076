// Uncertain inputs: a scenario may give a number of its `parameters` or `money` a distribution
// instead of a single value; each replication then draws that number from its own named stream
// (model/scenario/uncertainty.ts), so the spread of results across replications includes the
// uncertainty of the inputs (second-order Monte Carlo).
// Invariants: every entry is strict (unknown keys are errors); the numbers are finite; what the
// schema cannot say field by field (min < max, min ≤ mode ≤ max, the path names an existing
// number, no path twice, every possible draw valid for its field) lives in uncertaintyRules.ts.
// The value written at the path stays the scenario's point value: the one a run without
// uncertainty would use, and what the documentation shows.
import { z } from 'zod';
import { bounded } from './parameterBounds';

/** More would be a different kind of study (a sweep or a calibration), and slow to validate. */
export const MAX_UNCERTAIN_INPUTS = 50;

/** How far the support of a normal distribution reaches: draws beyond mean ± 6 sd are re-drawn. */
export const NORMAL_SUPPORT_SDS = 6;

const path = z.string().min(1).max(200);
const finite = bounded('uncertainValue');
const betaShape = bounded('betaShape');

export const uncertainInputSchema = z.discriminatedUnion('distribution', [
  z.strictObject({ path, distribution: z.literal('uniform'), min: finite, max: finite }),
  z.strictObject({ path, distribution: z.literal('triangular'), min: finite, mode: finite, max: finite }),
  z.strictObject({ path, distribution: z.literal('normal'), mean: finite, sd: bounded('uncertainSd') }),
  z.strictObject({
    path,
    distribution: z.literal('beta'),
    alpha: betaShape,
    beta: betaShape,
    /** The beta variate on [0, 1] is scaled to [min, max]; default [0, 1]. */
    min: finite.optional(),
    max: finite.optional(),
  }),
]);
export type UncertainInput = z.infer<typeof uncertainInputSchema>;
export type Distribution = UncertainInput['distribution'];

export const uncertaintySchema = z.array(uncertainInputSchema).max(MAX_UNCERTAIN_INPUTS);
export type Uncertainty = z.infer<typeof uncertaintySchema>;

/** The interval every draw falls in: [min, max], or mean ± 6 sd for a normal. */
export interface Support {
  low: number;
  high: number;
}

export function supportOf(entry: UncertainInput): Support {
  switch (entry.distribution) {
    case 'uniform':
    case 'triangular':
      return { low: entry.min, high: entry.max };
    case 'normal':
      return { low: entry.mean - NORMAL_SUPPORT_SDS * entry.sd, high: entry.mean + NORMAL_SUPPORT_SDS * entry.sd };
    case 'beta':
      return { low: entry.min ?? 0, high: entry.max ?? 1 };
  }
}
