// The state of the current run, changed only by the pure actions below.
// Invariants: actions of any run but the latest are ignored (a late message can never overwrite a
// newer run); the last finished view is kept while a new run progresses, so the chart does not
// blink away, and is replaced only when a run finishes.
import type { RunOutcome, RunView } from '../engine';
import type { RunSettings } from '../lib/startOptions';

export type RunPhase =
  | { phase: 'idle' }
  | { phase: 'running'; fraction: number; date: string | null; warmingUp: boolean }
  | { phase: 'done' }
  | { phase: 'cancelled'; fraction: number; date: string | null; warmingUp: boolean }
  | { phase: 'failed'; message: string };

export type RunState = RunPhase & {
  runId: number;
  settings: RunSettings | null;
  /** The latest completed run, shown on the chart. */
  view: RunView | null;
};

export type RunAction =
  | { type: 'started'; runId: number; settings: RunSettings }
  | { type: 'progressed'; runId: number; fraction: number; date: string; warmingUp: boolean }
  | { type: 'finished'; runId: number; outcome: RunOutcome };

export const initialRunState: RunState = { phase: 'idle', runId: 0, settings: null, view: null };

export function runReducer(state: RunState, action: RunAction): RunState {
  if (action.type === 'started') {
    return { phase: 'running', fraction: 0, date: null, warmingUp: false, runId: action.runId, settings: action.settings, view: state.view };
  }
  if (action.runId !== state.runId || state.phase !== 'running') return state;
  const common = { runId: state.runId, settings: state.settings, view: state.view };
  if (action.type === 'progressed') {
    return { ...common, phase: 'running', fraction: action.fraction, date: action.date, warmingUp: action.warmingUp };
  }
  const { outcome } = action;
  switch (outcome.status) {
    case 'done':
      return { ...common, phase: 'done', view: outcome.view };
    case 'cancelled':
      return { ...common, phase: 'cancelled', fraction: state.fraction, date: state.date, warmingUp: state.warmingUp };
    case 'failed':
      return { ...common, phase: 'failed', message: outcome.message };
  }
}
