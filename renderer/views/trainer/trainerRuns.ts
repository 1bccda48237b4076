// Trainer runs: the left and right scenarios, each one replication at the trainer's small scale on
// the same seed (so the same people enter both), each in its own detail-run worker so that the two
// run at once and neither cancels the other. A larger journey sample than the default gives the
// animation and "follow one person" enough people to show. Both sides pass the engine's run gate
// before either starts: when one cannot run, nothing runs and the refusal goes beside Start.
import { EngineClient, loadBuiltIn, runRefusal, type Scenario } from '../../engine';
import type { Store } from '../../state/store';
import type { AppState } from '../../state/appState';
import { refuseTrainerRuns, sideFinished, sideProgressed, sideStarted, setClockDate, TRAINER_DEFAULT_SCALE, type SideName } from '../../state/trainerSlice';
import { PROVIDER_SERIES, STAGE_SERIES } from '../../lib/trainerFlowStages';

/** People whose every event is recorded: enough dots for the animation, few enough to draw smoothly. */
export const TRAINER_JOURNEYS = 600;

const clients: Partial<Record<SideName, EngineClient>> = {};

function clientFor(side: SideName): EngineClient {
  clients[side] ??= new EngineClient();
  return clients[side]!;
}

/** The scenario a side names: a built-in, or the document being edited ('document'). */
export function trainerScenario(state: AppState, scenarioName: string): Scenario {
  const base = scenarioName === 'document' ? state.document.scenario : loadBuiltIn(scenarioName);
  return { ...base, simulation: { ...base.simulation, scale: state.trainer.scale, seed: state.trainer.seed, journeySampleSize: TRAINER_JOURNEYS } };
}

/** Each side's scenario as it will run, or why the runs cannot start. */
function sideScenarios(state: AppState, sides: readonly SideName[]): { scenarios: Scenario[] } | { refusal: string } {
  try {
    const scenarios = sides.map((side) => trainerScenario(state, state.trainer[side]!.scenarioName));
    const refusal = runRefusal(scenarios.map((scenario, i) => ({ label: state.trainer[sides[i]]!.scenarioName === 'document' ? `The scenario being edited (${scenario.name})` : scenario.name, scenario })));
    return refusal === null ? { scenarios } : { refusal };
  } catch (error) {
    return { refusal: error instanceof Error ? error.message : String(error) };
  }
}

/** Runs both sides (or the left only); resolves when both have finished, however they ended: true, or false at once when refused. */
export async function startTrainerRuns(store: Store<AppState>): Promise<boolean> {
  const sides: SideName[] = store.state.trainer.right ? ['left', 'right'] : ['left'];
  const prepared = sideScenarios(store.state, sides);
  if ('refusal' in prepared) {
    store.update(refuseTrainerRuns(prepared.refusal));
    return false;
  }
  const runs = sides.map((side, i) => {
    const scenario = prepared.scenarios[i];
    store.update(sideStarted(side));
    const started = clientFor(side).run({ scenario, money: false, hash: false, seriesNames: TRAINER_SERIES }, (p) => store.update(sideProgressed(side, p.fraction)));
    return started.outcome.then((outcome) => store.update(sideFinished(side, outcome)));
  });
  await Promise.all(runs);
  const left = store.state.trainer.left.view;
  if (left && left.weeks.length > 0) store.update(setClockDate(left.weeks[0]));
  return true;
}

/** Loads the engine into both workers now, so that Start only has the runs themselves to do. */
let rehearsed = false;

export function prepareTrainerWorkers(): void {
  // Once per session: coming back to the tab must not queue more rehearsals in front of a Start.
  if (rehearsed) return;
  rehearsed = true;
  // A whole run at half the trainer's scale, twice, in the background while the trainer reads the
  // screen: V8 compiles the engine's hot code as it runs, and a cold first run is about three
  // times slower than a warm one (measured in Chromium: 860, 500, then 300 ms at scale 0.01).
  const tr = loadBuiltIn('tr');
  const rehearsal = { ...tr, simulation: { ...tr.simulation, scale: TRAINER_DEFAULT_SCALE / 2, journeySampleSize: 50 } };
  for (const side of ['left', 'right'] as const) {
    clientFor(side).prepare(rehearsal);
    clientFor(side).prepare(rehearsal);
  }
}

/** The weekly series the flow's counters read (national equivalents of the stages, providers' caseloads), and no others. */
const TRAINER_SERIES: string[] = [...Object.values(STAGE_SERIES).flatMap((names) => names ?? []), ...Object.values(PROVIDER_SERIES)];
