// From the document and the run form to a replication plan, or to the reasons it cannot run: the
// scenario must pass the engine's run gate (every issue names its field) and the form's numbers must be
// in range. Each replication also measures the published series by year (the Published figures
// panel). The scale is applied to a copy of the scenario; the document is never touched.
import { publishedSeriesNames, runRefusal, scenarioHash, type ReplicationPlan, type Scenario } from '../../engine';
import { CHARTED_SERIES } from '../../lib/seriesMeasures';
import type { RunSetup } from '../../state/runSlice';
import { readRunNumbers } from './runInputs';

/** The scenario at another scale (a new object; the argument is left alone, it may be frozen). */
export function withScale(scenario: Scenario, scale: number): Scenario {
  if (scenario.simulation.scale === scale) return scenario;
  return { ...scenario, simulation: { ...scenario.simulation, scale } };
}

export interface PlannedRun {
  plan: ReplicationPlan;
  scenarioName: string;
  scenarioHash: string;
  scale: number;
  seed: number;
}

export function planRun(scenario: Scenario, setup: RunSetup): { run: PlannedRun } | { refusal: string } {
  const read = readRunNumbers(setup, { scale: scenario.simulation.scale, seed: scenario.simulation.seed });
  if ('errors' in read) return { refusal: read.errors.join('\n') };
  const { replications, scale, seed } = read.numbers;
  const scaled = withScale(scenario, scale);
  const refusal = runRefusal([{ label: `The scenario "${scenario.name}"`, scenario: scaled }]);
  if (refusal !== null) return { refusal };
  return {
    run: {
      plan: { variants: [{ id: scenario.name, label: scenario.name, scenario: scaled }], seed, replications, series: CHARTED_SERIES, yearly: publishedSeriesNames() },
      scenarioName: scenario.name,
      scenarioHash: scenarioHash(scaled),
      scale,
      seed,
    },
  };
}
