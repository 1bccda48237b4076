// Turns the simulation's recorders into a RunResult: plain arrays, national-equivalent counts,
// cohorts aggregated by quarter and group, journeys and provenance.
import type { Scenario } from '../scenario/schema';
import type { SimulationSetup } from '../engine/setup';
import type { CohortGroupOutcome, QuarterlyCohort, RunResult } from '../runResult';
import { addYears, isoDateOf, quarterStartOf } from '../calendar/dates';
import { PROVIDERS, REGIONS } from '../engine/geography';
import { disposals } from '../seriesNames';
import { STAGES } from './flowMatrix';
import { FOLLOW_UP_DAYS, PROVEN_MONTHS, WAIT_DAYS } from './cohorts';
import { ENGINE_VERSION } from '../version';
import { hashOf } from '../hash';
import { DAYS_PER_MONTH } from '../units';
import { aggregateAreaCohorts } from './areaCohorts';
import type { Observers } from './observers';
import type { CohortTracker } from './cohorts';

/** What a finished run hands over to be assembled: its inputs, span, diagnostics and observers. */
export interface FinishedRun {
  readonly scenario: Scenario;
  readonly setup: SimulationSetup;
  readonly weeks: number;
  readonly reportStart: number;
  readonly lastDay: number;
  readonly events: number;
  readonly peakPeople: number;
  readonly people: { readonly capacity: number };
  readonly observer: Observers;
}

const COHORT_PROVIDERS = ['trust', 'crc', 'nps', 'none'];

export function assembleResult(sim: FinishedRun): RunResult {
  const { recorder, cohorts, activity, flowMatrix, journeys } = sim.observer;
  const series: Record<string, number[]> = {};
  for (const [name, values] of recorder.series) series[name] = Array.from(values);
  const weeks = Array.from({ length: sim.weeks }, (_, w) => isoDateOf(sim.reportStart + 7 * w));
  return {
    provenance: {
      engineVersion: ENGINE_VERSION,
      scenarioName: sim.scenario.name,
      // The scenario as given (with its distributions), not the realized copy the engine ran.
      scenarioHash: sim.setup.scenarioHash ?? hashOf(sim.scenario),
      seed: sim.setup.seed,
      replication: sim.setup.replication,
      scale: sim.setup.scale,
    },
    drawn: { ...sim.setup.drawn },
    weeks,
    series,
    providers: PROVIDERS.map((p) => ({ ...p })),
    providerCaseload: recorder.providerCaseload.map((values) => Array.from(values)),
    cohorts: aggregateCohorts(cohorts, sim.setup.scale, sim.lastDay),
    areaCohorts: aggregateAreaCohorts(cohorts, sim.setup.scale, sim.lastDay),
    activity: activity.toActivity(sim.setup.scale),
    flows: {
      stages: [...STAGES],
      counts: flowMatrix.toMatrix(sim.setup.scale),
      years: Array.from({ length: flowMatrix.years }, (_, y) => isoDateOf(addYears(sim.reportStart, y))),
      byYear: Array.from({ length: flowMatrix.years }, (_, y) => flowMatrix.yearMatrix(y, sim.setup.scale)),
    },
    journeys: journeys.toJourneys(),
    diagnostics: { events: sim.events, peakPeople: sim.peakPeople, personCapacity: sim.people.capacity },
  };
}

function emptyOutcome(): CohortGroupOutcome {
  return { people: 0, reoffenders: 0, reoffences: 0 };
}

/** One quarter's cohort while it is summed, with its groups indexed by the codes the records hold. */
interface CohortSums {
  cohort: QuarterlyCohort;
  byDisposalCode: (CohortGroupOutcome | undefined)[];
  byProviderKind: CohortGroupOutcome[];
  byRegionIndex: CohortGroupOutcome[];
  provenCounts: Float64Array;
}

function aggregateCohorts(cohorts: CohortTracker, scale: number, lastDay: number): QuarterlyCohort[] {
  const r = cohorts.records;
  const up = 1 / scale;
  const byQuarter = new Map<number, CohortSums>();
  // Records come in the order people joined, so runs of one quarter: look the quarter up once per run.
  let lastQuarter = NaN;
  let sums: CohortSums | undefined;
  for (let i = 0; i < r.size; i++) {
    const quarter = r.quarter[i];
    if (quarter !== lastQuarter) {
      sums = byQuarter.get(quarter);
      lastQuarter = quarter;
    }
    if (sums === undefined) {
      const start = quarterStartOf(quarter);
      const end = quarterStartOf(quarter + 1) - 1;
      const cohort: QuarterlyCohort = {
        quarterStart: isoDateOf(start),
        complete: end + FOLLOW_UP_DAYS + WAIT_DAYS <= lastDay,
        all: emptyOutcome(),
        byDisposal: Object.fromEntries(disposals.filter((d) => d !== 'other').map((d) => [d, emptyOutcome()])),
        byProvider: Object.fromEntries(COHORT_PROVIDERS.map((k) => [k, emptyOutcome()])),
        byRegion: Object.fromEntries(REGIONS.map((k) => [k, emptyOutcome()])),
        provenByMonth: [],
      };
      sums = {
        cohort,
        byDisposalCode: disposals.map((d) => cohort.byDisposal[d]),
        byProviderKind: COHORT_PROVIDERS.map((k) => cohort.byProvider[k]),
        byRegionIndex: REGIONS.map((k) => cohort.byRegion[k]),
        provenCounts: new Float64Array(PROVEN_MONTHS),
      };
      byQuarter.set(quarter, sums);
    }
    const offences = r.offences(i);
    const reoffender = offences > 0 ? 1 : 0;
    addOutcome(sums.cohort.all, up, reoffender, offences);
    addOutcome(sums.byDisposalCode[r.disposal[i]]!, up, reoffender, offences);
    addOutcome(sums.byProviderKind[r.providerKind[i]], up, reoffender, offences);
    addOutcome(sums.byRegionIndex[r.region[i]], up, reoffender, offences);
    if (reoffender) {
      const month = Math.floor((r.firstProvenDay(i) - r.startDay[i]) / DAYS_PER_MONTH);
      sums.provenCounts[Math.min(PROVEN_MONTHS - 1, Math.max(0, month))] += 1;
    }
  }
  const quarters = [...byQuarter.keys()].sort((a, b) => a - b);
  return quarters.map((q) => {
    const { cohort, provenCounts } = byQuarter.get(q)!;
    const size = cohort.all.people / up;
    let cumulative = 0;
    cohort.provenByMonth = Array.from(provenCounts, (c) => (cumulative += c) / size);
    return cohort;
  });
}

function addOutcome(group: CohortGroupOutcome, up: number, reoffender: number, offences: number): void {
  group.people += up;
  group.reoffenders += reoffender * up;
  group.reoffences += offences * up;
}
