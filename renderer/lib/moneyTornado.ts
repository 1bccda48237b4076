// The tornado's result from the stored KPI columns, and what the chart draws: for each assumption
// (or preset) a bar from the base to its low setting and one from the base to its high setting,
// on the KPI's own axis, sorted by swing (experiments/tornado.ts ranks them). The title names the
// biggest driver in words. Means are the plain means across the complete replications, as the
// CLI's tornado takes them (summarizeValues, undefined replications left out).
import type { ChartData } from '../charts/chartData';
import { summarizeValues, tornado, tornadoInputFromMeans } from '../engine';
import type { TornadoBar, TornadoResult, TornadoVariantSpec } from '../../experiments/tornado';
import { isPoundsKpi, type MoneyColumns } from './moneyKpis';
import { poundsM, signedPoundsM, toMillions } from './moneyFormat';

/** The ranked bars of `kpi`, from each variant's columns (in plan order, like `specs`). */
export function tornadoFromColumns(kpi: string, specs: readonly TornadoVariantSpec[], columns: readonly MoneyColumns[]): TornadoResult {
  const means: Record<string, number> = {};
  specs.forEach((spec, i) => {
    means[spec.id] = summarizeValues(columns[i]?.[kpi] ?? []).mean;
  });
  return tornado(tornadoInputFromMeans(kpi, specs, means));
}

/** A KPI's value as the axis shows it: £m for money, as it is for points. */
export function axisValue(kpi: string, value: number): number {
  return isPoundsKpi(kpi) ? toMillions(value) : value;
}

export function valueText(kpi: string, value: number): string {
  if (isPoundsKpi(kpi)) return poundsM(value);
  return Number.isFinite(value) ? `${value.toFixed(2)} points` : '—';
}

function changeText(kpi: string, delta: number): string {
  if (isPoundsKpi(kpi)) return signedPoundsM(delta);
  return `${delta >= 0 ? '+' : '\u2212'}${Math.abs(delta).toFixed(2)} points`;
}

export interface TornadoChartRow {
  label: string;
  /** [from, to] on the axis, base to the low setting's value (null: no low side). */
  lowRange: [number, number] | null;
  highRange: [number, number] | null;
  rank: number;
}

/** Bars in rank order (largest swing first, which a vertical layout draws at the top). */
export function tornadoChartRows(result: TornadoResult): TornadoChartRow[] {
  const base = axisValue(result.kpi, result.base);
  const range = (side: TornadoBar['low']): [number, number] | null => {
    if (side === undefined || !Number.isFinite(side.value)) return null;
    const v = axisValue(result.kpi, side.value);
    return [Math.min(base, v), Math.max(base, v)];
  };
  return result.bars.map((bar) => ({ label: bar.label, lowRange: range(bar.low), highRange: range(bar.high), rank: bar.rank }));
}

export function tornadoData(result: TornadoResult): ChartData {
  const unit = isPoundsKpi(result.kpi) ? ' (£m)' : ' (points)';
  const v = (x: number | undefined) => (x === undefined || !Number.isFinite(x) ? null : axisValue(result.kpi, x));
  return {
    columns: [
      { key: 'rank', label: 'rank' },
      { key: 'label', label: 'assumption or preset' },
      { key: 'lowSetting', label: 'low setting' },
      { key: 'low', label: `value at low setting${unit}` },
      { key: 'highSetting', label: 'high setting or preset' },
      { key: 'high', label: `value at high setting${unit}` },
      { key: 'base', label: `base value${unit}` },
      { key: 'swing', label: `swing${unit}` },
    ],
    rows: result.bars.map((bar) => ({
      rank: bar.rank,
      label: bar.label,
      lowSetting: bar.low?.setting ?? null,
      low: v(bar.low?.value),
      highSetting: bar.high?.setting ?? null,
      high: v(bar.high?.value),
      base: v(result.base),
      swing: v(bar.swing),
    })),
  };
}

/** "The biggest driver of <KPI> is <assumption>: £a at <low> to £b at <high> (base £c)", or for a preset "<preset> moves <KPI> most: …". */
export function tornadoTitle(result: TornadoResult, kpiName: string): string {
  const top = result.bars[0];
  if (!Number.isFinite(result.base) || top === undefined || !Number.isFinite(top.swing)) {
    return `No tornado for ${kpiName}: it is undefined in this scenario (no CRC contract in force)`;
  }
  const base = valueText(result.kpi, result.base);
  if (top.swing === 0) return `Nothing tested moves ${kpiName} from its base of ${base}`;
  if (top.oneSided) {
    const side = (top.high ?? top.low)!;
    return `${top.label} moves ${kpiName} most: ${changeText(result.kpi, side.value - result.base)} from a base of ${base}, to ${valueText(result.kpi, side.value)}`;
  }
  return (
    `The biggest driver of ${kpiName} is ${top.label}: ${valueText(result.kpi, top.low!.value)} at ${top.low!.setting} ` +
    `to ${valueText(result.kpi, top.high!.value)} at ${top.high!.setting} (base ${base})`
  );
}
