// The back-cast and the point targets as text: aligned tables for the terminal and Markdown for
// docs/calibration.md. Pure string building from the comparison.
import type { BackcastComparison } from '../../model/calibration/backcast';
import type { CalibrationOverSeeds } from '../../model/calibration/targets';
import type { SeedSummary } from '../../model/calibration/seedStats';

export function formatValue(value: number, unit: string): string {
  if (!Number.isFinite(value)) return '—';
  if (unit === 'share') return `${(value * 100).toFixed(1)}%`;
  if (unit === 'ratio') return value.toFixed(2);
  return Math.round(value).toLocaleString('en-GB');
}

const interval = (s: SeedSummary, unit: string) => (Number.isFinite(s.low) ? `${formatValue(s.low, unit)} to ${formatValue(s.high, unit)}` : '—');
const mapeText = (c: BackcastComparison) => (Number.isFinite(c.mape) ? `${c.mape.toFixed(1)}%` : '—');
const toleranceText = (c: BackcastComparison) => `good ≤ ${c.definition.tolerance.good}%, fair ≤ ${c.definition.tolerance.fair}%`;

export function seriesRows(c: BackcastComparison): string[][] {
  return c.years.map((y) => [
    String(y.year),
    y.basis === 'published' ? formatValue(y.published, c.series.unit) : `(${formatValue(y.published, c.series.unit)}, ${y.basis})`,
    formatValue(y.mean, c.series.unit),
    interval(y, c.series.unit),
    y.source,
  ]);
}

export const SERIES_HEADER = ['year', 'published', 'model mean', '95% interval of the mean', 'source'];

export function textTable(header: string[], rows: string[][], rightAligned: number[] = []): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (cells: string[]) => cells.map((cell, c) => (rightAligned.includes(c) ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function markdownTable(header: string[], rows: string[][]): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
}

export function seriesSummaryRows(comparisons: BackcastComparison[]): string[][] {
  return comparisons.map((c) => [
    c.series.name,
    c.comparedYears.length === 0 ? 'none' : yearsText(c.comparedYears),
    mapeText(c),
    toleranceText(c),
    c.verdict,
    c.definition.asserted ? 'asserted' : 'reported',
  ]);
}

export const SUMMARY_HEADER = ['series', 'years compared', 'MAPE', 'tolerance', 'verdict', 'in the test'];

/** 2005-2009, 2012, 2014-2016 */
export function yearsText(years: number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < years.length; ) {
    let j = i;
    while (j + 1 < years.length && years[j + 1] === years[j] + 1) j++;
    runs.push(i === j ? String(years[i]) : `${years[i]}-${years[j]}`);
    i = j + 1;
  }
  return runs.join(', ');
}

export function targetRows(rows: CalibrationOverSeeds[]): string[][] {
  return rows.map((r) => [
    r.pass ? 'pass' : 'FAIL',
    r.target.id,
    formatValue(r.mean, r.target.unit),
    interval(r, r.target.unit),
    `${formatValue(r.target.target, r.target.unit)} ± ${formatValue(r.target.tolerance, r.target.unit)}`,
  ]);
}

export const TARGET_HEADER = ['', 'target', 'model mean', '95% interval of the mean', 'published ± tolerance'];

export function seriesText(c: BackcastComparison): string {
  const head = `${c.series.title} (${c.series.name}): MAPE ${mapeText(c)} over ${c.comparedYears.length} published years, ${c.verdict} (${toleranceText(c)}; ${c.definition.asserted ? 'asserted' : 'reported, not asserted'})`;
  return `${head}\nmodel: ${c.definition.measuredAs.replace(/`/g, '')}\n${textTable(SERIES_HEADER, seriesRows(c), [1, 2])}`;
}
