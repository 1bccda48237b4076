// The experiment layer's shared vocabulary: what one replication hands back, and how a set of
// replications is summarised. Plain data only (it crosses worker boundaries and goes to disk).
// Invariant: every aggregate is computed from outputs held in replication order, never in the
// order workers finished, so results do not depend on the number of workers.

/** The outputs of one replication of one scenario: its KPIs by dotted name, and its provenance. */
export interface ReplicationOutput {
  engineVersion: string;
  scenarioHash: string;
  seed: number;
  replication: number;
  /** Every numeric leaf of the engine's summary and of `money`, by dotted path (NaN: undefined). */
  kpis: Record<string, number>;
  /** Weekly series (optional: experiments that chart series ask for them), and their weeks. */
  series?: Record<string, number[]>;
  weeks?: string[];
  /** Yearly measures of published series, by series file name (optional: views that set a run beside the published figures ask for them; experiments/yearly.ts). */
  yearly?: Record<string, { year: number; value: number }[]>;
  /** Values drawn for the scenario's uncertain inputs in this replication, by path. */
  drawn?: Record<string, number>;
}

/** A KPI (or one week of a series) summarised across replications. */
export interface ValueSummary {
  /** Replications in which the value is defined (finite). */
  n: number;
  mean: number;
  /** Sample standard deviation (NaN with fewer than two values). */
  sd: number;
  /** 95% confidence interval of the mean (Student's t); null with fewer than two values. */
  ci95: [number, number] | null;
  p5: number;
  p25: number;
  p50: number;
  p75: number;
  p95: number;
}

/** A paired difference (alternative − baseline), replication by replication on common random numbers. */
export interface DifferenceSummary {
  n: number;
  mean: number;
  sd: number;
  ci95: [number, number] | null;
  /** mean difference / baseline mean (NaN when the baseline mean is 0). */
  relative: number;
  /**
   * 1 − var(paired difference) / (var(alternative) + var(baseline)): the share of the variance of
   * the difference that common random numbers remove against independent runs (NaN when undefined).
   */
  varianceReduction: number;
}
