// Service credits: the deduction from a CRC's monthly fee for missing its service levels (first
// appointment after sentence, first appointment after release on licence, sentence plan done).
// A level's performance in a month is the share of the services due that came within its
// working-day limit; each percentage point below the target costs a fixed credit, and the month's
// credits over all levels are capped at a share of that month's fee, so a bad month cannot cost a
// CRC more than the cap.
// Invariants: credits only for live contract months; one entry per month with a credit, negative,
// from the MoJ to `CRC <slug>`, dated like the month's fee (first day of the next month); a level
// with nothing due, or at or above target, costs nothing; entries are in month order.
import type { ServiceLevelTerms } from '../model/scenario/moneySchema';
import { SERVICE_LEVELS } from '../model/scenario/moneySchema';
import type { CrcContractArgs } from './feeForService';
import { contractEntry, monthlyFee, paymentDate, weightedUnits } from './feeForService';
import type { LedgerEntry } from './ledger';
import { monthLabel } from './months';
import { crcProviderIndex } from './runData';

export type ServiceLevel = (typeof SERVICE_LEVELS)[number];

export interface LevelPerformance {
  /** Services that came due in the month. */
  due: number;
  /** Of those, the ones that came within the level's working-day limit. */
  met: number;
  /** met / due; null when nothing was due. */
  performance: number | null;
  /** Percentage points below target (0 at or above it). */
  pointsMissed: number;
  /** Credit before the month's cap, pounds. */
  credit: number;
}

export interface MonthServicePerformance {
  /** First day of the month, YYYY-MM-DD. */
  month: string;
  /** Whether a contract was in force: only then do credits apply. */
  live: boolean;
  levels: Record<ServiceLevel, LevelPerformance>;
  /** Sum of the levels' credits before the cap (0 when not live). */
  uncappedCredit: number;
  /** capShareOfMonthlyFee × the month's fee (0 when not live). */
  cap: number;
  /** The deduction, a positive number of pounds: min(uncappedCredit, cap). */
  credit: number;
}

/** One level's result from its delay histogram (index = working days; last bucket = that many or more). */
export function levelPerformance(histogram: readonly number[], terms: ServiceLevelTerms): LevelPerformance {
  let due = 0;
  let met = 0;
  histogram.forEach((count, days) => {
    due += count;
    if (days <= terms.withinWorkingDays) met += count;
  });
  if (due <= 0) return { due, met, performance: null, pointsMissed: 0, credit: 0 };
  const performance = met / due;
  const pointsMissed = Math.max(0, (terms.targetShare - performance) * 100);
  return { due, met, performance, pointsMissed, credit: pointsMissed * terms.creditPerPointMissed };
}

/** Performance by level for every run month (for reports), with the capped credit of live months. */
export function servicePerformance(args: CrcContractArgs): MonthServicePerformance[] {
  const { run, terms, contract } = args;
  const delays = run.activity.serviceDelays[crcProviderIndex(run, args.cpa)];
  const buckets = run.activity.serviceDelayBuckets;
  const units = weightedUnits(run, terms, args.cpa);
  return args.months.map((month) => {
    // The run lists service levels in SERVICE_LEVELS order (MonthlyActivity.serviceLevels).
    const levels = Object.fromEntries(
      SERVICE_LEVELS.map((level, l) => [level, levelPerformance(delays[l].slice(month.index * buckets, (month.index + 1) * buckets), terms.serviceLevels[level])]),
    ) as Record<ServiceLevel, LevelPerformance>;
    if (!month.live) return { month: month.month, live: false, levels, uncappedCredit: 0, cap: 0, credit: 0 };
    const uncappedCredit = SERVICE_LEVELS.reduce((sum, level) => sum + levels[level].credit, 0);
    const cap = terms.serviceLevels.capShareOfMonthlyFee * monthlyFee(contract, terms, month, units[month.index]);
    return { month: month.month, live: true, levels, uncappedCredit, cap, credit: Math.min(uncappedCredit, cap) };
  });
}

export function serviceCredits(args: CrcContractArgs): LedgerEntry[] {
  return servicePerformance(args).flatMap((result, i) =>
    result.credit > 0 ? [contractEntry(args, 'serviceCredits', paymentDate(args.months[i]), monthLabel(result.month), -result.credit)] : [],
  );
}
