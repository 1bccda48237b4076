// Service credits deducted per calendar year in one future.
import { Bar } from 'recharts';
import { LOSS_COLOUR } from '../../charts/palette';
import type { ChartData } from '../../charts/chartData';
import { MoneyBarChart } from './MoneyBarChart';

const KEYS = ['serviceCredits'];

export function ServiceCreditChart({ data }: { data: ChartData }) {
  return (
    <MoneyBarChart data={data} height={200} xAxis={{ dataKey: 'year' }} decimalsFrom={KEYS}>
      <Bar dataKey="serviceCredits" name="service credits deducted" fill={LOSS_COLOUR} isAnimationActive={false} />
    </MoneyBarChart>
  );
}
