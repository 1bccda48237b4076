// One side of the animated flow, prepared once per run (and again only when the hold of passing
// moments changes with the speed): each sampled person's compact timeline, their fixed spot
// inside a stage box, and the scenario's timeline of changes (which model is in force when).
import { useMemo } from 'react';
import type { RunView } from '../../../engine';
import { useServices } from '../../../state/appContext';
import type { SideName, TrainerSide } from '../../../state/trainerSlice';
import { modelChanges, type ModelChange, type TimelineLike } from '../../../lib/trainerFlowModels';
import { spotOf } from '../../../lib/trainerFlowLayout';
import { buildTimelines, type PersonTimeline } from '../../../lib/trainerFlowTimeline';
import { trainerScenario } from '../trainerRuns';

export interface FlowSideData {
  side: SideName;
  scenarioName: string;
  view: RunView;
  /** One per journey, in the journeys' order. */
  timelines: PersonTimeline[];
  spots: { u: number; v: number }[];
  /** Journey index by serial. */
  indexOf: Map<number, number>;
  timeline: TimelineLike;
  changes: ModelChange[];
}

/** The scenario's timeline; a scenario that can no longer be read (an edited document) shows no changes. */
function timelineOf(state: Parameters<typeof trainerScenario>[0], scenarioName: string): TimelineLike {
  try {
    return trainerScenario(state, scenarioName).timeline;
  } catch {
    return { initial: { operatingModel: 'trusts' }, changes: [] };
  }
}

export function useFlowSide(side: SideName, trainerSide: TrainerSide | null, holdDays: number): FlowSideData | null {
  const { store } = useServices();
  const view = trainerSide?.view ?? null;
  const scenarioName = trainerSide?.scenarioName ?? '';
  const timelines = useMemo(() => (view ? buildTimelines(view.journeys, holdDays) : []), [view, holdDays]);
  const fixed = useMemo(() => {
    if (!view) return null;
    const timeline = timelineOf(store.state, scenarioName);
    return {
      spots: view.journeys.map((j) => spotOf(j.personSerial)),
      indexOf: new Map(view.journeys.map((j, i) => [j.personSerial, i])),
      timeline,
      changes: modelChanges(timeline),
    };
    // The timeline is read when the run lands: a run's view changes identity with every run.
  }, [view, scenarioName, store]);
  return useMemo(() => (view && fixed ? { side, scenarioName, view, timelines, ...fixed } : null), [side, scenarioName, view, timelines, fixed]);
}
