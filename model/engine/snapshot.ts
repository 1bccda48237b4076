// Snapshots: a run paused on a day, from which runs that share its history carry on. Two scenarios
// that agree on everything the engine reads up to a day (sharedHistory.ts), run on the same seed
// and replication, pass through the same state on that day; so the second can start from a copy
// of the first's state there instead of simulating the shared years again. The result is the same
// bits as an uninterrupted run (tested for every built-in pair), only sooner.
// Invariants: a snapshot is never run on (resuming works on a copy), so one snapshot can serve any
// number of runs, except that its last user may take it over (`consume`: no copy of the bulk of
// the state; the snapshot is then spent and refuses to serve again); resuming checks that the run
// really shares the snapshot's history, and refuses with an error naming what differs rather
// than give a wrong result.
import type { Scenario } from '../scenario/schema';
import { isoDateOf } from '../calendar/dates';
import { cloneState, restoreState } from './cloneState';
import { Simulation } from './simulation';
import type { SimulationSetup } from './setup';
import { firstDayOfDifference, historyBaseKey } from './sharedHistory';

export interface EngineSnapshot {
  /** The first day a resumed run simulates (ISO date). */
  readonly date: string;
  /** The engine inputs other than the timeline, with seed, replication and scale (historyBaseKey). */
  readonly baseKey: string;
  /** The timeline of the run the snapshot was taken from. */
  readonly timeline: Scenario['timeline'];
  /** The paused simulation: state only, never run further; undefined once a run has consumed it. */
  simulation: Simulation | undefined;
}

/** A copy of `sim` as it stands before its next day; `given` is the scenario as given (before uncertain inputs were drawn). */
export function takeSnapshot(sim: Simulation, given: Scenario): EngineSnapshot {
  const { scenario, setup, params } = sim;
  // The inputs are immutable: the copy shares them rather than copying them.
  const simulation = cloneState(sim, new Map<object, unknown>([[scenario, scenario], [setup, setup], [params, params]]));
  return {
    date: isoDateOf(sim.nextDay),
    baseKey: historyBaseKey(given, { seed: setup.seed, replication: setup.replication, scale: setup.scale }),
    timeline: given.timeline,
    simulation,
  };
}

/**
 * A simulation of `scenario` (realized: uncertain inputs drawn) that starts where the snapshot
 * stands. `given` is the scenario as given, which must share the snapshot's history. With
 * `consume`, the run takes the snapshot's state over instead of copying it.
 */
export function resumeSimulation(snapshot: EngineSnapshot, given: Scenario, scenario: Scenario, setup: SimulationSetup, consume = false): Simulation {
  const paused = snapshot.simulation;
  if (!paused) throw new Error(`Cannot resume "${given.name}" from the snapshot taken on ${snapshot.date}: another run has consumed it.`);
  const baseKey = historyBaseKey(given, { seed: setup.seed, replication: setup.replication, scale: setup.scale });
  if (baseKey !== snapshot.baseKey) {
    throw new Error(`Cannot resume "${given.name}" from a snapshot of another run: its simulation settings, parameters, uncertain inputs, seed, replication or scale differ.`);
  }
  const day = paused.nextDay;
  const differsOn = firstDayOfDifference(snapshot.timeline, given.timeline, paused.firstDay);
  if (differsOn < day) {
    throw new Error(`Cannot resume "${given.name}" from a snapshot taken on ${snapshot.date}: its timeline differs from the snapshot's from ${isoDateOf(differsOn)}.`);
  }
  // A freshly built simulation of this run, then the paused state poured into it (cloneState.ts
  // says why not a plain clone); its own inputs stay, and its timeline skips what was shared.
  const simulation = new Simulation(scenario, setup);
  restoreState(simulation, paused, new Set<object>([paused.scenario, paused.setup, paused.params, paused.timeline]), consume);
  if (consume) snapshot.simulation = undefined;
  simulation.timeline.skipBefore(simulation, day);
  return simulation;
}
