// The simulation: state (people, queue, streams, tallies), the day loop and event dispatch.
// Processes (model/processes/*) hold the rules; this file only routes events to them and keeps the
// bookkeeping that every process shares. Invariants: days run in order; within a day, events run
// by kind priority then scheduling order; an event runs only if its person's clock still carries
// the version it was scheduled with; every change of state, provider or RoSH goes through
// `change()`, which keeps the tallies and the flow matrix exact.
import type { Scenario, Switches } from '../scenario/schema';
import type { RunResult } from '../runResult';
import type { RunProgress } from '../runSimulation';
import { addYears, isoDateOf, parseIsoDate } from '../calendar/dates';
import { RandomStream } from '../random/randomStream';
import { EventKind, EVENT_KINDS, EventQueue } from './eventQueue';
import { Clock, FREE_SLOT, People, PersonState } from './people';
import { compileParameters, type CompiledParameters } from './compiledParameters';
import { PROVIDER_COUNT, REGION_OF_AREA } from './geography';
import { Tallies } from '../observe/tallies';
import { WeeklyRecorder } from '../observe/weeklyRecorder';
import { CohortTracker } from '../observe/cohorts';
import { JourneyLog } from '../observe/journeys';
import { FlowMatrixCounter } from '../observe/flowMatrix';
import { ActivityRecorder } from '../observe/activity';
import { Timeline } from './timeline';
import { admitEntrant } from '../processes/population';
import { onReoffence, onDesist } from '../processes/offending';
import { onCourt } from '../processes/court';
import { onRelease, onRecallEnd, onStateEnd } from '../processes/sentenceMilestones';
import { onBreach, onBreachDecision } from '../processes/breach';
import { onEscalation, onTransfer } from '../processes/riskEscalation';
import { onInterventionDone } from '../processes/interventions';
import { updateQuality } from '../processes/supervision';
import { assembleResult } from '../observe/assembleResult';
import { audit, type AuditReport } from './audit';
import { simulatedDays } from './sharedHistory';

export interface SimulationSetup {
  seed: number;
  replication: number;
  scale: number;
  /** Recount every stock and check the TR handover rule every week (slow; tests only). */
  auditEveryWeek?: boolean;
  /**
   * The provenance hash of the scenario as given, when the engine runs a realized copy of it
   * (uncertain inputs drawn, runSimulation.ts); default: the hash of the scenario run.
   */
  scenarioHash?: string;
  /** The uncertain inputs' draws, for RunResult.drawn; default none. */
  drawn?: Record<string, number>;
}

const STREAM_NAMES = [
  'entrants',
  'offending',
  'court',
  'interventions',
  'resettlement',
  'breach',
  'escalation',
  'service',
] as const;
type Streams = Record<(typeof STREAM_NAMES)[number], RandomStream>;

export class Simulation {
  readonly params: CompiledParameters;
  readonly people: People;
  readonly queue: EventQueue;
  readonly rng: Streams;
  readonly tallies: Tallies;
  readonly recorder: WeeklyRecorder;
  readonly cohorts: CohortTracker;
  readonly journeys: JourneyLog;
  readonly flowMatrix: FlowMatrixCounter;
  readonly activity: ActivityRecorder;
  readonly timeline: Timeline;
  readonly quality = new Float64Array(PROVIDER_COUNT).fill(1);
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
    this.params = compileParameters(scenario.parameters);
    this.reportStart = parseIsoDate(sim.start);
    ({ firstDay: this.firstDay, lastDay: this.lastDay } = simulatedDays(sim));
    this.weeks = Math.floor((this.lastDay - this.reportStart + 1) / 7);
    this.nextReportYearStart = this.reportStart;
    this.nextDay = this.firstDay;
    const expectedPeople = this.params.raw.population.newEntrantsPerYear * setup.scale * 4;
    this.people = new People(Math.ceil(expectedPeople));
    this.queue = new EventQueue(this.firstDay, this.lastDay);
    this.rng = Object.fromEntries(
      STREAM_NAMES.map((name) => [name, new RandomStream(setup.seed, setup.replication, name)]),
    ) as Streams;
    this.tallies = new Tallies(this.params.raw.supervision.preReleaseCaseWeight);
    this.recorder = new WeeklyRecorder(this.weeks);
    this.cohorts = new CohortTracker(this);
    this.journeys = new JourneyLog(this);
    this.flowMatrix = new FlowMatrixCounter(sim.years);
    this.activity = new ActivityRecorder(this.reportStart, this.lastDay);
    this.timeline = new Timeline(scenario.timeline, this.firstDay);
    this.switches = this.timeline.initialSwitches;
    this.nextEntrantTime = this.firstDay + this.rng.entrants.exponential() / this.entrantsPerDay();
  }

  entrantsPerDay(): number {
    return this.params.entrantsPerDayNational * this.setup.scale;
  }

  /** Schedules an event at least one day ahead, stamped with the person's clock for that kind. */
  schedule(day: number, kind: EventKind, id: number, version: number): void {
    this.queue.push(day > this.today ? day : this.today + 1, kind, id, version);
  }

  /** Adds to a weekly flow counter, inside the reported window only. */
  countFlow(flow: number, amount = 1): void {
    if (this.reporting) this.tallies.flows[flow] += amount;
  }

  /**
   * Changes state, provider and RoSH tier together, keeping tallies and the flow matrix exact.
   * A new state, or `newSpell` (a new sentence in the same state), moves the state clock on, so
   * the milestones scheduled for the old spell go stale.
   */
  change(id: number, state: PersonState, provider: number, rosh: number, newSpell = false): void {
    const p = this.people;
    const before = p.state(id);
    const region = REGION_OF_AREA[p.area(id)];
    this.tallies.add(before, p.custodyBand(id), p.provider(id), p.rosh(id), region, -1);
    p.setState(id, state);
    p.setProvider(id, provider);
    p.setRosh(id, rosh);
    this.tallies.add(state, p.custodyBand(id), provider, rosh, region, +1);
    if (before !== state || newSpell) {
      p.advance(id, Clock.State);
      if (this.reporting) this.flowMatrix.transition(before, state);
    }
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
      this.flowMatrix.year = this.reportYear++;
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
    if (offset > 0 && offset % 7 === 0 && offset / 7 <= this.weeks) this.recorder.closeWeek(this, offset / 7 - 1);
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
        if (version === p.clock(id, Clock.Breach)) onBreachDecision(this, id);
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
