// The simulation: the world (people, queue, streams, stocks), the day loop and event dispatch.
// Processes (model/processes/*) hold the rules and see the simulation only as a World
// (world.ts); this file routes events to them and keeps the bookkeeping that every process
// shares. Observation is apart: the simulation holds one composite observer (observe/observers.ts)
// that processes announce happenings to, and it never reads anything back from it.
// Invariants: days run in order; within a day, events run by kind priority then scheduling order;
// an event runs only if its person's clock still carries the version it was scheduled with; every
// change of state, provider or RoSH goes through `change()`, and every entry and exit through
// `enter()` and `leave()`, which keep the stocks exact and tell the observer.
import type { Parameters, Scenario, Switches } from '../scenario/schema';
import type { RunResult } from '../runResult';
import { addYears, isoDateOf, parseIsoDate } from '../calendar/dates';
import { RandomStream } from '../random/randomStream';
import { PURPOSES, PersonDraws, Purpose, personKeyOf, type StoredPurpose } from '../random/personDraws';
import { EventKind, EVENT_KINDS, EventQueue } from './eventQueue';
import { Clock, FREE_SLOT, People, PersonState } from './people';
import { compileParameters, type CompiledParameters } from './compiledParameters';
import { PROVIDER_COUNT, REGION_OF_AREA } from './geography';
import { Stocks } from './stocks';
import type { RunStreams, World } from './world';
import type { RunProgress, SimulationSetup } from './setup';
import { Observers } from '../observe/observers';
import { Timeline } from './timeline';
import { admitEntrant } from '../processes/population';
import { onDesist } from '../processes/offending';
import { onReoffence } from '../processes/reoffence';
import { onCourt } from '../processes/court';
import { onRelease, onRecallEnd, onStateEnd } from '../processes/sentenceMilestones';
import { onBreach, onBreachDecision } from '../processes/breach';
import { onEscalation, onTransfer } from '../processes/riskEscalation';
import { onInterventionDone } from '../processes/interventions';
import { updateQuality, updateStaffing } from '../processes/supervision';
import { assembleResult } from '../observe/assembleResult';
import { audit, type AuditReport } from './audit';
import { simulatedDays } from './sharedHistory';

export type { SimulationSetup } from './setup';

export class Simulation implements World {
  params: CompiledParameters;
  readonly people: People;
  readonly queue: EventQueue;
  readonly rng: RunStreams;
  /** One cursor per purpose, so that a process may hold one while another purpose draws. */
  private readonly cursors: PersonDraws[];
  readonly stocks: Stocks;
  readonly observer: Observers;
  readonly timeline: Timeline;
  readonly quality = new Float64Array(PROVIDER_COUNT).fill(1);
  readonly staffFte = new Float64Array(PROVIDER_COUNT);
  readonly firstDay: number;
  readonly reportStart: number;
  readonly lastDay: number;
  readonly weeks: number;
  switches: Switches;
  today = 0;
  /** The first day not yet simulated. */
  nextDay: number;
  reporting = false;
  nextSerial = 1;
  events = 0;
  peakPeople = 0;
  /** Sink for touchAhead's loads. */
  private touched = 0;
  nextEntrantTime = 0;
  /** The reported year (0-based) that starts next, and its first day: flows are counted by year. */
  private reportYear = 0;
  private nextReportYearStart: number;
  readonly auditReports: AuditReport[] = [];

  constructor(
    readonly scenario: Scenario,
    readonly setup: SimulationSetup,
  ) {
    const sim = scenario.simulation;
    this.reportStart = parseIsoDate(sim.start);
    ({ firstDay: this.firstDay, lastDay: this.lastDay } = simulatedDays(sim));
    this.timeline = new Timeline(scenario, this.firstDay, this.lastDay);
    this.params = compileParameters(this.timeline.initialParameters);
    this.weeks = Math.floor((this.lastDay - this.reportStart + 1) / 7);
    this.nextReportYearStart = this.reportStart;
    this.nextDay = this.firstDay;
    const expectedPeople = this.params.raw.population.newEntrantsPerYear * setup.scale * 4;
    this.people = new People(Math.ceil(expectedPeople));
    this.queue = new EventQueue(this.firstDay, this.lastDay);
    this.rng = { entrants: new RandomStream(setup.seed, setup.replication, 'entrants') };
    const key = personKeyOf(setup.seed, setup.replication);
    this.cursors = Array.from({ length: PURPOSES }, (_, purpose) => new PersonDraws(key, purpose));
    this.stocks = new Stocks(this.params.raw.supervision.preReleaseCaseWeight);
    this.observer = new Observers(this, { weeks: this.weeks, years: sim.years, reportStart: this.reportStart, lastDay: this.lastDay });
    this.switches = this.timeline.initialSwitches;
    updateStaffing(this);
    this.nextEntrantTime = this.firstDay + this.rng.entrants.exponential() / this.entrantsPerDay();
  }

  setParameters(parameters: Parameters): void {
    this.params = compileParameters(parameters);
    this.stocks.setPreReleaseWeight(parameters.supervision.preReleaseCaseWeight);
  }

  entrantsPerDay(): number {
    return this.params.entrantsPerDayNational * this.setup.scale;
  }

  /** Schedules an event at least one day ahead, stamped with the person's clock for that kind. */
  schedule(day: number, kind: EventKind, id: number, version: number): void {
    this.queue.push(day > this.today ? day : this.today + 1, kind, id, version);
  }

  draws(id: number, purpose: StoredPurpose): PersonDraws {
    const p = this.people;
    return this.cursors[purpose].point(p.drawCounters(), p.drawCounterIndex(id, purpose), p.serial(id));
  }

  attributeDraws(id: number): PersonDraws {
    return this.cursors[Purpose.Attributes].pointFresh(this.people.serial(id));
  }

  /** World.change: keeps the stocks exact and tells the observer of a move. */
  change(id: number, state: PersonState, provider: number, rosh: number, newSpell = false): void {
    const p = this.people;
    const before = p.state(id);
    const region = REGION_OF_AREA[p.area(id)];
    this.stocks.add(before, p.custodyBand(id), p.provider(id), p.rosh(id), region, -1);
    p.setState(id, state);
    p.setProvider(id, provider);
    p.setRosh(id, rosh);
    this.stocks.add(state, p.custodyBand(id), provider, rosh, region, +1);
    if (before !== state || newSpell) {
      p.advance(id, Clock.State);
      this.observer.transition(before, state);
    }
  }

  enter(id: number, rosh: number): void {
    const p = this.people;
    p.setState(id, PersonState.AtLiberty);
    p.setProvider(id, -1);
    p.setRosh(id, rosh);
    this.stocks.add(PersonState.AtLiberty, p.custodyBand(id), -1, rosh, REGION_OF_AREA[p.area(id)], +1);
    this.observer.entered(id);
  }

  leave(id: number): void {
    const p = this.people;
    const state = p.state(id);
    this.stocks.add(state, p.custodyBand(id), p.provider(id), p.rosh(id), REGION_OF_AREA[p.area(id)], -1);
    this.observer.left(id, state);
    p.free(id);
  }

  run(onProgress?: (progress: RunProgress) => void, checkCancel?: () => void): RunResult {
    this.advanceTo(this.lastDay + 1, onProgress, checkCancel);
    this.closeWeekIfDue(this.lastDay + 1);
    onProgress?.({ fraction: 1, date: isoDateOf(this.lastDay) });
    return assembleResult(this);
  }

  /** Simulates the days from `nextDay` up to (not including) `day`: a run can pause there (snapshot.ts). */
  advanceTo(day: number, onProgress?: (progress: RunProgress) => void, checkCancel?: () => void): void {
    const span = this.lastDay - this.firstDay + 1;
    const until = Math.min(day, this.lastDay + 1);
    for (let today = this.nextDay; today < until; today++) {
      this.startDay(today);
      if ((today - this.firstDay) % 30 === 0) {
        checkCancel?.();
        onProgress?.({ fraction: (today - this.firstDay) / span, date: isoDateOf(today) });
      }
      for (let kind = 0; kind < EVENT_KINDS; kind++) this.runBucket(today, kind);
      if (this.people.live > this.peakPeople) this.peakPeople = this.people.live;
      this.nextDay = today + 1;
    }
  }

  private startDay(day: number): void {
    this.closeWeekIfDue(day);
    this.today = day;
    this.reporting = day >= this.reportStart;
    if (day === this.nextReportYearStart) {
      this.observer.yearStarted(this.reportYear++);
      this.nextReportYearStart = addYears(this.reportStart, this.reportYear);
    }
    if ((day - this.reportStart) % 7 === 0) {
      updateQuality(this);
      if (this.setup.auditEveryWeek) this.auditReports.push(audit(this));
    }
    this.timeline.applyChangesOn(this, day);
    const dayEnd = day + 1;
    while (this.nextEntrantTime < dayEnd) {
      admitEntrant(this);
      this.nextEntrantTime += this.rng.entrants.exponential() / this.entrantsPerDay();
    }
  }

  /** Records the week that ends the day before `day`, if one does. */
  private closeWeekIfDue(day: number): void {
    const offset = day - this.reportStart;
    if (offset > 0 && offset % 7 === 0 && offset / 7 <= this.weeks) this.observer.weekEnded(offset / 7 - 1);
  }

  private runBucket(day: number, kind: EventKind): void {
    const queue = this.queue;
    const p = this.people;
    // The bucket could grow while walked only through same-day scheduling, which schedule() forbids.
    const start = queue.first(day, kind);
    if (start !== 0) this.touchAhead(start, kind);
    for (let at = start; at !== 0; at = queue.next(at)) {
      // A block ahead: its loads then have a block's worth of events to arrive in.
      if (queue.startsBlock(at)) {
        const following = queue.followingBlock(at);
        if (following !== 0) this.touchAhead(following, kind);
      }
      const id = queue.pool[at]; // re-read: a push to another bucket may have grown the pool
      const version = queue.pool[at + 1];
      if (p.state(id) === FREE_SLOT) continue;
      this.events++;
      this.dispatch(kind, id, version);
    }
    queue.release(day, kind);
  }

  /**
   * Starts loading the records of everyone in the block of events at `at`. The engine is bound by
   * memory latency: a person's record is rarely in cache, and loaded one event at a time each miss
   * is waited for in turn; a block's worth of loads issued together overlap (at national scale
   * this makes the whole run about a fifth faster). runBucket touches each block while the one
   * before it runs, so that not even the first event of a block waits.
   */
  private touchAhead(at: number, kind: EventKind): void {
    const queue = this.queue;
    const pool = queue.pool;
    const end = queue.blockEnd(at);
    let touched = 0;
    // A desistance check reads only the first 64 bytes of a record: fewer loads to wait for.
    if (kind === EventKind.Desist) for (let i = at; i < end; i += 2) touched ^= this.people.touchHead(pool[i]);
    else for (let i = at; i < end; i += 2) touched ^= this.people.touch(pool[i]);
    this.touched = touched; // a use of the loads, so the compiler keeps them
  }

  private dispatch(kind: EventKind, id: number, version: number): void {
    const p = this.people;
    switch (kind) {
      case EventKind.Release:
        if (version === p.clock(id, Clock.State)) onRelease(this, id);
        break;
      case EventKind.RecallEnd:
        if (version === p.clock(id, Clock.State)) onRecallEnd(this, id);
        break;
      case EventKind.StateEnd:
        if (version === p.clock(id, Clock.State)) onStateEnd(this, id);
        break;
      case EventKind.Court:
        if (version === p.clock(id, Clock.Court)) onCourt(this, id);
        break;
      case EventKind.Reoffence:
        if (version === p.clock(id, Clock.Reoffence)) onReoffence(this, id);
        break;
      case EventKind.Breach:
        if (version === p.clock(id, Clock.Breach)) onBreach(this, id);
        break;
      case EventKind.BreachDecision:
        // Stamped with the serial, not a clock: a referred decision survives every clock restart
        // (breach.ts); a slot freed or given to someone else since is not the person it was for.
        if (version === p.serial(id) && p.state(id) !== FREE_SLOT) onBreachDecision(this, id);
        break;
      case EventKind.Escalation:
        if (version === p.clock(id, Clock.Escalation)) onEscalation(this, id);
        break;
      case EventKind.Transfer:
        // No clock: a handover, once due, must happen whatever else changed (onTransfer re-checks).
        onTransfer(this, id);
        break;
      case EventKind.InterventionDone:
        if (version === p.clock(id, Clock.Intervention)) onInterventionDone(this, id);
        break;
      case EventKind.Desist:
        if (version === p.clock(id, Clock.State)) onDesist(this, id);
        break;
    }
  }
}
