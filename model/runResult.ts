// What one run of the engine returns: plain data (numbers, strings, arrays) so that it survives
// structured cloning between a worker and the UI, and JSON for the CLI.
// Invariants: every series has one value per reported week; stocks are end-of-week values and
// flows are counts within the week; all counts are national equivalents (raw counts / scale);
// nothing here depends on the order in which replications or workers finished.

export interface Provenance {
  engineVersion: string;
  scenarioName: string;
  scenarioHash: string;
  seed: number;
  replication: number;
  scale: number;
}

/** Weekly series, keyed by a stable dotted name (see model/seriesNames.ts for the list). */
export type SeriesTable = Record<string, number[]>;

export interface CohortGroupOutcome {
  /** People in the cohort group (national equivalent). */
  people: number;
  /** People with at least one proven reoffence (national equivalent). */
  reoffenders: number;
  /** Proven reoffences (national equivalent). */
  reoffences: number;
}

export interface QuarterlyCohort {
  /** First day of the quarter, YYYY-MM-DD. */
  quarterStart: string;
  /** True when the 12-month follow-up and the 6-month wait both ended inside the run. */
  complete: boolean;
  all: CohortGroupOutcome;
  byDisposal: Record<string, CohortGroupOutcome>;
  byProvider: Record<string, CohortGroupOutcome>;
  byRegion: Record<string, CohortGroupOutcome>;
  /** Share of the cohort whose first proven reoffence was proven by the end of month m (index m-1, m = 1..18). */
  provenByMonth: number[];
}

export interface JourneyEvent {
  day: number;
  date: string;
  /** What happened: offence, court, sentenced, allocated, released, breach, recalled, transferred, … */
  kind: string;
  /** In plain words, with the reason where the model knows it. */
  detail: string;
  /**
   * Where the person stands when the event is recorded: a person state (atLiberty,
   * communityOrder, suspendedOrder, custody, recall, licence, pss), or 'left' once they leave.
   */
  state: string;
  /** Who supervises them then: 'trust', 'crc', 'nps', or 'none'. */
  provider: 'trust' | 'crc' | 'nps' | 'none';
  /** The provider's name ('' for none). */
  providerName: string;
}

export interface Journey {
  /** The person's serial: the same entrant under every scenario run on the same seed and replication. */
  personSerial: number;
  /** Home trust area, offence group and RoSH tier on entry. */
  area: string;
  offenceGroup: string;
  rosh: 'low' | 'medium' | 'high' | 'veryHigh' | string;
  events: JourneyEvent[];
}

export interface FlowMatrix {
  stages: string[];
  /** counts[from][to] over the reported window (national equivalent). */
  counts: number[][];
  /** First day of each reported year, YYYY-MM-DD (a year runs to the day before the next). */
  years: string[];
  /** byYear[year][from][to]: the moves of each reported year (national equivalent). */
  byYear: number[][][];
}

/** One CRC's (or one area's) payment-by-results cohort outcome. */
export interface PbrOutcome {
  /** People in the cohort (national equivalent). */
  people: number;
  /** People with at least one proven reoffence (national equivalent). */
  reoffenders: number;
  /** Proven reoffences (national equivalent). */
  reoffences: number;
  /**
   * Sum over the cohort of each person's predicted probability of a proven reoffence within the
   * follow-up, from their propensity and needs at the start (the case-mix adjustment, as OGRS
   * predicts); national equivalent, so `predicted / people` is the cohort's predicted rate.
   */
  predicted: number;
  /** People actually simulated (raw count): the sample size for significance tests. */
  sampled: number;
}

/** Quarterly cohorts by contract package area, for payment by results. */
export interface AreaCohort {
  /** First day of the quarter, YYYY-MM-DD. */
  quarterStart: string;
  /** True when the 12-month follow-up and the 6-month wait both ended inside the run. */
  complete: boolean;
  /** Indexed like `cpas`: people managed by that area's CRC when they joined the cohort. */
  crcManaged: PbrOutcome[];
  /**
   * Indexed like `cpas`: people TR's allocation rule gives to the CRC (low or medium RoSH, not
   * MAPPA), whoever managed them: the same population under any operating model, for baselines.
   */
  trEligible: PbrOutcome[];
}

/**
 * Monthly counts of what providers did, for the money: new cases by volume category, intervention
 * starts, orders not delivered, and how long service took. National equivalents; months are the
 * calendar months of the reported period.
 */
export interface MonthlyActivity {
  /** First day of each month, YYYY-MM-DD. */
  months: string[];
  /** Contract package area names and slugs (the index of every per-CPA array). */
  cpas: string[];
  cpaSlugs: string[];
  /** Category names of `sentenceStarts` (communityOrder, suspendedOrder, custodyUnder12m, …). */
  volumeCategories: string[];
  /** Intervention names of `interventionStarts` (accreditedProgramme, …). */
  interventions: string[];
  /** Service-level names of `serviceDelays` (firstAppointment, licenceAppointment, sentencePlan). */
  serviceLevels: string[];
  /** Offence-group names of `reoffencesByGroup`. */
  offenceGroups: string[];
  /** [provider][category][month]: new sentences allocated to the provider. */
  sentenceStarts: number[][][];
  /** [provider][intervention][month]: referrals started. */
  interventionStarts: number[][][];
  /** [cpa][intervention][month]: starts for NPS-managed people, by the CPA of their home area (Fee for Use). */
  npsInterventionStartsByCpa: number[][][];
  /** [provider][month]: community and suspended sentence orders that ended, and those not delivered as the court ordered. */
  ordersEnded: number[][];
  ordersUndelivered: number[][];
  /**
   * [provider][level][month × serviceDelayBuckets + working days]: how many working days after
   * allocation (or release) the service came; the last bucket counts serviceDelayBuckets − 1 days
   * or more. One flat array per provider and level, not one per month: a run has 144 months.
   */
  serviceDelays: number[][][];
  serviceDelayBuckets: number;
  /** [offence group][month]: proven reoffences (offences by people already known to the model). */
  reoffencesByGroup: number[][];
}

export interface RunResult {
  provenance: Provenance;
  /**
   * The value each uncertain input of the scenario drew in this run, by its path written
   * canonically (`parameters.offending.baseReoffencesPerYear`), in the scenario's order; empty
   * when the scenario has none (model/scenario/uncertainty.ts).
   */
  drawn: Record<string, number>;
  /** First day of each reported week, YYYY-MM-DD. */
  weeks: string[];
  series: SeriesTable;
  /** Provider names for `providerCaseload` rows. */
  providers: { name: string; kind: 'trust' | 'crc' | 'nps'; region: string }[];
  /** Weekly caseload of each provider (rows follow `providers`). */
  providerCaseload: number[][];
  cohorts: QuarterlyCohort[];
  /** Payment-by-results cohorts by contract package area. */
  areaCohorts: AreaCohort[];
  activity: MonthlyActivity;
  flows: FlowMatrix;
  journeys: Journey[];
  /** Counters for benchmarks and diagnostics: events processed, peak people held. */
  diagnostics: { events: number; peakPeople: number; personCapacity: number };
}
