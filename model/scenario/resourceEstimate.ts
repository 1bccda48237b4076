// How much memory a run of a scenario will take, predicted from the scenario alone, before anything
// is allocated, so that a run too big for the machine is refused with the figure and the limit
// instead of dying halfway ("Invalid typed array length") or swapping for minutes.
// The prediction follows what the engine allocates (model/engine/people.ts, eventQueue.ts,
// model/observe/cohorts.ts); it is an estimate with room to spare, not a bound: on the built-in
// scenarios the run needs a third of it or less (measured: 44k people alive at scale 0.1 against
// 133k estimated; 226k cohort records over 12 years against 1,034k).
// Invariants: pure; finite for every schema-valid scenario. Not monotone in every number (a longer
// career lowers the first-sentence rate per person-year), so checking the ends of an uncertain
// input's range is not enough: runSimulation checks the values each replication draws.
import type { Scenario } from './schema';
import { canonicalDatedPath, datedSeriesOf, parameterSets, valueOn } from './datedValues';
import { addYears, parseIsoDate } from '../calendar/dates';

/**
 * The most one run may need. The engine runs in one worker thread (CLI worker, Electron or
 * browser worker) and an experiment runs one worker per core: at 2 GiB a run, two workers still
 * fit an 8 GB machine beside the app and the operating system, and a browser tab's worker stays
 * under the limits browsers put on one (typically 4 GiB). A national-scale run of the built-in
 * scenarios is estimated at about 1.6 GiB over 12 years with 8 of warm-up (their 2005-2013 entrants, the
 * most of any stay, count); over 30 years with 30 of warm-up it would need 2.8 GiB, so at most scale 0.7.
 */
export const MEMORY_CEILING_BYTES = 2 * 1024 * 1024 * 1024;

const MIB = 1024 * 1024;
const GIB = 1024 * MIB;

/** One person's record (160 bytes) and free-list slot (4), model/engine/people.ts. */
const BYTES_PER_PERSON_RECORD = 164;
/** Queued events per person alive: measured ≈ 12 Int32 (48 bytes) with block slack (eventQueue.ts). */
const BYTES_OF_EVENTS_PER_PERSON = 48;
/** One cohort membership record: the columns of model/observe/cohorts.ts (4+1+1+1+8+4+1+1+8 bytes). */
const BYTES_PER_COHORT_RECORD = 29;
/**
 * Growable buffers double: one may hold up to twice what it needs, and while it grows the old
 * copy is still held. Different buffers rarely grow at the same moment, so twice the need is the
 * estimate for each.
 */
const GROWTH_FACTOR = 2;
/** Weekly series, monthly activity, flows, journeys, the result and the engine's code: a few tens of MB at most. */
const FIXED_BYTES = 64 * MIB;
/** A cohort record is made at most once a person and a quarter (cohorts.ts). */
const MAX_JOINS_PER_PERSON_YEAR = 4;

export interface RunMemoryEstimate {
  /** People alive at the peak. */
  peopleAlive: number;
  /** Cohort membership records made over the reported years. */
  cohortRecords: number;
  bytes: number;
}

/**
 * The estimate under the most demanding parameters the run can be under (dated values:
 * datedValues.ts). The people alive at the peak entered over one stay (a career and a custodial
 * term), so dated entrants count at their highest mean over any stay's worth of simulated years.
 */
export function estimateRunMemory(scenario: Scenario): RunMemoryEstimate {
  const yearly = yearlyEntrants(scenario);
  const estimates = parameterSets(scenario).map((parameters) => estimateWith(scenario, parameters, yearly));
  return estimates.reduce((most, e) => (e.bytes > most.bytes ? e : most));
}

function estimateWith(scenario: Scenario, p: Scenario['parameters'], yearlyEntrants: readonly number[]): RunMemoryEstimate {
  const { simulation } = scenario;
  const simulatedYears = simulation.years + simulation.warmupYears;
  const stayYears = p.offending.careerYearsMean + meanCustodialTermYears(p);
  const entrantsPerYear = peakMeanOver(yearlyEntrants, Math.min(simulatedYears, stayYears)) * simulation.scale;
  // Nobody at liberty stays past the end of their career (mean careerYearsMean), but nobody leaves
  // from custody either: as if every entrant ended their career with a custodial term of the mean
  // length the bands give, people stay a career plus that term. On the built-ins desistance and
  // community sentences cut this a lot (measured peak: about a third of it). Never more than
  // everyone who entered during the run. people.ts stops a run that outgrows it all the same.
  const peopleAlive = entrantsPerYear * Math.min(simulatedYears, stayYears);
  // A cohort record is a sentence start or a release in the reported window: each follows a
  // proven episode, at most base rate × the highest step of the hazard a year, and a person's
  // first sentence comes once per career.
  const highestStep = Math.max(...p.offending.hazardByMonthsSinceStart.map((step) => step.multiplier));
  const joinsPerPersonYear = Math.min(
    MAX_JOINS_PER_PERSON_YEAR,
    p.offending.baseReoffencesPerYear * highestStep + 1 / Math.max(p.offending.careerYearsMean, 1),
  );
  const cohortRecords = peopleAlive * joinsPerPersonYear * simulation.years;
  const bytes =
    GROWTH_FACTOR * (peopleAlive * (BYTES_PER_PERSON_RECORD + BYTES_OF_EVENTS_PER_PERSON) + cohortRecords * BYTES_PER_COHORT_RECORD) + FIXED_BYTES;
  return { peopleAlive, cohortRecords, bytes };
}

/** National new entrants in each simulated year: the larger of its first and last day's (the base value where not dated). */
function yearlyEntrants(scenario: Scenario): number[] {
  const entry = scenario.timeline.values.find((v) => canonicalDatedPath(v.path) === ENTRANTS_PATH);
  const base = scenario.parameters.population.newEntrantsPerYear;
  const years = scenario.simulation.years + scenario.simulation.warmupYears;
  if (entry === undefined) return new Array<number>(years).fill(base);
  const series = datedSeriesOf(entry);
  const firstDay = addYears(parseIsoDate(scenario.simulation.start), -scenario.simulation.warmupYears);
  return Array.from({ length: years }, (_, y) => Math.max(valueOn(series, addYears(firstDay, y)) ?? base, valueOn(series, addYears(firstDay, y + 1) - 1) ?? base));
}

/** The highest mean of `stayYears` (rounded up) consecutive values. */
function peakMeanOver(yearly: readonly number[], stayYears: number): number {
  const window = Math.max(1, Math.min(yearly.length, Math.ceil(stayYears)));
  let peak = 0;
  for (let start = 0; start + window <= yearly.length; start += 1) {
    let sum = 0;
    for (let i = start; i < start + window; i += 1) sum += yearly[i];
    peak = Math.max(peak, sum / window);
  }
  return peak;
}

const ENTRANTS_PATH = 'parameters.population.newEntrantsPerYear';

/** The mean length of a custodial term in years, over the bands' shares (each band's midpoint). */
function meanCustodialTermYears(p: Scenario['parameters']): number {
  const bands = Object.values(p.court.custodyBands);
  const shares = bands.reduce((sum, band) => sum + band.share, 0);
  if (shares <= 0) return 0;
  const months = bands.reduce((sum, band) => sum + band.share * (band.minMonths + band.maxMonths) / 2, 0) / shares;
  return months / 12;
}

/** 1.5 GiB, 512 MiB: a size as people read it. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * GIB) return `${Number((bytes / (1024 * GIB)).toPrecision(3))} TiB`;
  if (bytes >= GIB) return `${Number((bytes / GIB).toPrecision(3))} GiB`;
  return `${Math.ceil(bytes / MIB)} MiB`;
}
