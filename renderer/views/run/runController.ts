// Starting and cancelling the Run view's replications. The running job's handle lives here, in
// the module, never in the store (it holds workers and a promise); the store hears progress and
// results through the run slice's recipes, so the view may unmount and come back mid-run.
import type { Store } from '../../state/store';
import type { AppState } from '../../state/appState';
import { addNotice } from '../../state/documentActions';
import { refuseRun, runEnded, runProgressed, runResultsArrived, runStarted, type RunState } from '../../state/runSlice';
import type { Draft } from 'immer';
import { launchJob, type RunningJob } from '../shared/launchJob';
import { planRun } from './runPlan';
import { summarizeRun } from './runSummary';

let active: RunningJob | null = null;

const inRun = (recipe: (run: Draft<RunState>) => void) => (draft: Draft<AppState>) => recipe(draft.run);

/** Runs the document's scenario with the form's numbers; refuses (in the slice) when it cannot. */
export function startRun(store: Store<AppState>): void {
  if (active) return;
  const planned = planRun(store.state.document.scenario, store.state.run.setup);
  if ('refusal' in planned) {
    store.update(inRun(refuseRun(planned.refusal)));
    return;
  }
  const { plan, ...identity } = planned.run;
  const job = launchJob(plan, {
    summarize: (outputs, complete) => summarizeRun(outputs, complete, identity),
    started: (j) => store.update(inRun(runStarted(j))),
    progressed: (id, progress, now) => store.update(inRun(runProgressed(id, progress, now))),
    results: (id, results) => store.update(inRun(runResultsArrived(id, results))),
    ended: (id, outcome, now) => {
      store.update(inRun(runEnded(id, outcome, now)));
      if ('failed' in outcome) store.update(addNotice({ tone: 'error', title: `The run of ${identity.scenarioName} failed`, detail: outcome.failed }));
    },
  });
  active = job;
  void job.finished.finally(() => {
    if (active === job) active = null;
  });
}

/** Stops the replications; those already finished are kept (the pool resolves with them). */
export function cancelRun(): void {
  active?.cancel();
}
