// An attribution as a table: one row per KPI, with a's value, the total b − a, each group of
// mechanism's effect and the interaction, each ± the half-width of its 95% interval; then which
// groups were moved, in words.
import type { KpiAttribution } from '../../experiments/attribution';
import type { VariantInfo } from '../../experiments/report';
import { printable } from '../../formats/textInput';
import { decimalsFor, formatValue, isShareKpi } from './table';
import { alignedColumns } from './columns';

function withInterval(kpi: string, mean: number, ci: [number, number] | null): string {
  if (!Number.isFinite(mean)) return '—';
  const half = ci ? (ci[1] - ci[0]) / 2 : NaN;
  // Differences of shares read as percentage points.
  if (isShareKpi(kpi)) return `${(mean * 100).toFixed(2)} pp${Number.isFinite(half) ? ` ± ${(half * 100).toFixed(2)}` : ''}`;
  const decimals = Math.max(decimalsFor(mean), Number.isFinite(half) ? decimalsFor(half) : 0);
  return `${formatValue(mean, false, decimals)}${Number.isFinite(half) ? ` ± ${formatValue(half, false, decimals)}` : ''}`;
}

export function attributionLines(attribution: readonly KpiAttribution[], variants: readonly VariantInfo[]): string[] {
  if (attribution.length === 0) return [];
  const [a, b] = variants.map((v) => printable(v.label));
  const groups = attribution[0].effects;
  const header = ['kpi', a, `${b} − ${a}`, ...groups.map((g) => g.short), 'interaction'];
  const rows = attribution.map((k) => [
    k.kpi,
    formatValue(k.a.mean, isShareKpi(k.kpi), decimalsFor(k.a.mean)),
    withInterval(k.kpi, k.total.mean, k.total.ci95),
    ...k.effects.map((e) => withInterval(k.kpi, e.effect.mean, e.effect.ci95)),
    withInterval(k.kpi, k.interaction.mean, k.interaction.ci95),
  ]);
  return [
    `why ${b} differs from ${a}: each group's effect is ${a} with that group taken from ${b}, minus ${a} (paired on common random numbers);`,
    'the interaction is what the groups do together beyond their sum; effects and interaction add up to the total.',
    '',
    ...alignedColumns(header, rows),
    '',
    ...groups.map((g) => `${g.short}: ${g.label}`),
  ];
}
