// The money KPIs the Money view reads, by their stable names (docs/money.md, "KPIs"): all CRCs
// together under `money.crc.*`, each CRC under `money.crc.byCrc.<slug>.*`. Also the reduction of
// replication outputs to what the view keeps: money KPIs only, column by column (one array per
// KPI, in replication order), so that a slice holds plain numbers and statistics read them directly.
// Invariant: columns hold the complete prefix of replications only, in replication order.
import type { ReplicationOutput } from '../engine';

/** The CRC picker's value for "all CRCs together". */
export const ALL_CRCS = 'all';

/** Fields every CRC (and the total) has, with what a bidder calls them. */
const CRC_FIELDS = {
  profitPerYear: 'profit per contract year',
  npv: 'NPV of the net cash flow',
  revenuePerYear: 'revenue per contract year',
  costPerYear: 'cost per contract year',
  pbrPerYear: 'payment by results per contract year',
  serviceCreditsPerYear: 'service credits per contract year',
  breakEvenReductionPoints: 'break-even reoffending reduction (points)',
} as const;

export type CrcField = keyof typeof CRC_FIELDS;

/** The KPI name of a CRC field for the scope: `money.crc.profitPerYear` or `money.crc.byCrc.<slug>.profitPerYear`. */
export function crcKpi(scope: string, field: CrcField): string {
  return scope === ALL_CRCS ? `money.crc.${field}` : `money.crc.byCrc.${scope}.${field}`;
}

/** Whether a KPI is in pounds (everything here but the break-even reduction, which is in points). */
export function isPoundsKpi(kpi: string): boolean {
  return !kpi.endsWith('breakEvenReductionPoints');
}

export interface KpiOption {
  kpi: string;
  label: string;
}

/** The KPIs a tornado can rank, for the scope: the CRC fields, then (for all CRCs) the public cost. */
export function moneyKpiOptions(scope: string, scopeName: string): KpiOption[] {
  const fields = Object.entries(CRC_FIELDS) as [CrcField, string][];
  const options = fields.map(([field, label]) => ({ kpi: crcKpi(scope, field), label: `${scopeName}: ${label}` }));
  if (scope === ALL_CRCS) options.push({ kpi: 'money.publicCostPerYear', label: 'Public cost per year' });
  return options;
}

/** What a KPI is called in a sentence: "profit per contract year (all CRCs)", "NPV of the net cash flow (London)". */
export function kpiLabel(kpi: string, scopeName: (slug: string) => string): string {
  if (kpi === 'money.publicCostPerYear') return 'public cost per year';
  const match = /^money\.crc\.(?:byCrc\.([^.]+)\.)?([A-Za-z]+)$/.exec(kpi);
  const field = match?.[2] as CrcField | undefined;
  if (!match || field === undefined || !(field in CRC_FIELDS)) return kpi;
  const who = match[1] === undefined ? 'all CRCs' : scopeName(match[1]);
  return `${CRC_FIELDS[field]} (${who})`;
}

/** One variant's money KPIs: kpi → value per replication (NaN where undefined). */
export type MoneyColumns = Record<string, number[]>;

/** Kept: every money KPI but the public cost year by year (a dozen columns no money view draws). */
export function isKeptKpi(name: string): boolean {
  return name.startsWith('money.') && !name.startsWith('money.publicCost.byYear.');
}

/** Columns of the kept KPIs over replications 0..complete-1 of one variant. */
export function moneyColumnsOf(outputs: readonly (ReplicationOutput | undefined)[], complete: number): MoneyColumns {
  const columns: MoneyColumns = {};
  for (let r = 0; r < complete; r++) {
    const kpis = outputs[r]?.kpis ?? {};
    for (const name of Object.keys(kpis)) {
      if (!isKeptKpi(name)) continue;
      const column = columns[name] ?? (columns[name] = new Array<number>(r).fill(NaN));
      column.push(kpis[name]);
    }
    // A KPI a replication lacks is undefined there (keeps every column as long as the prefix).
    for (const column of Object.values(columns)) if (column.length < r + 1) column.push(NaN);
  }
  return columns;
}

/** The CRC slugs that have KPIs in these columns, in the order they appear. */
export function crcSlugsOf(columns: MoneyColumns): string[] {
  const slugs: string[] = [];
  for (const name of Object.keys(columns)) {
    const match = /^money\.crc\.byCrc\.([^.]+)\.profitPerYear$/.exec(name);
    if (match) slugs.push(match[1]);
  }
  return slugs;
}
