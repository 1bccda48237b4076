// A comparison of scenario variants: for each KPI, every variant's summary across replications
// (mean, 95% interval, P5..P95) and each alternative's paired difference against the first (the
// baseline) with its interval and the variance reduction common random numbers gave. Only the
// replications every variant completed are used, in replication order.
import type { DifferenceSummary, ReplicationOutput, ValueSummary } from './types';
import { pairedDifference, summarizeValues } from './statistics';
import { kpiValues } from './runner';

export interface KpiComparison {
  kpi: string;
  /** One per variant, in plan order. */
  variants: ValueSummary[];
  /** One per alternative (variants 1..n-1), against variant 0. */
  differences: DifferenceSummary[];
}

/** The KPI names of the outputs, in the order of the first output (later new names appended). */
export function kpiNames(outputs: readonly (readonly (ReplicationOutput | undefined)[])[]): string[] {
  const names: string[] = [];
  const seen = new Set<string>();
  for (const row of outputs) {
    for (const output of row) {
      if (!output) continue;
      for (const name of Object.keys(output.kpis)) {
        if (!seen.has(name)) {
          seen.add(name);
          names.push(name);
        }
      }
    }
  }
  return names;
}

/** `kpis` may name KPIs exactly or by prefix (`money.crc` takes every money.crc.* KPI). */
export function selectKpis(all: readonly string[], wanted: readonly string[] | undefined): string[] {
  if (!wanted || wanted.length === 0) return [...all];
  return all.filter((name) => wanted.some((w) => name === w || name.startsWith(`${w}.`)));
}

/** The entries of `wanted` that name no KPI, exactly or as a prefix: a typo, not a request for nothing. */
export function unmatchedKpis(all: readonly string[], wanted: readonly string[] | undefined): string[] {
  return (wanted ?? []).filter((w) => selectKpis(all, [w]).length === 0);
}

export function compareKpis(outputs: readonly (readonly (ReplicationOutput | undefined)[])[], kpis: readonly string[], completeReplications: number): KpiComparison[] {
  return kpis.map((kpi) => {
    const values = outputs.map((row) => kpiValues(row, kpi, completeReplications));
    return {
      kpi,
      variants: values.map((v) => summarizeValues(v)),
      differences: values.slice(1).map((v) => pairedDifference(values[0], v)),
    };
  });
}
