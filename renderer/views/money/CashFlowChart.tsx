// One future's monthly cash flow: net cash each month as bars (vermilion when negative), revenue
// and cost as lines, and the running total on its own axis (dashed, so colour is not needed).
import { Bar, CartesianGrid, Cell, ComposedChart, Legend, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { GAIN_COLOUR, LOSS_COLOUR, colourOf, dashOf } from '../../charts/palette';
import { axisPoundsM } from '../../lib/moneyFormat';
import { displayRows, type ChartData } from '../../charts/chartData';

const money = (v: number) => axisPoundsM(Number(v));
const LEGEND_ORDER = ['net', 'revenue', 'cost', 'cumulative'];

export function CashFlowChart({ data }: { data: ChartData }) {
  const rows = displayRows(data.rows);
  return (
    <ResponsiveContainer width="100%" height={320}>
      <ComposedChart data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="month" minTickGap={24} />
        <YAxis yAxisId="month" width={72} tickFormatter={money} />
        <YAxis yAxisId="cumulative" orientation="right" width={80} tickFormatter={money} />
        <Tooltip formatter={(value) => money(Number(value))} />
        <Legend itemSorter={(item) => LEGEND_ORDER.indexOf(String(item.dataKey))} />
        <ReferenceLine yAxisId="cumulative" y={0} stroke="#0b0c0c" />
        <Bar yAxisId="month" dataKey="net" name="net cash flow" isAnimationActive={false}>
          {rows.map((row) => (
            <Cell key={String(row.month)} fill={Number(row.net) < 0 ? LOSS_COLOUR : GAIN_COLOUR} />
          ))}
        </Bar>
        <Line yAxisId="month" dataKey="revenue" name="revenue" stroke={colourOf(2)} strokeDasharray={dashOf(0)} dot={false} isAnimationActive={false} />
        <Line yAxisId="month" dataKey="cost" name="cost" stroke={colourOf(3)} strokeDasharray={dashOf(2)} dot={false} isAnimationActive={false} />
        <Line yAxisId="cumulative" dataKey="cumulative" name="cumulative net (right axis)" stroke="#0b0c0c" strokeWidth={2} strokeDasharray={dashOf(1)} dot={false} isAnimationActive={false} />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
