// The Flows view's two detailed runs, one per side, each on its own engine client: a client runs
// one thing at a time and starting a second run would cancel the first, so sharing one (or the
// app's) would make the two sides cancel each other. The clients live at module level, not in the
// component, so runs go on (and land in the slice) while the user looks at another view.
// Invariants: both sides run with the same seed, replication and scale (common random numbers:
// their difference is the scenarios', not the noise's); progress reaches the store at most about
// ten times a second per side; when either side's scenario cannot run (the engine's run gate, at
// the run's scale), neither side runs and the refusal, naming the fields, goes beside Run both.
import { EngineClient, runRefusal, type RunOutcome } from '../../engine';
import type { Store } from '../../state/store';
import type { AppState } from '../../state/appState';
import { addNotice } from '../../state/documentActions';
import { finishFlowsSide, refuseFlows, setFlowsProgress, startFlowsRuns, type FlowsSideName } from '../../state/flowsSlice';
import type { ResolvedSide } from './flowSources';

export interface FlowsRunSettings {
  seed: number;
  replication: number;
  scale: number;
}

const PROGRESS_INTERVAL_MS = 100;
const clients: Partial<Record<FlowsSideName, EngineClient>> = {};

function clientOf(side: FlowsSideName): EngineClient {
  let client = clients[side];
  if (!client) {
    client = new EngineClient();
    clients[side] = client;
    const created = client;
    window.addEventListener('pagehide', () => created.dispose());
  }
  return client;
}

function runSide(store: Store<AppState>, side: FlowsSideName, resolved: ResolvedSide, settings: FlowsRunSettings): Promise<RunOutcome> {
  let lastProgress = 0;
  const request = { scenario: resolved.scenario, ...settings, money: false, seriesNames: [] };
  const { outcome } = clientOf(side).run(request, (progress) => {
    const now = performance.now();
    if (now - lastProgress < PROGRESS_INTERVAL_MS) return;
    lastProgress = now;
    store.update(setFlowsProgress(side, progress));
  });
  return outcome.then((settled) => {
    store.update(finishFlowsSide(side, settled, resolved.label, resolved.source));
    if (settled.status === 'failed') {
      store.update(addNotice({ tone: 'error', title: `The flows run of ${resolved.label} failed`, detail: settled.message }));
    }
    return settled;
  });
}

/** Runs both sides at once (two workers on two cores); resolves when both have settled, or at once (with nothing) when refused. */
export function runFlows(store: Store<AppState>, sides: Record<FlowsSideName, ResolvedSide>, settings: FlowsRunSettings): Promise<RunOutcome[]> {
  const asRun = (side: ResolvedSide) => ({ label: side.label, scenario: { ...side.scenario, simulation: { ...side.scenario.simulation, scale: settings.scale } } });
  const refusal = runRefusal([asRun(sides.left), asRun(sides.right)]);
  if (refusal !== null) {
    store.update(refuseFlows(refusal));
    return Promise.resolve([]);
  }
  store.update(startFlowsRuns());
  return Promise.all([runSide(store, 'left', sides.left, settings), runSide(store, 'right', sides.right, settings)]);
}

export function cancelFlows(): void {
  clients.left?.cancel();
  clients.right?.cancel();
}
