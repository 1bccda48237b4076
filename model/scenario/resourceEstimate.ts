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

/**
 * The most one run may need. The engine runs in one worker thread (CLI worker, Electron or
 * browser worker) and an experiment runs one worker per core: at 2 GiB a run, two workers still
 * fit an 8 GB machine beside the app and the operating system, and a browser tab's worker stays
 * under the limits browsers put on one (typically 4 GiB). A national-scale run of the built-in
 * scenarios is estimated at about 1.15 GiB over 12 years, 1.98 GiB over 30 years with 30 of warm-up.
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

export function estimateRunMemory(scenario: Scenario): RunMemoryEstimate {
  const { simulation, parameters: p } = scenario;
  const entrantsPerYear = p.population.newEntrantsPerYear * simulation.scale;
  const simulatedYears = simulation.years + simulation.warmupYears;
  // Nobody at liberty stays past the end of their career (mean careerYearsMean), but nobody leaves
  // from custody either: as if every entrant ended their career with a custodial term of the mean
  // length the bands give, people stay a career plus that term. On the built-ins desistance and
  // community sentences cut this a lot (measured peak: about a third of it). Never more than
  // everyone who entered during the run. people.ts stops a run that outgrows it all the same.
  const peopleAlive = entrantsPerYear * Math.min(simulatedYears, p.offending.careerYearsMean + meanCustodialTermYears(scenario));
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

/** The mean length of a custodial term in years, over the bands' shares (each band's midpoint). */
function meanCustodialTermYears(scenario: Scenario): number {
  const bands = Object.values(scenario.parameters.court.custodyBands);
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
