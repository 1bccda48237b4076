// Two sides' moves set against each other: the difference of every cell, the largest differences,
// and the findings the titles state in words ("Under unified in 2019, 7.4% more people are recalled
// from licence than under tr"). Pure, so the sentences are tested rather than eyeballed.
// Invariants: a pair of stages appears once, in the engine's stage order; a cell absent on one side
// counts as zero there; the headline difference is one drawn on both diagrams (not a hairline).
import type { ChartData } from '../charts/chartData';
import { ENTRY_STAGE, EXIT_STAGE, flowPhrase, stageLabel } from './flowStages';
import { periodPhrase, type FlowPeriod } from './flowPeriod';

export interface FlowSide {
  label: string;
  stages: readonly string[];
  matrix: readonly (readonly number[])[];
}

export interface FlowDifference {
  from: string;
  to: string;
  left: number;
  right: number;
  /** right − left. */
  difference: number;
  /** (right − left) / left; null when left is zero. */
  relative: number | null;
}

/** Stages of both sides, left's order first, then any the right adds. */
function unionStages(left: FlowSide, right: FlowSide): string[] {
  return [...left.stages, ...right.stages.filter((s) => !left.stages.includes(s))];
}

function cellOf(side: FlowSide, from: string, to: string): number {
  const f = side.stages.indexOf(from);
  const t = side.stages.indexOf(to);
  return f < 0 || t < 0 ? 0 : (side.matrix[f]?.[t] ?? 0);
}

/** Every pair of stages, zeros included: the full matrix, for the CSV. */
export function fullFlowMatrix(left: FlowSide, right: FlowSide): FlowDifference[] {
  const stages = unionStages(left, right);
  return stages.flatMap((from) =>
    stages.map((to) => {
      const l = cellOf(left, from, to);
      const r = cellOf(right, from, to);
      return { from, to, left: l, right: r, difference: r - l, relative: l === 0 ? null : (r - l) / l };
    }),
  );
}

/** The `n` pairs with the largest absolute difference (pairs empty on both sides never listed). */
export function largestDifferences(cells: readonly FlowDifference[], n: number): FlowDifference[] {
  return cells
    .map((cell, order) => ({ cell, order }))
    .filter(({ cell }) => cell.left > 0 || cell.right > 0)
    .sort((a, b) => Math.abs(b.cell.difference) - Math.abs(a.cell.difference) || a.order - b.order)
    .slice(0, n)
    .map(({ cell }) => cell);
}

export function countText(value: number): string {
  return Math.round(value).toLocaleString('en-GB');
}

/** "7.4%" under 10%, "12%" above: enough digits to read, no false precision. */
export function relativeText(fraction: number): string {
  const p = Math.abs(fraction) * 100;
  return `${p < 10 ? p.toFixed(1) : Math.round(p).toString()}%`;
}

/** The difference as a table cell reads it: "+2,050 (+7.4%)", "−300 (−1.1%)", "+40 (new)". */
export function differenceText(cell: FlowDifference): string {
  const sign = cell.difference > 0 ? '+' : cell.difference < 0 ? '−' : '';
  const count = `${sign}${countText(Math.abs(cell.difference))}`;
  if (cell.relative === null) return cell.right > 0 ? `${count} (new)` : count;
  return `${count} (${sign}${relativeText(cell.relative)})`;
}

/** The left diagram's title: its largest move between stages (entries and exits aside). */
export function sideFinding(side: FlowSide, period: FlowPeriod): string {
  let best: { from: string; to: string; count: number } | null = null;
  for (const from of side.stages) {
    if (from === ENTRY_STAGE) continue;
    for (const to of side.stages) {
      if (to === EXIT_STAGE) continue;
      const count = cellOf(side, from, to);
      if (count > 0 && (!best || count > best.count)) best = { from, to, count };
    }
  }
  const when = periodPhrase(period);
  if (!best) return `Under ${side.label} ${when}, nobody moved between stages`;
  return `Under ${side.label} ${when}, the largest flow: ${countText(best.count)} people ${flowPhrase(best.from, best.to)}`;
}

/**
 * The right diagram's title: the largest difference from the left among flows drawn on both
 * diagrams (at least `minCount` on each side), entries aside (the same people enter both sides).
 */
export function comparisonFinding(left: FlowSide, right: FlowSide, period: FlowPeriod, minCount: number): string {
  const when = periodPhrase(period);
  const candidates = fullFlowMatrix(left, right).filter(
    (c) => c.from !== ENTRY_STAGE && c.left >= minCount && c.right >= minCount && c.left > 0,
  );
  const [top] = largestDifferences(candidates, 1);
  if (!top || top.difference === 0) return `Under ${right.label} ${when}, people move between stages as under ${left.label}`;
  const direction = top.difference > 0 ? 'more' : 'fewer';
  return (
    `Under ${right.label} ${when}, ${relativeText(top.relative ?? 0)} ${direction} people ${flowPhrase(top.from, top.to)} ` +
    `than under ${left.label} (${countText(top.right)} against ${countText(top.left)})`
  );
}

/** The data behind both diagrams: the full matrix, one row per pair of stages, both sides. */
export function flowsChartData(left: FlowSide, right: FlowSide): ChartData {
  return {
    columns: [
      { key: 'from', label: 'from' },
      { key: 'to', label: 'to' },
      { key: 'left', label: left.label },
      { key: 'right', label: right.label },
      { key: 'difference', label: `${right.label} minus ${left.label}` },
    ],
    rows: fullFlowMatrix(left, right).map((c) => ({
      from: stageLabel(c.from),
      to: stageLabel(c.to),
      left: c.left,
      right: c.right,
      difference: c.difference,
    })),
  };
}
