// Scenario parameters turned into the numbers the hot loop wants: rates per day, durations in days,
// cumulative tables for categorical draws. Computed once per run; nothing here is random.
import type { Parameters } from '../scenario/schema';
import { DAYS_PER_MONTH, DAYS_PER_YEAR, perDay } from '../units';
import { detExp, detLog } from '../math/detMath';

export const OFFENCE_GROUPS = ['violence', 'sexual', 'acquisitive', 'drugs', 'other'] as const;
export const INTERVENTIONS = [
  'accreditedProgramme',
  'rehabilitationActivity',
  'accommodation',
  'employment',
  'finance',
  'substanceMisuse',
] as const;
const NEED_BITS: Record<string, number> = { none: 0, accommodation: 1, employment: 2, finance: 4, substance: 8 };

/** Prior convictions beyond this add nothing more to the sentencing odds. */
export const MAX_PRIORS_EFFECT = 30;

export interface CompiledParameters {
  raw: Parameters;
  entrantsPerDayNational: number;
  offenceGroupCumulative: Float64Array;
  groupPropensity: Float64Array;
  groupHighRoshShare: Float64Array;
  groupLongOddsRatio: Float64Array;
  groupMappaShare: Float64Array;
  /** RoSH tier within the high pair (the chance of very high) and within the low pair (of medium). */
  veryHighShareOfHigh: number;
  mediumShareOfLow: number;
  /** Sentencing weights (exponentiated log-odds), precomputed because a court draws them often. */
  custodyWeight: Float64Array; // [group * (MAX_PRIORS_EFFECT + 1) + min(priors, MAX_PRIORS_EFFECT)]
  suspendedWeight: Float64Array; // [report type 0..3]
  communityWeight: Float64Array; // [report type 0..3]
  otherWeight: number;
  longTermPriorsFactor: Float64Array; // [min(priors, MAX_PRIORS_EFFECT)]
  /** Prevalence and hazard multiplier per need bit index (0 accommodation .. 3 substance). */
  needPrevalence: Float64Array;
  needMultiplier: Float64Array;
  /** Reoffending hazard: segment start (days since anchor) and rate per day at propensity 1. */
  hazardSegmentStart: Float64Array;
  hazardSegmentRate: Float64Array;
  /** Cumulative hazard over the first 365 days after an anchor, at propensity 1 and no needs. */
  firstYearHazard: number;
  /** log q of each service level's geometric delay at full quality (ServiceLevel order). */
  serviceDelayLogQ: Float64Array;
  /** e^-mean of the extra offences per episode, for the Poisson draw. */
  extraOffencesExpNeg: number;
  desistanceDays: number;
  careerDaysMean: number;
  /** Custody bands: national shares, lengths in days (log-uniform within a band). */
  bandShare: Float64Array;
  bandMinDays: Float64Array;
  bandMaxDays: Float64Array;
  /** log(bandMaxDays / bandMinDays), for the log-uniform draw of a term. */
  bandLogSpan: Float64Array;
  /** Intervention tables, indexed like INTERVENTIONS. */
  interventionNeedBit: Uint8Array;
  interventionReferral: Float64Array;
  interventionCompletion: Float64Array;
  interventionDuration: Int32Array;
  interventionMultiplier: Float64Array;
  communityBreachPerDay: number;
  licenceBreachPerDay: number;
  pssBreachPerDay: number;
  escalationPerDay: number;
}

function cumulativeOf(weights: number[]): Float64Array {
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulative = new Float64Array(weights.length);
  let sum = 0;
  weights.forEach((w, i) => (cumulative[i] = sum += w / total));
  cumulative[weights.length - 1] = 1;
  return cumulative;
}

function sentencingWeights(p: Parameters, groupCustodyLogOdds: number[]) {
  const court = p.court;
  const odds = court.disposalLogOdds;
  const priors = Array.from({ length: MAX_PRIORS_EFFECT + 1 }, (_, n) => n);
  const reportEffect = (psr: number) => (psr === 0 ? 0 : court.psrCommunityLogOdds + (psr === 3 ? court.psrStandardExtraLogOdds : 0));
  return {
    custodyWeight: Float64Array.from(
      groupCustodyLogOdds.flatMap((group) => priors.map((n) => detExp(odds.custody + group + court.priorsCustodyLogOddsPerPrior * n))),
    ),
    suspendedWeight: Float64Array.from([0, 1, 2, 3], (psr) => detExp(odds.suspended + reportEffect(psr))),
    communityWeight: Float64Array.from([0, 1, 2, 3], (psr) => detExp(odds.community + reportEffect(psr))),
    otherWeight: detExp(odds.other),
    longTermPriorsFactor: Float64Array.from(priors, (n) => detExp(court.priorsLongSentenceLogOddsPerPrior * n)),
  };
}

export function compileParameters(p: Parameters): CompiledParameters {
  const groups = OFFENCE_GROUPS.map((g) => p.population.offenceGroups[g]);
  const needs = [p.population.needs.accommodation, p.population.needs.employment, p.population.needs.finance, p.population.needs.substance];
  const bands = [p.court.custodyBands.under12m, p.court.custodyBands.from12mTo4y, p.court.custodyBands.over4y];
  const interventions = INTERVENTIONS.map((name) => p.interventions[name]);
  const segments = p.offending.hazardByMonthsSinceStart;
  return {
    raw: p,
    entrantsPerDayNational: perDay(p.population.newEntrantsPerYear),
    offenceGroupCumulative: cumulativeOf(groups.map((g) => g.share)),
    groupPropensity: Float64Array.from(groups, (g) => g.propensityMultiplier),
    groupHighRoshShare: Float64Array.from(groups, (g) => g.highRoshShare),
    groupLongOddsRatio: Float64Array.from(groups, (g) => g.longSentenceOddsRatio),
    groupMappaShare: Float64Array.from(groups, (g) => g.mappaShare),
    veryHighShareOfHigh: p.risk.roshMix.veryHigh / (p.risk.roshMix.high + p.risk.roshMix.veryHigh),
    mediumShareOfLow: p.risk.roshMix.medium / (p.risk.roshMix.low + p.risk.roshMix.medium),
    ...sentencingWeights(p, groups.map((g) => g.custodyLogOdds)),
    needPrevalence: Float64Array.from(needs, (n) => n.prevalence),
    needMultiplier: Float64Array.from(needs, (n) => n.hazardMultiplier),
    hazardSegmentStart: Float64Array.from(segments, (s) => s.fromMonth * DAYS_PER_MONTH),
    hazardSegmentRate: Float64Array.from(segments, (s) => perDay(p.offending.baseReoffencesPerYear) * s.multiplier),
    firstYearHazard: cumulativeHazard(segments, perDay(p.offending.baseReoffencesPerYear), 365),
    serviceDelayLogQ: Float64Array.from(
      [p.serviceDelivery.firstAppointmentWorkingDaysMean, p.serviceDelivery.licenceAppointmentWorkingDaysMean, p.serviceDelivery.sentencePlanWorkingDaysMean],
      delayLogQ,
    ),
    extraOffencesExpNeg: detExp(-p.offending.extraOffencesPerEpisode),
    desistanceDays: Math.round(p.offending.desistanceMonths * DAYS_PER_MONTH),
    careerDaysMean: p.offending.careerYearsMean * DAYS_PER_YEAR,
    bandShare: Float64Array.from(bands, (b) => b.share),
    bandMinDays: Float64Array.from(bands, (b) => b.minMonths * DAYS_PER_MONTH),
    bandMaxDays: Float64Array.from(bands, (b) => b.maxMonths * DAYS_PER_MONTH),
    bandLogSpan: Float64Array.from(bands, (b) => logSpanOf(b.minMonths * DAYS_PER_MONTH, b.maxMonths * DAYS_PER_MONTH)),
    interventionNeedBit: Uint8Array.from(interventions, (i) => NEED_BITS[i.need]),
    interventionReferral: Float64Array.from(interventions, (i) => i.referralShare),
    interventionCompletion: Float64Array.from(interventions, (i) => i.completionShare),
    interventionDuration: Int32Array.from(interventions, (i) => Math.max(1, i.durationDays)),
    interventionMultiplier: Float64Array.from(interventions, (i) => i.hazardMultiplier),
    communityBreachPerDay: perDay(p.breach.communityBreachesPerYear),
    licenceBreachPerDay: perDay(p.breach.licenceBreachesPerYear),
    pssBreachPerDay: perDay(p.breach.pssBreachesPerYear),
    escalationPerDay: perDay(p.risk.escalationPerYear),
  };
}

/** ∫₀^days of the piecewise-constant base hazard (segments start at fromMonth, in order). */
function cumulativeHazard(segments: readonly { fromMonth: number; multiplier: number }[], ratePerDay: number, days: number): number {
  let total = 0;
  for (let i = 0; i < segments.length; i++) {
    const start = segments[i].fromMonth * DAYS_PER_MONTH;
    const end = i + 1 < segments.length ? Math.min(days, segments[i + 1].fromMonth * DAYS_PER_MONTH) : days;
    if (end > start) total += (end - start) * ratePerDay * segments[i].multiplier;
  }
  return total;
}

/** log(maxDays / minDays): the span of a log-uniform draw of days (sentencing.ts logUniformDays). */
export function logSpanOf(minDays: number, maxDays: number): number {
  return detLog(maxDays / minDays);
}

/** log q of a geometric delay with this mean, where q = P(delay ≥ k + 1 | delay ≥ k); NaN for no delay. */
export function delayLogQ(mean: number): number {
  return mean > 0 ? detLog(mean / (1 + mean)) : NaN;
}
