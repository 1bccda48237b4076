// What an experiment reports, as plain data for every output format: the variants that ran, how
// many replications completed (and whether it was cancelled), each KPI's summary per variant with
// paired differences against the first, and the sweep points, tornado bars or replication
// advisor's verdict when the experiment had one.
import type { ReplicationOutput, ValueSummary } from './types';
import { compareKpis, kpiNames, selectKpis, unmatchedKpis, type KpiComparison } from './compare';
import { halfWidth, relativeHalfWidth, summarizeSeries } from './statistics';
import type { ScenarioVariant } from './runner';
import type { DesignPoint } from './design';
import { tornado, tornadoInputFromMeans, type TornadoResult, type TornadoVariantSpec } from './tornado';
import type { KpiAttribution } from './attribution';

export interface VariantInfo {
  id: string;
  label: string;
  scenarioName: string;
  scenarioHash: string;
  seed: number;
}

export interface AdvisorVerdict {
  kpi: string;
  target: number;
  relative: boolean;
  /** The half-width reached (relative to the mean when `relative`). */
  achieved: number;
  replications: number;
  /** True when the target was met; false when the maximum replications ran out first. */
  reached: boolean;
}


export interface ExperimentReport {
  kind: 'compare' | 'attribute' | 'sweep' | 'tornado';
  name: string;
  variants: VariantInfo[];
  requestedReplications: number;
  /** Replications every variant completed (all of them unless cancelled). */
  replications: number;
  independentSeeds: boolean;
  cancelled: boolean;
  comparisons: KpiComparison[];
  sweepPoints?: DesignPoint[];
  tornado?: TornadoResult;
  advisor?: AdvisorVerdict;
  /** attribute: for each KPI, b − a split into the effect of each group of mechanism and their interaction. */
  attribution?: KpiAttribution[];
  /** Weekly series asked for: per variant, week by week, the summary across replications. */
  series?: SeriesSummary[];
}

export interface SeriesSummary {
  name: string;
  weeks: string[];
  /** variants[v][week] */
  variants: ValueSummary[][];
}

export function seriesOf(outputs: readonly (readonly (ReplicationOutput | undefined)[])[], complete: number, names: readonly string[]): SeriesSummary[] {
  const first = outputs[0]?.find((o) => o?.weeks !== undefined);
  return names.map((name) => ({
    name,
    weeks: first?.weeks ?? [],
    variants: outputs.map((row) => summarizeSeries(row.slice(0, complete).map((o) => o?.series?.[name] ?? []))),
  }));
}

export function comparisonsOf(outputs: readonly (readonly (ReplicationOutput | undefined)[])[], complete: number, kpis: readonly string[] | undefined): KpiComparison[] {
  return compareKpis(outputs, selectKpis(kpiNames(outputs), kpis), complete);
}

/** The asked-for KPIs that name nothing in these outputs, and every name and prefix there is (to suggest from). */
export function unmatchedKpisOf(outputs: readonly (readonly (ReplicationOutput | undefined)[])[], kpis: readonly string[] | undefined): { unmatched: string[]; known: string[] } {
  const names = kpiNames(outputs);
  const known = [...new Set(names.flatMap((name) => name.split('.').map((_, i, parts) => parts.slice(0, i + 1).join('.'))))];
  return { unmatched: unmatchedKpis(names, kpis), known };
}

export function variantInfo(variants: readonly ScenarioVariant[], outputs: readonly (readonly (ReplicationOutput | undefined)[])[], seeds: readonly number[], hashOf: (scenario: unknown) => string): VariantInfo[] {
  return variants.map((v, i) => ({
    id: v.id,
    label: v.label,
    scenarioName: v.scenario.name,
    scenarioHash: outputs[i].find((o) => o !== undefined)?.scenarioHash ?? hashOf(v.scenario),
    seed: seeds[i],
  }));
}

/**
 * The advisor's measure of precision for a KPI: the half-width of its interval for a single
 * variant, or with alternatives the widest half-width of their paired differences (the
 * comparison is what must be precise).
 */
export function precisionOf(comparison: KpiComparison, relative: boolean): number {
  const summaries = comparison.differences.length > 0 ? comparison.differences : comparison.variants;
  let widest = 0;
  for (const s of summaries) widest = Math.max(widest, relative ? Math.abs(relativeHalfWidth(s)) : halfWidth(s));
  return widest;
}

/** The tornado's bars from the variants' means of its KPI (variants in plan order, like `specs`). */
export function tornadoOf(kpi: string, specs: readonly TornadoVariantSpec[], comparisons: readonly KpiComparison[]): TornadoResult {
  const comparison = comparisons.find((c) => c.kpi === kpi);
  const means: Record<string, number> = {};
  specs.forEach((spec, i) => {
    means[spec.id] = comparison ? comparison.variants[i].mean : NaN;
  });
  return tornado(tornadoInputFromMeans(kpi, specs, means));
}
