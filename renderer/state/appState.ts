// The state of the whole app, in one immer store (store.ts). The document is what the user edits
// (and what undo takes back); each view keeps its own slice (runs, comparisons, money, flows) so
// that switching views loses nothing. Results held here are frozen plain data from the workers.
import type { JournalEntry } from '../../electron/ipc/contract';
import type { Experiment, Scenario } from '../engine';
import { initialRunState, type RunState } from './runSlice';
import { initialCompareState, type CompareState } from './compareSlice';
import { initialMoneyState, type MoneyState } from './moneySlice';
import { initialFlowsState, type FlowsState } from './flowsSlice';
import { initialTrainerState, type TrainerState } from './trainerSlice';

export const VIEWS = ['scenarios', 'run', 'compare', 'money', 'flows', 'trainer'] as const;
export type ViewName = (typeof VIEWS)[number];

export const VIEW_LABELS: Record<ViewName, string> = {
  scenarios: 'Scenarios',
  run: 'Run',
  compare: 'Compare',
  money: 'Money',
  flows: 'Flows',
  trainer: 'Trainer',
};

export type DocumentSource =
  | { kind: 'builtin'; name: string }
  | { kind: 'file'; path: string; name: string }
  | { kind: 'new'; from: string };

export interface ScenarioDocument {
  /** Stable for the document's life: the recovery journal's key. */
  id: string;
  source: DocumentSource;
  scenario: Scenario;
  /** The built-in scenario the editor's plain-words diff compares against. */
  baselineName: string;
  /** Edited since it was opened or last saved. */
  dirty: boolean;
}

export interface Notice {
  id: number;
  tone: 'error' | 'info';
  title: string;
  /** Several lines allowed: a scenario error lists each failing field on its own line. */
  detail?: string;
}

export interface AppState {
  view: ViewName;
  document: ScenarioDocument;
  /** An experiment file the user opened: the Compare view offers to run it. */
  experiment: { name: string; experiment: Experiment } | null;
  notices: Notice[];
  /** Unsaved edits found in the journal at start-up, offered for recovery. */
  recovery: JournalEntry[];
  run: RunState;
  compare: CompareState;
  money: MoneyState;
  flows: FlowsState;
  trainer: TrainerState;
}

export function initialAppState(document: ScenarioDocument): AppState {
  return {
    view: 'scenarios',
    document,
    experiment: null,
    notices: [],
    recovery: [],
    run: initialRunState,
    compare: initialCompareState,
    money: initialMoneyState,
    flows: initialFlowsState,
    trainer: initialTrainerState,
  };
}

/** What the document is called in the title bar, menus and the journal. */
export function documentTitle(document: ScenarioDocument): string {
  switch (document.source.kind) {
    case 'builtin':
      return document.source.name;
    case 'file':
      return document.source.name;
    case 'new':
      return `untitled (from ${document.source.from})`;
  }
}
