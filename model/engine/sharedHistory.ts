// When two runs share their history. On common random numbers, two scenarios with the same
// simulation settings and parameters, run with the same seed and replication, make exactly the
// same draws and the same moves until the first day their timelines make a difference; up to that
// day one run can stand for both (model/engine/snapshot.ts). The warm-up is the common case: every
// built-in history starts under the probation trusts, and `tr` and `as-happened` agree until
// unification in 2021.
// What a timeline does on a day: each change that moves the operating model re-allocates every
// open case (Timeline.applyChangesOn), and the switches in force after the day's changes steer
// the rest. Two timelines agree on a day when both are the same; a change that sets what is already
// in force does nothing, so timelines written differently can still agree.
import type { Scenario, Switches } from '../scenario/schema';
import { addYears, isoDateOf, parseIsoDate } from '../calendar/dates';
import { canonicalJson, hashOf } from '../hash';

/** What the engine reads of a scenario: everything but the money terms and the labels. */
export function engineInputsOf(scenario: Scenario): Pick<Scenario, 'simulation' | 'timeline' | 'parameters' | 'uncertainty'> {
  return { simulation: scenario.simulation, timeline: scenario.timeline, parameters: scenario.parameters, uncertainty: scenario.uncertainty };
}

/**
 * The engine's inputs other than the timeline's switches, with the run's seed, replication and
 * scale. The dated values are in it: runs whose dated values differ anywhere share no history.
 */
export function historyBaseKey(scenario: Scenario, run: { seed: number; replication: number; scale: number }): string {
  const { timeline, ...inputs } = engineInputsOf(scenario);
  return timeline.values.length === 0 ? hashOf({ ...inputs, ...run }) : hashOf({ ...inputs, datedValues: timeline.values, ...run });
}

/** The first simulated day (the warm-up's start) and the last, as day numbers. */
export function simulatedDays(simulation: Scenario['simulation']): { firstDay: number; lastDay: number } {
  const reportStart = parseIsoDate(simulation.start);
  return { firstDay: addYears(reportStart, -simulation.warmupYears), lastDay: addYears(reportStart, simulation.years) - 1 };
}

/**
 * The first day on which two timelines can make runs differ, from `firstDay` on; Infinity when
 * they never do. Changes dated on or before the first day count as initial (as in Timeline).
 */
export function firstDayOfDifference(a: Scenario['timeline'], b: Scenario['timeline'], firstDay: number): number {
  const effectsA = dailyEffects(a, firstDay);
  const effectsB = dailyEffects(b, firstDay);
  if (effectsA.initial !== effectsB.initial) return firstDay;
  const days = [...new Set([...effectsA.byDay.keys(), ...effectsB.byDay.keys()])].sort((x, y) => x - y);
  let inForceA = effectsA.initial;
  let inForceB = effectsB.initial;
  for (const day of days) {
    const onA = effectsA.byDay.get(day);
    const onB = effectsB.byDay.get(day);
    if (onA) inForceA = onA.inForce;
    if (onB) inForceB = onB.inForce;
    if (inForceA !== inForceB || (onA?.moves ?? '') !== (onB?.moves ?? '')) return day;
  }
  return Infinity;
}

export type SharedHistory =
  | { kind: 'none' }
  /** Runs agree on every day before `until` (ISO date), and may differ from it on. */
  | { kind: 'until'; until: string }
  /** The engine runs are identical (the scenarios may still differ in money terms or labels). */
  | { kind: 'whole' };

/** How much history runs of `a` and `b` on the same seed and replication share. */
export function sharedHistory(a: Scenario, b: Scenario): SharedHistory {
  const base = { seed: 0, replication: 0, scale: 0 };
  if (historyBaseKey(a, base) !== historyBaseKey(b, base)) return { kind: 'none' };
  const { firstDay, lastDay } = simulatedDays(a.simulation);
  const day = firstDayOfDifference(a.timeline, b.timeline, firstDay);
  if (day > lastDay) return { kind: 'whole' };
  return day <= firstDay ? { kind: 'none' } : { kind: 'until', until: isoDateOf(day) };
}

interface DayEffect {
  /** The operating models moved to, in order (each move re-allocates cases). */
  moves: string;
  /** The switches in force after the day's changes, as canonical JSON. */
  inForce: string;
}

function dailyEffects(timeline: Scenario['timeline'], firstDay: number): { initial: string; byDay: Map<number, DayEffect> } {
  const changes = timeline.changes
    .map((c) => ({ day: parseIsoDate(c.date), set: c.set }))
    .sort((x, y) => x.day - y.day); // stable, like Timeline's own order
  let switches: Switches = { ...timeline.initial };
  let initial: string | undefined;
  const byDay = new Map<number, DayEffect>();
  let moves: string[] = [];
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i];
    if (change.day > firstDay && initial === undefined) initial = canonicalJson(switches);
    const model = switches.operatingModel;
    switches = { ...switches, ...change.set };
    if (change.day <= firstDay) continue;
    if (switches.operatingModel !== model) moves.push(switches.operatingModel);
    if (i + 1 === changes.length || changes[i + 1].day !== change.day) {
      byDay.set(change.day, { moves: moves.join('>'), inForce: canonicalJson(switches) });
      moves = [];
    }
  }
  return { initial: initial ?? canonicalJson(switches), byDay };
}
