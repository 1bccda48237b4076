// Starting a sentence: a community or suspended sentence order, or custody. Shared by the court
// and by breach enforcement (resentencing, activation of a suspended sentence). A new sentence
// replaces whatever supervision the person was under (a simplification: concurrent orders are
// not modelled). Custody: release at the release point (halfway, CJA 2003), licence to the end of
// the sentence for terms of 12 months or more, and under the Offender Rehabilitation Act (when the
// switch is on) post-sentence supervision topping supervision up to 12 months for terms under 24
// months (REFERENCE.md "rules that are inputs").
import type { World } from '../engine/world';
import { isoDateOf } from '../calendar/dates';
import { providerNameOf } from '../engine/geography';
import { EventKind } from '../engine/eventQueue';
import { Clock, CustodyBand, PersonState } from '../engine/people';
import { DisposalCode } from '../observe/flowIndex';
import { providerFor, trWouldGiveCrc } from './allocation';
import { drawNextReoffence, predictedReoffending } from './offending';
import { scheduleBreach } from './breachClock';
import { scheduleEscalation } from './riskEscalation';
import { startInterventions } from './interventions';
import { detExp } from '../math/detMath';
import { logSpanOf } from '../engine/compiledParameters';
import type { RandomSource } from '../random/randomSource';
import { recordSentenceStart } from './serviceDelivery';

const ORA_MAX_TERM_DAYS = 730;
const SUPERVISION_TOP_UP_DAYS = 365;
const LICENCE_MIN_TERM_DAYS = 365;

/** Keeps a term drawn for a band inside it (a draw at the band's top edge can round onto the next). */
export function termInBand(band: CustodyBand, days: number): number {
  if (band === CustodyBand.Under12m) return Math.min(days, 364);
  return band === CustodyBand.From12mTo4y ? Math.min(Math.max(days, 365), 1460) : Math.max(days, 1461);
}

export function bandOfTerm(days: number): CustodyBand {
  if (days < 365) return CustodyBand.Under12m;
  return days < 1461 ? CustodyBand.From12mTo4y : CustodyBand.Over4y;
}

/**
 * Days drawn log-uniformly between two bounds: short terms are commoner than long ones. Callers
 * with fixed bounds pass log(maxDays / minDays), computed once (logSpanOf: the same bits).
 */
export function logUniformDays(stream: RandomSource, minDays: number, maxDays: number, logSpan = logSpanOf(minDays, maxDays)): number {
  const u = stream.uniform();
  return Math.max(1, Math.round(minDays * detExp(u * logSpan)));
}

export function startCommunitySentence(world: World, id: number, state: PersonState, days: number): void {
  const p = world.people;
  const today = world.today;
  p.setCustodyBand(id, CustodyBand.None); // the old state is never custody: the court deals with prisoners otherwise
  world.change(id, state, providerFor(world, id), p.rosh(id), true);
  recordSentenceStart(world, id);
  p.setAnchorDay(id, today);
  p.setSentenceStart(id, today);
  p.setSentenceEnd(id, today + days);
  p.setPssEnd(id, 0);
  world.schedule(today + days, EventKind.StateEnd, id, p.clock(id, Clock.State));
  const disposal = state === PersonState.SuspendedOrder ? DisposalCode.SuspendedOrder : DisposalCode.CommunityOrder;
  world.observer.startOrRelease(id, disposal, trWouldGiveCrc(world, id), predictedReoffending(world, id));
  if (world.observer.narrated(id)) world.observer.narrate(
    id,
    'sentenced',
    `${state === PersonState.SuspendedOrder ? 'suspended sentence order' : 'community order'} of ${Math.round(days / 30.44)} months, managed by ${providerNameOf(p.provider(id))}`,
  );
  startSupervisionClocks(world, id);
  drawNextReoffence(world, id, today);
}

export function startCustody(world: World, id: number, termDays: number, why: string): void {
  const p = world.people;
  const today = world.today;
  const ora = world.switches.ora && termDays < ORA_MAX_TERM_DAYS;
  const releaseDay = today + Math.max(1, Math.ceil(termDays * world.params.raw.custody.releaseFraction));
  // The old state is never custody (prisoners' new offences are dealt with concurrently), so
  // setting the band before change() cannot mis-count the old state.
  p.setCustodyBand(id, bandOfTerm(termDays));
  p.setSentenceStart(id, today);
  p.setSentenceEnd(id, today + termDays);
  p.setReleaseDay(id, releaseDay);
  p.setPssEnd(id, ora && releaseDay + SUPERVISION_TOP_UP_DAYS > today + termDays ? releaseDay + SUPERVISION_TOP_UP_DAYS : 0);
  p.setSupervisedOnRelease(id, termDays >= LICENCE_MIN_TERM_DAYS || ora ? 1 : 0);
  // Those supervised on release get a pre-release case manager now.
  world.change(id, PersonState.Custody, p.supervisedOnRelease(id) ? providerFor(world, id) : -1, p.rosh(id), true);
  recordSentenceStart(world, id);
  stopCommunityClocks(world, id);
  world.schedule(releaseDay, EventKind.Release, id, p.clock(id, Clock.State));
  if (world.observer.narrated(id)) world.observer.narrate(
    id,
    'sentenced',
    `${why}: custody of ${Math.round(termDays / 30.44)} months; release due ${isoDateOf(releaseDay)}` +
      (p.supervisedOnRelease(id) ? `, pre-release case managed by ${providerNameOf(p.provider(id))}` : ', no supervision on release'),
  );
}

/** Breach, risk escalation and interventions run while a person is supervised in the community. */
export function startSupervisionClocks(world: World, id: number): void {
  scheduleBreach(world, id);
  scheduleEscalation(world, id);
  startInterventions(world, id);
}

/** In custody nobody offends, breaches or escalates: invalidate those clocks. */
export function stopCommunityClocks(world: World, id: number): void {
  const p = world.people;
  p.advance(id, Clock.Reoffence);
  p.advance(id, Clock.Breach);
  p.advance(id, Clock.Escalation);
  p.advance(id, Clock.Intervention);
  p.setPendingInterventions(id, 0);
}
