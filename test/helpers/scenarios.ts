// Built-in scenarios, restored as users' files are, with test-sized runs: small scale, few years.
import { restoreScenario, type Scenario } from '../../model/index';
import { builtInScenarios } from '../../scenarios/index';

export function builtIn(name: string): Scenario {
  return restoreScenario(builtInScenarios[name]);
}

/** A built-in scenario cut down for quick tests: the reported window starts 2013, TR arrives in it. */
export function small(name: string, scale = 0.01, years = 4, warmupYears = 4): Scenario {
  const scenario = builtIn(name);
  return {
    ...scenario,
    simulation: { ...scenario.simulation, start: '2013-01-01', years, warmupYears, scale, journeySampleSize: 200 },
  };
}
