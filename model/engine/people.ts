// People as data: a structure of typed arrays, one slot per person, with a free list so that the
// slots of people who leave the model are reused. Invariants: a slot is either live (state is a
// PersonState) or free (state is FREE_SLOT and the slot is on the free list); clock versions only
// ever increase, so a queued event whose version differs from its person's clock is stale; the
// arrays grow by doubling and never shrink, so a run's memory is bounded by its peak population.

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

/** How many cohort memberships a person can have in follow-up at once (quarters in 12 months + 1). */
export const COHORT_SLOTS = 5;

export class People {
  capacity = 0;
  /** Number of slots ever used (live + free); ids are below this. */
  highWater = 0;
  live = 0;
  private freeList: Int32Array = new Int32Array(0);
  private freeCount = 0;

  serial = new Float64Array(0);
  state = new Uint8Array(0);
  area = new Uint8Array(0);
  provider = new Int16Array(0);
  rosh = new Uint8Array(0);
  mappa = new Uint8Array(0);
  offenceGroup = new Uint8Array(0);
  needs = new Uint8Array(0);
  propensity = new Float32Array(0);
  /** propensity ^ breachPropensityExponent, fixed per person. */
  breachFactor = new Float32Array(0);
  interventionMultiplier = new Float32Array(0);
  hazardBound = new Float32Array(0);
  priors = new Uint16Array(0);
  /** Start of the reoffending clock: sentence start, release, or last conviction. */
  anchorDay = new Int32Array(0);
  /** Day the person's offending career ends (ageing out): no offences after it. */
  careerEnd = new Int32Array(0);
  sentenceStart = new Int32Array(0);
  /** Order end (community) or sentence expiry (custody). */
  sentenceEnd = new Int32Array(0);
  /** End of post-sentence supervision, or 0 when none. */
  pssEnd = new Int32Array(0);
  releaseDay = new Int32Array(0);
  custodyBand = new Uint8Array(0);
  /** Supervised on release (licence), decided at sentence. */
  supervisedOnRelease = new Uint8Array(0);
  /** Day of the pending court hearing, or -1. */
  pendingCourtDay = new Int32Array(0);
  pendingOffences = new Uint16Array(0);
  /** Day the person became high RoSH (for the TR handover rule), or -1. */
  highRoshSince = new Int32Array(0);
  /** Interventions started and due to complete: a bit per intervention. */
  pendingInterventions = new Uint8Array(0);
  interventionStart = new Int32Array(0);
  /** Custodial term of a suspended sentence order, served if the order is activated. */
  suspendedTermDays = new Int32Array(0);
  /** A pending breach decision is the NPS deciding on a recall the CRC asked for. */
  recallRequested = new Uint8Array(0);
  lastCohortQuarter = new Int32Array(0);
  cohortDay = new Int32Array(0);
  cohortRecord = new Int32Array(0);
  journey = new Int32Array(0);
  vReoffence = new Uint32Array(0);
  vState = new Uint32Array(0);
  vCourt = new Uint32Array(0);
  vBreach = new Uint32Array(0);
  vEscalation = new Uint32Array(0);
  vIntervention = new Uint32Array(0);

  constructor(initialCapacity: number) {
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
    this.state[id] = FREE_SLOT;
    this.freeList[this.freeCount++] = id;
    this.live--;
  }

  private grow(newCapacity: number): void {
    this.capacity = newCapacity;
    const fields = this as unknown as Record<string, unknown>;
    for (const key of Object.keys(fields)) {
      const old = fields[key];
      if (!ArrayBuffer.isView(old) || key === 'freeList') continue;
      const perPerson = key.startsWith('cohort') ? COHORT_SLOTS : 1;
      const Ctor = (old as unknown as { constructor: new (n: number) => Int32Array }).constructor;
      const next = new Ctor(newCapacity * perPerson);
      next.set(old as Int32Array);
      fields[key] = next;
    }
    const freeList = new Int32Array(newCapacity);
    freeList.set(this.freeList.subarray(0, this.freeCount));
    this.freeList = freeList;
  }
}
