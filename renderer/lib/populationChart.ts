// The data behind the caseload and prison population chart, derived from a run's view without
// touching it: display rows (down-sampled, in thousands), the finding in words, and the CSV.
import { SERIES, type RunView } from '../engine';
import { longDate, thousands } from './format';

export interface PopulationRow {
  week: string;
  /** Thousands of people. */
  caseload: number;
  /** Thousands of people. */
  prison: number;
}

/** At most `maxPoints` evenly spaced indices of 0..length-1, always including the last one. */
export function sampleIndices(length: number, maxPoints: number): number[] {
  if (length <= maxPoints) return Array.from({ length }, (_, i) => i);
  const step = (length - 1) / (maxPoints - 1);
  return Array.from({ length: maxPoints }, (_, i) => Math.round(i * step));
}

/** Stocks are end-of-week values, so thinning keeps real points rather than averaging them. */
export function populationRows(view: RunView, maxPoints = 320): PopulationRow[] {
  const caseload = view.series[SERIES.caseload];
  const prison = view.series[SERIES.prisonPopulation];
  return sampleIndices(view.weeks.length, maxPoints).map((i) => ({
    week: view.weeks[i],
    caseload: caseload[i] / 1000,
    prison: prison[i] / 1000,
  }));
}

/** The first displayed week of each calendar year: x-axis ticks that mean what their label says. */
export function yearStartTicks(rows: PopulationRow[]): string[] {
  const startsYear = (row: PopulationRow, i: number) =>
    i === 0 ? row.week.slice(5) <= '01-07' : row.week.slice(0, 4) !== rows[i - 1].week.slice(0, 4);
  return rows.filter(startsYear).map((row) => row.week);
}

/** Round y-axis ticks from 0 to just above `max`: steps of 1, 2, 2.5 or 5 times a power of ten. */
export function niceTicks(max: number, targetCount = 6): number[] {
  if (!(max > 0)) return [0, 1];
  const rough = max / (targetCount - 1);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((candidate) => candidate >= rough) ?? 10 * power;
  const count = Math.ceil(max / step);
  return Array.from({ length: count + 1 }, (_, i) => i * step);
}

export function populationFinding(view: RunView): string {
  const last = view.weeks.length - 1;
  if (last < 0) return 'The run reported no weeks';
  const prison = view.series[SERIES.prisonPopulation][last];
  const caseload = view.series[SERIES.caseload][last];
  return `Prison population ends at ${thousands(prison)}; caseload at ${thousands(caseload)} (week of ${longDate(view.weeks[last])})`;
}

/** The full weekly data (not the thinned display rows), with its provenance as comment lines. */
export function populationCsv(view: RunView): string {
  const p = view.provenance;
  const lines = [
    `# probation-sim engine ${p.engineVersion}; scenario ${p.scenarioName} (${p.scenarioHash}); seed ${p.seed}; replication ${p.replication}; scale ${p.scale}; result ${view.resultHash}`,
    `week,${SERIES.caseload},${SERIES.prisonPopulation}`,
  ];
  const caseload = view.series[SERIES.caseload];
  const prison = view.series[SERIES.prisonPopulation];
  view.weeks.forEach((week, i) => lines.push(`${week},${caseload[i]},${prison[i]}`));
  return `${lines.join('\n')}\n`;
}
