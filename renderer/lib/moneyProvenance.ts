// The provenance printed under every money chart and at the head of its CSV: engine version, the
// scenario (and, for a stress test or tornado, how many variants), seed, replications, scale.
import type { ChartProvenance } from '../charts/chartData';
import type { RunStamp } from '../state/moneySlice';

export function moneyProvenance(stamp: RunStamp, replications: number, extra: [string, string][] = []): ChartProvenance {
  return {
    engineVersion: stamp.engineVersion,
    scenarios: [{ name: stamp.scenarioName, hash: stamp.scenarioHash }],
    seed: stamp.seed,
    replications,
    scale: stamp.scale,
    extra: [['money', 'pounds at 2016 prices; charts in £m'], ...extra],
  };
}

/** Whether a result was made from the document as it stands (same scenario hash). */
export function isCurrent(stamp: RunStamp, documentHash: string): boolean {
  return stamp.documentHash === documentHash;
}
