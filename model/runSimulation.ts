// runSimulation(scenario, options) → RunResult: the engine's single entry point.
// Pure and deterministic: the same scenario, seed and replication give the same bits everywhere.
// A scenario's uncertain inputs are drawn first, for the run's seed and replication
// (model/scenario/uncertainty.ts); the engine runs the realized scenario, the result records the
// draws in `drawn`, and its provenance hashes the scenario as given (distributions and all), so
// (engine version, scenario hash, seed, replication) still identifies the run.
// A run can also hand out snapshots of itself on chosen days, or start from one taken by a run
// that shares its history (experiments do this under common random numbers): same bits either way.
import type { Scenario } from './scenario/schema';
import type { RunResult } from './runResult';
import { Simulation } from './engine/simulation';
import { realizeUncertainty } from './scenario/uncertainty';
import { hashOf } from './hash';
import { parseIsoDate } from './calendar/dates';
import { resumeSimulation, takeSnapshot, type EngineSnapshot } from './engine/snapshot';
import { runSizeIssues } from './scenario/runSizeRules';
import { ScenarioError } from './scenario/scenarioError';
import type { RunProgress } from './engine/setup';

export type { EngineSnapshot } from './engine/snapshot';
export type { RunProgress } from './engine/setup';

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
  /**
   * Days (ISO dates) on which to hand `onSnapshot` a snapshot of the run as it reaches them, for
   * runs that share its history to resume from (model/engine/snapshot.ts).
   */
  snapshotDates?: readonly string[];
  onSnapshot?: (snapshot: EngineSnapshot) => void;
  /** Start from a snapshot of a run that shares this one's history, instead of from the beginning. */
  resumeFrom?: EngineSnapshot;
  /** Take the snapshot over rather than copy it (for its last user: it cannot serve again). */
  consumeSnapshot?: boolean;
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
  refuseRunSize(realized.scenario, options.scale ?? scenario.simulation.scale);
  const setup = { seed, replication, scale: options.scale ?? scenario.simulation.scale, scenarioHash: hashOf(scenario), drawn: realized.drawn };
  const simulation = options.resumeFrom
    ? resumeSimulation(options.resumeFrom, scenario, realized.scenario, setup, options.consumeSnapshot)
    : new Simulation(realized.scenario, setup);
  const checkCancel = () => {
    if (options.shouldCancel?.()) throw new RunCancelledError();
  };
  const pauses = (options.snapshotDates ?? []).map(parseIsoDate).sort((a, b) => a - b);
  for (const day of pauses) {
    if (day < simulation.nextDay || day > simulation.lastDay) continue;
    simulation.advanceTo(day, options.onProgress, checkCancel);
    options.onSnapshot?.(takeSnapshot(simulation, scenario));
  }
  return simulation.run(options.onProgress, checkCancel);
}

/**
 * restoreScenario checks a scenario's run size, but a scale given here bypasses it, and the values a
 * replication draws for its uncertain inputs are known only now (together they can need more memory
 * than either end of each range alone): hold the run as it will be to the same limits (enough
 * people to mean anything, little enough memory), so no door into the engine skips them.
 */
function refuseRunSize(scenario: Scenario, scale: number): void {
  const issues = Number.isFinite(scale) && scale > 0 && scale <= 1
    ? runSizeIssues({ ...scenario, simulation: { ...scenario.simulation, scale } })
    : [{ path: 'simulation.scale', message: `expected a scale above 0 and at most 1, got ${scale}` }];
  if (issues.length > 0) throw new ScenarioError(issues);
}
