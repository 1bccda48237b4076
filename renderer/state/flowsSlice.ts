// The Flows view's slice: what the user chose (two scenarios, the period, the run settings) and
// the two detailed runs behind the Sankeys, kept here so that switching views loses nothing.
// Invariants: results are plain data (the flow matrix and provenance of each side, never the whole
// run); a side's result is replaced only by a finished run of that side; starting a run clears
// both sides' messages and the refusal; progress and results are not undoable (store.update, not store.edit).
import type { Draft } from 'immer';
import type { FlowMatrix, Provenance, RunOutcome, RunProgress } from '../engine';
import type { FlowPeriod } from '../lib/flowPeriod';

export type FlowsSideName = 'left' | 'right';

/** 'document' (the scenario being edited) or 'builtin:<name>'. */
export type FlowsSource = string;

export const DOCUMENT_SOURCE: FlowsSource = 'document';
export const builtinSource = (name: string): FlowsSource => `builtin:${name}`;

export interface FlowsSettings {
  left: FlowsSource;
  /** null: the document's baseline built-in (follows the baseline if the user changes it). */
  right: FlowsSource | null;
  period: FlowPeriod;
  /** null: the left scenario's own seed. */
  seed: number | null;
  replication: number;
  /** null: the left scenario's own scale. */
  scale: number | null;
  /** Flows below this share of all moves are listed rather than drawn. */
  minShare: number;
}

export interface FlowsSideResult {
  /** What the user calls the scenario ("tr", "my-plan.json (edited)"). */
  label: string;
  source: FlowsSource;
  flows: FlowMatrix;
  provenance: Provenance;
  elapsedMs: number;
}

export interface FlowsSideRun {
  status: 'idle' | 'running' | 'done' | 'cancelled' | 'failed';
  fraction: number;
  date: string;
  warmingUp: boolean;
  /** Why a run failed, in words. */
  message: string;
  result: FlowsSideResult | null;
}

export interface FlowsState {
  settings: FlowsSettings;
  /** Why the last Run both was refused (a side's scenario cannot run), shown beside the button. */
  refusal: string | null;
  left: FlowsSideRun;
  right: FlowsSideRun;
}

/** What this slice's recipes read and change: their own part of the app state (AppState has it). */
type FlowsOwner = { flows: FlowsState };

const idleSide: FlowsSideRun = { status: 'idle', fraction: 0, date: '', warmingUp: false, message: '', result: null };

export const initialFlowsState: FlowsState = {
  settings: { left: DOCUMENT_SOURCE, right: null, period: 'all', seed: null, replication: 0, scale: null, minShare: 0.005 },
  refusal: null,
  left: idleSide,
  right: idleSide,
};

export const setFlowsSettings = (change: Partial<FlowsSettings>) => (draft: Draft<FlowsOwner>) => {
  Object.assign(draft.flows.settings, change);
};

export const startFlowsRuns = () => (draft: Draft<FlowsOwner>) => {
  draft.flows.refusal = null;
  for (const side of ['left', 'right'] as const) {
    Object.assign(draft.flows[side], { status: 'running', fraction: 0, date: '', warmingUp: true, message: '' });
  }
};

export const setFlowsProgress = (side: FlowsSideName, progress: RunProgress) => (draft: Draft<FlowsOwner>) => {
  const run = draft.flows[side];
  if (run.status !== 'running') return;
  run.fraction = progress.fraction;
  run.date = progress.date;
  run.warmingUp = progress.warmingUp;
};

/** A side's run settled: its result on success, its reason on failure; cancelling keeps the old result. */
export const finishFlowsSide =
  (side: FlowsSideName, outcome: RunOutcome, label: string, source: FlowsSource) => (draft: Draft<FlowsOwner>) => {
    const run = draft.flows[side];
    run.status = outcome.status;
    run.warmingUp = false;
    if (outcome.status === 'done') {
      run.fraction = 1;
      const { flows, provenance, elapsedMs } = outcome.view;
      run.result = { label, source, flows, provenance, elapsedMs } as Draft<FlowsSideResult>;
    } else if (outcome.status === 'failed') {
      run.message = outcome.message;
    }
  };

/** Neither side could start (a scenario cannot run): say why beside the button; old results stay. */
export const refuseFlows = (refusal: string) => (draft: Draft<FlowsOwner>) => {
  draft.flows.refusal = refusal;
};

export function flowsRunning(state: FlowsState): boolean {
  return state.left.status === 'running' || state.right.status === 'running';
}
