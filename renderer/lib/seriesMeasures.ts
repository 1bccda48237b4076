// The weekly series the Run and Compare views chart (names from model/seriesNames.ts), each with
// the words a title needs and the summary KPI that states its level over the last reported year,
// so a chart's title and the KPI table say the same number.

export interface SeriesMeasure {
  series: string;
  /** For a chart's title and legend: "Prison population". */
  label: string;
  /** Inside a sentence: "the prison population". */
  phrase: string;
  /** Stocks are end-of-week counts; flows are counts within the week. */
  kind: 'stock' | 'flow';
  /** The summary KPI for the same quantity over the last reported year (a flow's is per year). */
  kpi: string;
  /** Axis label. */
  unit: string;
}

export const SERIES_MEASURES: readonly SeriesMeasure[] = [
  { series: 'prison.population', label: 'Prison population', phrase: 'the prison population', kind: 'stock', kpi: 'prison.population', unit: 'people' },
  { series: 'caseload.total', label: 'Probation caseload', phrase: 'the probation caseload', kind: 'stock', kpi: 'caseload.total', unit: 'people' },
  { series: 'flow.recalls', label: 'Recalls to custody', phrase: 'recalls', kind: 'flow', kpi: 'flows.recallsPerYear', unit: 'recalls a week' },
  { series: 'flow.reoffences', label: 'Proven reoffences', phrase: 'proven reoffences', kind: 'flow', kpi: 'flows.reoffencesPerYear', unit: 'reoffences a week' },
];

export const CHARTED_SERIES: readonly string[] = SERIES_MEASURES.map((m) => m.series);

export function seriesMeasure(series: string): SeriesMeasure {
  const measure = SERIES_MEASURES.find((m) => m.series === series);
  if (!measure) throw new Error(`No chart is defined for the series ${series}`);
  return measure;
}
