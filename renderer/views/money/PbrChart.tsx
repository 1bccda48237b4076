// Payment by results by cohort: the binary measure's annual cohorts and the frequency measure's
// quarterly ones, each its own colour and legend entry, deductions below zero.
import { Bar, Legend, ReferenceLine } from 'recharts';
import { colourOf } from '../../charts/palette';
import type { ChartData } from '../../charts/chartData';
import { MoneyBarChart } from './MoneyBarChart';

const KEYS = ['binaryM', 'frequencyM'];
/** Cohorts are named by their start date: the month is enough on the axis. */
const PERIOD_AXIS = { dataKey: 'period', minTickGap: 16, tickFormatter: (p: string) => p.slice(0, 7) };

export function PbrChart({ data }: { data: ChartData }) {
  return (
    <MoneyBarChart data={data} height={280} xAxis={PERIOD_AXIS} decimalsFrom={KEYS}>
      <Legend />
      <ReferenceLine y={0} stroke="#0b0c0c" />
      <Bar dataKey="frequencyM" name="frequency measure (quarterly cohort)" fill={colourOf(0)} isAnimationActive={false} />
      <Bar dataKey="binaryM" name="binary measure (annual cohort)" fill={colourOf(4)} isAnimationActive={false} />
    </MoneyBarChart>
  );
}
