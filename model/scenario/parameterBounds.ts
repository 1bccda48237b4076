// The range of every number a scenario may carry: a minimum and a physical maximum, each kind of
// number with the reason for its maximum. Nothing a file or a flag says may crash the machine or
// answer a question no one could ask (a billion new offenders a year, a career of a thousand
// years), so every number of schema.ts, moneySchema.ts and uncertaintySchema.ts is built here.
// Invariants: every bound is finite; a number schema made by `bounded` carries its bound's name as
// its zod description, which is how the documentation (parameterRanges.ts rangeFor, docs/parameters.md)
// finds the range and its reason; a test checks that every numeric leaf of a scenario has one.
// The maxima are wide on purpose: they stop absurd and machine-breaking inputs, not what-ifs.
// How much memory a whole run would take is a separate check (resourceEstimate.ts), because it
// depends on several numbers together.
import { z } from 'zod';

export interface NumberBound {
  min: number;
  /** The minimum itself is not allowed (a rate or a length that must be above zero). */
  minExclusive?: boolean;
  max: number;
  whole?: boolean;
  /** Why the maximum is where it is. */
  why: string;
  /** The maximum explains itself (1 for a share): error messages leave the reason out. */
  selfEvident?: boolean;
}

const bound = (min: number, max: number, why: string, extra: Partial<NumberBound> = {}): NumberBound => ({ min, max, why, ...extra });
const above = (min: number, max: number, why: string): NumberBound => bound(min, max, why, { minExclusive: true });

export const BOUNDS = {
  // ---- shares, multipliers and odds -------------------------------------------------------------
  share: bound(0, 1, 'a share or a probability: 1 is all of them', { selfEvident: true }),
  multiplier: bound(0, 10, 'a tenfold change is far beyond any published effect of one factor on offending'),
  raisingMultiplier: bound(1, 10, 'at least 1 (the offending clock assumes a need only raises the hazard); tenfold is far beyond any published effect'),
  logOdds: bound(-10, 10, '±10 on the log-odds scale takes a probability to 0.00005 or 0.99995: beyond it the choice is already certain'),
  logOddsPerPrior: bound(-1, 1, 'counted for up to 30 priors: ±1 a prior already moves the log-odds by ±30, far past certainty'),
  psrLogOdds: bound(-5, 5, 'a report changing the odds of a community sentence more than e^5 ≈ 150-fold is beyond any estimate'),
  oddsRatio: bound(0, 100, 'an odds ratio of 100 makes the long bands all but certain; more changes nothing'),
  elasticity: bound(0, 10, 'an elasticity of 10 takes quality to almost nothing at 10% overload; a steeper fall changes nothing'),
  exponent: bound(0, 10, 'propensities run to about 20; to a power of 10 they already span more than any breach rate could'),
  releaseFraction: bound(0.1, 1, 'release after less than a tenth of a term, or after more than the whole of it, is no release rule'),
  // ---- people and rates -------------------------------------------------------------------------
  entrantsPerYear: above(0, 2_000_000, 'about ten times the calibrated 2005 level of 205,882 and above the ≈ 1.2 million people convicted or cautioned in England and Wales in any year since 2000: every entrant is one of them'),
  propensityShape: above(0, 100, 'variance 1/shape: at 100 everyone has almost the same propensity (sd 0.1); a larger shape changes nothing'),
  priorsPerUnit: bound(0, 200, 'the code caps a new entrant\'s mean prior convictions at 200'),
  offencesPerEpisode: bound(0, 100, 'a hundred further offences proven with one episode is beyond any recorded case'),
  episodesPerYear: above(0, 52, 'one proven offence episode a week at propensity 1, all year, is beyond any recorded rate'),
  eventsPerYear: bound(0, 52, 'once a week, every week of the year: more often is no longer an event but a state'),
  prisoners: bound(0, 200_000, 'more than twice the highest prison population England and Wales has had (≈ 88,000)'),
  workforceFte: above(0, 100_000, 'about five times the whole probation workforce of England and Wales at any time (≈ 20,000 staff)'),
  casesPerFte: above(0, 1000, 'a thousand cases per practitioner is beyond any caseload ever recorded (HMIP reports 40 to 80)'),
  // ---- time -------------------------------------------------------------------------------------
  wholeDays: bound(0, 36_500, 'a hundred years: longer than any life', { whole: true }),
  meanDays: above(0, 36_500, 'a hundred years: longer than any life'),
  workingDays: bound(0, 60, 'three months of working days: a delay longer than that is no longer a service level'),
  months: bound(0, 1200, 'a hundred years: longer than any life'),
  positiveMonths: above(0, 1200, 'a hundred years: longer than any life'),
  termMonths: above(0, 600, 'fifty years: longer than any determinate custodial term (life sentences are not modelled)'),
  orderMonths: above(0, 60, 'five years: above the legal maxima (3 years for a community order, 2 for a suspended order\'s operational period), so a what-if may pass the law but not reach an absurd length'),
  careerYears: above(0, 80, 'a whole adult life'),
  // ---- simulation settings ----------------------------------------------------------------------
  simulationYears: bound(1, 30, 'thirty years of weekly series is a generation; longer runs belong to a different kind of model', { whole: true }),
  warmupYears: bound(0, 30, 'the stocks fill within a few careers; thirty years is far more than any needs', { whole: true }),
  scale: bound(0, 1, 'a fraction of the national population: 1 is all of it (the smallest useful scale depends on the entrants, see runSizeRules.ts)', { minExclusive: true, selfEvident: true }),
  seed: bound(0, 2_147_483_647, 'seeds are 31-bit integers, the range every random stream accepts', { whole: true, selfEvident: true }),
  journeys: bound(0, 5000, 'a few thousand journeys are more than anyone browses and keep the result small', { whole: true }),
  // ---- money ------------------------------------------------------------------------------------
  pounds: bound(0, 1e12, 'a trillion pounds: more than the whole of UK public spending in a year'),
  units: bound(0, 1e9, 'a billion: more than the population of Europe, so no count of cases, units or staff can reach it'),
  perReoffender: bound(0, 100, 'a hundred proven reoffences per reoffender in one cohort year is beyond any recorded rate'),
  forecastChange: bound(-0.5, 0.5, 'half the volume gone, or half as much again, in one year: about three times the steepest yearly change in community sentences on record (−16%, 2012 to 2013)'),
  volumeWeight: bound(0, 100, 'a sentence weighted a hundred times another is beyond any contract\'s weighting'),
  serviceLevelDays: bound(0, 19, 'service levels count working days within a month (at most 19 after the first)', { whole: true }),
  confidence: bound(0.5, 0.9999, 'a significance test needs a confidence between a coin toss and near-certainty'),
  processingMonths: bound(0, 36, 'three years: longer than any payment lag in the contracts', { whole: true }),
  priceYear: bound(1990, 2100, 'the years for which price indices exist or could be forecast', { whole: true }),
  discountRate: bound(0, 0.5, 'a 50% annual discount rate makes everything after a few years worthless; the Green Book uses 3.5%'),
  onCostShare: bound(0, 2, 'on-costs (pension, national insurance, overheads) of twice the salary are beyond any employer\'s'),
  // ---- uncertain inputs -------------------------------------------------------------------------
  uncertainValue: bound(-1e12, 1e12, 'no scenario number lies beyond ±a trillion (the largest maximum, pounds)'),
  uncertainSd: above(0, 1e12, 'no scenario number lies beyond a trillion (the largest maximum, pounds)'),
  betaShape: bound(0.05, 1e6, 'below 0.05 a Gamma draw can underflow to 0 (uncertaintySchema.ts); above a million the beta is a point'),
} satisfies Record<string, NumberBound>;

export type BoundName = keyof typeof BOUNDS;

/** A zod number within the named bound, described by the bound's name (see rangeFor). */
export function bounded(name: BoundName): z.ZodNumber {
  const b: NumberBound = BOUNDS[name];
  let schema = z.number();
  if (b.whole) schema = schema.int();
  schema = b.minExclusive ? schema.gt(b.min) : schema.min(b.min);
  return schema.max(b.max).describe(name);
}

/** The bound a number schema was made with (by its description), if any. */
export function boundOf(schema: z.ZodType | undefined): { name: BoundName; bound: NumberBound } | undefined {
  if (!(schema instanceof z.ZodNumber)) return undefined;
  const name = schema.description;
  if (name === undefined || !Object.hasOwn(BOUNDS, name)) return undefined;
  return { name: name as BoundName, bound: BOUNDS[name as BoundName] };
}

/** "0 to 1", "above 0 to 2,000,000", "whole number 1 to 30". */
export function rangeText(b: NumberBound): string {
  const low = b.minExclusive ? `above ${groupDigits(b.min)}` : groupDigits(b.min);
  return `${b.whole ? 'whole number ' : ''}${low} to ${groupDigits(b.max)}`;
}

function groupDigits(value: number): string {
  if (!Number.isInteger(value) || Math.abs(value) < 10_000) return String(value);
  if (Math.abs(value) >= 1e12) return value.toExponential().replace('e+', 'e');
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
