// The built-in scenarios used as baselines (for the diff and for the "was" beside a changed
// field), each validated once and then kept: they never change during a session.
import { builtInScenarioNames, loadBuiltIn, type Scenario } from '../../engine';

const baselines = new Map<string, Scenario>();

/** The built-in scenario of that name, or null if there is none (a baseline name from an old journal). */
export function baselineScenario(name: string): Scenario | null {
  if (!builtInScenarioNames.includes(name)) return null;
  let scenario = baselines.get(name);
  if (!scenario) {
    scenario = loadBuiltIn(name);
    baselines.set(name, scenario);
  }
  return scenario;
}
