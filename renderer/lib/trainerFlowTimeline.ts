// Each sampled person's journey compacted, once per run, into a timeline the animation can query
// 30 times a second for 600 people a side: sorted start days, each with the stage shown from that
// day, the provider then, and the journey event that put them there (for the tooltip). A moment
// (court, allocation, breach, …) holds its stage for `holdDays` and then yields to the person's
// lasting state. Moments on the same day queue one after another (court, then allocation), so
// the dot visibly passes through each, but a queue never delays a moment by more than two holds
// (a later moment cuts an earlier one short instead): the display stays close to the dates the
// engine recorded.
import { dayOf } from './trainerClock';
import { lastAtOrBefore } from './sortedSearch';
import { STAGE_INDEX, providerIndex, stageOfState, transientStage } from './trainerFlowStages';

/** The journey fields the timeline reads (model/runResult.ts Journey, through RunView). */
export interface JourneyLike {
  personSerial: number;
  events: readonly { date: string; kind: string; state: string; provider: string; detail?: string }[];
}

export interface PersonTimeline {
  serial: number;
  /** Start day of each entry (days since 1970), strictly increasing. */
  days: number[];
  /** FLOW_STAGES index shown from that day. */
  stages: number[];
  /** PROVIDERS index then. */
  providers: number[];
  /** Index of the journey event behind the entry. */
  events: number[];
}

function push(t: PersonTimeline, day: number, stage: number, provider: number, event: number): void {
  // A new entry replaces whatever was scheduled on or after its day.
  while (t.days.length > 0 && t.days[t.days.length - 1] >= day) {
    t.days.pop();
    t.stages.pop();
    t.providers.pop();
    t.events.pop();
  }
  t.days.push(day);
  t.stages.push(stage);
  t.providers.push(provider);
  t.events.push(event);
}

export function buildTimeline(journey: JourneyLike, holdDays: number): PersonTimeline {
  const t: PersonTimeline = { serial: journey.personSerial, days: [], stages: [], providers: [], events: [] };
  let chainEnd = -Infinity; // the day the current queue of moments finishes showing
  let sentencedBefore = false;
  journey.events.forEach((event, i) => {
    const day = dayOf(event.date);
    const lasting = STAGE_INDEX[stageOfState(event.state)];
    const provider = providerIndex(event.provider);
    const moment = transientStage(event, { seenBefore: i > 0, sentencedBefore });
    if (event.kind === 'sentenced') sentencedBefore = true;
    if (moment !== null) {
      const start = Math.max(day, Math.min(chainEnd, day + 2 * holdDays));
      push(t, start, STAGE_INDEX[moment], provider, i);
      chainEnd = start + holdDays;
      push(t, chainEnd, lasting, provider, i);
    } else if (day < chainEnd) {
      // The state changed while a moment is showing: the moment ends into the new state.
      const last = t.days.length - 1;
      t.stages[last] = lasting;
      t.providers[last] = provider;
      t.events[last] = i;
    } else {
      push(t, day, lasting, provider, i);
    }
  });
  return t;
}

export function buildTimelines(journeys: readonly JourneyLike[], holdDays: number): PersonTimeline[] {
  return journeys.map((j) => buildTimeline(j, holdDays));
}

/** The entry in force on `day`, or -1 before the person's first event. */
export function entryAt(t: PersonTimeline, day: number): number {
  return lastAtOrBefore(t.days, day);
}
