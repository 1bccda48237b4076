// Running a plan: several scenario variants, each for replications 0..R-1 from one master seed.
// With common random numbers (the default) every variant's replication r uses the same seed and
// replication number, so the named streams give the variants the same noise and their difference
// is estimated far more tightly than that of independent runs; `independentSeeds` gives each
// variant its own seed instead (only to measure what common random numbers buy).
// Invariants: jobs are ordered replication by replication (r0 of every variant, then r1, …), so
// partial results fill in evenly; `outputs[v][r]` is variant v's replication r whatever finished
// first; a replication counts as complete when every variant has it, and partial aggregates use
// only the complete prefix 0..k-1, so they too are independent of the number of workers.
// Variants that share history (historyPlan.ts) share it within a replication: one worker takes a
// replication's jobs in turn where it can, and later variants resume from the first one's snapshot.
import type { Scenario } from '../model/index';
import type { ReplicationJob } from './replication';
import type { ReplicationOutput } from './types';
import { runPool, type PoolProgress, type WorkerFactory } from './pool';
import { cacheKeyFunction, type ResultCache } from './cache';
import { historyPlanner } from './historyPlan';

export interface ScenarioVariant {
  /** Stable id (a scenario name, `path@low`, a preset id, a sweep point number). */
  id: string;
  label: string;
  scenario: Scenario;
}

export interface ReplicationPlan {
  variants: readonly ScenarioVariant[];
  seed: number;
  replications: number;
  series?: readonly string[];
  /** Published series (by file name) each replication measures by year (experiments/yearly.ts). */
  yearly?: readonly string[];
  independentSeeds?: boolean;
  /** Let variants that share history resume from one another's snapshots (default true; false only to measure what it saves). */
  shareHistory?: boolean;
}

export interface RunnerOptions {
  workers: number;
  createWorker: WorkerFactory;
  cache?: ResultCache;
  signal?: AbortSignal;
  onProgress?: (progress: PoolProgress) => void;
  /** Called each time the complete prefix grows, with its length and the outputs so far. */
  onPartial?: (completeReplications: number, outputs: readonly (readonly (ReplicationOutput | undefined)[])[]) => void;
}

export interface PlanResult {
  /** outputs[variant][replication], undefined where not finished (after a cancel). */
  outputs: (ReplicationOutput | undefined)[][];
  /** Replications 0..k-1 that every variant finished. */
  completeReplications: number;
  cancelled: boolean;
}

/** A different seed per variant, for measuring the variance reduction of common random numbers. */
const INDEPENDENT_SEED_STRIDE = 7919;

export function seedOf(plan: ReplicationPlan, variant: number): number {
  return plan.independentSeeds ? (plan.seed + INDEPENDENT_SEED_STRIDE * variant) % 2 ** 31 : plan.seed;
}

export async function runPlan(plan: ReplicationPlan, options: RunnerOptions): Promise<PlanResult> {
  const variantCount = plan.variants.length;
  const jobs: ReplicationJob[] = [];
  // Independent seeds share nothing; on common random numbers variants may share history.
  const historyOf = plan.independentSeeds || plan.shareHistory === false ? undefined : historyPlanner(plan.variants.map((v) => v.scenario));
  for (let replication = 0; replication < plan.replications; replication++) {
    plan.variants.forEach((variant, v) => {
      const job: ReplicationJob = { scenario: variant.scenario, seed: seedOf(plan, v), replication, series: plan.series };
      if (plan.yearly && plan.yearly.length > 0) job.yearly = plan.yearly;
      const history = historyOf?.(v, job.seed, replication);
      if (history) job.history = history;
      jobs.push(job);
    });
  }
  const outputs: (ReplicationOutput | undefined)[][] = plan.variants.map(() => new Array<ReplicationOutput | undefined>(plan.replications).fill(undefined));
  let complete = 0;
  const pool = await runPool(jobs, {
    workers: options.workers,
    createWorker: options.createWorker,
    keyOf: cacheKeyFunction(),
    cache: options.cache,
    signal: options.signal,
    onProgress: options.onProgress,
    onOutput: (index, output) => {
      outputs[index % variantCount][Math.floor(index / variantCount)] = output;
      const before = complete;
      while (complete < plan.replications && outputs.every((row) => row[complete] !== undefined)) complete++;
      if (complete > before) options.onPartial?.(complete, outputs);
    },
  });
  return { outputs, completeReplications: complete, cancelled: pool.cancelled };
}

/** A KPI's values for one variant over the complete replications, in replication order (NaN where undefined). */
export function kpiValues(outputs: readonly (ReplicationOutput | undefined)[], kpi: string, count: number): number[] {
  const values: number[] = [];
  for (let r = 0; r < count; r++) values.push(outputs[r]?.kpis[kpi] ?? NaN);
  return values;
}
