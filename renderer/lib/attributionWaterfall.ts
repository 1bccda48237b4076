// An attribution (experiments/attribution.ts) as a waterfall for one KPI: from 0, each group of
// mechanism's effect, then the interaction, lands on the total b − a, drawn as a last bar from 0.
// Rows carry the bar's range and the effect's interval; the title says the finding in words.
// Pure: the chart and its CSV read the same rows.
import type { KpiAttribution } from '../../experiments/attribution';
import { displayStep, formatKpiDifference, formatRange, kpiKind } from './kpiFormat';

export interface WaterfallRow {
  label: string;
  /** The bar: from the running sum before this part to the one after it (the total: from 0). */
  range: [number, number];
  mean: number;
  low: number | null;
  high: number | null;
  part: 'effect' | 'interaction' | 'total';
}

export function waterfallRows(k: KpiAttribution, totalLabel: string): WaterfallRow[] {
  const rows: WaterfallRow[] = [];
  let running = 0;
  const step = (label: string, mean: number, ci: [number, number] | null, part: WaterfallRow['part']) => {
    rows.push({ label, range: [running, running + mean], mean, low: ci?.[0] ?? null, high: ci?.[1] ?? null, part });
    running += mean;
  };
  for (const e of k.effects) step(e.short, e.effect.mean, e.effect.ci95, 'effect');
  step('interaction', k.interaction.mean, k.interaction.ci95, 'interaction');
  rows.push({ label: totalLabel, range: [0, k.total.mean], mean: k.total.mean, low: k.total.ci95?.[0] ?? null, high: k.total.ci95?.[1] ?? null, part: 'total' });
  return rows;
}

/** "prison.population: Unified − TR is −2,000 (95% CI −2,300 to −1,700); the largest part is reports, −2,100." */
export function waterfallTitle(k: KpiAttribution, totalLabel: string): string {
  const kind = kpiKind(k.kpi);
  const half = k.total.ci95 ? (k.total.ci95[1] - k.total.ci95[0]) / 2 : undefined;
  const step = displayStep(kind, k.total.mean, half);
  const fmt = (v: number) => formatKpiDifference(kind, v, step, k.total.mean);
  const interval = k.total.ci95 ? ` (95% CI ${formatRange(fmt(k.total.ci95[0]), fmt(k.total.ci95[1]))})` : '';
  const largest = [...k.effects].sort((x, y) => Math.abs(y.effect.mean) - Math.abs(x.effect.mean))[0];
  const part = largest ? `; the largest part is ${largest.short}, ${fmt(largest.effect.mean)}` : '';
  return `${k.kpi}: ${totalLabel} is ${fmt(k.total.mean)}${interval}${part}`;
}
