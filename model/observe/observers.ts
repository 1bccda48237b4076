// The composite observer the simulation holds: each happening goes to the recorders that keep
// something of it. One class with its recorders in fixed fields, so the calls from processes are
// monomorphic and inline well in the hot loop; nothing is allocated per happening. Counts are
// made only in the reported window, which each method checks here rather than every caller.
import type { World } from '../engine/world';
import { FLOW_ENTRANTS, FLOW_EXITS, FLOW_REOFFENCES } from './flowIndex';
import type { Observer, ServiceLevel, VolumeCategory } from './observer';
import { WeeklyRecorder } from './weeklyRecorder';
import { FlowMatrixCounter } from './flowMatrix';
import { CohortTracker } from './cohorts';
import { JourneyLog } from './journeys';
import { ActivityRecorder } from './activity';

/** The span a run reports on: weeks and years from its reported start to its last day. */
export interface ReportedSpan {
  weeks: number;
  years: number;
  reportStart: number;
  lastDay: number;
}

export class Observers implements Observer {
  readonly recorder: WeeklyRecorder;
  readonly flowMatrix: FlowMatrixCounter;
  readonly cohorts: CohortTracker;
  readonly journeys: JourneyLog;
  readonly activity: ActivityRecorder;

  constructor(
    private readonly world: World,
    span: ReportedSpan,
  ) {
    this.recorder = new WeeklyRecorder(world, span.weeks);
    this.flowMatrix = new FlowMatrixCounter(span.years);
    this.cohorts = new CohortTracker(world);
    this.journeys = new JourneyLog(world);
    this.activity = new ActivityRecorder(span.reportStart, span.lastDay);
  }

  entered(id: number): void {
    this.cohorts.resetPerson(id);
    if (this.world.reporting) {
      this.recorder.weekFlows[FLOW_ENTRANTS] += 1;
      this.flowMatrix.entry();
    }
    this.journeys.consider(id);
  }

  left(id: number, from: number): void {
    if (this.world.reporting) {
      this.recorder.weekFlows[FLOW_EXITS] += 1;
      this.flowMatrix.exit(from);
    }
    this.journeys.forget(id);
  }

  transition(from: number, to: number): void {
    if (this.world.reporting) this.flowMatrix.transition(from, to);
  }

  counted(flow: number, amount: number): void {
    if (this.world.reporting) this.recorder.weekFlows[flow] += amount;
  }

  reoffended(id: number, offenceDay: number, provenDay: number, count: number): void {
    const world = this.world;
    if (world.reporting) {
      this.recorder.weekFlows[FLOW_REOFFENCES] += count;
      this.activity.reoffence(world.today, world.people.offenceGroup(id), count);
    }
    this.cohorts.recordOffences(id, offenceDay, provenDay, count);
  }

  startOrRelease(id: number, disposal: number, trEligible: boolean, predicted: number): void {
    this.cohorts.join(id, disposal, trEligible, predicted);
  }

  caseStarted(provider: number, category: VolumeCategory): void {
    if (this.world.reporting) this.activity.sentenceStart(this.world.today, provider, category);
  }

  serviceDelayed(provider: number, level: ServiceLevel, workingDays: number): void {
    if (this.world.reporting) this.activity.serviceDelay(this.world.today, provider, level, workingDays);
  }

  interventionStarted(provider: number, intervention: number, feeForUseArea: number): void {
    if (this.world.reporting) this.activity.interventionStart(this.world.today, provider, intervention, feeForUseArea);
  }

  orderEnded(provider: number, delivered: boolean): void {
    if (this.world.reporting) this.activity.orderEnded(this.world.today, provider, delivered);
  }

  narrated(id: number): boolean {
    return this.journeys.on(id);
  }

  narrate(id: number, kind: string, detail: string): void {
    this.journeys.record(id, kind, detail);
  }

  weekEnded(week: number): void {
    this.recorder.closeWeek(week);
  }

  yearStarted(year: number): void {
    this.flowMatrix.year = year;
  }
}
