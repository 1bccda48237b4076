// One simulated future in detail (a single run's money report): the scope's monthly cash flow,
// its annual P&L and its service credits, as chart data with the finding in words. The scope is
// all CRCs together (the report's totals) or one CRC. All figures in £m, unrounded, for export.
import type { ChartData } from '../charts/chartData';
import type { MoneyReport } from '../engine';
import { ALL_CRCS } from './moneyKpis';
import { crcNameFromSlug, poundsM, toMillions } from './moneyFormat';

type CrcYear = MoneyReport['total']['years'][number];
type CashFlowMonth = MoneyReport['total']['cashFlow'][number];
export type PbrCohort = MoneyReport['crcs'][number]['pbr'][number];

export interface ScopeMoney {
  name: string;
  years: CrcYear[];
  cashFlow: CashFlowMonth[];
  pbr: PbrCohort[];
}

/** The report's figures for the scope; undefined for a CRC the report does not have. */
export function scopeMoney(report: MoneyReport, scope: string): ScopeMoney | undefined {
  if (scope === ALL_CRCS) {
    return { name: 'All CRCs', years: report.total.years, cashFlow: report.total.cashFlow, pbr: report.crcs.flatMap((c) => c.pbr) };
  }
  const crc = report.crcs.find((c) => c.slug === scope);
  return crc && { name: crc.name, years: crc.years, cashFlow: crc.cashFlow, pbr: crc.pbr };
}

/** CRC names by slug, from a report (the picker shows them once a detailed run has been made). */
export function crcNamesOf(report: MoneyReport): Record<string, string> {
  return Object.fromEntries(report.crcs.map((c) => [c.slug, c.name]));
}

export function scopeName(scope: string, names: Readonly<Record<string, string>>): string {
  return scope === ALL_CRCS ? 'All CRCs' : (names[scope] ?? crcNameFromSlug(scope));
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** '2015-02' → 'Feb 2015'. */
export function monthName(month: string): string {
  return `${MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}

// ---- cash flow ---------------------------------------------------------------------------------

/** Months with any money moving (a CRC's flow is zero-padded over the whole run). */
export function activeMonths(cashFlow: readonly CashFlowMonth[]): CashFlowMonth[] {
  const first = cashFlow.findIndex((m) => m.revenue !== 0 || m.cost !== 0);
  if (first === -1) return [];
  let last = cashFlow.length - 1;
  while (last > first && cashFlow[last].revenue === 0 && cashFlow[last].cost === 0) last--;
  return cashFlow.slice(first, last + 1);
}

export function cashFlowData(cashFlow: readonly CashFlowMonth[]): ChartData {
  return {
    columns: [
      { key: 'month', label: 'month' },
      { key: 'revenue', label: 'revenue (£m)' },
      { key: 'cost', label: 'cost (£m)' },
      { key: 'net', label: 'net cash flow (£m)' },
      { key: 'cumulative', label: 'cumulative net cash flow (£m)' },
    ],
    rows: cashFlow.map((m) => ({
      month: m.month,
      revenue: toMillions(m.revenue),
      cost: toMillions(m.cost),
      net: toMillions(m.net),
      cumulative: toMillions(m.cumulative),
    })),
  };
}

/** The finding: where cumulative cash ends, and how deep it goes before (the working capital needed). */
export function cashFlowTitle(name: string, cashFlow: readonly CashFlowMonth[]): string {
  if (cashFlow.length === 0) return `${name}: no money moved in this future (no contract in force)`;
  const end = cashFlow[cashFlow.length - 1];
  let lowest = cashFlow[0];
  for (const m of cashFlow) if (m.cumulative < lowest.cumulative) lowest = m;
  const ending = `${name} ends ${end.cumulative >= 0 ? `${poundsM(end.cumulative)} up` : `${poundsM(-end.cumulative)} down`} by ${monthName(end.month)}`;
  if (lowest.cumulative >= 0) return `${ending}; cumulative cash never goes below zero`;
  return `${ending}; cumulative cash is lowest in ${monthName(lowest.month)} at ${poundsM(lowest.cumulative)}, the working capital it needs`;
}

// ---- annual P&L and service credits ------------------------------------------------------------

export function pnlData(years: readonly CrcYear[]): ChartData {
  return {
    columns: [
      { key: 'year', label: 'year' },
      { key: 'revenue', label: 'revenue (£m)' },
      { key: 'cost', label: 'cost (£m)' },
      { key: 'profit', label: 'profit (£m)' },
      { key: 'pbr', label: 'payment by results (£m)' },
      { key: 'serviceCredits', label: 'service credits deducted (£m)' },
    ],
    rows: years.map((y) => ({
      year: String(y.year),
      revenue: toMillions(y.revenue),
      cost: toMillions(y.cost),
      profit: toMillions(y.profit),
      pbr: toMillions(y.pbr),
      serviceCredits: toMillions(y.serviceCredits),
    })),
  };
}

export function pnlTitle(name: string, years: readonly CrcYear[]): string {
  if (years.length === 0) return `${name}: no P&L in this future (no contract in force)`;
  let total = 0;
  let best = years[0];
  let worst = years[0];
  for (const y of years) {
    total += y.profit;
    if (y.profit > best.profit) best = y;
    if (y.profit < worst.profit) worst = y;
  }
  const lossYears = years.filter((y) => y.profit < 0).map((y) => y.year);
  const span = `${years[0].year}–${years[years.length - 1].year}`;
  const losses = lossYears.length === 0 ? 'no year ends in loss' : `loss in ${lossYears.join(', ')}`;
  return `${name} makes ${poundsM(total)} over ${span} in this future: best year ${best.year} (${poundsM(best.profit)}), worst ${worst.year} (${poundsM(worst.profit)}); ${losses}`;
}

export function serviceCreditData(years: readonly CrcYear[]): ChartData {
  return {
    columns: [
      { key: 'year', label: 'year' },
      { key: 'serviceCredits', label: 'service credits deducted (£m)' },
    ],
    rows: years.map((y) => ({ year: String(y.year), serviceCredits: toMillions(y.serviceCredits) })),
  };
}

export function serviceCreditTitle(name: string, years: readonly CrcYear[]): string {
  let total = 0;
  let most: CrcYear | undefined;
  for (const y of years) {
    total += y.serviceCredits;
    if (y.serviceCredits > 0 && (most === undefined || y.serviceCredits > most.serviceCredits)) most = y;
  }
  if (most === undefined) return `${name} loses nothing to service credits in this future`;
  return `Service credits cost ${name} ${poundsM(total)} in this future, most in ${most.year} (${poundsM(most.serviceCredits)})`;
}
