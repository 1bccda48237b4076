// A calendar (bucket) queue of person events on integer days.
// Invariants: events pop in order of (day, kind priority, sequence) — a bucket per day and per kind,
// each first-in first-out, so equal (day, kind) pairs keep the order they were scheduled in; an
// entry carries the version of its person's clock at scheduling time, and the engine skips it as
// stale when that clock has moved on (cheaper than deleting from the queue). Events past the end
// of the run are never stored. No allocation per event: buckets are reused plain SMI arrays.
import type { Day } from '../units';

/** Kinds in priority order within a day: lower numbers run first. */
export const enum EventKind {
  Release = 0,
  RecallEnd = 1,
  StateEnd = 2,
  Court = 3,
  Reoffence = 4,
  Breach = 5,
  BreachDecision = 6,
  Escalation = 7,
  Transfer = 8,
  InterventionDone = 9,
  Desist = 10,
}
export const EVENT_KINDS = 11;

export class EventQueue {
  /** buckets[(day - firstDay) * EVENT_KINDS + kind]: flat pairs [personId, version, ...]. */
  private readonly buckets: (number[] | undefined)[];
  private readonly spare: number[][] = [];
  scheduled = 0;

  constructor(
    readonly firstDay: Day,
    readonly lastDay: Day,
  ) {
    this.buckets = new Array((lastDay - firstDay + 1) * EVENT_KINDS);
  }

  /** Schedules an event; silently drops one after the last simulated day. */
  push(day: Day, kind: EventKind, personId: number, version: number): void {
    if (day > this.lastDay) return;
    const index = (day - this.firstDay) * EVENT_KINDS + kind;
    let bucket = this.buckets[index];
    if (bucket === undefined) {
      bucket = this.spare.pop() ?? [];
      this.buckets[index] = bucket;
    }
    bucket.push(personId, version);
    this.scheduled++;
  }

  /** The bucket of one day and kind (it may grow while it is being walked), or undefined. */
  bucket(day: Day, kind: EventKind): number[] | undefined {
    return this.buckets[(day - this.firstDay) * EVENT_KINDS + kind];
  }

  /** Hands a walked bucket back for reuse. */
  release(day: Day, kind: EventKind): void {
    const index = (day - this.firstDay) * EVENT_KINDS + kind;
    const bucket = this.buckets[index];
    if (bucket === undefined) return;
    bucket.length = 0;
    this.spare.push(bucket);
    this.buckets[index] = undefined;
  }
}
