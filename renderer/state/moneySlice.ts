// The Money view's slice: the view's settings (CRC, replications, scale, seed, tornado KPI) and
// every result it has made (the distribution across replications, one future in detail, the
// tornado, each stress preset run), so that switching views loses nothing. Results are plain
// frozen data: KPI columns (numbers in replication order) and the money report of one run.
// Invariants:
// - Recipes are pure immer recipes over AppState, applied with store.update (never undoable:
//   they are results and view settings, not edits of the document).
// - Every job has an id; progress, partial results and the finish of a job whose id is no longer
//   the one in the slice (a run replaced by a newer one) are ignored, so a late message can
//   never overwrite a newer result.
// - A job's stamp says what was run (scenario name and hash, seed, scale, replications), so the
//   view can tell when the document has changed since.
import type { Draft } from 'immer';
import type { MoneyReport, MoneySummary } from '../engine';
import type { TornadoVariantSpec } from '../../experiments/tornado';
import type { MoneyColumns } from '../lib/moneyKpis';
import type { PoolProgress } from '../engine';
import { isLive, jobEnded, jobProgressed as progressed, type ExperimentJob, type JobOutcome, type JobStatus } from './replicationJob';

export interface RunStamp {
  scenarioName: string;
  /** Hash of the scenario as run (at the run's scale). */
  scenarioHash: string;
  /** Hash of the document's scenario when the run started: compared with the document's now. */
  documentHash: string;
  seed: number;
  scale: number;
  replications: number;
  engineVersion: string;
}

/** A batch of replications (one or several variants): replicationJob.ts's job, with what it was of and its KPI columns. */
export interface MoneyJob extends ExperimentJob {
  stamp: RunStamp;
  variantInfo: { id: string; label: string; scenarioHash: string }[];
  /** columns[variant]: money KPIs over the complete replications (0..complete-1). */
  columns: MoneyColumns[];
}

export interface TornadoJob extends MoneyJob {
  specs: TornadoVariantSpec[];
  skipped: { id: string; reason: string }[];
}

export interface PresetJob extends MoneyJob {
  presetId: string;
}

/** One future (replication 0) in detail, from the view's own engine client. */
export interface DetailJob {
  id: number;
  status: JobStatus;
  stamp: RunStamp;
  fraction: number;
  date: string;
  warmingUp: boolean;
  startedAt: number;
  report?: MoneyReport;
  summary?: MoneySummary;
  resultHash?: string;
  elapsedMs?: number;
  message?: string;
}

export interface MoneySettings {
  /** 'all' or a CRC's slug. */
  crc: string;
  replications: number;
  /** Null: the scenario's own scale (and seed). */
  scale: number | null;
  seed: number | null;
  /** Null: profit per year of the chosen scope. */
  tornadoKpi: string | null;
  tornadoReplications: number;
}

/** The buttons that start the view's runs; a refusal is shown beside the one that was used. */
export type MoneyControl = 'distribution' | 'detail' | 'tornado' | 'presets';

export interface MoneyState {
  settings: MoneySettings;
  /** Why the last start from each control was refused (an invalid scenario, a preset that cannot apply). */
  refusals: Partial<Record<MoneyControl, string>>;
  /** CRC names by slug, learnt from a money report (until then, names come from the slugs). */
  crcNames: Record<string, string>;
  distribution: MoneyJob | null;
  detail: DetailJob | null;
  tornado: TornadoJob | null;
  presets: Record<string, PresetJob>;
  /** The preset whose result is shown. */
  activePreset: string | null;
}

/** What this slice's recipes read and change: their own part of the app state (AppState has it). */
type MoneyOwner = { money: MoneyState };

const DEFAULT_REPLICATIONS = 20;
const DEFAULT_TORNADO_REPLICATIONS = 10;

export const initialMoneyState: MoneyState = {
  settings: { crc: 'all', replications: DEFAULT_REPLICATIONS, scale: null, seed: null, tornadoKpi: null, tornadoReplications: DEFAULT_TORNADO_REPLICATIONS },
  refusals: {},
  crcNames: {},
  distribution: null,
  detail: null,
  tornado: null,
  presets: {},
  activePreset: null,
};

type Recipe = (draft: Draft<MoneyOwner>) => void;

/** Where a batch job lives in the slice. */
export type JobKey = { kind: 'distribution' } | { kind: 'tornado' } | { kind: 'preset'; presetId: string };

export function jobKeyText(key: JobKey): string {
  return key.kind === 'preset' ? `preset:${key.presetId}` : key.kind;
}

/** The control that starts the job at `key` (every preset button shares one place for refusals). */
export function controlOf(key: JobKey): MoneyControl {
  return key.kind === 'preset' ? 'presets' : key.kind;
}

function jobAt(money: Draft<MoneyState>, key: JobKey): Draft<MoneyJob> | null {
  if (key.kind === 'preset') return money.presets[key.presetId] ?? null;
  return money[key.kind];
}


export const setMoneySettings =
  (patch: Partial<MoneySettings>): Recipe =>
  (draft) => {
    Object.assign(draft.money.settings, patch);
  };

export const learnCrcNames =
  (names: Readonly<Record<string, string>>): Recipe =>
  (draft) => {
    for (const [slug, name] of Object.entries(names)) if (draft.money.crcNames[slug] !== name) draft.money.crcNames[slug] = name;
  };

/** A control's start was refused: say why beside it; results already shown stay (their stamp says what they are of). */
export const moneyRefused =
  (control: MoneyControl, refusal: string): Recipe =>
  (draft) => {
    draft.money.refusals[control] = refusal;
  };

export const jobStarted =
  (key: JobKey, job: MoneyJob | TornadoJob | PresetJob): Recipe =>
  (draft) => {
    const money = draft.money;
    delete money.refusals[controlOf(key)];
    if (key.kind === 'preset') {
      money.presets[key.presetId] = job as Draft<PresetJob>;
      money.activePreset = key.presetId;
    } else if (key.kind === 'tornado') money.tornado = job as Draft<TornadoJob>;
    else money.distribution = job as Draft<MoneyJob>;
  };

export const jobProgressed =
  (key: JobKey, id: number, progress: PoolProgress, now: number): Recipe =>
  (draft) =>
    progressed(jobAt(draft.money, key), id, progress, now);

/** Columns of a longer complete prefix (an older, shorter one never overwrites them). */
export const jobPartial =
  (key: JobKey, id: number, complete: number, columns: MoneyColumns[]): Recipe =>
  (draft) => {
    const job = jobAt(draft.money, key);
    if (!isLive(job, id) || complete < job.complete) return;
    job.complete = complete;
    job.columns = columns as Draft<MoneyColumns>[];
  };

/** The job ended; its columns are those of the last partial result (jobPartial), the final complete prefix. */
export const jobFinished =
  (key: JobKey, id: number, outcome: JobOutcome, now: number): Recipe =>
  (draft) => {
    const job = jobAt(draft.money, key);
    if (!isLive(job, id)) return;
    jobEnded(job, id, outcome, now);
  };

export const showPreset =
  (presetId: string): Recipe =>
  (draft) => {
    draft.money.activePreset = presetId;
  };

export const detailStarted =
  (job: DetailJob): Recipe =>
  (draft) => {
    delete draft.money.refusals.detail;
    draft.money.detail = job as Draft<DetailJob>;
  };

export const detailProgressed =
  (id: number, progress: { fraction: number; date: string; warmingUp: boolean }): Recipe =>
  (draft) => {
    const job = draft.money.detail;
    if (!job || job.id !== id || job.status !== 'running') return;
    job.fraction = progress.fraction;
    job.date = progress.date;
    job.warmingUp = progress.warmingUp;
  };

export const detailFinished =
  (id: number, outcome: { status: Exclude<JobStatus, 'running'>; report?: MoneyReport; summary?: MoneySummary; resultHash?: string; elapsedMs?: number; message?: string }): Recipe =>
  (draft) => {
    const job = draft.money.detail;
    if (!job || job.id !== id || job.status !== 'running') return;
    Object.assign(job, outcome);
    if (outcome.status === 'done') job.fraction = 1;
  };

/** Whether any batch of replications of the view is running (the view runs one at a time). */
export function runningBatch(money: MoneyState): MoneyJob | null {
  const jobs: (MoneyJob | null)[] = [money.distribution, money.tornado, ...Object.values(money.presets)];
  return jobs.find((job) => job !== null && job.status === 'running') ?? null;
}
