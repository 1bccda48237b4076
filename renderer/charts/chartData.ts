// The data behind a chart, kept apart from how it is drawn: full-resolution rows (for the CSV and
// the screen-reader table), thinned copies for display, and the provenance every export carries.
// Invariant: display may be down-sampled, exports never are.
import { commentRecords, csvNumber, csvRecord, escapeCsvText } from '../../formats/csvCells';

export { escapeCsvText };

export interface ChartColumn {
  key: string;
  label: string;
}

export type ChartCell = number | string | null;

export interface ChartData {
  columns: ChartColumn[];
  rows: Record<string, ChartCell>[];
}

/** Where the figures came from: printed on the chart, and at the head of every export. */
export interface ChartProvenance {
  engineVersion: string;
  scenarios: { name: string; hash: string }[];
  seed: number;
  replications: number;
  scale: number;
  /** Anything else a reader needs (the period, the KPI, the confidence level). */
  extra?: [string, string][];
}

export function provenancePairs(title: string, p: ChartProvenance): [string, string][] {
  return [
    ['title', title],
    ['engineVersion', p.engineVersion],
    ['scenarios', p.scenarios.map((s) => `${s.name} (${s.hash})`).join('; ')],
    ['seed', String(p.seed)],
    ['replications', String(p.replications)],
    ['scale', String(p.scale)],
    ...(p.extra ?? []),
  ];
}

/** A one-line provenance for the chart's caption. */
export function provenanceLine(p: ChartProvenance): string {
  const scenarios = p.scenarios.map((s) => `${s.name} ${s.hash}`).join(', ');
  return `Engine ${p.engineVersion} · ${scenarios} · seed ${p.seed} · ${p.replications} replication${p.replications === 1 ? '' : 's'} · scale ${p.scale}`;
}

function cell(value: ChartCell): string {
  if (value === null) return '';
  return typeof value === 'number' ? csvNumber(value) : escapeCsvText(value);
}

/** The CSV of a chart: provenance as `# key`, value records, a header row, then every row. */
export function chartCsv(title: string, data: ChartData, provenance: ChartProvenance): string {
  let out = commentRecords(provenancePairs(title, provenance));
  out += csvRecord(data.columns.map((c) => escapeCsvText(c.label)));
  for (const row of data.rows) out += csvRecord(data.columns.map((c) => cell(row[c.key] ?? null)));
  return out;
}

/** At most `maxPoints` evenly spaced indices of 0..length-1, always including the first and last. */
export function sampleIndices(length: number, maxPoints: number): number[] {
  if (length <= maxPoints) return Array.from({ length }, (_, i) => i);
  const step = (length - 1) / (maxPoints - 1);
  return Array.from({ length: maxPoints }, (_, i) => Math.round(i * step));
}

/**
 * Rows thinned for drawing: a weekly series over ten years for several scenarios is thousands of
 * SVG points per line, which freezes the page for no visible gain. Weekly stocks are end-of-week
 * values, so thinning keeps real points rather than averaging them.
 */
export function displayRows<T>(rows: readonly T[], maxPoints = 400): T[] {
  return sampleIndices(rows.length, maxPoints).map((i) => rows[i]);
}

/** A file name from words: lower case, hyphens, nothing a file system or the contract refuses. */
export function fileStem(words: string): string {
  return (
    words
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'chart'
  );
}
