// Payment by results by cohort: the binary measure's annual cohorts and the frequency measure's
// quarterly ones, each its own colour and legend entry, deductions below zero.
import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { colourOf } from '../../charts/palette';
import type { ChartData } from '../../charts/chartData';
import { axisDecimals, axisPoundsM } from '../../lib/moneyFormat';

const KEYS = ['binaryM', 'frequencyM'];

export function PbrChart({ data }: { data: ChartData }) {
  const decimals = axisDecimals(data.rows.flatMap((row) => KEYS.map((key) => Number(row[key] ?? 0))));
  const money = (v: number) => axisPoundsM(Number(v), decimals);
  return (
    <ResponsiveContainer width="100%" height={280}>
      <BarChart data={data.rows} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="period" minTickGap={16} tickFormatter={(p: string) => p.slice(0, 7)} />
        <YAxis width={72} tickFormatter={money} />
        <Tooltip formatter={(value) => money(Number(value))} />
        <Legend />
        <ReferenceLine y={0} stroke="#0b0c0c" />
        <Bar dataKey="frequencyM" name="frequency measure (quarterly cohort)" fill={colourOf(0)} isAnimationActive={false} />
        <Bar dataKey="binaryM" name="binary measure (annual cohort)" fill={colourOf(4)} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
