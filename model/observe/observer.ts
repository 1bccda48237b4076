// The one interface through which the world announces what happens, for everything that records
// it (weekly series, the flow matrix, reoffending cohorts, monthly activity, sampled journeys), as
// Mesa's DataCollector is apart from its model: an observer knows no rule, and no rule reads
// anything back from an observer. A method per happening; processes call them where the happening
// is decided, with what the rules know about it (a cohort start brings the prediction and the TR
// eligibility the rules work out), so that recording needs nothing from model/processes.
// The simulation holds one composite (observers.ts) that passes each happening to the recorders
// that want it: one concrete class, so every call site stays monomorphic, and no allocation per event.
// Observers may read the world (a person's fields, today's date) but change nothing a rule reads;
// for speed, the journey index and cohort slots they keep per person live in the person's record.

/** Volume categories of new cases (the money's), in the order of scenario/moneySchema VOLUME_CATEGORIES. */
export const enum VolumeCategory {
  CommunityOrder = 0,
  SuspendedOrder = 1,
  CustodyUnder12m = 2,
  Custody12mTo4y = 3,
  CustodyOver4y = 4,
}

/** Service levels contracts measure, in the order of scenario/moneySchema SERVICE_LEVELS. */
export const enum ServiceLevel {
  FirstAppointment = 0,
  LicenceAppointment = 1,
  SentencePlan = 2,
}

export interface Observer {
  /** A person entered the model (World.enter). */
  entered(id: number): void;
  /** A person left the model from `from` (World.leave), before their slot is freed. */
  left(id: number, from: number): void;
  /** A person moved between states, or began a new spell in the same one (World.change). */
  transition(from: number, to: number): void;
  /** `amount` happenings of the kind a flow counter names (observe/flowIndex.ts). */
  counted(flow: number, amount: number): void;
  /** `count` proven reoffences committed on `offenceDay`, proven on `provenDay`. */
  reoffended(id: number, offenceDay: number, provenDay: number, count: number): void;
  /**
   * A court order started or a release from custody (disposal code 0..4): the starts reoffending
   * is measured from. `trEligible`: TR's allocation would give the person to a CRC; `predicted`:
   * the chance of a proven reoffence in a year before supervision acts (the case-mix adjustment).
   */
  startOrRelease(id: number, disposal: number, trEligible: boolean, predicted: number): void;
  /** A provider took on a new case of a volume category. */
  caseStarted(provider: number, category: VolumeCategory): void;
  /** A service came `workingDays` after it was due to start. */
  serviceDelayed(provider: number, level: ServiceLevel, workingDays: number): void;
  /** An intervention started; `feeForUseArea` is the NPS case's area when TR's Fee for Use pays, else -1. */
  interventionStarted(provider: number, intervention: number, feeForUseArea: number): void;
  /** An order ran its course, delivered as ordered or not. */
  orderEnded(provider: number, delivered: boolean): void;
  /**
   * True when someone follows this person's story: processes build words for `narrate` only then.
   * The one question a process may ask; no rule's outcome depends on the answer.
   */
  narrated(id: number): boolean;
  /** A step of a followed person's story, told after the state change it describes. */
  narrate(id: number, kind: string, detail: string): void;
  /** The reported week `week` has ended (stocks stand as at its end). */
  weekEnded(week: number): void;
  /** The reported year `year` (0-based) begins. */
  yearStarted(year: number): void;
}
