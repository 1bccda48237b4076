// Monthly views of a run that the money needs but the engine records weekly: each provider's
// caseload and the prison population, as the mean of the weeks that start in the month.
import type { RunResult } from '../model/runResult';

/** The parts of a run the finance module reads (a test can build one by hand). */
export type FinanceRun = Pick<RunResult, 'provenance' | 'weeks' | 'series' | 'providers' | 'providerCaseload' | 'areaCohorts' | 'activity'>;

/** Mean of a weekly series over the weeks starting in each month (0 for a month with none). */
export function monthlyMean(weeks: readonly string[], weekly: readonly number[], months: readonly string[]): number[] {
  const sums = new Array<number>(months.length).fill(0);
  const counts = new Array<number>(months.length).fill(0);
  let m = 0;
  for (let w = 0; w < weeks.length; w++) {
    const month = weeks[w].slice(0, 7);
    while (m < months.length && months[m].slice(0, 7) < month) m++;
    if (m === months.length) break;
    if (months[m].slice(0, 7) !== month) continue;
    sums[m] += weekly[w];
    counts[m] += 1;
  }
  return sums.map((sum, i) => (counts[i] > 0 ? sum / counts[i] : 0));
}

/** Index of the CRC provider for each CPA (providers list CRCs in CPA order). */
export function crcProviderIndex(run: FinanceRun, cpa: number): number {
  const first = run.providers.findIndex((p) => p.kind === 'crc');
  return first + cpa;
}

/** Row of `name` in a run's list of names; a run without it cannot be costed, so say which. */
export function indexOfName(names: readonly string[], name: string, what: string): number {
  const index = names.indexOf(name);
  if (index < 0) throw new Error(`The run records no ${what} named '${name}' (it has ${names.join(', ')}).`);
  return index;
}
