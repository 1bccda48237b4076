// Quarterly reoffending cohorts measured as the official statistics do (PRS): people released from
// custody or starting a court order in a quarter (each person once per quarter), followed for 12
// months; an offence counts if committed in that year and proven (convicted or cautioned) within
// it or a further 6 months. A person can be in up to COHORT_SLOTS cohorts' follow-up at once (one
// per quarter), so offences are credited to each cohort whose window they fall in. Only starts in
// the reported window make cohorts.
import type { World } from '../engine/world';
import { COHORT_SLOTS } from '../engine/people';
import { PROVIDER_KIND, REGION_OF_AREA } from '../engine/geography';
import { quarterIndexOf } from '../calendar/dates';

export const FOLLOW_UP_DAYS = 365;
export const WAIT_DAYS = 183;
export const PROVEN_MONTHS = 18;
const NO_PROVIDER = 3;

/** Growable columns of cohort membership records. */
class RecordColumns {
  size = 0;
  quarter = new Int32Array(4096);
  disposal = new Uint8Array(4096);
  providerKind = new Uint8Array(4096);
  region = new Uint8Array(4096);
  /**
   * Per record, side by side: offences counted, and the first day one was proven (-1 for none).
   * Together because they are updated together, long after the record was made (one cache miss, not two).
   */
  outcomes = new Int32Array(2 * 4096);
  startDay = new Int32Array(4096);
  area = new Uint8Array(4096);
  /** TR's allocation rule would give this person to the CRC (low or medium RoSH, not MAPPA). */
  trEligible = new Uint8Array(4096);
  /** Predicted probability of a proven reoffence in the follow-up (the case-mix adjustment). */
  predicted = new Float64Array(4096);

  add(quarter: number, disposal: number, providerKind: number, region: number, startDay: number): number {
    if (this.size === this.quarter.length) this.grow();
    const r = this.size++;
    this.quarter[r] = quarter;
    this.disposal[r] = disposal;
    this.providerKind[r] = providerKind;
    this.region[r] = region;
    this.outcomes[2 * r] = 0;
    this.outcomes[2 * r + 1] = -1;
    this.startDay[r] = startDay;
    return r;
  }

  private grow(): void {
    const n = this.quarter.length * 2;
    const grown = <T extends Int32Array | Uint8Array>(old: T): T => {
      const next = new (old.constructor as new (n: number) => T)(n);
      next.set(old);
      return next;
    };
    this.quarter = grown(this.quarter);
    this.disposal = grown(this.disposal);
    this.providerKind = grown(this.providerKind);
    this.region = grown(this.region);
    const outcomes = new Int32Array(2 * n);
    outcomes.set(this.outcomes);
    this.outcomes = outcomes;
    this.startDay = grown(this.startDay);
    this.area = grown(this.area);
    this.trEligible = grown(this.trEligible);
    const predicted = new Float64Array(n);
    predicted.set(this.predicted);
    this.predicted = predicted;
  }

  offences(r: number): number {
    return this.outcomes[2 * r];
  }

  firstProvenDay(r: number): number {
    return this.outcomes[2 * r + 1];
  }
}

export class CohortTracker {
  readonly records = new RecordColumns();
  /** The quarter of `quarterDay`: joins come many a day, and civil dates cost a few divisions. */
  private quarterDay = NaN;
  private quarter = 0;

  constructor(private readonly world: World) {}

  /** A new person: no cohort yet (the slots of the record's previous occupant are cleared). */
  resetPerson(id: number): void {
    const p = this.world.people;
    p.setLastCohortQuarter(id, -1);
    for (let k = 0; k < COHORT_SLOTS; k++) p.setCohortRecord(id, k, -1);
  }

  /** A start (disposal code 0..4) joins this quarter's cohort, once per person per quarter. */
  join(id: number, disposal: number, trEligible: boolean, predicted: number): void {
    const sim = this.world;
    if (!sim.reporting) return;
    const p = sim.people;
    if (sim.today !== this.quarterDay) {
      this.quarterDay = sim.today;
      this.quarter = quarterIndexOf(sim.today);
    }
    const quarter = this.quarter;
    if (p.lastCohortQuarter(id) === quarter) return;
    p.setLastCohortQuarter(id, quarter);
    const provider = p.provider(id);
    const kind = provider >= 0 ? PROVIDER_KIND[provider] : NO_PROVIDER;
    const record = this.records.add(quarter, disposal, kind, REGION_OF_AREA[p.area(id)], sim.today);
    this.records.area[record] = p.area(id);
    this.records.trEligible[record] = trEligible ? 1 : 0;
    this.records.predicted[record] = predicted;
    // Reuse the slot whose follow-up began longest ago (it is over: one slot per quarter suffices).
    let slot = 0;
    let oldest = Infinity;
    for (let k = 0; k < COHORT_SLOTS; k++) {
      const r = p.cohortRecord(id, k);
      const start = r < 0 ? -Infinity : p.cohortDay(id, k);
      if (start < oldest) {
        oldest = start;
        slot = k;
      }
    }
    p.setCohortDay(id, slot, sim.today);
    p.setCohortRecord(id, slot, record);
  }

  recordOffences(id: number, offenceDay: number, provenDay: number, count: number): void {
    const p = this.world.people;
    const records = this.records;
    for (let k = 0; k < COHORT_SLOTS; k++) {
      const r = p.cohortRecord(id, k);
      if (r < 0) continue;
      const start = p.cohortDay(id, k);
      if (offenceDay <= start || offenceDay > start + FOLLOW_UP_DAYS) continue;
      if (provenDay > start + FOLLOW_UP_DAYS + WAIT_DAYS) continue;
      const outcomes = records.outcomes;
      outcomes[2 * r] += count;
      const first = outcomes[2 * r + 1];
      if (first < 0 || provenDay < first) outcomes[2 * r + 1] = provenDay;
    }
  }
}

