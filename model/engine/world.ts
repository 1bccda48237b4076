// The world as the rules see it: what a process (model/processes/*) may read and change, and
// nothing of how the simulation runs its days or what is recorded about them. Every change of a
// person's state, provider or RoSH goes through `change()`, and every entry and exit through
// `enter()` and `leave()`, which keep the stocks exact and announce the happening to the observer;
// the other happenings a process announces itself, through `observer`. Nothing a rule reads comes
// from an observer: the stocks, the supervision quality and the staffing are world state here.
import type { Parameters, Scenario, Switches } from '../scenario/schema';
import type { RandomStream } from '../random/randomStream';
import type { PersonDraws, StoredPurpose } from '../random/personDraws';
import type { Observer } from '../observe/observer';
import type { CompiledParameters } from './compiledParameters';
import type { EventKind } from './eventQueue';
import type { People, PersonState } from './people';
import type { Stocks } from './stocks';

/** The run-level streams: only the arrival of entrants, the same under every policy. */
export interface RunStreams {
  readonly entrants: RandomStream;
}

export interface World {
  readonly scenario: Scenario;
  readonly setup: { readonly scale: number };
  /** The parameters in force today (dated values change them: timeline.ts). */
  readonly params: CompiledParameters;
  readonly people: People;
  readonly rng: RunStreams;
  /**
   * The person's own draws for a purpose (random/personDraws.ts): a cursor pointed at their
   * counter, valid until the next draws() call for the same purpose.
   */
  draws(id: number, purpose: StoredPurpose): PersonDraws;
  /** The person's draws of who they are (Purpose.Attributes), from the first: only at entry. */
  attributeDraws(id: number): PersonDraws;
  /** The switches in force today (the timeline changes them). */
  switches: Switches;
  readonly today: number;
  /** True inside the reported window (after the warm-up). */
  readonly reporting: boolean;
  /** The serial the next entrant gets. */
  nextSerial: number;
  /** People by state, provider, RoSH and region, kept exact by change/enter/leave. */
  readonly stocks: Stocks;
  /** Supervision quality per provider, 0..1, recomputed weekly (processes/supervision.ts). */
  readonly quality: Float64Array;
  /** Practitioner FTE per provider under the operating model in force (processes/supervision.ts). */
  readonly staffFte: Float64Array;
  /** Where processes announce what happened; it never answers back with anything a rule uses. */
  readonly observer: Observer;
  /** Schedules an event at least one day ahead, stamped with the person's clock for that kind. */
  schedule(day: number, kind: EventKind, id: number, version: number): void;
  /**
   * Changes state, provider and RoSH tier together. A new state, or `newSpell` (a new sentence in
   * the same state), moves the state clock on, so the milestones scheduled for the old spell go stale.
   */
  change(id: number, state: PersonState, provider: number, rosh: number, newSpell?: boolean): void;
  /** Puts new parameters in force from today (timeline.ts): compiled, and the stocks' weights updated. */
  setParameters(parameters: Parameters): void;
  /** A person whose record is filled in enters the model: at liberty, no provider, this RoSH tier. */
  enter(id: number, rosh: number): void;
  /** A person leaves the model; their slot is freed for reuse. */
  leave(id: number): void;
}
