// A yearly chart of a run beside a published series: the model's mean across replications as a
// line, its 95% interval of the mean as a band (absent for one replication), published values as
// filled markers and interpolated, extrapolated or assumed values as hollow ones, so an assumption
// is never drawn as a fact. Hovering a year shows the model's figure and the published one with
// its basis and source; every marker also carries its source as an SVG title. The legend is plain
// HTML under the chart (it names the marker styles in words). Drawn in its turn (drawQueue.ts).
import { memo, useMemo, useRef } from 'react';
import { Area, CartesianGrid, ComposedChart, Line, Tooltip, XAxis, YAxis } from 'recharts';
import type { ChartCell, ChartData } from '../../charts/chartData';
import { colourOf } from '../../charts/palette';
import { niceTicks, valueRange } from '../../lib/seriesBands';
import { useWidth } from './BandChart';
import { useQueuedValue } from './drawQueue';

const MODEL = colourOf(0);
const PUBLISHED = '#0b0c0c';

type Row = Record<string, ChartCell>;

interface Props {
  data: ChartData;
  unit: string;
  /** Replications behind the model's values (no band with one). */
  replications: number;
  height?: number;
}

/** A number as the axis and tooltip print it: shares as percentages, counts in full. */
export function formatValue(value: number, unit: string, compact = false): string {
  if (unit === 'share') return `${(value * 100).toFixed(1)}%`;
  return new Intl.NumberFormat('en-GB', compact ? { notation: 'compact', maximumFractionDigits: 1 } : { maximumFractionDigits: 0 }).format(value);
}

export const YearlyOverlayChart = memo(function YearlyOverlayChart({ data, unit, replications, height = 260 }: Props) {
  const shown = useQueuedValue(data);
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box);
  return (
    <>
      <div ref={box} className="band-chart" style={{ height }}>
        {shown && width > 0 ? <Drawing rows={shown.rows} unit={unit} width={width} height={height} /> : <div className="chart-placeholder">Drawing…</div>}
      </div>
      <OverlayLegend replications={replications} />
    </>
  );
});

function Drawing({ rows, unit, width, height }: { rows: readonly Row[]; unit: string; width: number; height: number }) {
  // The axis spans the means and the published values with a margin (half their span, at least
  // 5% of the largest), so a few percent do not look like a gulf; a band wider than that is
  // clipped (with two or three replications the t interval is far wider than the values) rather
  // than let it squash the points the chart is for.
  const ticks = useMemo(() => {
    const [min, max] = valueRange(rows, ['mean', 'published']);
    const pad = Math.max((max - min) / 2, Math.abs(max) * 0.05);
    return niceTicks(Math.max(0, min - pad), max + pad);
  }, [rows]);
  const years = rows.map((r) => Number(r.year));
  return (
    <ComposedChart width={width} height={height} data={[...rows]} margin={{ top: 10, right: 20, bottom: 8, left: 8 }}>
      <CartesianGrid strokeDasharray="3 3" stroke="#d8dde3" />
      <XAxis dataKey="year" type="number" domain={[Math.min(...years) - 0.5, Math.max(...years) + 0.5]} ticks={years.filter((y) => years.length <= 12 || y % 2 === 0)} interval={0} />
      <YAxis width={70} ticks={ticks} domain={[ticks[0], ticks[ticks.length - 1]]} allowDataOverflow tickFormatter={(v: number) => formatValue(v, unit, true)} />
      <Tooltip content={({ active, payload }) => <OverlayTooltip active={active} row={payload?.[0]?.payload as Row | undefined} unit={unit} />} />
      <Area dataKey={(row: Row) => [row.low, row.high]} stroke="none" fill={MODEL} fillOpacity={0.25} isAnimationActive={false} tooltipType="none" activeDot={false} />
      <Line dataKey="mean" name="Model mean" stroke={MODEL} strokeWidth={2} dot={{ r: 2, fill: MODEL }} isAnimationActive={false} />
      <Line dataKey="publishedPoint" stroke="none" isAnimationActive={false} dot={(p: DotProps) => marker(p, true)} activeDot={false} />
      <Line dataKey="otherPoint" stroke="none" isAnimationActive={false} dot={(p: DotProps) => marker(p, false)} activeDot={false} />
    </ComposedChart>
  );
}

interface DotProps {
  cx?: number;
  cy?: number;
  index?: number;
  payload?: Row;
}

/** A published value's marker: filled when published, hollow otherwise; its title names the basis and source. */
function marker({ cx, cy, index, payload }: DotProps, filled: boolean) {
  const key = `${filled ? 'p' : 'o'}-${index ?? 0}`;
  if (typeof cx !== 'number' || typeof cy !== 'number' || !Number.isFinite(cy) || !payload) return <g key={key} />;
  return (
    <circle
      key={key}
      cx={cx}
      cy={cy}
      r={4.5}
      fill={filled ? PUBLISHED : '#ffffff'}
      stroke={PUBLISHED}
      strokeWidth={1.5}
      className={filled ? 'overlay-published' : 'overlay-assumed'}
      data-year={String(payload.year)}
    >
      <title>{`${String(payload.year)}, ${String(payload.basis)}: ${String(payload.source)}`}</title>
    </circle>
  );
}

function OverlayTooltip({ active, row, unit }: { active: boolean; row: Row | undefined; unit: string }) {
  if (!active || !row) return null;
  const value = (v: ChartCell) => (typeof v === 'number' ? formatValue(v, unit) : 'none');
  const interval = typeof row.low === 'number' && typeof row.high === 'number' ? ` (95% CI ${value(row.low)}–${value(row.high)})` : '';
  return (
    <div className="overlay-tooltip" role="status">
      <strong>{String(row.year)}</strong>
      <div>Model: {typeof row.mean === 'number' ? `${value(row.mean)}${interval}` : 'not in the run'}</div>
      <div>
        Published: {value(row.published)} ({String(row.basis)})
      </div>
      <div className="overlay-source">Source: {String(row.source)}</div>
    </div>
  );
}

function OverlayLegend({ replications }: { replications: number }) {
  return (
    <ul className="overlay-legend" aria-label="Legend">
      <li>
        <svg width="22" height="10" aria-hidden="true">
          <line x1="0" y1="5" x2="22" y2="5" stroke={MODEL} strokeWidth="2" />
        </svg>
        Model mean{replications > 1 ? ` of ${replications} replications` : ' (one replication)'}
      </li>
      {replications > 1 && (
        <li>
          <svg width="22" height="10" aria-hidden="true">
            <rect width="22" height="10" fill={MODEL} fillOpacity="0.25" />
          </svg>
          95% CI of the mean
        </li>
      )}
      <li>
        <svg width="12" height="12" aria-hidden="true">
          <circle cx="6" cy="6" r="4.5" fill={PUBLISHED} stroke={PUBLISHED} />
        </svg>
        Published (filled)
      </li>
      <li>
        <svg width="12" height="12" aria-hidden="true">
          <circle cx="6" cy="6" r="4.5" fill="#fff" stroke={PUBLISHED} strokeWidth="1.5" />
        </svg>
        Interpolated, extrapolated or assumed (hollow; never judged)
      </li>
    </ul>
  );
}
