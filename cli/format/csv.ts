// CSV output: provenance as comment records, then one row per KPI:
// kpi,mean,ci95_low,ci95_high,n,p10,p50,p90. Cells and records are formats/csvCells.ts's (RFC 4180,
// defused against spreadsheet formula injection).
import type { Report } from '../report';
import { commentRecords, csvNumber, csvRecord, escapeCsvText } from '../../formats/csvCells';

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
