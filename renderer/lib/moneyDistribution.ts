// The spread of CRC profit across simulated futures (replications): P10/P50/P90, a dot strip with
// one dot per future (stacked in bins, so it reads as a histogram while every future stays
// visible), the per-CRC ranges, and the finding in words. Values in pounds in, £m out for charts.
// Percentiles come from a sorted copy (simple-statistics' quantileSorted, as experiments/
// statistics.ts uses), so they depend only on the set of values, never on finishing order.
import { quantileSorted } from 'simple-statistics';
import type { ChartData } from '../charts/chartData';
import { crcNameFromSlug, poundsM, toMillions } from './moneyFormat';
import { lossEstimate, type LossEstimate } from './moneyLoss';
import { crcKpi, type MoneyColumns } from './moneyKpis';

export interface Spread {
  n: number;
  mean: number;
  p10: number;
  p50: number;
  p90: number;
  min: number;
  max: number;
}

export function spreadOf(values: readonly number[]): Spread {
  const defined = values.filter((v) => Number.isFinite(v));
  const n = defined.length;
  if (n === 0) return { n, mean: NaN, p10: NaN, p50: NaN, p90: NaN, min: NaN, max: NaN };
  let sum = 0;
  for (const v of defined) sum += v;
  const sorted = [...defined].sort((a, b) => a - b);
  return {
    n,
    mean: sum / n,
    p10: quantileSorted(sorted, 0.1),
    p50: quantileSorted(sorted, 0.5),
    p90: quantileSorted(sorted, 0.9),
    min: sorted[0],
    max: sorted[n - 1],
  };
}

/** A bin width that reads well (1, 2 or 5 × a power of ten, in pounds) for about `bins` bins. */
export function niceBinWidth(range: number, bins: number): number {
  if (!(range > 0) || bins < 1) return 1e5;
  const raw = range / bins;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].find((m) => m * power >= raw) ?? 10;
  return step * power;
}

export interface DotRow {
  replication: number;
  /** The future's own figure, £m (exact: the CSV and the tooltip). */
  profitM: number;
  /** Its bin's centre, £m, and its place in the bin's stack (1 = bottom): the dot's height. */
  binCentreM: number;
  stack: number;
  loss: boolean;
}

/** The dot plot's bin width in pounds: narrow (about 3√n bins, at least 10), so stacks stay close to their values. */
export function dotBinWidth(values: readonly number[]): number {
  const spread = spreadOf(values);
  return niceBinWidth(spread.max - spread.min, Math.max(10, Math.ceil(3 * Math.sqrt(spread.n))));
}

/** One row per future with a defined profit, stacked in nice bins; replications stay in order. */
export function dotRows(values: readonly number[]): DotRow[] {
  const defined = values.map((v, replication) => ({ v, replication })).filter(({ v }) => Number.isFinite(v));
  if (defined.length === 0) return [];
  const width = dotBinWidth(values);
  const heights = new Map<number, number>();
  return defined.map(({ v, replication }) => {
    const bin = Math.floor(v / width);
    const stack = (heights.get(bin) ?? 0) + 1;
    heights.set(bin, stack);
    return { replication, profitM: toMillions(v), binCentreM: toMillions((bin + 0.5) * width), stack, loss: v < 0 };
  });
}

export function dotStripData(rows: readonly DotRow[]): ChartData {
  return {
    columns: [
      { key: 'replication', label: 'replication' },
      { key: 'profitM', label: 'profit per contract year (£m)' },
      { key: 'outcome', label: 'outcome' },
    ],
    rows: rows.map((r) => ({ replication: r.replication, profitM: r.profitM, outcome: r.loss ? 'loss' : 'profit or break-even' })),
  };
}

/** The finding: where the middle future lands, how wide the spread is, and how often it lost. */
export function distributionTitle(scopeName: string, spread: Spread, loss: LossEstimate): string {
  if (spread.n === 0) return `${scopeName}: no CRC profit to show (no contract in force in this scenario)`;
  const of = `of ${loss.n} future${loss.n === 1 ? '' : 's'}`;
  const losses = loss.losses === 0 ? `none ${of} made a loss` : `${loss.losses} ${of} made a loss`;
  return `${scopeName}: profit per year ${poundsM(spread.p50)} in the middle future, ${poundsM(spread.p10)} to ${poundsM(spread.p90)} in four futures out of five; ${losses}`;
}

export interface CrcSpreadRow {
  slug: string;
  name: string;
  spread: Spread;
  loss: LossEstimate;
}

/** Each CRC's profit spread and losses, most exposed first (most losses, then the lowest P10). */
export function crcSpreadRows(columns: MoneyColumns, slugs: readonly string[], names: Readonly<Record<string, string>>): CrcSpreadRow[] {
  const rows = slugs.map((slug) => {
    const values = columns[crcKpi(slug, 'profitPerYear')] ?? [];
    return { slug, name: names[slug] ?? crcNameFromSlug(slug), spread: spreadOf(values), loss: lossEstimate(values) };
  });
  return rows
    .filter((r) => r.spread.n > 0)
    .sort((a, b) => b.loss.losses - a.loss.losses || a.spread.p10 - b.spread.p10 || (a.slug < b.slug ? -1 : 1));
}

export function crcSpreadData(rows: readonly CrcSpreadRow[]): ChartData {
  return {
    columns: [
      { key: 'crc', label: 'CRC' },
      { key: 'p10', label: 'P10 profit per year (£m)' },
      { key: 'p50', label: 'P50 profit per year (£m)' },
      { key: 'p90', label: 'P90 profit per year (£m)' },
      { key: 'losses', label: 'futures with a loss' },
      { key: 'futures', label: 'futures' },
      { key: 'lossUpper', label: 'loss rate, upper 95% bound' },
    ],
    rows: rows.map((r) => ({
      crc: r.name,
      p10: toMillions(r.spread.p10),
      p50: toMillions(r.spread.p50),
      p90: toMillions(r.spread.p90),
      losses: r.loss.losses,
      futures: r.loss.n,
      lossUpper: r.loss.upper,
    })),
  };
}

export function crcSpreadTitle(rows: readonly CrcSpreadRow[]): string {
  if (rows.length === 0) return 'No CRC has a profit to show';
  const losing = rows.filter((r) => r.loss.losses > 0);
  const worst = rows[0];
  if (losing.length === 0) return `No CRC made a loss in any future; the thinnest margin is ${worst.name} (P10 ${poundsM(worst.spread.p10)} a year)`;
  return `${losing.length} of ${rows.length} CRCs made a loss in at least one future; most exposed: ${worst.name} (${worst.loss.losses} of ${worst.loss.n} futures)`;
}
