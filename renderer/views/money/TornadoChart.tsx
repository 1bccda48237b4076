// The tornado: one row per assumption or stress preset, largest swing at the top; a bar from the
// base to the KPI's value at the low setting and one to its value at the high setting (or with the
// preset applied), in the two palette colours named in the legend, and the base as a line.
import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { GAIN_COLOUR, LOSS_COLOUR } from '../../charts/palette';
import type { TornadoChartRow } from '../../lib/moneyTornado';
import { axisPoundsM, niceTicks } from '../../lib/moneyFormat';
import { SingleLineTick } from './SingleLineTick';

interface Props {
  rows: readonly TornadoChartRow[];
  base: number;
  pounds: boolean;
}

const LOW_SIDE_NAME = 'assumption at its low setting';
const HIGH_SIDE_NAME = 'assumption at its high setting, or the stress preset applied';

export function TornadoChart({ rows, base, pounds }: Props) {
  const fmt = (v: number) => (pounds ? axisPoundsM(Number(v)) : Number(v).toFixed(2));
  const ends = rows.flatMap((r) => [...(r.lowRange ?? []), ...(r.highRange ?? [])]).filter((v) => Number.isFinite(v));
  const ticks = niceTicks(Math.min(base, ...ends), Math.max(base, ...ends), 7);
  return (
    <ResponsiveContainer width="100%" height={Math.max(220, 40 * rows.length + 80)}>
      <BarChart data={rows as TornadoChartRow[]} layout="vertical" margin={{ top: 24, right: 32, bottom: 8, left: 8 }} barGap={2}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" domain={[ticks[0], ticks[ticks.length - 1]]} ticks={ticks} tickFormatter={fmt} />
        <YAxis type="category" dataKey="label" width={340} tick={SingleLineTick} interval={0} />
        <Tooltip
          formatter={(value, name) => {
            const [a, b] = value as unknown as [number, number];
            const end = Math.abs(a - base) > Math.abs(b - base) ? a : b;
            return [fmt(end), String(name)];
          }}
        />
        <Legend verticalAlign="bottom" itemSorter={(item) => (item.dataKey === 'lowRange' ? 0 : 1)} />
        <ReferenceLine x={base} stroke="#0b0c0c" strokeWidth={2} label={{ value: `base ${fmt(base)}`, position: 'top', fontSize: 12 }} />
        <Bar dataKey="lowRange" name={LOW_SIDE_NAME} fill={GAIN_COLOUR} isAnimationActive={false} barSize={12} />
        <Bar dataKey="highRange" name={HIGH_SIDE_NAME} fill={LOSS_COLOUR} isAnimationActive={false} barSize={12} />
      </BarChart>
    </ResponsiveContainer>
  );
}
