// The Run view's results from the complete prefix of replications: every KPI's summary (the same
// experiments/ code as the CLI's `compare`, with one variant), a band per charted series and each
// published series' yearly values by replication. Pure;
// runs on the UI thread as results stream in (a few milliseconds for tens of replications).
import { comparisonsOf, ENGINE_VERSION } from '../../engine';
import type { ValueSummary } from '../../../experiments/types';
import { seriesBand, weeksOf, type SeriesBand } from '../../lib/seriesBands';
import { CHARTED_SERIES } from '../../lib/seriesMeasures';
import { yearlyReplications, type YearlyReplications } from '../../lib/publishedOverlay';
import type { RunResults } from '../../state/runSlice';
import type { Outputs } from '../shared/launchJob';

export interface RunIdentity {
  scenarioName: string;
  scenarioHash: string;
  seed: number;
  scale: number;
}

/** Per published series, each year's values of replications 0..complete-1 (the Published figures panel). */
function yearlyOf(row: Outputs[number], complete: number): Record<string, YearlyReplications> {
  const names = new Set<string>();
  for (let r = 0; r < complete; r++) for (const name of Object.keys(row[r]?.yearly ?? {})) names.add(name);
  const yearly: Record<string, YearlyReplications> = {};
  for (const name of [...names].sort()) yearly[name] = yearlyReplications(row.slice(0, complete).map((o) => o?.yearly?.[name] ?? []));
  return yearly;
}

export function summarizeRun(outputs: Outputs, complete: number, identity: RunIdentity): RunResults {
  const kpis: Record<string, ValueSummary> = {};
  for (const comparison of comparisonsOf(outputs, complete, undefined)) kpis[comparison.kpi] = comparison.variants[0];
  const series: Record<string, SeriesBand> = {};
  for (const name of CHARTED_SERIES) series[name] = seriesBand(outputs[0], complete, name);
  return {
    ...identity,
    engineVersion: outputs[0].find((o) => o !== undefined)?.engineVersion ?? ENGINE_VERSION,
    replications: complete,
    kpis,
    weeks: weeksOf(outputs),
    series,
    yearly: yearlyOf(outputs[0], complete),
  };
}
