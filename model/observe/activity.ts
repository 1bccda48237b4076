// Monthly activity by provider, for the money (finance/): new cases by volume category, intervention
// starts (and those for NPS cases by area, which TR's Fee for Use buys from the area's CRC), orders
// ended and not delivered, how many working days each service level took, and proven reoffences by
// offence group. Counts are raw while running and scaled to national equivalents when assembled;
// only the reported window is counted. Invariant: every count is made where the engine makes the
// event it counts, once.
import type { MonthlyActivity } from '../runResult';
import { CPA_OF_AREA, CPAS, CPA_SLUGS, PROVIDER_COUNT } from '../engine/geography';
import { INTERVENTIONS, OFFENCE_GROUPS } from '../engine/compiledParameters';
import { civilOf, epochDayOf, isoDateOf } from '../calendar/dates';
import { SERVICE_LEVELS, VOLUME_CATEGORIES } from '../scenario/moneySchema';

/** Working days 0 .. SERVICE_DELAY_BUCKETS - 2, and a last bucket for that many or more. */
export const SERVICE_DELAY_BUCKETS = 21;

export const enum VolumeCategory {
  CommunityOrder = 0,
  SuspendedOrder = 1,
  CustodyUnder12m = 2,
  Custody12mTo4y = 3,
  CustodyOver4y = 4,
}

export const enum ServiceLevel {
  FirstAppointment = 0,
  LicenceAppointment = 1,
  SentencePlan = 2,
}

const CATEGORIES = VOLUME_CATEGORIES.length;
const INTERVENTION_COUNT = INTERVENTIONS.length;
const LEVELS = SERVICE_LEVELS.length;

export class ActivityRecorder {
  readonly monthStarts: number[] = [];
  /** Month index of each day of the reported window (day - reportStart). */
  private readonly monthOfDay: Int32Array;
  private readonly reportStart: number;
  readonly sentenceStarts: Float64Array;
  readonly interventionStarts: Float64Array;
  readonly npsInterventions: Float64Array;
  readonly ordersEnded: Float64Array;
  readonly ordersUndelivered: Float64Array;
  readonly serviceDelays: Float64Array;
  readonly reoffences: Float64Array;

  constructor(reportStart: number, lastDay: number) {
    this.reportStart = reportStart;
    this.monthOfDay = new Int32Array(lastDay - reportStart + 1);
    let { year, month } = civilOf(reportStart);
    this.monthStarts.push(reportStart);
    let next = epochDayOf(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1);
    for (let day = reportStart; day <= lastDay; day++) {
      if (day === next) {
        this.monthStarts.push(day);
        ({ year, month } = civilOf(day));
        next = epochDayOf(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1);
      }
      this.monthOfDay[day - reportStart] = this.monthStarts.length - 1;
    }
    const months = this.monthStarts.length;
    this.sentenceStarts = new Float64Array(PROVIDER_COUNT * CATEGORIES * months);
    this.interventionStarts = new Float64Array(PROVIDER_COUNT * INTERVENTION_COUNT * months);
    this.npsInterventions = new Float64Array(CPAS.length * INTERVENTION_COUNT * months);
    this.ordersEnded = new Float64Array(PROVIDER_COUNT * months);
    this.ordersUndelivered = new Float64Array(PROVIDER_COUNT * months);
    this.serviceDelays = new Float64Array(PROVIDER_COUNT * LEVELS * months * SERVICE_DELAY_BUCKETS);
    this.reoffences = new Float64Array(OFFENCE_GROUPS.length * months);
  }

  get months(): number {
    return this.monthStarts.length;
  }

  monthOf(day: number): number {
    return this.monthOfDay[day - this.reportStart];
  }

  sentenceStart(day: number, provider: number, category: VolumeCategory): void {
    this.sentenceStarts[(provider * CATEGORIES + category) * this.months + this.monthOf(day)] += 1;
  }

  interventionStart(day: number, provider: number, intervention: number, npsCaseArea: number): void {
    const month = this.monthOf(day);
    this.interventionStarts[(provider * INTERVENTION_COUNT + intervention) * this.months + month] += 1;
    if (npsCaseArea >= 0) this.npsInterventions[(CPA_OF_AREA[npsCaseArea] * INTERVENTION_COUNT + intervention) * this.months + month] += 1;
  }

  orderEnded(day: number, provider: number, delivered: boolean): void {
    const at = provider * this.months + this.monthOf(day);
    this.ordersEnded[at] += 1;
    if (!delivered) this.ordersUndelivered[at] += 1;
  }

  serviceDelay(day: number, provider: number, level: ServiceLevel, workingDays: number): void {
    const bucket = Math.min(workingDays, SERVICE_DELAY_BUCKETS - 1);
    this.serviceDelays[((provider * LEVELS + level) * this.months + this.monthOf(day)) * SERVICE_DELAY_BUCKETS + bucket] += 1;
  }

  reoffence(day: number, group: number, count: number): void {
    this.reoffences[group * this.months + this.monthOf(day)] += count;
  }

  toActivity(scale: number): MonthlyActivity {
    const up = 1 / scale;
    const months = this.months;
    const rows = (data: Float64Array, from: number, length: number): number[] =>
      Array.from(data.subarray(from, from + length), (v) => v * up);
    const cube = (data: Float64Array, outer: number, inner: number): number[][][] =>
      Array.from({ length: outer }, (_, o) => Array.from({ length: inner }, (_, i) => rows(data, (o * inner + i) * months, months)));
    return {
      months: this.monthStarts.map(isoDateOf),
      cpas: [...CPAS],
      cpaSlugs: [...CPA_SLUGS],
      volumeCategories: [...VOLUME_CATEGORIES],
      interventions: [...INTERVENTIONS],
      serviceLevels: [...SERVICE_LEVELS],
      offenceGroups: [...OFFENCE_GROUPS],
      sentenceStarts: cube(this.sentenceStarts, PROVIDER_COUNT, CATEGORIES),
      interventionStarts: cube(this.interventionStarts, PROVIDER_COUNT, INTERVENTION_COUNT),
      npsInterventionStartsByCpa: cube(this.npsInterventions, CPAS.length, INTERVENTION_COUNT),
      ordersEnded: Array.from({ length: PROVIDER_COUNT }, (_, p) => rows(this.ordersEnded, p * months, months)),
      ordersUndelivered: Array.from({ length: PROVIDER_COUNT }, (_, p) => rows(this.ordersUndelivered, p * months, months)),
      serviceDelays: Array.from({ length: PROVIDER_COUNT }, (_, p) =>
        Array.from({ length: LEVELS }, (_, l) => rows(this.serviceDelays, (p * LEVELS + l) * months * SERVICE_DELAY_BUCKETS, months * SERVICE_DELAY_BUCKETS)),
      ),
      serviceDelayBuckets: SERVICE_DELAY_BUCKETS,
      reoffencesByGroup: Array.from({ length: OFFENCE_GROUPS.length }, (_, g) => rows(this.reoffences, g * months, months)),
    };
  }
}
