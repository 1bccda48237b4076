// Runs the as-happened history over the back-cast window (2005-2023) once per seed. The built-in
// scenario keeps its own window (2012-2023); only this run moves `simulation.start` and
// `simulation.years`, with the scenario's own warm-up before 2005. Seeds: the scenario's own,
// then 1, 2, 3, … (the first three are those of test/model/calibration.test.ts).
import { restoreScenario, runSimulation, type RunResult, type Scenario } from '../../model/index';
import { builtInScenarios } from '../../scenarios/index';

export const BACKCAST_START = '2005-01-01';
export const BACKCAST_YEARS = 19;
export const FIRST_YEAR = 2005;
export const LAST_YEAR = 2023;

export function backcastScenario(): Scenario {
  const scenario = restoreScenario(builtInScenarios['as-happened']);
  return { ...scenario, simulation: { ...scenario.simulation, start: BACKCAST_START, years: BACKCAST_YEARS } };
}

export function backcastSeeds(scenario: Scenario, count: number): number[] {
  const seeds = [scenario.simulation.seed];
  for (let s = 1; seeds.length < count; s++) if (s !== scenario.simulation.seed) seeds.push(s);
  return seeds;
}

/** One run per seed, in seed order; `progress` hears before each run starts. */
export function runBackcast(scenario: Scenario, seeds: number[], scale: number, progress: (done: number, total: number, seed: number) => void = () => {}): RunResult[] {
  return seeds.map((seed, k) => {
    progress(k, seeds.length, seed);
    return runSimulation(scenario, { seed, scale });
  });
}
