// Which organisations exist on a date, from a scenario's timeline: the operating model in force
// decides who a sentenced person can be allocated to (35 probation trusts; the NPS for high risk
// and 21 CRCs for the rest under Transforming Rehabilitation; the NPS's 12 regions under the
// unified model). The animation redraws the allocation stage from this, announces each change
// of model as the clock passes it, and marks every dated change on the date slider.
import { operatingModels, type OperatingModel } from '../engine';
import { dayOf } from './trainerClock';

/** The scenario timeline fields read here (model/scenario/schema.ts). */
export interface TimelineLike {
  initial: { operatingModel: string };
  changes: readonly { date: string; label: string; set: { operatingModel?: string }; history?: boolean }[];
}

/** The model in a line, for a panel's heading. */
export const MODEL_SUMMARIES: Record<OperatingModel, string> = {
  trusts: 'Probation trusts: 35 trusts supervise every case',
  tr: 'Transforming Rehabilitation: the NPS (high risk) and 21 CRCs',
  unified: 'Unified model: the NPS supervises every case',
};

/** The supervising organisations that exist under a model, as they are drawn in allocation. */
export interface ModelProvider {
  provider: 'trust' | 'crc' | 'nps';
  label: string;
  note: string;
}

export const MODEL_PROVIDERS: Record<OperatingModel, ModelProvider[]> = {
  trusts: [{ provider: 'trust', label: 'Trusts (35)', note: 'every case' }],
  tr: [
    { provider: 'nps', label: 'NPS', note: 'high risk of harm' },
    { provider: 'crc', label: 'CRCs (21)', note: 'low and medium risk' },
  ],
  unified: [{ provider: 'nps', label: 'NPS', note: '12 regions' }],
};

function asModel(name: string | undefined): OperatingModel | null {
  return operatingModels.find((model) => model === name) ?? null;
}

export interface ModelChange {
  day: number;
  date: string;
  model: OperatingModel;
  label: string;
}

/** The changes of operating model, in date order (a change to the model already in force is kept: it is what the scenario says). */
export function modelChanges(timeline: TimelineLike): ModelChange[] {
  const out: ModelChange[] = [];
  for (const change of timeline.changes) {
    const model = asModel(change.set.operatingModel);
    if (model) out.push({ day: dayOf(change.date), date: change.date, model, label: change.label });
  }
  return out.sort((a, b) => a.day - b.day);
}

/** The operating model a timeline starts under. */
export function initialModel(timeline: TimelineLike): OperatingModel {
  return asModel(timeline.initial.operatingModel) ?? 'trusts';
}

/**
 * The operating model in force on `day`, from the initial model and the changes (modelChanges, in
 * date order; a change takes effect on its own date). Called every frame with changes prepared once per run.
 */
export function modelInForce(initial: OperatingModel, changes: readonly ModelChange[], day: number): OperatingModel {
  let model = initial;
  for (const change of changes) if (change.day <= day) model = change.model;
  return model;
}

/** The operating model in force on `day`, straight from a timeline. */
export function modelAt(timeline: TimelineLike, day: number): OperatingModel {
  return modelInForce(initialModel(timeline), modelChanges(timeline), day);
}

/** The change of model to announce on `day`: the latest one at most `bannerDays` before it. */
export function bannerAt(changes: readonly ModelChange[], day: number, bannerDays: number): ModelChange | null {
  let shown: ModelChange | null = null;
  for (const change of changes) if (change.day <= day && day < change.day + bannerDays) shown = change;
  return shown;
}

export interface TimelineMarker {
  day: number;
  date: string;
  labels: string[];
  /** Which sides' scenarios make this change ('left', 'right'). */
  sides: string[];
  /** True when the operating model changes on this date. */
  modelChange: boolean;
}

/** Every dated change of the scenarios shown, one marker per date, inside the window. */
export function timelineMarkers(timelines: { side: string; timeline: TimelineLike }[], window: { start: number; end: number }): TimelineMarker[] {
  const byDate = new Map<string, TimelineMarker>();
  for (const { side, timeline } of timelines) {
    for (const change of timeline.changes) {
      if (change.history === true) continue; // the yearly published history is not a policy moment
      const day = dayOf(change.date);
      if (day < window.start || day > window.end) continue;
      const marker = byDate.get(change.date) ?? { day, date: change.date, labels: [], sides: [], modelChange: false };
      if (!marker.labels.includes(change.label)) marker.labels.push(change.label);
      if (!marker.sides.includes(side)) marker.sides.push(side);
      if (asModel(change.set.operatingModel)) marker.modelChange = true;
      byDate.set(change.date, marker);
    }
  }
  return [...byDate.values()].sort((a, b) => a.day - b.day);
}
