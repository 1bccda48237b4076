// Chart titles that state the finding in words, with its uncertainty and honestly: a difference
// is "lower" or "higher" only when its 95% interval excludes zero; otherwise the title says there
// is no clear difference and still prints the estimate. Pure functions of summaries, so the words
// are tested like any other output (test/renderer/findings.test.ts).
import type { DifferenceSummary, ValueSummary } from '../../experiments/types';
import { displayStep, formatEstimate, formatKpiDifference, formatKpiNumber, formatRange, kpiKind, plain, type Estimate, type KpiKind } from './kpiFormat';
import type { SeriesMeasure } from './seriesMeasures';
import type { SeriesBand } from './seriesBands';

/** A difference is clear when its 95% interval lies wholly on one side of zero. */
export function isClearDifference(d: Pick<DifferenceSummary, 'ci95'>): boolean {
  return d.ci95 !== null && (d.ci95[0] > 0 || d.ci95[1] < 0);
}

export function replicationsWord(n: number): string {
  return `${n} replication${n === 1 ? '' : 's'}`;
}

/** "Unified" from "unified": a title's sentence starts with a capital. */
export function sentenceCase(text: string): string {
  return text.length > 0 ? text[0].toUpperCase() + text.slice(1) : text;
}

/** The uncertainty clause: "95% CI 86,400–86,800, 10 replications", or why there is none. */
function intervalClause(interval: string | null, n: number): string {
  return interval ? `95% CI ${interval}, ${replicationsWord(n)}` : `${replicationsWord(n)}: no interval yet`;
}

/**
 * A level in words: a stock's value in the last reported week ("Prison population ends 2023 at
 * 86,600 (95% CI 86,400–86,800, 10 replications)"), a flow's rate over the last reported year
 * from its summary KPI ("Recalls to custody run at 30,400 a year in 2023 (…)").
 */
export function levelFinding(measure: SeriesMeasure, band: SeriesBand, year: string, kpi: ValueSummary | undefined): string {
  if (measure.kind === 'stock' || !kpi) {
    const last = band.mean.length - 1;
    if (last < 0 || band.n === 0) return `${measure.label}: no replication has finished yet`;
    const { value, interval } = formatEstimate(measure.kpi, { mean: band.mean[last], ci95: band.lastCi, n: band.n });
    return `${measure.label} ends ${year} at ${value} (${intervalClause(interval, band.n)})`;
  }
  const { value, interval } = formatEstimate(measure.kpi, kpi);
  return `${measure.label} run at ${value} a year in ${year} (${intervalClause(interval, kpi.n)})`;
}

/** Several scenarios' levels side by side: "Prison population at the end of 2023: TR 86,600 (95% CI …); Unified 84,300 (…)". */
export function levelsFinding(measure: SeriesMeasure, labels: readonly string[], bands: readonly SeriesBand[], year: string): string {
  const parts = bands.map((band, i) => {
    const last = band.mean.length - 1;
    if (last < 0 || band.n === 0) return `${labels[i]} not yet run`;
    const { value, interval } = formatEstimate(measure.kpi, { mean: band.mean[last], ci95: band.lastCi, n: band.n });
    return interval ? `${labels[i]} ${value} (95% CI ${interval})` : `${labels[i]} ${value}`;
  });
  const when = measure.kind === 'stock' ? `at the end of ${year}` : `in the last week of ${year}`;
  return `${measure.label} ${when}: ${parts.join('; ')}`;
}

function magnitude(kind: KpiKind, value: number, step: number, reference: number): string {
  if (kind === 'share') return plain(Math.abs(value) * 100, step * 100);
  return formatKpiNumber(kind, Math.abs(value), step, reference);
}

export interface DifferenceWords {
  alternative: string;
  baseline: string;
  /** "the prison population", "recalls". */
  phrase: string;
  kpi: string;
  difference: Estimate;
  /** The baseline's mean: money's unit and the rounding follow it. */
  baselineMean: number;
  /** " a year" for flows' per-year KPIs. */
  rate?: string;
  /** "in 2023". */
  period?: string;
}

/**
 * "Unified lowers the prison population by 3,300 (95% CI 2,900–3,700) against TR in 2023", or
 * "No clear difference in … between Unified and TR in 2023 (+200, 95% CI −300 to 700)".
 */
export function differenceFinding(w: DifferenceWords): string {
  const kind = kpiKind(w.kpi);
  const d = w.difference;
  const hw = d.ci95 ? (d.ci95[1] - d.ci95[0]) / 2 : undefined;
  const step = displayStep(kind, Math.max(Math.abs(d.mean), Math.abs(w.baselineMean) / 1000), hw);
  const rate = w.rate ?? '';
  const period = w.period ? ` ${w.period}` : '';
  const pointsWord = kind === 'share' ? ' percentage points' : '';
  if (!Number.isFinite(d.mean) || d.n === 0) return `${sentenceCase(w.alternative)} against ${w.baseline}: no replication has finished yet`;
  if (d.ci95 === null || !isClearDifference(d)) {
    if (d.ci95 === null && d.mean !== 0) {
      const verb = d.mean < 0 ? 'lowers' : 'raises';
      return `${sentenceCase(w.alternative)} ${verb} ${w.phrase} by ${magnitude(kind, d.mean, step, w.baselineMean)}${pointsWord}${rate} against ${w.baseline}${period} (${replicationsWord(d.n)}: no interval yet)`;
    }
    const estimate = formatKpiDifference(kind, d.mean, step, w.baselineMean);
    const interval = d.ci95
      ? `, 95% CI ${formatRange(formatKpiDifference(kind, d.ci95[0], step, w.baselineMean), formatKpiDifference(kind, d.ci95[1], step, w.baselineMean))}`
      : '';
    return `No clear difference in ${w.phrase} between ${w.alternative} and ${w.baseline}${period} (${estimate}${rate}${interval}, ${replicationsWord(d.n)})`;
  }
  const verb = d.mean < 0 ? 'lowers' : 'raises';
  const [near, far] = d.mean < 0 ? [-d.ci95[1], -d.ci95[0]] : [d.ci95[0], d.ci95[1]];
  const interval = formatRange(magnitude(kind, near, step, w.baselineMean), magnitude(kind, far, step, w.baselineMean));
  return `${sentenceCase(w.alternative)} ${verb} ${w.phrase} by ${magnitude(kind, d.mean, step, w.baselineMean)}${pointsWord}${rate} (95% CI ${interval}) against ${w.baseline}${period}`;
}
