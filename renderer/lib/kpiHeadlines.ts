// The headline KPIs the issue names (caseload, prison population, recalls, reoffending binary and
// frequency, public cost), by their real dotted names (model/summary.ts, finance/moneySummary.ts),
// with what each measures in a reader's words. The Run view's cards and the report read this list.

export interface HeadlineKpi {
  kpi: string;
  label: string;
  /** What the number is: its window and unit, in words. */
  note: string;
}

export const HEADLINE_KPIS: readonly HeadlineKpi[] = [
  { kpi: 'caseload.total', label: 'Probation caseload', note: 'people, mean over the last reported year' },
  { kpi: 'prison.population', label: 'Prison population', note: 'people, mean over the last reported year' },
  { kpi: 'flows.recallsPerYear', label: 'Recalls to custody', note: 'per year, in the last reported year' },
  { kpi: 'reoffending.binary', label: 'Proven reoffending rate', note: 'share of the last four complete quarterly cohorts who reoffend' },
  { kpi: 'reoffending.frequency', label: 'Reoffences per reoffender', note: 'proven reoffences per reoffender, same cohorts' },
  { kpi: 'money.publicCostPerYear', label: 'Public cost', note: 'per calendar year of the reported window' },
];
