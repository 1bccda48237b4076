// The distribution of profit across futures as a dot plot: one dot per replication, stacked in
// narrow bins at the bin's centre (so it reads as a histogram), losses as vermilion triangles and profits as blue circles (the
// shape says it as well as the colour), break-even and P10/P50/P90 as labelled lines.
import { CartesianGrid, Legend, ReferenceLine, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import { GAIN_COLOUR, LOSS_COLOUR } from '../../charts/palette';
import { displayRows } from '../../charts/chartData';
import type { DotRow, Spread } from '../../lib/moneyDistribution';
import { axisPoundsM, niceTicks, toMillions } from '../../lib/moneyFormat';

interface Props {
  rows: readonly DotRow[];
  spread: Spread;
}


export function ProfitDotStrip({ rows, spread }: Props) {
  const shown = displayRows(rows, 2000);
  const profits = shown.filter((r) => !r.loss);
  const losses = shown.filter((r) => r.loss);
  const tallest = Math.max(1, ...shown.map((r) => r.stack));
  const marks: [string, number][] = [
    ['P10', spread.p10],
    ['P50', spread.p50],
    ['P90', spread.p90],
  ];
  const xs = shown.map((r) => r.binCentreM);
  const lowest = Math.min(0, ...xs, toMillions(spread.min));
  const highest = Math.max(0, ...xs, toMillions(spread.max));
  const ticks = niceTicks(lowest, highest, 7);
  return (
    <ResponsiveContainer width="100%" height={300}>
      <ScatterChart margin={{ top: 24, right: 24, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis
          type="number"
          dataKey="binCentreM"
          name="profit per year"
          domain={[ticks[0], ticks[ticks.length - 1]]}
          ticks={ticks}
          tickFormatter={(v: number) => axisPoundsM(v)}
          label={{ value: 'profit per contract year (£m)', position: 'insideBottom', offset: -16 }}
        />
        <YAxis type="number" dataKey="stack" name="futures" allowDecimals={false} domain={[0, tallest + 1]} label={{ value: 'futures in the bin', angle: -90, position: 'insideLeft', style: { textAnchor: 'middle' } }} />
        <Tooltip
          formatter={(value, name, item) => {
            const row = (item as { payload?: DotRow }).payload;
            return name === 'profit per year' && row ? [axisPoundsM(row.profitM), `replication ${row.replication}`] : [String(value), String(name)];
          }}
        />
        <Legend verticalAlign="bottom" wrapperStyle={{ paddingTop: 16 }} itemSorter={(item) => (item.value === 'future with a profit' ? 0 : 1)} />
        <ReferenceLine x={0} stroke="#0b0c0c" strokeWidth={2} label={{ value: 'break-even', position: 'insideTopLeft', fontSize: 12 }} />
        {marks.map(([name, value]) =>
          Number.isFinite(value) ? (
            <ReferenceLine key={name} x={toMillions(value)} stroke="#505a5f" strokeDasharray="5 3" label={{ value: `${name} ${axisPoundsM(toMillions(value))}`, position: 'top', fontSize: 12 }} />
          ) : null,
        )}
        <Scatter name="future with a profit" data={profits} fill={GAIN_COLOUR} shape="circle" legendType="circle" isAnimationActive={false} />
        <Scatter name="future with a loss" data={losses} fill={LOSS_COLOUR} shape="triangle" legendType="triangle" isAnimationActive={false} />
      </ScatterChart>
    </ResponsiveContainer>
  );
}
