// Breach, enforcement and recall. Each supervised person has a breach clock whose rate depends on
// the kind of supervision and rises with propensity. Enforcement: a community or suspended order
// may go back to court (resentenced to custody, the suspended term activated, or continued); a
// licence breach may lead to recall, fixed-term (14 days for sentences under 12 months, 28
// otherwise) or standard (until re-release, at most to the sentence end); a breach of
// post-sentence supervision may lead to committal to custody for up to 14 days. Under TR a CRC
// refers the breach to the NPS, which decides after a referral delay.
import type { Simulation } from '../engine/simulation';
import { EventKind } from '../engine/eventQueue';
import { Clock, CustodyBand, PersonState } from '../engine/people';
import { PROVIDER_KIND, ProviderKindCode } from '../engine/geography';
import {
  DisposalCode,
  FLOW_BREACHES,
  FLOW_COURT,
  FLOW_PSS_COMMITTALS,
  FLOW_RECALLS,
  FLOW_RECALLS_FIXED,
  FLOW_RECALLS_SHORT,
  FLOW_RECALLS_STANDARD,
  FLOW_SENTENCES,
} from '../observe/flowIndex';
import { bandOfTerm, logUniformDays, startCustody, stopCommunityClocks } from './sentencing';

const FIXED_TERM_SHORT_DAYS = 14;
const FIXED_TERM_LONG_DAYS = 28;

export function scheduleBreach(sim: Simulation, id: number): void {
  const p = sim.people;
  const P = sim.params;
  const version = p.advance(id, Clock.Breach);
  const state = p.state(id);
  let perDay: number;
  let ends: number;
  if (state === PersonState.CommunityOrder || state === PersonState.SuspendedOrder) {
    perDay = P.communityBreachPerDay;
    ends = p.sentenceEnd(id);
  } else if (state === PersonState.Licence) {
    perDay = P.licenceBreachPerDay;
    ends = p.sentenceEnd(id);
  } else if (state === PersonState.Pss) {
    perDay = P.pssBreachPerDay;
    ends = p.pssEnd(id);
  } else return;
  const rate = perDay * p.breachFactor(id);
  if (!(rate > 0)) return;
  const day = sim.today + Math.max(1, Math.ceil(sim.rng.breach.exponential() / rate));
  if (day < ends) sim.schedule(day, EventKind.Breach, id, version);
}

export function onBreach(sim: Simulation, id: number): void {
  const p = sim.people;
  p.setRecallRequested(id, 0);
  sim.countFlow(FLOW_BREACHES);
  const provider = p.provider(id);
  const delay = sim.params.raw.breach.trReferralDelayDays;
  if (sim.switches.operatingModel === 'tr' && provider >= 0 && PROVIDER_KIND[provider] === ProviderKindCode.Crc && delay > 0) {
    if (sim.journeys.on(id)) sim.journeys.record(id, 'breach', `breach: the CRC refers it to the NPS, which decides in ${delay} days`);
    sim.schedule(sim.today + delay, EventKind.BreachDecision, id, p.clock(id, Clock.Breach));
    return;
  }
  if (sim.journeys.on(id)) sim.journeys.record(id, 'breach', 'breach of the conditions of supervision');
  onBreachDecision(sim, id);
}

export function onBreachDecision(sim: Simulation, id: number): void {
  const p = sim.people;
  const b = sim.params.raw.breach;
  const rng = sim.rng.breach;
  const state = p.state(id);
  if (p.recallRequested(id)) {
    p.setRecallRequested(id, 0);
    if (state === PersonState.Licence) recall(sim, id, 'a further offence while on licence (NPS decision)');
    return;
  }
  if (state === PersonState.CommunityOrder || state === PersonState.SuspendedOrder) {
    if (rng.bernoulli(b.communityBreachResentenceShare) && rng.bernoulli(b.resentenceCustodyShare)) {
      const days = state === PersonState.SuspendedOrder ? p.suspendedTermDays(id) : logUniformDays(sim.rng.breach, 14, 364);
      sim.countFlow(FLOW_COURT);
      sim.countFlow(FLOW_SENTENCES + (bandOfTerm(days) - 1));
      startCustody(sim, id, days, state === PersonState.SuspendedOrder ? 'breach: suspended sentence activated' : 'breach: resentenced');
      return;
    }
  } else if (state === PersonState.Licence) {
    if (rng.bernoulli(b.licenceBreachRecallShare)) {
      recall(sim, id, 'breach of licence conditions');
      return;
    }
  } else if (state === PersonState.Pss) {
    if (rng.bernoulli(b.pssCommittalShare)) {
      commitForPssBreach(sim, id);
      return;
    }
  } else return;
  if (sim.journeys.on(id)) sim.journeys.record(id, 'warning', 'enforcement: warned, supervision continues');
  scheduleBreach(sim, id);
}

/** A further offence on licence: recall, referred to NPS first under TR for CRC cases. */
export function startRecall(sim: Simulation, id: number, why: string): void {
  const p = sim.people;
  const provider = p.provider(id);
  const delay = sim.params.raw.breach.trReferralDelayDays;
  if (sim.switches.operatingModel === 'tr' && provider >= 0 && PROVIDER_KIND[provider] === ProviderKindCode.Crc && delay > 0) {
    // Modelled as a breach whose decision is a recall: the NPS decides after the referral delay.
    if (sim.journeys.on(id)) sim.journeys.record(id, 'breach', `${why}: the CRC refers it to the NPS`);
    p.setRecallRequested(id, 1);
    sim.schedule(sim.today + delay, EventKind.BreachDecision, id, p.advance(id, Clock.Breach));
    return;
  }
  recall(sim, id, why);
}

function recall(sim: Simulation, id: number, why: string): void {
  const p = sim.people;
  const b = sim.params.raw.breach;
  const today = sim.today;
  const remaining = p.sentenceEnd(id) - today;
  if (remaining <= 0) return;
  const short = p.custodyBand(id) === CustodyBand.Under12m;
  const fixed = sim.rng.breach.bernoulli(b.fixedTermShare);
  const wanted = fixed
    ? short
      ? FIXED_TERM_SHORT_DAYS
      : FIXED_TERM_LONG_DAYS
    : Math.max(1, Math.ceil(sim.rng.breach.exponential() * b.standardRecallDaysMean));
  const days = Math.min(wanted, remaining);
  sim.countFlow(FLOW_RECALLS);
  sim.countFlow(fixed ? FLOW_RECALLS_FIXED : FLOW_RECALLS_STANDARD);
  if (short) sim.countFlow(FLOW_RECALLS_SHORT);
  sim.change(id, PersonState.Recall, p.provider(id), p.rosh(id));
  stopCommunityClocks(sim, id);
  sim.schedule(today + days, EventKind.RecallEnd, id, p.clock(id, Clock.State));
  if (sim.journeys.on(id)) sim.journeys.record(id, 'recalled', `${fixed ? `fixed-term (${days} days)` : 'standard'} recall to prison: ${why}`);
}

function commitForPssBreach(sim: Simulation, id: number): void {
  const p = sim.people;
  const days = Math.max(1, sim.params.raw.breach.pssCommittalDays);
  sim.countFlow(FLOW_PSS_COMMITTALS);
  sim.countFlow(FLOW_SENTENCES + DisposalCode.Other);
  // Held with recalls: a short return to custody that ends back on post-sentence supervision.
  sim.change(id, PersonState.Recall, p.provider(id), p.rosh(id));
  stopCommunityClocks(sim, id);
  sim.schedule(sim.today + days, EventKind.RecallEnd, id, p.clock(id, Clock.State));
  if (sim.journeys.on(id)) sim.journeys.record(id, 'committed', `breach of post-sentence supervision: committed to custody for ${days} days`);
}
