// Payment-by-results cohorts by contract package area: the quarterly cohort records (cohorts.ts)
// grouped by the CPA of each person's home area, once for the people the area's CRC managed when
// they joined, and once for everyone TR's allocation rule would give the CRC (the same population
// under any operating model, which is what a baseline is measured on). National equivalents, with
// the raw count kept for significance tests.
import type { AreaCohort, PbrOutcome } from '../runResult';
import { CPA_OF_AREA, CPAS, ProviderKindCode } from '../engine/geography';
import { isoDateOf, quarterStartOf } from '../calendar/dates';
import { FOLLOW_UP_DAYS, WAIT_DAYS, type CohortTracker } from './cohorts';

function emptyOutcome(): PbrOutcome {
  return { people: 0, reoffenders: 0, reoffences: 0, predicted: 0, sampled: 0 };
}

function addTo(outcome: PbrOutcome, up: number, offences: number, predicted: number): void {
  outcome.people += up;
  outcome.reoffenders += offences > 0 ? up : 0;
  outcome.reoffences += offences * up;
  outcome.predicted += predicted * up;
  outcome.sampled += 1;
}

export function aggregateAreaCohorts(cohorts: CohortTracker, scale: number, lastDay: number): AreaCohort[] {
  const r = cohorts.records;
  const up = 1 / scale;
  const byQuarter = new Map<number, AreaCohort>();
  // Records come in the order people joined, so runs of one quarter: look the quarter up once per run.
  let lastQuarter = NaN;
  let cohort: AreaCohort | undefined;
  for (let i = 0; i < r.size; i++) {
    const quarter = r.quarter[i];
    if (quarter !== lastQuarter) {
      cohort = byQuarter.get(quarter);
      lastQuarter = quarter;
    }
    if (cohort === undefined) {
      const end = quarterStartOf(quarter + 1) - 1;
      cohort = {
        quarterStart: isoDateOf(quarterStartOf(quarter)),
        complete: end + FOLLOW_UP_DAYS + WAIT_DAYS <= lastDay,
        crcManaged: CPAS.map(emptyOutcome),
        trEligible: CPAS.map(emptyOutcome),
      };
      byQuarter.set(quarter, cohort);
    }
    const cpa = CPA_OF_AREA[r.area[i]];
    if (r.providerKind[i] === ProviderKindCode.Crc) addTo(cohort.crcManaged[cpa], up, r.offences(i), r.predicted[i]);
    if (r.trEligible[i] === 1) addTo(cohort.trEligible[cpa], up, r.offences(i), r.predicted[i]);
  }
  return [...byQuarter.keys()].sort((a, b) => a - b).map((q) => byQuarter.get(q)!);
}
