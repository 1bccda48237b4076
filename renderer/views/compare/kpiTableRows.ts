// Which KPI rows the comparison table shows: those whose name matches every word of the filter,
// optionally only those where some alternative differs clearly from the baseline, and the first
// DEFAULT_KPI_ROWS of them unless the user asked for all (a few hundred rows × several scenarios
// is slow to draw for no gain on first sight). Order is the CLI's: the engine's summary first.
import type { KpiComparison } from '../../../experiments/compare';
import { isClearDifference } from '../../lib/findings';
import type { KpiTableView } from '../../state/compareSlice';

export const DEFAULT_KPI_ROWS = 40;

export interface KpiRowSelection {
  rows: KpiComparison[];
  /** Rows matching the filter (shown or not), and all rows. */
  matching: number;
  total: number;
}

function hasClearDifference(comparison: KpiComparison): boolean {
  return comparison.differences.some(isClearDifference);
}

export function selectKpiRows(comparisons: readonly KpiComparison[], view: KpiTableView): KpiRowSelection {
  const words = view.filter.toLowerCase().split(/\s+/).filter((w) => w !== '');
  const matching = comparisons.filter((c) => {
    const name = c.kpi.toLowerCase();
    return words.every((w) => name.includes(w)) && (!view.onlyClear || hasClearDifference(c));
  });
  return { rows: view.showAll ? matching : matching.slice(0, DEFAULT_KPI_ROWS), matching: matching.length, total: comparisons.length };
}
