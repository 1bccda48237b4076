// runSimulation(scenario, options) → RunResult: the engine's single entry point.
// Pure and deterministic: the same scenario, seed and replication give the same bits everywhere.
// A scenario's uncertain inputs are drawn first, for the run's seed and replication
// (model/scenario/uncertainty.ts); the engine runs the realized scenario, the result records the
// draws in `drawn`, and its provenance hashes the scenario as given (distributions and all), so
// (engine version, scenario hash, seed, replication) still identifies the run.
import type { Scenario } from './scenario/schema';
import type { RunResult } from './runResult';
import { Simulation } from './engine/simulation';
import { realizeUncertainty } from './scenario/uncertainty';
import { hashOf } from './hash';

export interface RunProgress {
  /** 0..1 of simulated days done, warm-up included. */
  fraction: number;
  /** The simulated date reached, YYYY-MM-DD. */
  date: string;
}

export interface RunOptions {
  /** Master seed; defaults to scenario.simulation.seed. */
  seed?: number;
  /** Replication number: each replication draws from its own streams. Default 0. */
  replication?: number;
  /** Overrides scenario.simulation.scale (fraction of the national population simulated). */
  scale?: number;
  /** Called about every simulated month. */
  onProgress?: (progress: RunProgress) => void;
  /** Polled about every simulated month; returning true stops the run with RunCancelledError. */
  shouldCancel?: () => boolean;
}

export class RunCancelledError extends Error {
  constructor() {
    super('The run was cancelled.');
    this.name = 'RunCancelledError';
  }
}

export function runSimulation(scenario: Scenario, options: RunOptions = {}): RunResult {
  const seed = options.seed ?? scenario.simulation.seed;
  const replication = options.replication ?? 0;
  const realized = realizeUncertainty(scenario, seed, replication);
  const simulation = new Simulation(realized.scenario, {
    seed,
    replication,
    scale: options.scale ?? scenario.simulation.scale,
    scenarioHash: hashOf(scenario),
    drawn: realized.drawn,
  });
  return simulation.run(options.onProgress, () => {
    if (options.shouldCancel?.()) throw new RunCancelledError();
  });
}
