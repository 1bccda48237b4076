// The CRC contracts' bid forecast: the weighted volume bidders were given in 2013, fixed at
// contract time and separate from whatever a run realizes. National new cases a year of the bid
// time (2012/13, published), times the contract's volume weights, times the CRCs' share of cases as
// PLANNED in 2013 (the design split, not the split that happened), gives contract year 1; the bid
// case's path over the contract (about 2% down by its end, NAO 2017/2019) gives the change per
// contract year. moneyDefaults.ts takes its numbers from here, so the defaults are these inputs.
// Invariants: pure arithmetic on the named inputs (no run, no calibration target enters);
// forecasts are national equivalents, the unit of RunResult.activity (the engine divides its raw
// counts by the run's scale, observe/activity.ts toActivity), so a forecast compares with a run at
// any scale; forecastFactor is exactly 1 for a change of 0 at every contract year.
import type { VOLUME_CATEGORIES } from './moneySchema';
import { detPow } from '../math/detMath';

type VolumeCategory = (typeof VOLUME_CATEGORIES)[number];

/** New cases a year in England and Wales, by the contract's volume categories. */
export type VolumesByCategory = Record<VolumeCategory, number>;

/**
 * Published volumes of the bid time, each the mean of 2012 and 2013 where both were to hand
 * (REFERENCE.md and docs/money-sources.md § Bid forecast give the rows and their grades).
 */
export const BID_TIME_VOLUMES: VolumesByCategory = {
  /** Community sentences 2012 151,183 and 2013 126,535 (PQ HL4476, CJS outcomes by offence). */
  communityOrder: (151_183 + 126_535) / 2,
  /** Suspended sentences, 12 months ending June 2012 40,894 and June 2013 41,256 (written PQ asked 10 Dec 2015, answered 12 Feb 2016, PNC extract). */
  suspendedOrder: (40_894 + 41_256) / 2,
  /** "Extend statutory rehabilitation to 45,000 short sentenced offenders released from prison every year" (MoJ, Transforming Rehabilitation, 2013). */
  custodyUnder12m: 45_000,
  /**
   * Releases from determinate terms of 12 months or more: ≈ 60-70k releases a year (OMSQ, grade L)
   * less ≈ 40k short ones (CJJI 2016) leaves ≈ 25k, split 4:1 between 12 months-4 years and 4 years
   * or more (an assumption: the split by band of 2012/13 releases was not retrieved).
   */
  custody12mTo4y: 20_000,
  custodyOver4y: 5_000,
};

/** The CRCs' planned share of cases: the TR design split NPS ≈ 30% / CRCs ≈ 70% (MoJ 2013). */
export const PLANNED_CRC_SHARE = 0.7;

/** The bid case's fall in volumes over the contract: "about a 2% decline" (NAO 2017, NAO 2019). */
export const BID_CASE_DECLINE_OVER_CONTRACT = 0.02;

/** Contract years of the TR contracts as let (February 2015 to January 2022). */
export const CONTRACT_YEARS = 7;

/** Weighted units a year the CRCs together were forecast to receive: Σ volume × weight × planned CRC share. */
export function bidForecastUnits(volumes: VolumesByCategory, weights: VolumesByCategory, crcShare: number): number {
  const weighted = (Object.keys(volumes) as VolumeCategory[]).reduce((sum, category) => sum + volumes[category] * weights[category], 0);
  return weighted * crcShare;
}

/**
 * The change per contract year that takes the forecast from its first contract year to
 * `declineOverContract` below it in the last: (1 − decline)^(1 / (years − 1)) − 1. A one-year
 * contract has no path, so no change.
 */
export function forecastChangePerContractYear(declineOverContract: number, contractYears: number): number {
  if (contractYears <= 1) return 0;
  return detPow(1 - declineOverContract, 1 / (contractYears - 1)) - 1;
}

/**
 * (1 + change)^contractYear (counted from 0): what the forecast of that contract year is of the
 * first's. By repeated multiplication, as the learning-curve factor, so that it is the same bits
 * on every engine and exactly 1 for a change of 0.
 */
export function forecastFactor(changePerContractYear: number, contractYear: number): number {
  let factor = 1;
  for (let year = 0; year < contractYear; year++) factor *= 1 + changePerContractYear;
  return factor;
}
