// Calibration targets: every published figure in REFERENCE.md that the model is tuned to, with the
// window it applies to, a tolerance, and how to measure it on a RunResult of the `as-happened`
// scenario. Tolerances are wide where the source is weak (grade L) and tighter where it is an
// official statistic, and narrow enough to exclude what the model gives with the mechanism a
// target calibrates switched off (docs/calibration.md). A target is judged on the mean over several
// seeds (test/model/calibration.test.ts: three at scale 0.05; `npm run calibrate`: five by
// default). The TR design split of the caseload (NPS ≈ 30%) is not a target: REFERENCE.md says the
// split must come from the mechanisms (model/calibration/backcast.ts reports it).
import type { RunResult } from '../runResult';
import { summarizeSeeds, type SeedSummary } from './seedStats';
import {
  binaryRate,
  cohortsBetween,
  frequencyPerReoffender,
  meanOver,
  pool,
  totalOver,
  weeksBetween,
} from '../observe/windows';

export interface CalibrationTarget {
  id: string;
  description: string;
  /** The REFERENCE.md row it rests on. */
  source: string;
  target: number;
  tolerance: number;
  unit: 'share' | 'count' | 'ratio';
  measure: (result: RunResult) => number;
}

const REOFFENDING_COHORTS: [string, string] = ['2017-01-01', '2019-01-01'];
const cohorts = (r: RunResult) => cohortsBetween(r, ...REOFFENDING_COHORTS);
const rateOf = (r: RunResult, ...disposals: string[]) =>
  binaryRate(pool(cohorts(r).flatMap((c) => disposals.map((d) => c.byDisposal[d]))));

/** Share of the eventual (18-month) reoffenders already proven by the end of month m. */
function provenShareByMonth(r: RunResult, month: number): number {
  const list = cohorts(r);
  let byMonth = 0;
  let final = 0;
  for (const c of list) {
    byMonth += c.provenByMonth[month - 1] * c.all.people;
    final += c.provenByMonth[c.provenByMonth.length - 1] * c.all.people;
  }
  return final > 0 ? byMonth / final : NaN;
}

const stockMean = (name: string, from: string, to: string) => (r: RunResult) => meanOver(r, name, weeksBetween(r, from, to));

export const calibrationTargets: CalibrationTarget[] = [
  {
    id: 'reoffending.binary',
    description: 'Proven reoffending, adults released from custody or starting a court order (2017-2018 cohorts)',
    source: 'Reoffending: adults released from custody or starting court orders, 35.7% (PRS, Oct-Dec 2018)',
    target: 0.357,
    tolerance: 0.03,
    unit: 'share',
    measure: (r) => binaryRate(pool(cohorts(r).map((c) => c.all))),
  },
  {
    id: 'reoffending.frequency',
    description: 'Proven reoffences per reoffender (2017-2018 cohorts)',
    source: 'Reoffending: adults, reoffences per reoffender ≈ 4.0 (PRS 2018)',
    target: 4.0,
    tolerance: 0.5,
    unit: 'ratio',
    measure: (r) => frequencyPerReoffender(pool(cohorts(r).map((c) => c.all))),
  },
  {
    id: 'reoffending.custodyUnder12m',
    description: 'Proven reoffending after custody of under 12 months',
    source: 'Reoffending: custody < 12 months, 61-64% (PRS)',
    target: 0.625,
    tolerance: 0.05,
    unit: 'share',
    measure: (r) => rateOf(r, 'custodyUnder12m'),
  },
  {
    id: 'reoffending.custody12mPlus',
    description: 'Proven reoffending after custody of 12 months or more',
    source: 'Reoffending: custody ≥ 12 months ≈ 28% overall (HMIP 2019; PRS)',
    target: 0.28,
    tolerance: 0.05,
    unit: 'share',
    measure: (r) => rateOf(r, 'custody12mTo4y', 'custodyOver4y'),
  },
  {
    id: 'reoffending.communityOrder',
    description: 'Proven reoffending after starting a community order',
    source: 'Reoffending: community order ≈ 33-37% (PRS, grade L)',
    target: 0.35,
    tolerance: 0.05,
    unit: 'share',
    measure: (r) => rateOf(r, 'communityOrder'),
  },
  {
    id: 'reoffending.suspendedBelowCommunity',
    description: 'Suspended sentence orders reoffend a few points below community orders (CO rate minus SSO rate)',
    source: 'Reoffending: suspended sentence order a few points below community orders (PRS, grade L)',
    // "A few points" is read as 1 to 5: a band from 0 would pass a model in which suspended
    // orders deter no more than community orders.
    target: 0.03,
    tolerance: 0.02,
    unit: 'share',
    measure: (r) => rateOf(r, 'communityOrder') - rateOf(r, 'suspendedOrder'),
  },
  ...([
    [8, 33 / 45, 0.07],
    [11, 39 / 45, 0.06],
    [14, 42 / 45, 0.05],
  ] as const).map(([month, target, tolerance]) => ({
    id: `reoffending.provenByMonth${month}`,
    description: `Time to reoffence: share of the cohort's eventual reoffenders proven by month ${month}`,
    source: 'Time to reoffence (CRC cohorts): 33% by month 8, 39% by 11, 42% by 14, of 45% (MoJ interim CRC statistics)',
    target,
    tolerance,
    unit: 'share' as const,
    measure: (r: RunResult) => provenShareByMonth(r, month),
  })),
  {
    id: 'caseload.total.2014',
    description: 'Probation caseload, late 2014 (mean of October-December)',
    source: 'Probation caseload ≈ 217k end 2014 (OMSQ; PAC16)',
    target: 217000,
    tolerance: 20000,
    unit: 'count',
    measure: stockMean('caseload.total', '2014-10-01', '2015-01-01'),
  },
  {
    id: 'caseload.total.2015to2019',
    description: 'Probation caseload, mean of 2015-2019',
    source: 'Probation caseload ≈ 240-260k 2015-2019 (OMSQ)',
    target: 250000,
    tolerance: 20000,
    unit: 'count',
    measure: stockMean('caseload.total', '2015-01-01', '2020-01-01'),
  },
  {
    id: 'flows.shortSentenceShare.2015',
    description: 'Share of custodial sentences under 12 months, 2015',
    source: 'Starts of short sentences (< 12 months) ≈ 40k in 2015, 58% of sentenced receptions (CJJI 2016)',
    target: 0.58,
    tolerance: 0.06,
    unit: 'share',
    measure: (r) => {
      const short = flowTotal(r, 'flow.sentences.custodyUnder12m', '2015-01-01', '2016-01-01');
      const longer =
        flowTotal(r, 'flow.sentences.custody12mTo4y', '2015-01-01', '2016-01-01') +
        flowTotal(r, 'flow.sentences.custodyOver4y', '2015-01-01', '2016-01-01');
      return short / (short + longer);
    },
  },
  {
    id: 'prison.population.2014',
    description: 'Prison population, mean of 2014',
    source: 'Prison population ≈ 85.5k (2014) (OMSQ)',
    target: 85500,
    tolerance: 5000,
    unit: 'count',
    measure: stockMean('prison.population', '2014-01-01', '2015-01-01'),
  },
  {
    id: 'prison.population.2019',
    description: 'Prison population, mean of 2019',
    source: 'Prison population ≈ 82.7k (2019) (OMSQ)',
    target: 82700,
    tolerance: 5000,
    unit: 'count',
    measure: stockMean('prison.population', '2019-01-01', '2020-01-01'),
  },
  {
    id: 'prison.recallPopulation.2014',
    description: 'Recall population in prison, April-September 2014',
    source: 'Recall population in prison: 5,260 (June 2014) (MoJ)',
    target: 5260,
    tolerance: 1300,
    unit: 'count',
    measure: stockMean('prison.recallPopulation', '2014-04-01', '2014-10-01'),
  },
];

/** Sum of a flow over weeks whose start falls in [from, to). */
function flowTotal(r: RunResult, name: string, from: string, to: string): number {
  return totalOver(r, name, weeksBetween(r, from, to));
}

export interface CalibrationRow {
  target: CalibrationTarget;
  value: number;
  pass: boolean;
}

export function checkCalibration(result: RunResult): CalibrationRow[] {
  return calibrationTargets.map((target) => {
    const value = target.measure(result);
    return { target, value, pass: Number.isFinite(value) && Math.abs(value - target.target) <= target.tolerance };
  });
}

export interface CalibrationOverSeeds extends SeedSummary {
  target: CalibrationTarget;
  /** Each seed's value, in seed order. */
  values: number[];
  /** The mean over seeds is within the tolerance. */
  pass: boolean;
}

/** Every target measured on each run (one per seed), judged on the mean over the runs. */
export function checkCalibrationOverSeeds(results: readonly RunResult[]): CalibrationOverSeeds[] {
  const perRun = results.map(checkCalibration);
  return calibrationTargets.map((target, k) => {
    const values = perRun.map((rows) => rows[k].value);
    const summary = summarizeSeeds(values);
    const pass = summary.n === values.length && Math.abs(summary.mean - target.target) <= target.tolerance;
    return { target, values, ...summary, pass };
  });
}
