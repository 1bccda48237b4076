// The Compare view's slice of the app state: the scenarios chosen (a baseline and alternatives:
// built-in names, or the current document), the run form as typed, how the KPI table is filtered,
// which series the charts show, the replications under way (replicationJob.ts's job) and the
// results so far as summaries: every KPI's comparison (experiments/compare.ts, the CLI's numbers)
// and weekly bands per scenario and of each alternative's paired difference from the baseline.
// Recipes are pure; those of a job take its id, so a late message from an old job changes nothing.
import type { Draft } from 'immer';
import type { PoolProgress } from '../engine';
import type { KpiComparison } from '../../experiments/compare';
import type { KpiAttribution } from '../../experiments/attribution';
import type { SeriesBand } from '../lib/seriesBands';
import { isLive, jobEnded, jobProgressed, type ExperimentJob, type JobOutcome } from './replicationJob';

/** The choice that stands for the document being edited, beside the built-in names. */
export const DOCUMENT_CHOICE = 'document';

export interface CompareSetup {
  /** A built-in scenario name or DOCUMENT_CHOICE. */
  baseline: string;
  alternatives: string[];
  replications: string;
  /** null: the scenarios' own value. */
  scale: string | null;
  seed: string | null;
}

/** The run settings of an opened experiment file, as typed; null: the file's own value. */
export interface ExperimentSetup {
  replications: string | null;
  scale: string | null;
  seed: string | null;
}

export interface KpiTableView {
  filter: string;
  /** Only KPIs where some alternative differs clearly (95% CI of the difference excludes 0). */
  onlyClear: boolean;
  showAll: boolean;
}

export interface CompareVariantInfo {
  id: string;
  label: string;
  scenarioName: string;
  scenarioHash: string;
}

export interface CompareSeries {
  /** One band per variant, in plan order. */
  variants: SeriesBand[];
  /** One per alternative: variant i+1 − the baseline, paired by replication. */
  differences: SeriesBand[];
}

export interface CompareResults {
  /** "tr vs unified", or the experiment's name. */
  title: string;
  source: 'choice' | 'experiment';
  variants: CompareVariantInfo[];
  engineVersion: string;
  seed: number;
  scale: number;
  requested: number;
  /** Replications every variant finished: the figures use these. */
  replications: number;
  comparisons: KpiComparison[];
  /** What the app did differently from the CLI (an experiment file's advisor, say), in words. */
  notes: string[];
  weeks: readonly string[];
  series: Record<string, CompareSeries>;
  /** An explanation of the difference (Explain): variants are a, b, then a with each differing group of mechanism from b. */
  attribution?: KpiAttribution[];
}

/** The two buttons that start a comparison: the form's Start, and an opened experiment file's. */
export type CompareControl = 'choice' | 'experiment';

export interface CompareState {
  setup: CompareSetup;
  experimentSetup: ExperimentSetup;
  table: KpiTableView;
  /** The series the level and difference charts show. */
  chartSeries: string;
  /** Why the last start was refused, and which button asked (the refusal is shown beside it). */
  refusal: { control: CompareControl; text: string } | null;
  job: ExperimentJob | null;
  results: CompareResults | null;
}

const DEFAULT_COMPARE_REPLICATIONS = 20;

export const initialCompareState: CompareState = {
  setup: { baseline: 'tr', alternatives: ['unified'], replications: String(DEFAULT_COMPARE_REPLICATIONS), scale: null, seed: null },
  experimentSetup: { replications: null, scale: null, seed: null },
  table: { filter: '', onlyClear: false, showAll: false },
  chartSeries: 'prison.population',
  refusal: null,
  job: null,
  results: null,
};

type Recipe = (draft: Draft<CompareState>) => void;

/** A new baseline is no longer an alternative to itself. */
export const setCompareBaseline =
  (baseline: string): Recipe =>
  (compare) => {
    compare.setup.baseline = baseline;
    compare.setup.alternatives = compare.setup.alternatives.filter((a) => a !== baseline);
  };

/** Alternatives keep the order they were offered in (`order`), whatever order they were ticked in. */
export const setAlternative =
  (name: string, chosen: boolean, order: readonly string[]): Recipe =>
  (compare) => {
    if (name === compare.setup.baseline) return;
    const set = new Set(compare.setup.alternatives);
    if (chosen) set.add(name);
    else set.delete(name);
    compare.setup.alternatives = order.filter((n) => set.has(n));
  };

export const setCompareInput =
  (field: 'replications' | 'scale' | 'seed', text: string | null): Recipe =>
  (compare) => {
    if (field === 'replications') compare.setup.replications = text ?? '';
    else compare.setup[field] = text;
  };

export const setExperimentInput =
  (field: keyof ExperimentSetup, text: string | null): Recipe =>
  (compare) => {
    compare.experimentSetup[field] = text;
  };

export const setKpiTableView =
  (change: Partial<KpiTableView>): Recipe =>
  (compare) => {
    Object.assign(compare.table, change);
  };

export const setChartSeries =
  (series: string): Recipe =>
  (compare) => {
    compare.chartSeries = series;
  };

export const refuseCompare =
  (control: CompareControl, reason: string): Recipe =>
  (compare) => {
    compare.refusal = { control, text: reason };
  };

export const compareStarted =
  (job: ExperimentJob): Recipe =>
  (compare) => {
    compare.job = job;
    compare.refusal = null;
    compare.results = null;
  };

export const compareProgressed =
  (id: number, progress: PoolProgress, now: number): Recipe =>
  (compare) =>
    jobProgressed(compare.job, id, progress, now);

export const compareResultsArrived =
  (id: number, results: CompareResults): Recipe =>
  (compare) => {
    if (!isLive(compare.job, id)) return;
    compare.job.complete = results.replications;
    compare.results = results as Draft<CompareResults>;
  };

export const compareEnded =
  (id: number, outcome: JobOutcome, now: number): Recipe =>
  (compare) =>
    jobEnded(compare.job, id, outcome, now);
