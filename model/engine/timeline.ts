// Operating models and history as a timeline with effective dates, not forked code. The switches
// in force on a day are the initial ones overlaid, in date order, with every change dated on or
// before it; the parameters in force are the base ones with the dated values (datedValues.ts) read
// on that day. A change of operating model moves every open case to the provider the new model
// gives, and the practitioners to the new model's providers.
// Invariants: the parameters are re-read only on the days datedValues.changeDays gives (each
// point's date, and the first of each month along a linear join), so what a run reads on a day is
// a function of the day alone, and a run resumed on a day reads what an unbroken run reads.
import type { Parameters, Scenario, Switches } from '../scenario/schema';
import { civilOf, epochDayOf, parseIsoDate } from '../calendar/dates';
import { changeDays, datedSeriesOf, parametersOn, type DatedSeries } from '../scenario/datedValues';
import type { World } from './world';
import { reallocateAll } from '../processes/allocation';
import { updateStaffing } from '../processes/supervision';

interface DatedChange {
  day: number;
  label: string;
  set: Partial<Switches>;
}

export class Timeline {
  readonly initialSwitches: Switches;
  /** The parameters in force on the first simulated day. */
  readonly initialParameters: Parameters;
  private readonly pending: DatedChange[];
  private readonly series: DatedSeries[];
  /** Days on which the parameters in force change, after the first day, in order. */
  private readonly parameterDays: number[];
  /** The base parameters the dated values are set into. */
  private readonly parameters: Parameters;

  constructor(scenario: Pick<Scenario, 'timeline' | 'parameters'>, firstDay: number, lastDay: number) {
    const { timeline } = scenario;
    const changes = timeline.changes
      .map((c) => ({ day: parseIsoDate(c.date), label: c.label, set: c.set }))
      .sort((a, b) => a.day - b.day); // Array.prototype.sort is stable: equal dates keep file order
    let initial: Switches = { ...timeline.initial };
    for (const change of changes) if (change.day <= firstDay) initial = { ...initial, ...change.set };
    this.initialSwitches = inOneShape(initial);
    this.pending = changes.filter((c) => c.day > firstDay);
    this.series = timeline.values.map(datedSeriesOf);
    this.parameters = scenario.parameters;
    this.initialParameters = parametersOn(scenario.parameters, this.series, firstDay);
    this.parameterDays = changeDays(this.series, firstDay, lastDay, monthStartsBetween(firstDay, lastDay));
  }

  /** Applies the changes dated `day` (called once per day, in order): parameters first, then switches. */
  applyChangesOn(sim: World, day: number): void {
    let restaff = false;
    if (this.parameterDays.length > 0 && this.parameterDays[0] === day) {
      this.parameterDays.shift();
      sim.setParameters(parametersOn(this.parameters, this.series, day));
      restaff = true;
    }
    while (this.pending.length > 0 && this.pending[0].day === day) {
      const change = this.pending.shift()!;
      const before = sim.switches.operatingModel;
      sim.switches = inOneShape({ ...sim.switches, ...change.set });
      if (sim.switches.operatingModel !== before) {
        updateStaffing(sim);
        reallocateAll(sim);
        restaff = false;
      }
    }
    if (restaff) updateStaffing(sim);
  }

  /**
   * Drops the changes dated before `day`, which a run resumed on that day has had already
   * (snapshot.ts), and gives the world the parameters an unbroken run would have then.
   */
  skipBefore(sim: World, day: number): void {
    while (this.pending.length > 0 && this.pending[0].day < day) this.pending.shift();
    let last: number | undefined;
    while (this.parameterDays.length > 0 && this.parameterDays[0] < day) last = this.parameterDays.shift();
    if (last !== undefined) sim.setParameters(parametersOn(this.parameters, this.series, last));
  }

  /** Switches in force on a day (for reports and tests). */
  static switchesOn(timeline: Scenario['timeline'], day: number): Switches {
    let switches: Switches = { ...timeline.initial };
    const changes = [...timeline.changes].sort((a, b) => parseIsoDate(a.date) - parseIsoDate(b.date));
    for (const change of changes) if (parseIsoDate(change.date) <= day) switches = { ...switches, ...change.set };
    return switches;
  }
}

/** The first day of every month from the one after `firstDay` to the one containing `lastDay`. */
function monthStartsBetween(firstDay: number, lastDay: number): number[] {
  const days: number[] = [];
  let { year, month } = civilOf(firstDay);
  for (;;) {
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
    const day = epochDayOf(year, month, 1);
    if (day > lastDay) return days;
    days.push(day);
  }
}

/**
 * A copy built by one literal, so every switches object of a run has the same hidden class. A
 * spread keeps the shape of its sources, and each change of shape deoptimised every hot function
 * that reads a switch (court, allocation, interventions, breach) when the timeline moved on.
 */
function inOneShape(s: Switches): Switches {
  return {
    operatingModel: s.operatingModel,
    ora: s.ora,
    throughTheGate: s.throughTheGate,
    reachIn: s.reachIn,
    reachInDays: s.reachInDays,
    psrShare: s.psrShare,
    psrMix: { oral: s.psrMix.oral, shortWritten: s.psrMix.shortWritten, standard: s.psrMix.standard },
    psrTarget: s.psrTarget,
  };
}
