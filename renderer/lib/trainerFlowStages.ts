// The stages of the animated pathway and how a journey's events land on them. A person's state
// after an event (atLiberty, custody, licence, …) is a lasting stage; some events are moments that
// pass (a court hearing, an allocation, a breach, resettlement work, an offence): they are shown
// at their own stage for a few days, so that the room sees people pass through court and
// allocation rather than jump from liberty to prison. Stage order is the index the compact
// timelines store, so it must not depend on anything but this list.

export const FLOW_STAGES = [
  'offence',
  'court',
  'allocation',
  'community',
  'breach',
  'reoffending',
  'backToCourt',
  'custody',
  'resettlement',
  'licence',
  'atLiberty',
  'recall',
  'pss',
  'left',
] as const;

export type FlowStage = (typeof FLOW_STAGES)[number];

export const STAGE_INDEX: Record<FlowStage, number> = Object.fromEntries(FLOW_STAGES.map((s, i) => [s, i])) as Record<FlowStage, number>;

/** Not in the model yet (before the person's first event). */
export const NOT_YET = -1;

export const STAGE_TITLES: Record<FlowStage, { title: string; note?: string }> = {
  offence: { title: 'Offence', note: 'new to the model' },
  court: { title: 'Court', note: 'pre-sentence report' },
  allocation: { title: 'Allocation' },
  community: { title: 'Community order', note: 'or suspended order' },
  breach: { title: 'Breach' },
  reoffending: { title: 'Reoffending' },
  backToCourt: { title: 'Back to court' },
  custody: { title: 'Custody' },
  resettlement: { title: 'Resettlement', note: 'before release' },
  licence: { title: 'On licence', note: 'after custody' },
  atLiberty: { title: 'At liberty', note: 'no sentence running' },
  recall: { title: 'Recall to prison', note: 'from licence or PSS' },
  pss: { title: 'Post-sentence', note: 'supervision (PSS)' },
  left: { title: 'Left the model', note: 'desisted: no proven offence for the desistance period' },
};

/** Where a person stands after an event (the journey's `state`) → a lasting stage. */
const STATE_STAGES: Record<string, FlowStage> = {
  atLiberty: 'atLiberty',
  communityOrder: 'community',
  suspendedOrder: 'community',
  custody: 'custody',
  recall: 'recall',
  licence: 'licence',
  pss: 'pss',
  left: 'left',
};

export function stageOfState(state: string): FlowStage {
  return STATE_STAGES[state] ?? 'atLiberty';
}

/** What the timeline builder knows of the person so far, to tell a first offence from a reoffence. */
export interface JourneySoFar {
  /** Any event before this one. */
  seenBefore: boolean;
  /** Sentenced before (by any court, supervised or not). */
  sentencedBefore: boolean;
}

/** The engine's words for a sentence with no probation involvement (model/processes/court.ts). */
const FINE = /fine or discharge/;

/** The sentences probation is allocated: the engine records these states after `sentenced`. */
const SENTENCE_STATES = new Set(['communityOrder', 'suspendedOrder', 'custody']);

/**
 * The passing stage an event is shown at, or null when the event only changes (or keeps) the
 * person's lasting state. Only a sentence that probation manages is an allocation: a fine or
 * discharge (recorded as `sentenced` with the person's state unchanged, so possibly still on an
 * earlier order) and custody with no supervision on release (provider none) are not.
 */
export function transientStage(event: { kind: string; state: string; provider: string; detail?: string }, soFar: JourneySoFar): FlowStage | null {
  switch (event.kind) {
    case 'offence':
      return soFar.seenBefore ? 'reoffending' : 'offence';
    case 'court':
      return soFar.sentencedBefore ? 'backToCourt' : 'court';
    case 'sentenced':
      return SENTENCE_STATES.has(event.state) && event.provider !== 'none' && !FINE.test(event.detail ?? '') ? 'allocation' : null;
    case 'allocated':
    case 'reallocated':
    case 'transferred':
      return 'allocation';
    case 'breach':
      return 'breach';
    case 'resettlement':
      return 'resettlement';
    default:
      return null;
  }
}

/** Providers as the timelines store them: an index, with 0 for nobody. */
export const PROVIDERS = ['none', 'trust', 'crc', 'nps'] as const;
export type ProviderKind = (typeof PROVIDERS)[number];

export function providerIndex(provider: string): number {
  const i = PROVIDERS.indexOf(provider as ProviderKind);
  return i < 0 ? 0 : i;
}

/** The weekly stocks (national equivalents) behind a lasting stage's counter. */
export const STAGE_SERIES: Partial<Record<FlowStage, string[]>> = {
  atLiberty: ['stock.atLiberty'],
  community: ['stock.communityOrder', 'stock.suspendedOrder'],
  custody: ['stock.custody'],
  recall: ['stock.recall'],
  licence: ['stock.licence'],
  pss: ['stock.pss'],
};

/** The caseload series of each provider kind, shown in the allocation stage's provider boxes. */
export const PROVIDER_SERIES: Record<Exclude<ProviderKind, 'none'>, string> = {
  trust: 'caseload.trust',
  crc: 'caseload.crc',
  nps: 'caseload.nps',
};
