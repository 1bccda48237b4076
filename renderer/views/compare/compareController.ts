// Starting and cancelling the Compare view's replications: the chosen scenarios, or an opened
// experiment file, as one plan with several variants on common random numbers. The running job's
// handle lives here, in the module, never in the store; results reach the store as summaries.
import type { Draft } from 'immer';
import type { Store } from '../../state/store';
import { documentTitle, type AppState } from '../../state/appState';
import { addNotice } from '../../state/documentActions';
import { compareEnded, compareProgressed, compareResultsArrived, compareStarted, refuseCompare, type CompareControl, type CompareState } from '../../state/compareSlice';
import { launchJob, type RunningJob } from '../shared/launchJob';
import { summarizeComparison } from './compareSummary';
import { planComparison, planExperiment, planExplanation, type PlannedComparison } from './compareVariants';

let active: RunningJob | null = null;

const inCompare = (recipe: (compare: Draft<CompareState>) => void) => (draft: Draft<AppState>) => recipe(draft.compare);

function launch(store: Store<AppState>, { plan, identity }: PlannedComparison): void {
  const job = launchJob(plan, {
    summarize: (outputs, complete) => summarizeComparison(outputs, complete, identity),
    started: (j) => store.update(inCompare(compareStarted(j))),
    progressed: (id, progress, now) => store.update(inCompare(compareProgressed(id, progress, now))),
    results: (id, results) => store.update(inCompare(compareResultsArrived(id, results))),
    ended: (id, outcome, now) => {
      store.update(inCompare(compareEnded(id, outcome, now)));
      if ('failed' in outcome) store.update(addNotice({ tone: 'error', title: `The comparison ${identity.title} failed`, detail: outcome.failed }));
    },
  });
  active = job;
  void job.finished.finally(() => {
    if (active === job) active = null;
  });
}

function planOrRefuse(store: Store<AppState>, control: CompareControl, plan: () => { comparison: PlannedComparison } | { refusal: string }): void {
  let planned: { comparison: PlannedComparison } | { refusal: string };
  try {
    planned = plan();
  } catch (error) {
    planned = { refusal: error instanceof Error ? error.message : String(error) };
  }
  if ('refusal' in planned) store.update(inCompare(refuseCompare(control, planned.refusal)));
  else launch(store, planned.comparison);
}

/** Compares the chosen baseline with the chosen alternatives. */
export function startComparison(store: Store<AppState>): void {
  if (active) return;
  const { document, compare } = store.state;
  planOrRefuse(store, 'choice', () => planComparison(compare.setup, { scenario: document.scenario, name: documentTitle(document) }));
}

/** Explains why the one alternative differs from the baseline, group of mechanism by group. */
export function startExplanation(store: Store<AppState>): void {
  if (active) return;
  const { document, compare } = store.state;
  planOrRefuse(store, 'choice', () => planExplanation(compare.setup, { scenario: document.scenario, name: documentTitle(document) }));
}

/** Runs the opened experiment file's comparison. */
export function startExperimentFile(store: Store<AppState>): void {
  if (active) return;
  const opened = store.state.experiment;
  if (!opened) return;
  planOrRefuse(store, 'experiment', () => planExperiment(opened.experiment, opened.name, store.state.compare.experimentSetup));
}

/** Stops the replications; those every scenario finished are kept. */
export function cancelComparison(): void {
  active?.cancel();
}
