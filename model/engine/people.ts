// People as data: one fixed-size record per person in a single ArrayBuffer, with a free list so that
// the records of people who leave the model are reused. Invariants: a slot is either live (state is
// a PersonState) or free (state is FREE_SLOT and the slot is on the free list); clock versions only
// ever increase, so a queued event whose version differs from its person's clock is stale; the
// buffer grows by doubling and never shrinks, so a run's memory is bounded by its peak population.
//
// Why records and not an array per field: the engine is bound by memory latency. An event touches
// a dozen fields of one random person; with an array per field that is a dozen cache (and TLB)
// misses in a row, with a record it is one, plus adjacent lines that arrive almost free. Fields keep
// the element types they always had (Float32 stays Float32, Uint16 still wraps), so results are
// bit-identical to the layout before.
import { MEMORY_CEILING_BYTES, formatBytes } from '../scenario/resourceEstimate';
import { ScenarioError } from '../scenario/scenarioError';

export const enum PersonState {
  AtLiberty = 0,
  CommunityOrder = 1,
  SuspendedOrder = 2,
  Custody = 3,
  Recall = 4,
  Licence = 5,
  Pss = 6,
}
export const PERSON_STATES = 7;
export const FREE_SLOT = 255;

/** Bits of `needs`. */
export const enum Need {
  Accommodation = 1,
  Employment = 2,
  Finance = 4,
  Substance = 8,
}

/** Custody length bands; None for people never sentenced to custody. */
export const enum CustodyBand {
  None = 0,
  Under12m = 1,
  From12mTo4y = 2,
  Over4y = 3,
}

/** RoSH tiers 0..3 are low, medium, high, very high: high and above is this. */
export const HIGH_ROSH = 2;

/** How many cohort memberships a person can have in follow-up at once (quarters in 12 months + 1). */
export const COHORT_SLOTS = 5;

/**
 * The record: 160 bytes, the fields most events read in its first 64. Offsets are in units of the
 * view that reads them (bytes, 16-bit halves, 32-bit words, 64-bit doubles).
 *   bytes   0-7    provider (Int16), state, rosh, needs, custodyBand, pendingInterventions, recallRequested
 *   words   2-7    the six clock versions (Uint32)
 *   words   8-13   anchorDay, careerEnd, sentenceEnd, pssEnd, pendingCourtDay, journey (Int32)
 *   words  14-17   propensity, interventionMultiplier, hazardBound, breachFactor (Float32)
 *   words  18-23   sentenceStart, releaseDay, highRoshSince, interventionStart, suspendedTermDays, lastCohortQuarter
 *   bytes  96-103  priors, pendingOffences (Uint16); supervisedOnRelease, area, mappa, offenceGroup
 *   words  26-35   cohort slots: start days, then record indices (Int32)
 *   word   36      serial (Int32: a run admits far fewer than 2^31 people; an integer V8 keeps unboxed)
 *   words  37-39   the counters of the person's own random draws (random/personDraws.ts): three
 *                  10-bit counters to a word, one per stored purpose
 */
const enum Stride {
  Bytes = 160,
  Words = 40,
  Halves = 80,
}
const enum Byte {
  State = 2,
  Rosh = 3,
  Needs = 4,
  CustodyBand = 5,
  PendingInterventions = 6,
  RecallRequested = 7,
  SupervisedOnRelease = 100,
  Area = 101,
  Mappa = 102,
  OffenceGroup = 103,
}
const enum Half {
  Provider = 0,
  Priors = 48,
  PendingOffences = 49,
}
const enum Word {
  AnchorDay = 8,
  CareerEnd = 9,
  SentenceEnd = 10,
  PssEnd = 11,
  PendingCourtDay = 12,
  Journey = 13,
  Propensity = 14,
  InterventionMultiplier = 15,
  HazardBound = 16,
  BreachFactor = 17,
  SentenceStart = 18,
  ReleaseDay = 19,
  HighRoshSince = 20,
  InterventionStart = 21,
  SuspendedTermDays = 22,
  LastCohortQuarter = 23,
  CohortDay = 26,
  CohortRecord = 31,
  Serial = 36,
  DrawCounters = 37,
}

/** A person's event clocks: the word offset of each clock's version in the record. */
export const enum Clock {
  State = 2,
  Reoffence = 3,
  Court = 4,
  Breach = 5,
  Escalation = 6,
  Intervention = 7,
}

export class People {
  capacity = 0;
  /** Number of slots ever used (live + free); ids are below this. */
  highWater = 0;
  live = 0;
  private freeList: Int32Array = new Int32Array(0);
  private freeCount = 0;
  // Views of the one buffer; replaced together when it grows.
  private u8 = new Uint8Array(0);
  private i16 = new Int16Array(0);
  private u16 = new Uint16Array(0);
  private i32 = new Int32Array(0);
  private u32 = new Uint32Array(0);
  private f32 = new Float32Array(0);

  /** `maxBytes`: the most the records may take (the run's memory ceiling; smaller in tests). */
  constructor(initialCapacity: number, private readonly maxBytes = MEMORY_CEILING_BYTES) {
    this.grow(Math.max(1024, initialCapacity));
  }

  /** Takes a free slot (or a new one) and returns its id; fields must be set by the caller. */
  allocate(): number {
    if (this.freeCount > 0) {
      this.live++;
      return this.freeList[--this.freeCount];
    }
    if (this.highWater === this.capacity) this.grow(this.capacity * 2);
    this.live++;
    return this.highWater++;
  }

  free(id: number): void {
    this.setState(id, FREE_SLOT);
    this.freeList[this.freeCount++] = id;
    this.live--;
  }

  private grow(newCapacity: number): void {
    if (newCapacity * BYTES_PER_SLOT > this.maxBytes) throw outgrown(this.live, this.maxBytes);
    this.capacity = newCapacity;
    const buffer = new ArrayBuffer(newCapacity * Stride.Bytes);
    new Uint8Array(buffer).set(this.u8);
    this.u8 = new Uint8Array(buffer);
    this.i16 = new Int16Array(buffer);
    this.u16 = new Uint16Array(buffer);
    this.i32 = new Int32Array(buffer);
    this.u32 = new Uint32Array(buffer);
    this.f32 = new Float32Array(buffer);
    const freeList = new Int32Array(newCapacity);
    freeList.set(this.freeList.subarray(0, this.freeCount));
    this.freeList = freeList;
  }

  /**
   * Reads words 64 bytes apart across the record, and its last word, so that every cache line
   * holding fields in use (the serial and draw counters too: a draw reads them) starts loading;
   * returns them combined so that the loads are kept. Callers touch several people at once: their
   * loads overlap, where one by one each would wait.
   */
  touch(id: number): number {
    const w = id * Stride.Words;
    return this.i32[w] ^ this.i32[w + 16] ^ this.i32[w + 32] ^ this.i32[w + Word.DrawCounters + 2];
  }

  /**
   * touch() for the record's first 64 bytes only (its first and last word: the one or two lines
   * they lie on), for events that read nothing further on (a desistance check).
   */
  touchHead(id: number): number {
    const w = id * Stride.Words;
    return this.i32[w] ^ this.i32[w + 15];
  }

  /** The version of one of the person's clocks. */
  clock(id: number, clock: Clock): number {
    return this.u32[id * Stride.Words + clock];
  }

  /** Moves a clock on, making events queued with its old version stale; returns the new version. */
  advance(id: number, clock: Clock): number {
    return ++this.u32[id * Stride.Words + clock];
  }

  // One getter and one setter per field, in record order. The stores convert exactly as the typed
  // arrays of each field always did (Float32 rounding, Uint8/Uint16 wrapping).
  provider(id: number): number { return this.i16[id * Stride.Halves + Half.Provider]; }
  setProvider(id: number, v: number): void { this.i16[id * Stride.Halves + Half.Provider] = v; }
  state(id: number): number { return this.u8[id * Stride.Bytes + Byte.State]; }
  setState(id: number, v: number): void { this.u8[id * Stride.Bytes + Byte.State] = v; }
  rosh(id: number): number { return this.u8[id * Stride.Bytes + Byte.Rosh]; }
  setRosh(id: number, v: number): void { this.u8[id * Stride.Bytes + Byte.Rosh] = v; }
  needs(id: number): number { return this.u8[id * Stride.Bytes + Byte.Needs]; }
  setNeeds(id: number, v: number): void { this.u8[id * Stride.Bytes + Byte.Needs] = v; }
  custodyBand(id: number): number { return this.u8[id * Stride.Bytes + Byte.CustodyBand]; }
  setCustodyBand(id: number, v: number): void { this.u8[id * Stride.Bytes + Byte.CustodyBand] = v; }
  /** Interventions started and due to complete: a bit per intervention. */
  pendingInterventions(id: number): number { return this.u8[id * Stride.Bytes + Byte.PendingInterventions]; }
  setPendingInterventions(id: number, v: number): void { this.u8[id * Stride.Bytes + Byte.PendingInterventions] = v; }
  /** A pending breach decision is the NPS deciding on a recall the CRC asked for. */
  recallRequested(id: number): number { return this.u8[id * Stride.Bytes + Byte.RecallRequested]; }
  setRecallRequested(id: number, v: number): void { this.u8[id * Stride.Bytes + Byte.RecallRequested] = v; }
  /** Start of the reoffending clock: sentence start, release, or last conviction. */
  anchorDay(id: number): number { return this.i32[id * Stride.Words + Word.AnchorDay]; }
  setAnchorDay(id: number, v: number): void { this.i32[id * Stride.Words + Word.AnchorDay] = v; }
  /** Day the person's offending career ends (ageing out): no offences after it. */
  careerEnd(id: number): number { return this.i32[id * Stride.Words + Word.CareerEnd]; }
  setCareerEnd(id: number, v: number): void { this.i32[id * Stride.Words + Word.CareerEnd] = v; }
  /** Order end (community) or sentence expiry (custody). */
  sentenceEnd(id: number): number { return this.i32[id * Stride.Words + Word.SentenceEnd]; }
  setSentenceEnd(id: number, v: number): void { this.i32[id * Stride.Words + Word.SentenceEnd] = v; }
  /** End of post-sentence supervision, or 0 when none. */
  pssEnd(id: number): number { return this.i32[id * Stride.Words + Word.PssEnd]; }
  setPssEnd(id: number, v: number): void { this.i32[id * Stride.Words + Word.PssEnd] = v; }
  /** Day of the pending court hearing, or -1. */
  pendingCourtDay(id: number): number { return this.i32[id * Stride.Words + Word.PendingCourtDay]; }
  setPendingCourtDay(id: number, v: number): void { this.i32[id * Stride.Words + Word.PendingCourtDay] = v; }
  /** 1 + index of the person's sampled journey, or 0 when not sampled. */
  journey(id: number): number { return this.i32[id * Stride.Words + Word.Journey]; }
  setJourney(id: number, v: number): void { this.i32[id * Stride.Words + Word.Journey] = v; }
  propensity(id: number): number { return this.f32[id * Stride.Words + Word.Propensity]; }
  setPropensity(id: number, v: number): void { this.f32[id * Stride.Words + Word.Propensity] = v; }
  interventionMultiplier(id: number): number { return this.f32[id * Stride.Words + Word.InterventionMultiplier]; }
  setInterventionMultiplier(id: number, v: number): void { this.f32[id * Stride.Words + Word.InterventionMultiplier] = v; }
  hazardBound(id: number): number { return this.f32[id * Stride.Words + Word.HazardBound]; }
  setHazardBound(id: number, v: number): void { this.f32[id * Stride.Words + Word.HazardBound] = v; }
  /** propensity ^ breachPropensityExponent, fixed per person. */
  breachFactor(id: number): number { return this.f32[id * Stride.Words + Word.BreachFactor]; }
  setBreachFactor(id: number, v: number): void { this.f32[id * Stride.Words + Word.BreachFactor] = v; }
  sentenceStart(id: number): number { return this.i32[id * Stride.Words + Word.SentenceStart]; }
  setSentenceStart(id: number, v: number): void { this.i32[id * Stride.Words + Word.SentenceStart] = v; }
  releaseDay(id: number): number { return this.i32[id * Stride.Words + Word.ReleaseDay]; }
  setReleaseDay(id: number, v: number): void { this.i32[id * Stride.Words + Word.ReleaseDay] = v; }
  /** Day the person became high RoSH (for the TR handover rule), or -1. */
  highRoshSince(id: number): number { return this.i32[id * Stride.Words + Word.HighRoshSince]; }
  setHighRoshSince(id: number, v: number): void { this.i32[id * Stride.Words + Word.HighRoshSince] = v; }
  interventionStart(id: number): number { return this.i32[id * Stride.Words + Word.InterventionStart]; }
  setInterventionStart(id: number, v: number): void { this.i32[id * Stride.Words + Word.InterventionStart] = v; }
  /** Custodial term of a suspended sentence order, served if the order is activated. */
  suspendedTermDays(id: number): number { return this.i32[id * Stride.Words + Word.SuspendedTermDays]; }
  setSuspendedTermDays(id: number, v: number): void { this.i32[id * Stride.Words + Word.SuspendedTermDays] = v; }
  lastCohortQuarter(id: number): number { return this.i32[id * Stride.Words + Word.LastCohortQuarter]; }
  setLastCohortQuarter(id: number, v: number): void { this.i32[id * Stride.Words + Word.LastCohortQuarter] = v; }
  priors(id: number): number { return this.u16[id * Stride.Halves + Half.Priors]; }
  setPriors(id: number, v: number): void { this.u16[id * Stride.Halves + Half.Priors] = v; }
  pendingOffences(id: number): number { return this.u16[id * Stride.Halves + Half.PendingOffences]; }
  setPendingOffences(id: number, v: number): void { this.u16[id * Stride.Halves + Half.PendingOffences] = v; }
  /** Supervised on release (licence), decided at sentence. */
  supervisedOnRelease(id: number): number { return this.u8[id * Stride.Bytes + Byte.SupervisedOnRelease]; }
  setSupervisedOnRelease(id: number, v: number): void { this.u8[id * Stride.Bytes + Byte.SupervisedOnRelease] = v; }
  area(id: number): number { return this.u8[id * Stride.Bytes + Byte.Area]; }
  setArea(id: number, v: number): void { this.u8[id * Stride.Bytes + Byte.Area] = v; }
  mappa(id: number): number { return this.u8[id * Stride.Bytes + Byte.Mappa]; }
  setMappa(id: number, v: number): void { this.u8[id * Stride.Bytes + Byte.Mappa] = v; }
  offenceGroup(id: number): number { return this.u8[id * Stride.Bytes + Byte.OffenceGroup]; }
  setOffenceGroup(id: number, v: number): void { this.u8[id * Stride.Bytes + Byte.OffenceGroup] = v; }
  /** Start day of cohort slot k (0 ≤ k < COHORT_SLOTS). */
  cohortDay(id: number, k: number): number { return this.i32[id * Stride.Words + Word.CohortDay + k]; }
  setCohortDay(id: number, k: number, v: number): void { this.i32[id * Stride.Words + Word.CohortDay + k] = v; }
  /** Cohort record index held in slot k, or -1 when the slot is empty. */
  cohortRecord(id: number, k: number): number { return this.i32[id * Stride.Words + Word.CohortRecord + k]; }
  setCohortRecord(id: number, k: number, v: number): void { this.i32[id * Stride.Words + Word.CohortRecord + k] = v; }
  serial(id: number): number { return this.i32[id * Stride.Words + Word.Serial]; }
  setSerial(id: number, v: number): void { this.i32[id * Stride.Words + Word.Serial] = v; }

  /** The array holding every person's draw counters (replaced when the records grow). */
  drawCounters(): Int32Array { return this.i32; }
  /** The word of drawCounters() holding the person's counter for a stored purpose (its bits: counterShift). */
  drawCounterIndex(id: number, purpose: number): number { return id * Stride.Words + Word.DrawCounters + ((purpose / 3) | 0); }
  /** A new person has drawn nothing yet. */
  clearDrawCounters(id: number): void {
    const start = id * Stride.Words + Word.DrawCounters;
    this.i32.fill(0, start, start + 3);
  }
}

/** A slot's record and its free-list entry. */
const BYTES_PER_SLOT = Stride.Bytes + 4;

/**
 * The run's prediction (scenario/resourceEstimate.ts) is made before the run; this is the backstop
 * when a scenario's people outlive it (custodial terms far longer than careers, say): the run stops
 * with the figure and the limit before the machine runs out of memory.
 */
function outgrown(live: number, maxBytes: number): ScenarioError {
  return new ScenarioError([
    {
      path: 'simulation.scale',
      message:
        `the run outgrew the memory one run may use: ${live} people alive at once, and room for twice as many ` +
        `would take more than ${formatBytes(maxBytes)}; a smaller scale, fewer years, shorter careers or shorter custodial terms would fit`,
    },
  ]);
}
