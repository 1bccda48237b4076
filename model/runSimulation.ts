// runSimulation(scenario, options) → RunResult: the engine's single entry point.
// Pure and deterministic: the same scenario, seed and replication give the same bits everywhere.
import type { Scenario } from './scenario/schema';
import type { RunResult } from './runResult';
import { Simulation } from './engine/simulation';

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
  const simulation = new Simulation(scenario, {
    seed: options.seed ?? scenario.simulation.seed,
    replication: options.replication ?? 0,
    scale: options.scale ?? scenario.simulation.scale,
  });
  return simulation.run(options.onProgress, () => {
    if (options.shouldCancel?.()) throw new RunCancelledError();
  });
}
