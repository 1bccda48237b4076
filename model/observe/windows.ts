// Reading a RunResult over a window of time: stock means and flow totals over weeks, and pooled
// reoffending over cohorts. Shared by the summary, calibration and the app.
import type { CohortGroupOutcome, QuarterlyCohort, RunResult } from '../runResult';

export interface WeekWindow {
  from: number;
  /** Exclusive. */
  to: number;
}

/** The last `weeks` reported weeks (or all of them if fewer). */
export function lastWeeks(result: RunResult, weeks = 52): WeekWindow {
  return { from: Math.max(0, result.weeks.length - weeks), to: result.weeks.length };
}

/** Weeks whose start date falls in [fromDate, toDate). Dates are YYYY-MM-DD, so text order is date order. */
export function weeksBetween(result: RunResult, fromDate: string, toDate: string): WeekWindow {
  let from = result.weeks.findIndex((w) => w >= fromDate);
  if (from < 0) from = result.weeks.length;
  let to = result.weeks.findIndex((w) => w >= toDate);
  if (to < 0) to = result.weeks.length;
  return { from, to };
}

export function meanOver(result: RunResult, name: string, span: WeekWindow): number {
  const values = seriesOf(result, name);
  if (span.to <= span.from) return NaN;
  let sum = 0;
  for (let w = span.from; w < span.to; w++) sum += values[w];
  return sum / (span.to - span.from);
}

/** A flow's total over the weeks of a span. */
export function totalOver(result: RunResult, name: string, span: WeekWindow): number {
  const values = seriesOf(result, name);
  let sum = 0;
  for (let w = span.from; w < span.to; w++) sum += values[w];
  return sum;
}

/** A flow's total over the span, expressed per year (52.18 weeks). */
export function perYearOver(result: RunResult, name: string, span: WeekWindow): number {
  if (span.to <= span.from) return NaN;
  return (totalOver(result, name, span) * (365.25 / 7)) / (span.to - span.from);
}

function seriesOf(result: RunResult, name: string): number[] {
  const values = result.series[name];
  if (values === undefined) throw new Error(`no series named '${name}'`);
  return values;
}

/** The last `count` complete quarterly cohorts. */
export function lastCompleteCohorts(result: RunResult, count = 4): QuarterlyCohort[] {
  return result.cohorts.filter((c) => c.complete).slice(-count);
}

export function cohortsBetween(result: RunResult, fromDate: string, toDate: string): QuarterlyCohort[] {
  return result.cohorts.filter((c) => c.quarterStart >= fromDate && c.quarterStart < toDate && c.complete);
}

export function pool(outcomes: CohortGroupOutcome[]): CohortGroupOutcome {
  const pooled = { people: 0, reoffenders: 0, reoffences: 0 };
  for (const o of outcomes) {
    pooled.people += o.people;
    pooled.reoffenders += o.reoffenders;
    pooled.reoffences += o.reoffences;
  }
  return pooled;
}

/** Binary rate: share of the cohort with a proven reoffence. */
export function binaryRate(o: CohortGroupOutcome): number {
  return o.people > 0 ? o.reoffenders / o.people : NaN;
}

/** Frequency: proven reoffences per reoffender. */
export function frequencyPerReoffender(o: CohortGroupOutcome): number {
  return o.reoffenders > 0 ? o.reoffences / o.reoffenders : NaN;
}
