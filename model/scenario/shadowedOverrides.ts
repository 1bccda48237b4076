// Which overrides of a scenario's timeline a later timeline change undoes. The switches in force
// on a day are the initial ones overlaid, in date order (equal dates in file order), with every
// change dated on or before that day (engine/timeline.ts). So an override of timeline.initial.X,
// or of X in one change, holds only until the next change that sets X to something else, and a
// counterfactual written that way may do nothing: `--set timeline.initial.ora=false` on tr still
// gets the Offender Rehabilitation Act on 2015-02-01, when tr's third change sets ora to true.
// Pure: reads the scenario as it is after every override, and never throws (a path it cannot
// read is not one it can judge; applyOverride has reported it already).
import type { Scenario, Switches } from './schema';
import { parseOverridePath } from './overridePath';
import { sameSwitchValue } from './switchValues';
import { addYears, parseIsoDate } from '../calendar/dates';

export interface ShadowedOverride {
  /** The override's path as given. */
  path: string;
  /** The switch the override set and the later change sets again. */
  setting: keyof Switches;
  /** The switch's value as the override left it. */
  value: unknown;
  /** The first later change, within the run, that sets the switch to another value. */
  change: { index: number; date: string; label: string; value: unknown };
  /** True when that change is dated on or before the run's first day (warm-up included): the override never holds. */
  neverHolds: boolean;
}

/** Where a switch is set: timeline.initial, or the set of timeline.changes[n]. */
type Place = 'initial' | number;

export function shadowedOverrides(scenario: Scenario, paths: readonly string[]): ShadowedOverride[] {
  const found: ShadowedOverride[] = [];
  const reported = new Set<string>();
  for (const path of paths) {
    for (const { place, setting } of switchesSetBy(path, scenario)) {
      const key = `${path}\u0000${setting}`;
      if (reported.has(key)) continue;
      const shadow = laterChange(scenario, place, setting);
      if (shadow === undefined) continue;
      reported.add(key);
      found.push({ path, setting, ...shadow });
    }
  }
  return found;
}

/** The switches an override path writes, and where; none for a path outside the timeline's switches. */
function switchesSetBy(path: string, scenario: Scenario): { place: Place; setting: keyof Switches }[] {
  let keys: (string | number)[];
  try {
    keys = parseOverridePath(path);
  } catch {
    return [];
  }
  if (keys[0] !== 'timeline') return [];
  const { initial, changes } = scenario.timeline;
  if (keys[1] === 'initial') {
    const settings = keys.length === 2 ? Object.keys(initial) : [String(keys[2])];
    return settings.filter((s) => s in initial).map((s) => ({ place: 'initial', setting: s as keyof Switches }));
  }
  const index = keys[2];
  if (keys[1] !== 'changes' || typeof index !== 'number' || index >= changes.length) return [];
  const set = changes[index].set;
  // The whole change, its set, or its date (moving a change can put a later one after it).
  const whole = keys.length === 3 || (keys.length === 4 && (keys[3] === 'set' || keys[3] === 'date'));
  const settings = whole ? Object.keys(set) : keys[3] === 'set' ? [String(keys[4])] : [];
  return settings.filter((s) => s in set).map((s) => ({ place: index, setting: s as keyof Switches }));
}

function laterChange(scenario: Scenario, place: Place, setting: keyof Switches): Omit<ShadowedOverride, 'path' | 'setting'> | undefined {
  const { timeline, simulation } = scenario;
  const value = place === 'initial' ? timeline.initial[setting] : timeline.changes[place].set[setting];
  const reportStart = parseIsoDate(simulation.start);
  const firstDay = addYears(reportStart, -simulation.warmupYears);
  const lastDay = addYears(reportStart, simulation.years) - 1;
  // Date order, equal dates in file order: the order in which the engine applies them.
  const ordered = timeline.changes.map((change, index) => ({ change, index, day: parseIsoDate(change.date) })).sort((a, b) => a.day - b.day);
  const start = place === 'initial' ? 0 : ordered.findIndex((c) => c.index === place) + 1;
  for (const { change, index, day } of ordered.slice(start)) {
    if (day > lastDay) return undefined;
    if (!(setting in change.set)) continue;
    const later = change.set[setting];
    if (sameSwitchValue(later, value)) continue;
    return { value, change: { index, date: change.date, label: change.label, value: later }, neverHolds: day <= firstDay };
  }
  return undefined;
}
