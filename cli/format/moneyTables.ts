// The money part of the table output: one row per CRC (what a bidder reads: expected profit a year,
// its spread across replications, the probability of a loss and the break-even reoffending
// reduction) and the public cost by year. The same numbers are KPI rows in JSON and CSV
// (money.crc.byCrc.<cpa>.*, money.publicCost.byYear.<year>); the table shows them as tables
// instead of 200 lines of KPIs.
import type { KpiRow } from '../kpis';
import type { Estimate } from '../stats';
import { groupThousands } from './groupThousands';
import { alignedColumns } from './columns';

const BY_CRC = /^money\.crc\.byCrc\.([^.]+)\.(.+)$/;
const BY_YEAR = /^money\.publicCost\.byYear\.(\d{4})$/;

/** Rows the main KPI table leaves to the money tables. */
export function isMoneyTableRow(kpi: string): boolean {
  return BY_CRC.test(kpi) || BY_YEAR.test(kpi);
}

const millions = (value: number): string => (Number.isFinite(value) ? `${groupThousands(value / 1e6, 1)}` : '—');
const percent = (value: number): string => (Number.isFinite(value) ? `${groupThousands(value * 100, 0)}%` : '—');
const points = (value: number): string => (Number.isFinite(value) ? groupThousands(value, 2) : '—');

export function crcTable(rows: readonly KpiRow[]): string[] {
  const byCrc = new Map<string, Map<string, Estimate>>();
  for (const { kpi, estimate } of rows) {
    const match = BY_CRC.exec(kpi);
    if (!match) continue;
    if (!byCrc.has(match[1])) byCrc.set(match[1], new Map());
    byCrc.get(match[1])!.set(match[2], estimate);
  }
  const live = [...byCrc.entries()].filter(([, kpis]) => (kpis.get('profitPerYear')?.n ?? 0) > 0);
  if (live.length === 0) return [];
  const header = ['CRC (£m a contract year)', 'profit', 'P10', 'P50', 'P90', 'P(loss)', 'break-even pp', 'PbR', 'credits'];
  const table = live.map(([slug, kpis]) => {
    const profit = kpis.get('profitPerYear')!;
    return [
      slug,
      millions(profit.mean),
      millions(profit.p10),
      millions(profit.p50),
      millions(profit.p90),
      percent(kpis.get('probabilityOfLoss')?.mean ?? NaN),
      points(kpis.get('breakEvenReductionPoints')?.mean ?? NaN),
      millions(kpis.get('pbrPerYear')?.mean ?? NaN),
      millions(kpis.get('serviceCreditsPerYear')?.mean ?? NaN),
    ];
  });
  return [
    ...alignedColumns(header, table),
    'profit: mean and P10/P50/P90 across replications; P(loss): share of replications with a loss;',
    'break-even pp: the fall in binary reoffending (percentage points) that makes the contract NPV zero.',
    '',
  ];
}

export function publicCostTable(rows: readonly KpiRow[]): string[] {
  const years = rows.flatMap(({ kpi, estimate }) => {
    const match = BY_YEAR.exec(kpi);
    return match ? [[match[1], millions(estimate.mean), estimate.ci95 ? `${millions(estimate.ci95[0])} – ${millions(estimate.ci95[1])}` : '']] : [];
  });
  if (years.length === 0) return [];
  return [...alignedColumns(['public cost (£m)', 'total', '95% CI'], years), ''];
}
