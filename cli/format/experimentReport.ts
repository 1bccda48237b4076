// An experiment's report as a table (for reading), JSON (the whole report) or CSV (one row per KPI
// and variant, with paired differences; the bars for a tornado), each with its provenance.
// Undefined numbers are `—` in the table, null in JSON and empty in CSV; CSV text cells are escaped
// against formula injection as in every CSV the CLI writes.
import type { ExperimentReport } from '../../experiments/report';
import type { DifferenceSummary, ValueSummary } from '../../experiments/types';
import type { ExperimentProvenance } from '../report';
import type { OutputFormat } from '../commonFlags';
import { commentRecords, csvNumber, csvRecord, escapeCsvText } from '../../formats/csvCells';
import { decimalsFor, formatValue, isShareKpi } from './table';
import { printable } from '../../formats/textInput';
import { isMoneyTableRow } from './moneyTables';
import { alignedColumns } from './columns';
import { attributionLines } from './attributionTable';

export function formatExperiment(report: ExperimentReport, provenance: ExperimentProvenance, format: OutputFormat): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify({ report, provenance }, (_key, value: unknown) => (typeof value === 'number' && !Number.isFinite(value) ? null : value), 2)}\n`;
    case 'csv':
      return experimentCsv(report, provenance);
    case 'table':
      return experimentTable(report, provenance);
  }
}

// ---- table -------------------------------------------------------------------------------------

function valueText(kpi: string, mean: number, ci: [number, number] | null): string {
  const share = isShareKpi(kpi);
  const decimals = decimalsFor(mean);
  const half = ci ? (ci[1] - ci[0]) / 2 : NaN;
  const main = formatValue(mean, share, decimals);
  return Number.isFinite(half) ? `${main} ± ${formatValue(half, share, Math.max(decimals, decimalsFor(half)))}` : main;
}

function differenceText(kpi: string, d: DifferenceSummary): string {
  // A difference of two shares is in percentage points, not a percentage of anything.
  const text = isShareKpi(kpi) ? pointsText(d.mean, d.ci95) : valueText(kpi, d.mean, d.ci95);
  return Number.isFinite(d.relative) ? `${text} (${d.relative >= 0 ? '+' : ''}${(d.relative * 100).toFixed(1)}%)` : text;
}

function pointsText(mean: number, ci: [number, number] | null): string {
  if (!Number.isFinite(mean)) return '—';
  const half = ci ? ((ci[1] - ci[0]) / 2) * 100 : NaN;
  return `${(mean * 100).toFixed(2)} pp${Number.isFinite(half) ? ` ± ${half.toFixed(2)} pp` : ''}`;
}

function experimentTable(report: ExperimentReport, p: ExperimentProvenance): string {
  const out: string[] = [];
  if (report.tornado) out.push(...tornadoLines(report), '');
  const comparisons = report.comparisons.filter((c) => !isMoneyTableRow(c.kpi) || report.comparisons.length <= 40);
  if (report.attribution) out.push(...attributionLines(report.attribution, report.variants), '');
  else if (report.kind === 'compare' && report.variants.length <= MAX_VARIANT_COLUMNS) out.push(...kpiRows(report, comparisons), '');
  else if (report.kind !== 'tornado') out.push(...variantRows(report, comparisons), '');
  if (report.advisor) {
    const a = report.advisor;
    const unit = a.relative ? ' of the mean' : '';
    out.push(
      a.reached
        ? `advisor: ${a.kpi} interval half-width ${a.achieved.toPrecision(3)}${unit} ≤ ${a.target} after ${a.replications} replications: target reached`
        : `advisor: ${a.kpi} interval half-width ${a.achieved.toPrecision(3)}${unit} > ${a.target} after ${a.replications} replications: maximum reached, target not met`,
      '',
    );
  }
  if (report.series) out.push(`weekly series summarised in the JSON output (--format json): ${report.series.map((s) => s.name).join(', ')}`, '');
  out.push(...provenanceLines(report, p));
  return `${out.join('\n')}\n`;
}

/** More variants than this are listed one per row (sweeps, long comparisons). */
const MAX_VARIANT_COLUMNS = 4;
/** Columns shown when variants are rows; JSON and CSV carry every KPI. */
const MAX_KPI_COLUMNS = 6;

/** One row per KPI: each variant's mean ± half-width, then each alternative's paired difference. */
function kpiRows(report: ExperimentReport, comparisons: ExperimentReport['comparisons']): string[] {
  const labels = report.variants.map((v) => printable(v.label));
  const header = ['kpi', ...labels.map((l, i) => (i === 0 ? `${l} (baseline)` : l)), ...labels.slice(1).map((l) => `${l} − ${labels[0]}`)];
  const rows = comparisons.map((c) => [c.kpi, ...c.variants.map((v) => valueText(c.kpi, v.mean, v.ci95)), ...c.differences.map((d) => differenceText(c.kpi, d))]);
  return alignedColumns(header, rows);
}

/** One row per variant (a sweep point), the KPIs as columns: mean ± half-width. */
function variantRows(report: ExperimentReport, comparisons: ExperimentReport['comparisons']): string[] {
  const shown = comparisons.slice(0, MAX_KPI_COLUMNS);
  const rows = report.variants.map((v, i) => [printable(v.label), ...shown.map((c) => valueText(c.kpi, c.variants[i].mean, c.variants[i].ci95))]);
  const lines = alignedColumns(['variant', ...shown.map((c) => c.kpi)], rows);
  if (comparisons.length > shown.length) lines.push(`(${comparisons.length - shown.length} more KPIs in --format json or csv; choose with --kpis)`);
  return lines;
}

function tornadoLines(report: ExperimentReport): string[] {
  const t = report.tornado!;
  const fmt = (v: number | undefined) => (v === undefined ? '' : formatValue(v, isShareKpi(t.kpi), decimalsFor(v)));
  const rows = t.bars.map((b) => [
    String(b.rank),
    printable(b.label),
    b.low ? `${printable(b.low.setting)} → ${fmt(b.low.value)} (${fmt(b.lowDelta)})` : '',
    b.high ? `${printable(b.high.setting)} → ${fmt(b.high.value)} (${fmt(b.highDelta)})` : '',
    fmt(b.swing),
  ]);
  return [`tornado of ${t.kpi} (base ${fmt(t.base)}), largest swing first:`, ...alignedColumns(['rank', 'parameter or preset', 'low → value (change)', 'high → value (change)', 'swing'], rows)];
}

function provenanceLines(report: ExperimentReport, p: ExperimentProvenance): string[] {
  const lines = [
    `experiment:   ${printable(report.name)} (${report.kind})`,
    `run:          seed ${p.seed}, ${report.replications} replication${report.replications === 1 ? '' : 's'} of each of ${report.variants.length} variants${report.cancelled ? ` (cancelled: ${report.requestedReplications} were asked for)` : ''}, ${p.workers === 0 ? 'in process' : `${p.workers} workers`}`,
    `randomness:   ${p.commonRandomNumbers ? 'common random numbers: every variant uses the same seeds and named streams, so differences are paired' : 'independent seeds per variant'}`,
    ...report.variants.map((v) => `variant:      ${printable(v.label)}: scenario ${printable(v.scenarioName)} (hash ${v.scenarioHash}), seed ${v.seed}`),
    `engine:       ${p.engineVersion}`,
    '± is the half-width of the 95% confidence interval of the mean (differences: of the paired difference)',
  ];
  return lines;
}

// ---- CSV ---------------------------------------------------------------------------------------

function experimentCsv(report: ExperimentReport, p: ExperimentProvenance): string {
  const comments: [string, string][] = [
    ['cli', p.cli],
    ['command', p.command],
    ['engineVersion', p.engineVersion],
    ['experiment', report.name],
    ['seed', String(p.seed)],
    ['replications', String(report.replications)],
    ['cancelled', String(report.cancelled)],
    ['commonRandomNumbers', String(p.commonRandomNumbers)],
    ...report.variants.map((v, i): [string, string] => [`variant${i}`, `${v.label} | ${v.scenarioName} | ${v.scenarioHash} | seed ${v.seed}`]),
  ];
  let out = commentRecords(comments);
  if (report.tornado) {
    out += csvRecord(['rank', 'id', 'label', 'low_setting', 'low_value', 'high_setting', 'high_value', 'swing']);
    for (const b of report.tornado.bars) {
      out += csvRecord([String(b.rank), escapeCsvText(b.id), escapeCsvText(b.label), escapeCsvText(b.low?.setting ?? ''), csvNumber(b.low?.value), escapeCsvText(b.high?.setting ?? ''), csvNumber(b.high?.value), csvNumber(b.swing)]);
    }
    return out;
  }
  out += csvRecord(['kpi', 'variant', 'measure', 'n', 'mean', 'ci95_low', 'ci95_high', 'sd', 'p5', 'p25', 'p50', 'p75', 'p95', 'relative', 'variance_reduction']);
  for (const c of report.comparisons) {
    c.variants.forEach((v, i) => (out += valueRecord(c.kpi, report.variants[i].label, v)));
    c.differences.forEach((d, i) => (out += differenceRecord(c.kpi, `${report.variants[i + 1].label} − ${report.variants[0].label}`, d)));
  }
  // An attribution's parts: each group's effect (a difference from a), and the interaction left over.
  for (const k of report.attribution ?? []) {
    for (const e of k.effects) out += differenceRecord(k.kpi, `effect of ${e.label}`, e.effect);
    out += valueRecord(k.kpi, 'interaction', k.interaction, 'interaction');
  }
  return out;
}

function valueRecord(kpi: string, label: string, v: ValueSummary, measure = 'value'): string {
  return csvRecord([escapeCsvText(kpi), escapeCsvText(label), measure, String(v.n), csvNumber(v.mean), csvNumber(v.ci95?.[0]), csvNumber(v.ci95?.[1]), csvNumber(v.sd), csvNumber(v.p5), csvNumber(v.p25), csvNumber(v.p50), csvNumber(v.p75), csvNumber(v.p95), '', '']);
}

function differenceRecord(kpi: string, label: string, d: DifferenceSummary): string {
  return csvRecord([escapeCsvText(kpi), escapeCsvText(label), 'difference', String(d.n), csvNumber(d.mean), csvNumber(d.ci95?.[0]), csvNumber(d.ci95?.[1]), csvNumber(d.sd), '', '', '', '', '', csvNumber(d.relative), csvNumber(d.varianceReduction)]);
}
