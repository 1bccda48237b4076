// Service credits deducted per calendar year in one future.
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { LOSS_COLOUR } from '../../charts/palette';
import type { ChartData } from '../../charts/chartData';
import { axisDecimals, axisPoundsM } from '../../lib/moneyFormat';

const KEYS = ['serviceCredits'];

export function ServiceCreditChart({ data }: { data: ChartData }) {
  const decimals = axisDecimals(data.rows.flatMap((row) => KEYS.map((key) => Number(row[key] ?? 0))));
  const money = (v: number) => axisPoundsM(Number(v), decimals);
  return (
    <ResponsiveContainer width="100%" height={200}>
      <BarChart data={data.rows} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="year" />
        <YAxis width={72} tickFormatter={money} />
        <Tooltip formatter={(value) => money(Number(value))} />
        <Bar dataKey="serviceCredits" name="service credits deducted" fill={LOSS_COLOUR} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
