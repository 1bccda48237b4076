// Replications → one KPI tree. The engine's Summary is walked generically (nested records whose
// leaves are numbers), so a KPI added to the summary shows up in every output format untouched.
// Invariants: the top-level `provenance` record describes the run and is never a KPI; keys keep
// the order of the first replication (keys only some replications have follow, in order of first
// appearance); a KPI missing from a replication counts as undefined there; values are combined in
// replication order.
import { estimate, type Estimate } from './stats';

/** The aggregated tree: same shape as the summary, every numeric leaf replaced by an Estimate. */
export type KpiTree = { [key: string]: KpiTree | Estimate };

export interface KpiRow {
  /** Dotted path of the KPI, e.g. "flows.sentencesPerYear.total". */
  kpi: string;
  estimate: Estimate;
}

export interface AggregatedKpis {
  tree: KpiTree;
  /** The leaves of `tree`, depth first, in key order. */
  rows: KpiRow[];
}

const NON_KPI_TOP_LEVEL_KEYS = new Set(['provenance']);

/** Aggregates one summary per replication (in replication order) into estimates per KPI. */
export function aggregateSummaries(summaries: readonly unknown[]): AggregatedKpis {
  const rows: KpiRow[] = [];
  const records = summaries.map((s) => (isRecord(s) ? s : {}));
  const tree = aggregateRecords(records, [], rows, true);
  return { tree, rows };
}

function aggregateRecords(records: Record<string, unknown>[], path: string[], rows: KpiRow[], topLevel: boolean): KpiTree {
  const tree: KpiTree = {};
  for (const key of unionOfKeys(records)) {
    if (topLevel && NON_KPI_TOP_LEVEL_KEYS.has(key)) continue;
    const children = records.map((r) => r[key]);
    const childPath = [...path, key];
    if (children.some(isRecord)) {
      // A node is a record in some replication: its numeric leaves are KPIs; a stray non-record
      // value in another replication counts as a replication in which every leaf is undefined.
      const subtree = aggregateRecords(children.map((c) => (isRecord(c) ? c : {})), childPath, rows, false);
      if (Object.keys(subtree).length > 0) tree[key] = subtree;
    } else if (children.some((c) => typeof c === 'number')) {
      const values = children.map((c) => (typeof c === 'number' ? c : NaN));
      const leaf = estimate(values);
      tree[key] = leaf;
      rows.push({ kpi: childPath.join('.'), estimate: leaf });
    }
    // Strings, booleans and nulls outside provenance are labels, not KPIs: left out.
  }
  return tree;
}

function unionOfKeys(records: Record<string, unknown>[]): string[] {
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const record of records) {
    for (const key of Object.keys(record)) {
      if (!seen.has(key)) {
        seen.add(key);
        keys.push(key);
      }
    }
  }
  return keys;
}

/** Plain objects and arrays (an array of numbers becomes a record keyed "0", "1", …). */
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
