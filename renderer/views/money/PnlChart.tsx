// One future's annual P&L: profit, payment by results and service credits per calendar year of
// payment as grouped bars (revenue and cost, an order of magnitude larger, are in the table).
import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { colourOf } from '../../charts/palette';
import { axisPoundsM } from '../../lib/moneyFormat';
import type { ChartData } from '../../charts/chartData';

const money = (v: number) => axisPoundsM(Number(v));

export function PnlChart({ data }: { data: ChartData }) {
  return (
    <ResponsiveContainer width="100%" height={280}>
      <BarChart data={data.rows} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="year" />
        <YAxis width={72} tickFormatter={money} />
        <Tooltip formatter={(value) => money(Number(value))} />
        <Legend />
        <ReferenceLine y={0} stroke="#0b0c0c" />
        <Bar dataKey="profit" name="profit" fill={colourOf(0)} isAnimationActive={false} />
        <Bar dataKey="pbr" name="payment by results" fill={colourOf(2)} isAnimationActive={false} />
        <Bar dataKey="serviceCredits" name="service credits deducted" fill={colourOf(1)} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
