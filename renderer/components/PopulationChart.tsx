// Probation caseload and prison population over time, in thousands of people.
import { memo, useMemo } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { longDate } from '../lib/format';
import { niceTicks, yearStartTicks, type PopulationRow } from '../lib/populationChart';

const thousandsLabel = (value: unknown) => (typeof value === 'number' ? `${value.toFixed(1)}k` : String(value));

export const PopulationChart = memo(function PopulationChart({ rows }: { rows: PopulationRow[] }) {
  const xTicks = useMemo(() => yearStartTicks(rows), [rows]);
  const yTicks = useMemo(() => niceTicks(Math.max(...rows.map((row) => Math.max(row.caseload, row.prison)))), [rows]);
  return (
    <ResponsiveContainer width="100%" height={380}>
      <LineChart data={rows} margin={{ top: 8, right: 24, bottom: 28, left: 16 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="#d8dde3" />
        <XAxis
          dataKey="week"
          ticks={xTicks}
          interval={0}
          tickFormatter={(week: string) => week.slice(0, 4)}
          label={{ value: 'Week', position: 'insideBottom', offset: -16 }}
        />
        <YAxis
          ticks={yTicks}
          domain={[0, yTicks[yTicks.length - 1]]}
          label={{ value: 'Thousands of people', angle: -90, position: 'insideLeft', offset: 0, dy: 60 }}
        />
        <Tooltip formatter={thousandsLabel} labelFormatter={(week) => `Week of ${longDate(String(week))}`} />
        <Legend verticalAlign="top" height={32} itemSorter={null} />
        <Line dataKey="caseload" name="Probation caseload" stroke="#1d70b8" strokeWidth={2} dot={false} isAnimationActive={false} />
        <Line dataKey="prison" name="Prison population" stroke="#d4351c" strokeWidth={2} dot={false} isAnimationActive={false} />
      </LineChart>
    </ResponsiveContainer>
  );
});
