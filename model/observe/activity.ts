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
import type { ServiceLevel, VolumeCategory } from './observer';

/** Working days 0 .. SERVICE_DELAY_BUCKETS - 2, and a last bucket for that many or more. */
export const SERVICE_DELAY_BUCKETS = 21;

const CATEGORIES = VOLUME_CATEGORIES.length;
const INTERVENTION_COUNT = INTERVENTIONS.length;
const LEVELS = SERVICE_LEVELS.length;

/**
 * Counts are held month-major (a month's counters for every provider side by side), so that the
 * counters a day can touch share a few cache lines instead of one line per provider and row; the
 * result is laid out provider-first as it always was (toActivity).
 */
export class ActivityRecorder {
  readonly monthStarts: number[] = [];
  /** Month index of each day of the reported window (day - reportStart). */
  private readonly monthOfDay: Int32Array;
  private readonly reportStart: number;
  /** [month][provider][category] */
  readonly sentenceStarts: Float64Array;
  /** [month][provider][intervention] */
  readonly interventionStarts: Float64Array;
  /** [month][cpa][intervention] */
  readonly npsInterventions: Float64Array;
  /** [month][provider] */
  readonly ordersEnded: Float64Array;
  readonly ordersUndelivered: Float64Array;
  /** [month][provider][level][bucket] */
  readonly serviceDelays: Float64Array;
  /** [month][group] */
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
    this.sentenceStarts = new Float64Array(months * PROVIDER_COUNT * CATEGORIES);
    this.interventionStarts = new Float64Array(months * PROVIDER_COUNT * INTERVENTION_COUNT);
    this.npsInterventions = new Float64Array(months * CPAS.length * INTERVENTION_COUNT);
    this.ordersEnded = new Float64Array(months * PROVIDER_COUNT);
    this.ordersUndelivered = new Float64Array(months * PROVIDER_COUNT);
    this.serviceDelays = new Float64Array(months * PROVIDER_COUNT * LEVELS * SERVICE_DELAY_BUCKETS);
    this.reoffences = new Float64Array(months * OFFENCE_GROUPS.length);
  }

  get months(): number {
    return this.monthStarts.length;
  }

  monthOf(day: number): number {
    return this.monthOfDay[day - this.reportStart];
  }

  sentenceStart(day: number, provider: number, category: VolumeCategory): void {
    this.sentenceStarts[(this.monthOf(day) * PROVIDER_COUNT + provider) * CATEGORIES + category] += 1;
  }

  interventionStart(day: number, provider: number, intervention: number, npsCaseArea: number): void {
    const month = this.monthOf(day);
    this.interventionStarts[(month * PROVIDER_COUNT + provider) * INTERVENTION_COUNT + intervention] += 1;
    if (npsCaseArea >= 0) this.npsInterventions[(month * CPAS.length + CPA_OF_AREA[npsCaseArea]) * INTERVENTION_COUNT + intervention] += 1;
  }

  orderEnded(day: number, provider: number, delivered: boolean): void {
    const at = this.monthOf(day) * PROVIDER_COUNT + provider;
    this.ordersEnded[at] += 1;
    if (!delivered) this.ordersUndelivered[at] += 1;
  }

  serviceDelay(day: number, provider: number, level: ServiceLevel, workingDays: number): void {
    const bucket = Math.min(workingDays, SERVICE_DELAY_BUCKETS - 1);
    this.serviceDelays[((this.monthOf(day) * PROVIDER_COUNT + provider) * LEVELS + level) * SERVICE_DELAY_BUCKETS + bucket] += 1;
  }

  reoffence(day: number, group: number, count: number): void {
    this.reoffences[this.monthOf(day) * OFFENCE_GROUPS.length + group] += count;
  }

  toActivity(scale: number): MonthlyActivity {
    const up = 1 / scale;
    const months = this.months;
    // Row `row` of a month-major table with `rowsPerMonth` rows of `width` numbers: `width` numbers
    // for each month in turn, scaled up. A plain loop into a presized array: Array.from with a
    // mapping function costs ~10 times more, and the service delays alone are 600k numbers at scale 0.1.
    const series = (data: Float64Array, rowsPerMonth: number, row: number, width = 1): number[] => {
      const out = new Array<number>(months * width);
      for (let m = 0; m < months; m++) {
        const from = (m * rowsPerMonth + row) * width;
        for (let b = 0; b < width; b++) out[m * width + b] = data[from + b] * up;
      }
      return out;
    };
    const cube = (data: Float64Array, outer: number, inner: number): number[][][] =>
      Array.from({ length: outer }, (_, o) => Array.from({ length: inner }, (_, i) => series(data, outer * inner, o * inner + i)));
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
      ordersEnded: Array.from({ length: PROVIDER_COUNT }, (_, p) => series(this.ordersEnded, PROVIDER_COUNT, p)),
      ordersUndelivered: Array.from({ length: PROVIDER_COUNT }, (_, p) => series(this.ordersUndelivered, PROVIDER_COUNT, p)),
      serviceDelays: Array.from({ length: PROVIDER_COUNT }, (_, p) =>
        Array.from({ length: LEVELS }, (_, l) => series(this.serviceDelays, PROVIDER_COUNT * LEVELS, p * LEVELS + l, SERVICE_DELAY_BUCKETS)),
      ),
      serviceDelayBuckets: SERVICE_DELAY_BUCKETS,
      reoffencesByGroup: Array.from({ length: OFFENCE_GROUPS.length }, (_, g) => series(this.reoffences, OFFENCE_GROUPS.length, g)),
    };
  }
}
