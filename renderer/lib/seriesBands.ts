// Weekly series across replications as bands: for each week the mean, the 95% interval of the mean
// and the P5–P95 spread of the replications, kept as parallel arrays (compact, cheap to freeze in
// the store; what the charts and their CSV read). Differences between two scenarios are taken
// replication by replication (common random numbers pair them), then summarised the same way.
// Invariants: only the complete prefix of replications is used, in replication order
// (experiments/statistics.ts), so a band is the same whatever order workers finished in; an
// undefined value (fewer than two replications for an interval) is NaN, drawn as a gap.
import { summarizeSeries } from '../engine';
import type { ReplicationOutput, ValueSummary } from '../../experiments/types';
import type { ChartColumn, ChartData } from '../charts/chartData';

export interface SeriesBand {
  mean: readonly number[];
  ciLow: readonly number[];
  ciHigh: readonly number[];
  p5: readonly number[];
  p95: readonly number[];
  /** Replications behind the last week (all weeks have the same, unless a run stopped early). */
  n: number;
  /** The last week's 95% interval of the mean, or null with fewer than two replications. */
  lastCi: [number, number] | null;
}

export function bandOf(summaries: readonly ValueSummary[]): SeriesBand {
  const last = summaries[summaries.length - 1];
  return {
    mean: summaries.map((s) => s.mean),
    ciLow: summaries.map((s) => s.ci95?.[0] ?? NaN),
    ciHigh: summaries.map((s) => s.ci95?.[1] ?? NaN),
    p5: summaries.map((s) => s.p5),
    p95: summaries.map((s) => s.p95),
    n: last?.n ?? 0,
    lastCi: last?.ci95 ? [last.ci95[0], last.ci95[1]] : null,
  };
}

type Outputs = readonly (ReplicationOutput | undefined)[];

/** One variant's replications 0..complete-1 of a series, in replication order. */
function seriesValues(row: Outputs, complete: number, series: string): number[][] {
  const values: number[][] = [];
  for (let r = 0; r < complete; r++) values.push(row[r]?.series?.[series] ?? []);
  return values;
}

/** The band of one variant's series over its complete replications. */
export function seriesBand(row: Outputs, complete: number, series: string): SeriesBand {
  return bandOf(summarizeSeries(seriesValues(row, complete, series)));
}

/**
 * The band of alternative − baseline, week by week: each replication's difference first (the same
 * random numbers drove both), then the mean, its 95% interval and the spread of the differences.
 */
export function differenceBand(baseline: Outputs, alternative: Outputs, complete: number, series: string): SeriesBand {
  const base = seriesValues(baseline, complete, series);
  const alt = seriesValues(alternative, complete, series);
  const differences = alt.map((values, r) => values.map((v, w) => (w < base[r].length ? v - base[r][w] : NaN)));
  return bandOf(summarizeSeries(differences));
}

/** The weeks of the outputs (every replication reports the same weeks). */
export function weeksOf(outputs: readonly Outputs[]): string[] {
  for (const row of outputs) for (const o of row) if (o?.weeks) return [...o.weeks];
  return [];
}

export interface BandEntry {
  /** A column-key prefix without dots (Recharts reads dots as paths). */
  key: string;
  label: string;
  band: SeriesBand;
}

const finiteOrNull = (x: number | undefined) => (x !== undefined && Number.isFinite(x) ? x : null);

/** Full-resolution chart data: week, then each entry's mean, 95% CI and P5/P95 (for the CSV and table). */
export function bandChartData(weeks: readonly string[], entries: readonly BandEntry[]): ChartData {
  const columns: ChartColumn[] = [{ key: 'week', label: 'Week' }];
  for (const e of entries) {
    columns.push(
      { key: `${e.key}_mean`, label: `${e.label}: mean` },
      { key: `${e.key}_ciLow`, label: `${e.label}: 95% CI low` },
      { key: `${e.key}_ciHigh`, label: `${e.label}: 95% CI high` },
      { key: `${e.key}_p5`, label: `${e.label}: P5` },
      { key: `${e.key}_p95`, label: `${e.label}: P95` },
    );
  }
  const rows = weeks.map((week, w) => {
    const row: Record<string, string | number | null> = { week };
    for (const e of entries) {
      row[`${e.key}_mean`] = finiteOrNull(e.band.mean[w]);
      row[`${e.key}_ciLow`] = finiteOrNull(e.band.ciLow[w]);
      row[`${e.key}_ciHigh`] = finiteOrNull(e.band.ciHigh[w]);
      row[`${e.key}_p5`] = finiteOrNull(e.band.p5[w]);
      row[`${e.key}_p95`] = finiteOrNull(e.band.p95[w]);
    }
    return row;
  });
  return { columns, rows };
}

/**
 * The first week of each calendar year among the rows drawn (x-axis ticks that mean what they
 * say), every `yearStep`-th year only, so that a narrow chart's labels do not run together.
 */
export function yearTicks(weeks: readonly string[], yearStep = 1): string[] {
  const starts = weeks.filter((week, i) => (i === 0 ? week.slice(5) <= '01-07' : week.slice(0, 4) !== weeks[i - 1].slice(0, 4)));
  return starts.filter((week) => Number(week.slice(0, 4)) % yearStep === 0);
}

/** Round axis ticks spanning [min, max]: steps of 1, 2, 2.5 or 5 times a power of ten, about `target` of them. */
export function niceTicks(min: number, max: number, target = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0, 1];
  let low = Math.min(min, max);
  let high = Math.max(min, max);
  if (low === high) {
    const pad = Math.abs(low) * 0.05 || 1;
    low -= pad;
    high += pad;
  }
  const rough = (high - low) / target;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((candidate) => candidate >= rough) ?? 10 * power;
  const first = Math.floor(low / step);
  const last = Math.ceil(high / step);
  // toPrecision drops the float dust of i·step (0.30000000000000004).
  return Array.from({ length: last - first + 1 }, (_, i) => Number(((first + i) * step).toPrecision(12)));
}

/** The smallest and largest finite value of the given columns over the rows. */
export function valueRange(rows: readonly Record<string, unknown>[], keys: readonly string[]): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (const row of rows) {
    for (const key of keys) {
      const v = row[key];
      if (typeof v === 'number' && Number.isFinite(v)) {
        if (v < min) min = v;
        if (v > max) max = v;
      }
    }
  }
  return [min, max];
}

/** The calendar year of the last week, for titles ("ends 2023 at …"). */
export function lastYear(weeks: readonly string[]): string {
  return weeks.length > 0 ? weeks[weeks.length - 1].slice(0, 4) : '';
}
