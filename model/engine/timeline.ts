// Operating models as a timeline of switches with effective dates, not forked code. The switches
// in force on a day are the initial ones overlaid, in date order, with every change dated on or
// before it. A change of operating model moves every open case to the provider the new model gives,
// and the practitioners to the new model's providers.
import type { Scenario, Switches } from '../scenario/schema';
import { parseIsoDate } from '../calendar/dates';
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
  private readonly pending: DatedChange[];

  constructor(timeline: Scenario['timeline'], firstDay: number) {
    const changes = timeline.changes
      .map((c) => ({ day: parseIsoDate(c.date), label: c.label, set: c.set }))
      .sort((a, b) => a.day - b.day); // Array.prototype.sort is stable: equal dates keep file order
    let initial: Switches = { ...timeline.initial };
    for (const change of changes) if (change.day <= firstDay) initial = { ...initial, ...change.set };
    this.initialSwitches = inOneShape(initial);
    this.pending = changes.filter((c) => c.day > firstDay);
  }

  /** Applies the changes dated `day` (called once per day, in order). */
  applyChangesOn(sim: World, day: number): void {
    while (this.pending.length > 0 && this.pending[0].day === day) {
      const change = this.pending.shift()!;
      const before = sim.switches.operatingModel;
      sim.switches = inOneShape({ ...sim.switches, ...change.set });
      if (sim.switches.operatingModel !== before) {
        updateStaffing(sim);
        reallocateAll(sim);
      }
    }
  }

  /** Drops the changes dated before `day`: a run resumed on that day has had them already (snapshot.ts). */
  skipBefore(day: number): void {
    while (this.pending.length > 0 && this.pending[0].day < day) this.pending.shift();
  }

  /** Switches in force on a day (for reports and tests). */
  static switchesOn(timeline: Scenario['timeline'], day: number): Switches {
    let switches: Switches = { ...timeline.initial };
    const changes = [...timeline.changes].sort((a, b) => parseIsoDate(a.date) - parseIsoDate(b.date));
    for (const change of changes) if (parseIsoDate(change.date) <= day) switches = { ...switches, ...change.set };
    return switches;
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
  };
}
