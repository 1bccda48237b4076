// A replication's yearly measures of published series (by series file name, e.g.
// `prison-population`), measured the way the back-cast measures them
// (model/calibration/backcastSeries.ts: a stock on a date, a flow over a calendar year, a cohort
// year's reoffending rate). Computed where the whole RunResult still exists (in the worker), so
// the app can set a run beside the published figures without shipping cohorts or every series.
// Invariants: years run from the first reported week's year to the last's, in order; a year the
// run does not cover (the measure gives NaN) is left out rather than sent as NaN; a name the model
// has no measure for is an error naming it.
import type { RunResult } from '../model/index';
import { backcastSeriesFor } from '../model/calibration/backcastSeries';

/** One series' measured years, in year order, finite values only. */
export type YearlyValues = { year: number; value: number }[];

export function yearlyMeasures(result: RunResult, names: readonly string[]): Record<string, YearlyValues> {
  const out: Record<string, YearlyValues> = {};
  if (result.weeks.length === 0) {
    for (const name of names) out[name] = [];
    return out;
  }
  const first = Number(result.weeks[0].slice(0, 4));
  const last = Number(result.weeks[result.weeks.length - 1].slice(0, 4));
  for (const name of names) {
    const definition = backcastSeriesFor(name);
    if (definition === null) throw new Error(`yearly measure '${name}': the model has no measure of this series; expected a name from model/calibration/backcastSeries.ts`);
    const values: YearlyValues = [];
    for (let year = first; year <= last; year++) {
      const value = definition.measure(result, year);
      if (Number.isFinite(value)) values.push({ year, value });
    }
    out[name] = values;
  }
  return out;
}
