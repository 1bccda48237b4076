// The frame of one future's bar charts in £m (annual P&L, payment by results, service credits):
// the same size rules, grid, £m value axis and tooltip, so the three read alike. The chart names
// its own category axis and draws its bars (with any legend and zero line) as children.
import type { ComponentProps, ReactNode } from 'react';
import { BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ChartData } from '../../charts/chartData';
import { axisDecimals, axisPoundsM } from '../../lib/moneyFormat';

interface Props {
  data: ChartData;
  height: number;
  xAxis: ComponentProps<typeof XAxis>;
  /** Columns whose size sets the ticks' decimals (two when all are under £1m); else the default. */
  decimalsFrom?: readonly string[];
  children: ReactNode;
}

export function MoneyBarChart({ data, height, xAxis, decimalsFrom, children }: Props) {
  const decimals = decimalsFrom && axisDecimals(data.rows.flatMap((row) => decimalsFrom.map((key) => Number(row[key] ?? 0))));
  const money = (v: number) => axisPoundsM(Number(v), decimals);
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={data.rows} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis {...xAxis} />
        <YAxis width={72} tickFormatter={money} />
        <Tooltip formatter={(value) => money(Number(value))} />
        {children}
      </BarChart>
    </ResponsiveContainer>
  );
}
