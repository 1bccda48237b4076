// Numeric indices of the weekly flow counters, in the order of seriesNames.flowSeries, so that the
// hot loop adds to a typed array slot instead of looking a name up.
import { flowSeries } from '../seriesNames';

const at = (name: (typeof flowSeries)[number]): number => flowSeries.indexOf(name);

export const FLOW_COUNT = flowSeries.length;
export const FLOW_ENTRANTS = at('flow.entrants');
export const FLOW_EXITS = at('flow.exits');
export const FLOW_REOFFENCES = at('flow.reoffences');
export const FLOW_COURT = at('flow.courtAppearances');
/** First of the six flow.sentences.* counters, in the order of seriesNames.disposals. */
export const FLOW_SENTENCES = at('flow.sentences.custodyUnder12m');
/** First of the four flow.psr.* counters: none, oral, shortWritten, standard. */
export const FLOW_PSR = at('flow.psr.none');
export const FLOW_RELEASES = at('flow.releases');
export const FLOW_BREACHES = at('flow.breaches');
export const FLOW_RECALLS = at('flow.recalls');
export const FLOW_RECALLS_FIXED = at('flow.recalls.fixedTerm');
export const FLOW_RECALLS_STANDARD = at('flow.recalls.standard');
export const FLOW_RECALLS_SHORT = at('flow.recalls.shortSentence');
export const FLOW_PSS_COMMITTALS = at('flow.pssCommittals');
export const FLOW_TRANSFERS = at('flow.transfersToNps');
export const FLOW_ESCALATIONS = at('flow.escalations');
export const FLOW_INTERVENTIONS_STARTED = at('flow.interventions.started');
export const FLOW_INTERVENTIONS_COMPLETED = at('flow.interventions.completed');

/** Disposal codes, in the order of seriesNames.disposals. */
export const enum DisposalCode {
  CustodyUnder12m = 0,
  Custody12mTo4y = 1,
  CustodyOver4y = 2,
  SuspendedOrder = 3,
  CommunityOrder = 4,
  Other = 5,
}
