// JSON output: { summary, provenance }. Every KPI leaf is { mean, ci95, n, p10, p50, p90 } whatever
// the number of replications, so scripts read one shape: with one replication ci95 is null, n is 1
// and the percentiles equal the value; a KPI that is undefined (NaN) has mean null and n 0. Output is deterministic (no timestamps), so the same
// scenario, seed and engine version give byte-identical files.
import type { Report } from '../report';
import type { KpiTree } from '../kpis';
import type { Estimate } from '../stats';

type JsonEstimate = { mean: number | null; ci95: [number, number] | null; n: number; p10: number | null; p50: number | null; p90: number | null };
type JsonTree = { [key: string]: JsonTree | JsonEstimate };

export function formatJson(report: Report): string {
  const output = { summary: toJsonTree(report.kpis.tree), provenance: report.provenance };
  return `${JSON.stringify(output, null, 2)}\n`;
}

function toJsonTree(tree: KpiTree): JsonTree {
  const out: JsonTree = {};
  for (const [key, node] of Object.entries(tree)) {
    out[key] = isEstimate(node) ? toJsonEstimate(node) : toJsonTree(node);
  }
  return out;
}

function toJsonEstimate(e: Estimate): JsonEstimate {
  const finite = (x: number) => (Number.isFinite(x) ? x : null);
  const mean = finite(e.mean);
  const ci95 = e.ci95 && Number.isFinite(e.ci95[0]) && Number.isFinite(e.ci95[1]) ? e.ci95 : null;
  return { mean, ci95, n: e.n, p10: finite(e.p10), p50: finite(e.p50), p90: finite(e.p90) };
}

export function isEstimate(node: KpiTree | Estimate): node is Estimate {
  return typeof (node as Estimate).n === 'number' && 'ci95' in node && typeof (node as Estimate).mean === 'number';
}
