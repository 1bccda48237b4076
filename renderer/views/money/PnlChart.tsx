// One future's annual P&L: profit, payment by results and service credits per calendar year of
// payment as grouped bars (revenue and cost, an order of magnitude larger, are in the table).
import { Bar, Legend, ReferenceLine } from 'recharts';
import { colourOf } from '../../charts/palette';
import type { ChartData } from '../../charts/chartData';
import { MoneyBarChart } from './MoneyBarChart';

export function PnlChart({ data }: { data: ChartData }) {
  return (
    <MoneyBarChart data={data} height={280} xAxis={{ dataKey: 'year' }}>
      <Legend />
      <ReferenceLine y={0} stroke="#0b0c0c" />
      <Bar dataKey="profit" name="profit" fill={colourOf(0)} isAnimationActive={false} />
      <Bar dataKey="pbr" name="payment by results" fill={colourOf(2)} isAnimationActive={false} />
      <Bar dataKey="serviceCredits" name="service credits deducted" fill={colourOf(1)} isAnimationActive={false} />
    </MoneyBarChart>
  );
}
