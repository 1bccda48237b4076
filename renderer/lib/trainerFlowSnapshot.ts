// Where everyone stands on one day: each sampled person's stage, provider and the journey event
// behind it, and the counters on every stage (the sample there now; for lasting stages, the
// national equivalent from the weekly series). Computed for every frame the clock moves, so it is
// one binary search per person and no allocation beyond the result; the national counters read the
// week the caller found once for the frame (weekIndexAt), not one search per counter.
import { FLOW_STAGES, NOT_YET, PROVIDERS, PROVIDER_SERIES, STAGE_INDEX, STAGE_SERIES, type FlowStage } from './trainerFlowStages';
import { entryAt, type PersonTimeline } from './trainerFlowTimeline';

export interface PersonAt {
  serial: number;
  /** FLOW_STAGES index, or NOT_YET. */
  stage: number;
  /** PROVIDERS index. */
  provider: number;
  /** The journey event behind the stage (-1 when not yet in the model). */
  event: number;
}

export interface FlowSnapshot {
  people: PersonAt[];
  /** Sampled people at each stage (FLOW_STAGES order). */
  counts: number[];
  /** Sampled people in allocation by provider (PROVIDERS order). */
  allocationCounts: number[];
  /** Sampled people not in the model yet (they enter later in the window). */
  notYet: number;
}

export function snapshotAt(timelines: readonly PersonTimeline[], day: number): FlowSnapshot {
  const counts = FLOW_STAGES.map(() => 0);
  const allocationCounts = PROVIDERS.map(() => 0);
  let notYet = 0;
  const people = timelines.map((t): PersonAt => {
    const i = entryAt(t, day);
    if (i < 0) {
      notYet++;
      return { serial: t.serial, stage: NOT_YET, provider: 0, event: -1 };
    }
    const stage = t.stages[i];
    counts[stage]++;
    if (stage === STAGE_INDEX.allocation) allocationCounts[t.providers[i]]++;
    return { serial: t.serial, stage, provider: t.providers[i], event: t.events[i] };
  });
  return { people, counts, allocationCounts, notYet };
}

/** The weekly series as the snapshot needs them (RunView's weeks and series). */
export interface WeeklySeries {
  weeks: readonly string[];
  series: Readonly<Record<string, readonly number[]>>;
}

function sumAt(data: WeeklySeries, names: readonly string[], week: number): number | null {
  if (week < 0) return null;
  let total = 0;
  for (const name of names) {
    const values = data.series[name];
    if (!values || values[week] === undefined) return null;
    total += values[week];
  }
  return total;
}

/** The national equivalent of a lasting stage in week `week` (weekIndexAt: -1 before the first week gives null); null for a passing stage. */
export function nationalAt(data: WeeklySeries, stage: FlowStage, week: number): number | null {
  const names = STAGE_SERIES[stage];
  return names ? sumAt(data, names, week) : null;
}

/** A provider kind's national caseload in week `week`. */
export function caseloadAt(data: WeeklySeries, provider: 'trust' | 'crc' | 'nps', week: number): number | null {
  return sumAt(data, [PROVIDER_SERIES[provider]], week);
}

/** "≈ 52,400": national equivalents are estimates scaled up from a sample, so rounded to hundreds. */
const WHOLE = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

export function approx(value: number): string {
  return `≈ ${WHOLE.format(Math.round(value / 100) * 100)}`;
}
