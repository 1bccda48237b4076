// CSV output: provenance as comment records, then one row per KPI:
// kpi,mean,ci95_low,ci95_high,n,p10,p50,p90.
// Records end with CRLF and cells are quoted per RFC 4180. Text cells (not numbers we formatted
// ourselves) are also defused against spreadsheet formula injection: a scenario name comes from a
// user's file and must not run as a formula when the CSV is opened. Comment records are CSV records
// too ("# key" then the value in its own escaped cell), so a comma or newline in a value cannot
// spill an unescaped cell into the sheet. An undefined number is an empty cell.
import type { Report } from '../report';

const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

/** Escapes one text cell: a leading formula trigger gets a single quote; quotes per RFC 4180 when needed. */
export function escapeCsvText(text: string): string {
  const defused = text.length > 0 && FORMULA_TRIGGERS.has(text[0]) ? `'${text}` : text;
  return /[",\r\n]/.test(defused) ? `"${defused.replaceAll('"', '""')}"` : defused;
}

/** A number cell: shortest round-trip text, empty when undefined. */
export function csvNumber(value: number | null | undefined): string {
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
}

export function csvRecord(cells: readonly string[]): string {
  return `${cells.join(',')}\r\n`;
}

/** The provenance of a CLI run as CSV comment records (`# key`, value), plus any `extra` pairs. */
export function provenanceRecords(p: Report['provenance'], extra: [string, string][] = []): string {
  const comments: [string, string][] = [
    ['cli', p.cli],
    ['engineVersion', p.engineVersion],
    ['scenarioName', p.scenarioName],
    ['scenarioHash', p.scenarioHash],
    ['seed', String(p.seed)],
    ['replications', String(p.replications)],
    ['replicationSeeds', p.runs.map((r) => `${r.replication}:${r.seed}`).join(' ')],
    ['scale', String(p.scale)],
    ['years', String(p.years)],
    ['overrides', p.overrides.map((o) => `${o.path}=${o.value}`).join('; ')],
    ...extra,
  ];
  return commentRecords(comments);
}

/** `# key`, value records: each a CSV record of two escaped cells, so a value cannot spill into the sheet. */
export function commentRecords(pairs: readonly [string, string][]): string {
  let out = '';
  for (const [key, value] of pairs) out += csvRecord([`# ${key}`, escapeCsvText(value)]);
  return out;
}

export function formatCsv(report: Report): string {
  let out = provenanceRecords(report.provenance);
  out += csvRecord(['kpi', 'mean', 'ci95_low', 'ci95_high', 'n', 'p10', 'p50', 'p90']);
  for (const { kpi, estimate } of report.kpis.rows) {
    out += csvRecord([
      escapeCsvText(kpi),
      csvNumber(estimate.mean),
      csvNumber(estimate.ci95?.[0]),
      csvNumber(estimate.ci95?.[1]),
      String(estimate.n),
      csvNumber(estimate.p10),
      csvNumber(estimate.p50),
      csvNumber(estimate.p90),
    ]);
  }
  return out;
}
