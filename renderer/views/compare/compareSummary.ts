// The Compare view's results from the complete prefix of replications: every KPI compared with
// experiments/report.ts comparisonsOf (the CLI's own numbers: each variant's summary, each
// alternative's paired difference from the baseline), and per charted series a band for each
// scenario and for each alternative's week-by-week paired difference. Pure and cheap enough for
// the UI thread (milliseconds for tens of replications of a few scenarios).
import { attributionOf, comparisonsOf, ENGINE_VERSION } from '../../engine';
import { differenceBand, seriesBand, weeksOf } from '../../lib/seriesBands';
import { CHARTED_SERIES } from '../../lib/seriesMeasures';
import type { CompareResults, CompareSeries } from '../../state/compareSlice';
import type { Outputs } from '../shared/launchJob';
import type { ComparisonIdentity } from './compareVariants';

export function summarizeComparison(outputs: Outputs, complete: number, identity: ComparisonIdentity): CompareResults {
  const { kpis, attributionGroups, ...rest } = identity;
  const series: Record<string, CompareSeries> = {};
  for (const name of CHARTED_SERIES) {
    series[name] = {
      variants: outputs.map((row) => seriesBand(row, complete, name)),
      differences: outputs.slice(1).map((row) => differenceBand(outputs[0], row, complete, name)),
    };
  }
  const comparisons = comparisonsOf(outputs, complete, kpis);
  return {
    ...rest,
    engineVersion: outputs[0]?.find((o) => o !== undefined)?.engineVersion ?? ENGINE_VERSION,
    replications: complete,
    comparisons,
    weeks: weeksOf(outputs),
    series,
    ...(attributionGroups ? { attribution: attributionOf(outputs, complete, comparisons.map((c) => c.kpi), attributionGroups) } : {}),
  };
}
