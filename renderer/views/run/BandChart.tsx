// A weekly chart of one or more series with their uncertainty: per entry a light P5–P95 band (the
// spread of replications), a darker band (the 95% interval of the mean) and the mean as a line
// with its own colour and dash (palette.ts), so nothing relies on colour alone. It draws
// down-sampled rows (displayRows); the frame around it exports the full data. Memoised: progress
// updates elsewhere in the view do not redraw it. Drawing a Recharts chart is one long task (a
// hundred ms or more on a slow machine), so charts take turns through drawQueue.ts, one per task,
// letting clicks and keys through in between rather than freezing the page for all of them.
import { memo, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { Area, CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { displayRows, type ChartData } from '../../charts/chartData';
import { colourOf, dashOf } from '../../charts/palette';
import { longDate } from '../../lib/format';
import { niceTicks, valueRange, yearTicks } from '../../lib/seriesBands';
import { useQueuedValue } from './drawQueue';

export interface BandLine {
  /** The column-key prefix in the chart data (seriesBands.ts bandChartData). */
  key: string;
  label: string;
  /** Palette index: the same scenario keeps the same colour and dash in every chart. */
  index: number;
}

interface Props {
  data: ChartData;
  lines: readonly BandLine[];
  yLabel: string;
  /** Draw the P5–P95 spread of replications as well as the interval of the mean. */
  spread?: boolean;
  zeroLine?: boolean;
  height?: number;
  /** Label every n-th year on the x-axis (2 for a half-width chart). */
  yearStep?: number;
}


/** Points drawn per line: about one per two pixels of a half-width chart, enough for weekly detail. */
const DISPLAY_POINTS = 300;

const compact = new Intl.NumberFormat('en-GB', { notation: 'compact', maximumFractionDigits: 1 });
const exact = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

type Row = Record<string, string | number | null>;
const range = (low: string, high: string) => (row: Row) => [row[low], row[high]];

/**
 * Round y ticks over the means and the widest band that says something about the outcomes: the
 * P5–P95 spread when drawn, else the interval of the mean. (With two or three replications the
 * t interval is far wider than the outcomes themselves; it is clipped rather than let it squash
 * the lines.) A difference chart always shows zero; counts never go below zero.
 */
function yTicks(rows: readonly Row[], lines: readonly BandLine[], spread: boolean, zeroLine: boolean): number[] {
  const suffixes = spread ? ['mean', 'p5', 'p95'] : ['mean', 'ciLow', 'ciHigh'];
  let [min, max] = valueRange(rows, lines.flatMap((l) => suffixes.map((s) => `${l.key}_${s}`)));
  if (zeroLine) {
    min = Math.min(min, 0);
    max = Math.max(max, 0);
  } else {
    min = Math.max(min, 0);
  }
  return niceTicks(min, max);
}

/** The element's width, measured before paint and kept up to date (the chart is drawn at that width). */
export function useWidth(ref: RefObject<HTMLDivElement | null>): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    setWidth(Math.floor(element.getBoundingClientRect().width));
    const observer = new ResizeObserver(([entry]) => setWidth(Math.floor(entry.contentRect.width)));
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

export const BandChart = memo(function BandChart({ data, lines, yLabel, spread = true, zeroLine = false, height = 300, yearStep = 1 }: Props) {
  // What is drawn follows `data` when this chart's turn comes (the data table and CSV use `data` at once).
  const shown = useQueuedValue(data);
  // A measured width rather than ResponsiveContainer: that one draws in a later resize callback,
  // outside this chart's turn, where several charts would draw in one task again.
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box);
  return (
    <div ref={box} className="band-chart" style={{ height }}>
      {shown && width > 0 ? (
        <BandChartDrawing data={shown} lines={lines} yLabel={yLabel} spread={spread} zeroLine={zeroLine} height={height} width={width} yearStep={yearStep} />
      ) : (
        <div className="chart-placeholder">Drawing…</div>
      )}
    </div>
  );
});

function BandChartDrawing({ data, lines, yLabel, spread, zeroLine, height, width, yearStep }: Required<Props> & { width: number }) {
  const rows = useMemo(() => displayRows(data.rows, DISPLAY_POINTS), [data]);
  const ticks = useMemo(() => yearTicks(rows.map((r) => String(r.week)), yearStep), [rows, yearStep]);
  const yAxisTicks = useMemo(() => yTicks(rows, lines, spread, zeroLine), [rows, lines, spread, zeroLine]);
  return (
    <ComposedChart width={width} height={height} data={rows} margin={{ top: 6, right: 20, bottom: 8, left: 8 }}>
      <CartesianGrid strokeDasharray="3 3" stroke="#d8dde3" />
      <XAxis dataKey="week" ticks={ticks} interval={0} tickFormatter={(week: string) => week.slice(0, 4)} />
      <YAxis
        width={70}
        ticks={yAxisTicks}
        domain={[yAxisTicks[0], yAxisTicks[yAxisTicks.length - 1]]}
        allowDataOverflow
        tickFormatter={(v: number) => compact.format(v)}
        label={{ value: yLabel, angle: -90, position: 'insideLeft', dy: 50, style: { fill: '#505a5f', fontSize: 12 } }}
      />
      <Tooltip
        formatter={(value) => (typeof value === 'number' ? exact.format(value) : String(value))}
        labelFormatter={(week) => `Week of ${longDate(String(week))}`}
      />
      <Legend verticalAlign="top" height={28} />
      {zeroLine && <ReferenceLine y={0} stroke="#505a5f" strokeWidth={1.5} />}
      {lines.flatMap((line) => [
        spread && (
          <Area
            key={`${line.key}-spread`}
            dataKey={range(`${line.key}_p5`, `${line.key}_p95`)}
            stroke="none"
            fill={colourOf(line.index)}
            fillOpacity={0.1}
            isAnimationActive={false}
            legendType="none"
            tooltipType="none"
            activeDot={false}
          />
        ),
        <Area
          key={`${line.key}-ci`}
          dataKey={range(`${line.key}_ciLow`, `${line.key}_ciHigh`)}
          stroke="none"
          fill={colourOf(line.index)}
          fillOpacity={0.3}
          isAnimationActive={false}
          legendType="none"
          tooltipType="none"
          activeDot={false}
        />,
        <Line
          key={`${line.key}-mean`}
          dataKey={`${line.key}_mean`}
          name={line.label}
          stroke={colourOf(line.index)}
          strokeDasharray={dashOf(line.index)}
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
          legendType="plainline"
        />,
      ])}
    </ComposedChart>
  );
}
