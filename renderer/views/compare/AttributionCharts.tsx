// Explain's answer: for each KPI, a waterfall from 0 through each group of mechanism's effect and
// their interaction to the total difference, each bar with its 95% interval in the table and the
// CSV, and a title that names the largest part. The same numbers as `sim attribute`.
import { memo, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from '../../charts/ChartFrame';
import type { ChartData, ChartProvenance } from '../../charts/chartData';
import { GAIN_COLOUR, LOSS_COLOUR } from '../../charts/palette';
import type { KpiAttribution } from '../../engine';
import { waterfallRows, waterfallTitle, type WaterfallRow } from '../../lib/attributionWaterfall';
import { displayStep, formatKpiDifference, kpiKind } from '../../lib/kpiFormat';
import type { CompareResults } from '../../state/compareSlice';

const TOTAL_COLOUR = '#505a5f';

function chartDataOf(rows: readonly WaterfallRow[]): ChartData {
  return {
    columns: [
      { key: 'label', label: 'part' },
      { key: 'mean', label: 'mean' },
      { key: 'low', label: '95% CI low' },
      { key: 'high', label: '95% CI high' },
    ],
    rows: rows.map((r) => ({ label: r.label, mean: r.mean, low: r.low, high: r.high })),
  };
}

const Waterfall = memo(function Waterfall({ attribution, totalLabel, provenance }: { attribution: KpiAttribution; totalLabel: string; provenance: ChartProvenance }) {
  const rows = useMemo(() => waterfallRows(attribution, totalLabel), [attribution, totalLabel]);
  const title = waterfallTitle(attribution, totalLabel);
  const kind = kpiKind(attribution.kpi);
  const format = (value: number) => formatKpiDifference(kind, value, displayStep(kind, value), value);
  // Every bar, and 0, in view: Recharts' own domain for range bars can leave 0 out.
  const ends = rows.flatMap((r) => r.range).filter(Number.isFinite);
  const pad = (Math.max(0, ...ends) - Math.min(0, ...ends)) * 0.05 || 1;
  const domain: [number, number] = [Math.min(0, ...ends) - pad, Math.max(0, ...ends) + pad];
  return (
    <ChartFrame
      title={title}
      subtitle="Each bar is one group of mechanism's effect (the baseline with that group taken from the alternative, minus the baseline, paired on common random numbers), then what the groups do together beyond their sum; they end at the total difference, drawn from 0 in grey. Blue lowers the KPI, orange raises it. Intervals are in the data table and the CSV."
      data={chartDataOf(rows)}
      provenance={provenance}
      fileName={`explain-${attribution.kpi.replace(/\./g, '-')}`}
      testId={`explain-${attribution.kpi}`}
    >
      <ResponsiveContainer width="100%" height={60 + 34 * rows.length}>
        <BarChart data={rows as WaterfallRow[]} layout="vertical" margin={{ top: 8, right: 32, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" domain={domain} tickFormatter={(value: number) => format(value)} />
          <YAxis type="category" dataKey="label" width={150} interval={0} />
          <Tooltip formatter={(_value, _name, item) => [format((item.payload as WaterfallRow).mean), 'effect']} />
          <ReferenceLine x={0} stroke="#0b0c0c" />
          <Bar dataKey="range" isAnimationActive={false} barSize={18}>
            {rows.map((r) => (
              <Cell key={r.label} fill={r.part === 'total' ? TOTAL_COLOUR : r.mean < 0 ? GAIN_COLOUR : LOSS_COLOUR} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
});

export function AttributionCharts({ results }: { results: CompareResults }) {
  const attribution = results.attribution;
  const provenance = useMemo<ChartProvenance>(
    () => ({
      engineVersion: results.engineVersion,
      scenarios: results.variants.map((v) => ({ name: v.label, hash: v.scenarioHash })),
      seed: results.seed,
      replications: results.replications,
      scale: results.scale,
      extra: [
        ['explanation', results.title],
        ['method', 'effect of a group = baseline with the group from the alternative − baseline; interaction = total − sum of effects; paired by replication'],
      ],
    }),
    [results],
  );
  if (!attribution) return null;
  const totalLabel = `${results.variants[1].label} − ${results.variants[0].label}`;
  return (
    <section className="explain-charts" aria-label="Why the alternative differs">
      {attribution.map((k) => (
        <Waterfall key={k.kpi} attribution={k} totalLabel={totalLabel} provenance={provenance} />
      ))}
    </section>
  );
}
