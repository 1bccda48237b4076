// Each CRC's profit from P10 to P90 across futures as a floating bar, most exposed at the top;
// a CRC that lost money in some future is drawn in vermilion and says so in its label.
import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { GAIN_COLOUR, LOSS_COLOUR } from '../../charts/palette';
import type { CrcSpreadRow } from '../../lib/moneyDistribution';
import { axisPoundsM, toMillions } from '../../lib/moneyFormat';
import { SingleLineTick } from './SingleLineTick';

const money = (v: number) => axisPoundsM(v);

export function CrcSpreadChart({ rows }: { rows: readonly CrcSpreadRow[] }) {
  const data = rows.map((r) => ({
    label: r.loss.losses > 0 ? `${r.name} (loss in ${r.loss.losses})` : r.name,
    range: [toMillions(r.spread.p10), toMillions(r.spread.p90)] as [number, number],
    p50: toMillions(r.spread.p50),
    losing: r.loss.losses > 0,
  }));
  return (
    <ResponsiveContainer width="100%" height={Math.max(200, 26 * data.length + 60)}>
      <BarChart data={data} layout="vertical" margin={{ top: 8, right: 24, bottom: 24, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" tickFormatter={money} label={{ value: 'profit per contract year, P10 to P90 (£m)', position: 'insideBottom', offset: -12 }} />
        <YAxis type="category" dataKey="label" width={330} tick={SingleLineTick} interval={0} />
        <Tooltip
          formatter={(value, _name, item) => {
            const row = (item as { payload?: (typeof data)[number] }).payload;
            const [low, high] = value as unknown as [number, number];
            return [`P10 ${money(low)}, P50 ${money(row?.p50 ?? NaN)}, P90 ${money(high)}`, 'profit per year'];
          }}
        />
        <ReferenceLine x={0} stroke="#0b0c0c" strokeWidth={2} />
        <Bar dataKey="range" name="P10 to P90" isAnimationActive={false} barSize={14}>
          {data.map((row) => (
            <Cell key={row.label} fill={row.losing ? LOSS_COLOUR : GAIN_COLOUR} />
          ))}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
