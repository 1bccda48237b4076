// Breach, enforcement and recall: what follows when a breach (breachClock.ts) comes. Enforcement: a community or suspended order
// may go back to court (resentenced to custody, the suspended term activated, or continued); a
// licence breach may lead to recall, fixed-term (14 days for sentences under 12 months, 28
// otherwise) or standard (until re-release, at most to the sentence end); a breach of
// post-sentence supervision may lead to committal to custody for up to 14 days. Under TR a CRC
// refers the breach to the NPS, which decides after a referral delay.
// A decision referred is postponed, never lost: its event is stamped with the person's serial, not
// with the breach clock, so a clock that restarts meanwhile (the order ends and post-sentence
// supervision starts, a new sentence, a release) does not drop it. It acts on the supervision the
// person is under when it is made; one who is by then in custody or no longer supervised is beyond
// its reach (a licence that has expired cannot be recalled), and it lapses.
import type { World } from '../engine/world';
import { EventKind } from '../engine/eventQueue';
import { Clock, CustodyBand, PersonState } from '../engine/people';
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
import { scheduleBreach } from './breachClock';
import { isCrcCaseUnderTr } from './allocation';
import { Purpose } from '../random/personDraws';

const FIXED_TERM_SHORT_DAYS = 14;
const FIXED_TERM_LONG_DAYS = 28;

/** Under TR a CRC refers enforcement to the NPS, which decides after the referral delay (if any). */
function referredToNps(world: World, id: number): boolean {
  return world.params.raw.breach.trReferralDelayDays > 0 && isCrcCaseUnderTr(world, id);
}

export function onBreach(world: World, id: number): void {
  const p = world.people;
  p.setRecallRequested(id, 0);
  world.observer.counted(FLOW_BREACHES, 1);
  const delay = world.params.raw.breach.trReferralDelayDays;
  if (referredToNps(world, id)) {
    if (world.observer.narrated(id)) world.observer.narrate(id, 'breach', `breach: the CRC refers it to the NPS, which decides in ${delay} days`);
    world.schedule(world.today + delay, EventKind.BreachDecision, id, p.serial(id));
    return;
  }
  if (world.observer.narrated(id)) world.observer.narrate(id, 'breach', 'breach of the conditions of supervision');
  onBreachDecision(world, id);
}

export function onBreachDecision(world: World, id: number): void {
  const p = world.people;
  const b = world.params.raw.breach;
  const rng = world.draws(id, Purpose.Breach);
  const state = p.state(id);
  if (p.recallRequested(id)) {
    p.setRecallRequested(id, 0);
    if (state === PersonState.Licence) {
      recall(world, id, 'a further offence while on licence (NPS decision)');
      return;
    }
    // The licence ended while the NPS decided: the breach is decided under the supervision now in force.
  }
  if (state === PersonState.CommunityOrder || state === PersonState.SuspendedOrder) {
    if (rng.bernoulli(b.communityBreachResentenceShare) && rng.bernoulli(b.resentenceCustodyShare)) {
      const days = state === PersonState.SuspendedOrder ? p.suspendedTermDays(id) : logUniformDays(rng, 14, 364);
      world.observer.counted(FLOW_COURT, 1);
      world.observer.counted(FLOW_SENTENCES + (bandOfTerm(days) - 1), 1);
      startCustody(world, id, days, state === PersonState.SuspendedOrder ? 'breach: suspended sentence activated' : 'breach: resentenced');
      return;
    }
  } else if (state === PersonState.Licence) {
    if (rng.bernoulli(b.licenceBreachRecallShare)) {
      recall(world, id, 'breach of licence conditions');
      return;
    }
  } else if (state === PersonState.Pss) {
    if (rng.bernoulli(b.pssCommittalShare)) {
      commitForPssBreach(world, id);
      return;
    }
  } else return;
  if (world.observer.narrated(id)) world.observer.narrate(id, 'warning', 'enforcement: warned, supervision continues');
  scheduleBreach(world, id);
}

/** A further offence on licence: recall, referred to NPS first under TR for CRC cases. */
export function startRecall(world: World, id: number, why: string): void {
  const p = world.people;
  if (referredToNps(world, id)) {
    // Modelled as a breach whose decision is a recall: the NPS decides after the referral delay.
    if (world.observer.narrated(id)) world.observer.narrate(id, 'breach', `${why}: the CRC refers it to the NPS`);
    p.setRecallRequested(id, 1);
    // The licence's breach clock stops while the NPS decides, as after a breach referred.
    p.advance(id, Clock.Breach);
    world.schedule(world.today + world.params.raw.breach.trReferralDelayDays, EventKind.BreachDecision, id, p.serial(id));
    return;
  }
  recall(world, id, why);
}

function recall(world: World, id: number, why: string): void {
  const p = world.people;
  const b = world.params.raw.breach;
  const today = world.today;
  const remaining = p.sentenceEnd(id) - today;
  if (remaining <= 0) return;
  const short = p.custodyBand(id) === CustodyBand.Under12m;
  const rng = world.draws(id, Purpose.Breach);
  const fixed = rng.bernoulli(b.fixedTermShare);
  const wanted = fixed
    ? short
      ? FIXED_TERM_SHORT_DAYS
      : FIXED_TERM_LONG_DAYS
    : Math.max(1, Math.ceil(rng.exponential() * b.standardRecallDaysMean));
  const days = Math.min(wanted, remaining);
  world.observer.counted(FLOW_RECALLS, 1);
  world.observer.counted(fixed ? FLOW_RECALLS_FIXED : FLOW_RECALLS_STANDARD, 1);
  if (short) world.observer.counted(FLOW_RECALLS_SHORT, 1);
  world.change(id, PersonState.Recall, p.provider(id), p.rosh(id));
  stopCommunityClocks(world, id);
  world.schedule(today + days, EventKind.RecallEnd, id, p.clock(id, Clock.State));
  if (world.observer.narrated(id)) world.observer.narrate(id, 'recalled', `${fixed ? `fixed-term (${days} days)` : 'standard'} recall to prison: ${why}`);
}

function commitForPssBreach(world: World, id: number): void {
  const p = world.people;
  const days = Math.max(1, world.params.raw.breach.pssCommittalDays);
  world.observer.counted(FLOW_PSS_COMMITTALS, 1);
  world.observer.counted(FLOW_SENTENCES + DisposalCode.Other, 1);
  // Held with recalls: a short return to custody that ends back on post-sentence supervision.
  world.change(id, PersonState.Recall, p.provider(id), p.rosh(id));
  stopCommunityClocks(world, id);
  world.schedule(world.today + days, EventKind.RecallEnd, id, p.clock(id, Clock.State));
  if (world.observer.narrated(id)) world.observer.narrate(id, 'committed', `breach of post-sentence supervision: committed to custody for ${days} days`);
}
