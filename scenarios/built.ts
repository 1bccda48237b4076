// The built-in scenarios as objects, assembled from the shared parameters and the four timelines.
import { SCENARIO_FORMAT, SCENARIO_SCHEMA_VERSION, type Scenario } from '../model/scenario/schema';
import { baseParameters } from './parameters';
import { timelines } from './timelines';

export function builtScenarios(): Record<string, Scenario> {
  return Object.fromEntries(
    Object.entries(timelines).map(([name, { description, timeline }]) => [
      name,
      {
        format: SCENARIO_FORMAT,
        schemaVersion: SCENARIO_SCHEMA_VERSION,
        name,
        description,
        simulation: { start: '2012-01-01', years: 10, warmupYears: 8, scale: 0.1, seed: 20140601, journeySampleSize: 300 },
        timeline,
        parameters: structuredClone(baseParameters),
      } satisfies Scenario,
    ]),
  );
}
