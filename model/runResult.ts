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
  kind: string;
  detail: string;
}

export interface Journey {
  personSerial: number;
  events: JourneyEvent[];
}

export interface FlowMatrix {
  stages: string[];
  /** counts[from][to] over the reported window (national equivalent). */
  counts: number[][];
}

export interface RunResult {
  provenance: Provenance;
  /** First day of each reported week, YYYY-MM-DD. */
  weeks: string[];
  series: SeriesTable;
  /** Provider names for `providerCaseload` rows. */
  providers: { name: string; kind: 'trust' | 'crc' | 'nps'; region: string }[];
  /** Weekly caseload of each provider (rows follow `providers`). */
  providerCaseload: number[][];
  cohorts: QuarterlyCohort[];
  flows: FlowMatrix;
  journeys: Journey[];
  /** Counters for benchmarks and diagnostics: events processed, peak people held. */
  diagnostics: { events: number; peakPeople: number; personCapacity: number };
}
