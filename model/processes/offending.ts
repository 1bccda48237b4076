// Offending and detection. A person's proven reoffending is a time-varying hazard:
//   rate(t) = base(months since anchor) × propensity × needs × interventions × supervision
// where the anchor is the start of an order, a release or a conviction. The waiting time to the
// next proven offence is drawn by inverting the piecewise-constant cumulative hazard, using the
// hazard bound at drawing time; factors that can only fall before the next redraw (supervision
// quality, a completed intervention, a resolved need) are applied by thinning when the candidate
// event arrives, so the draw is exact without redrawing on every change. The clock is redrawn
// when the anchor moves and stopped in custody. Offences reach court after a conviction lag (or are
// dealt with out of court); offences committed while a hearing is pending join that hearing.
// (What happens when a candidate offence arrives is reoffence.ts.)
import type { World } from '../engine/world';
import { EventKind } from '../engine/eventQueue';
import { Clock, PersonState } from '../engine/people';
import { detExp } from '../math/detMath';
import { Purpose } from '../random/personDraws';

function needsMultiplier(world: World, needs: number): number {
  let m = 1;
  const table = world.params.needMultiplier;
  if (needs & 1) m *= table[0];
  if (needs & 2) m *= table[1];
  if (needs & 4) m *= table[2];
  if (needs & 8) m *= table[3];
  return m;
}

/** Everything but the time shape and supervision: the bound used when drawing. */
export function personalHazard(world: World, id: number): number {
  const p = world.people;
  return p.propensity(id) * needsMultiplier(world, p.needs(id)) * p.interventionMultiplier(id);
}

/** Draws the next candidate proven offence after `fromDay`, replacing any pending one. */
export function drawNextReoffence(world: World, id: number, fromDay: number): void {
  const p = world.people;
  const version = p.advance(id, Clock.Reoffence);
  const bound = personalHazard(world, id);
  p.setHazardBound(id, bound);
  if (!(bound > 0)) return;
  const starts = world.params.hazardSegmentStart;
  const rates = world.params.hazardSegmentRate;
  let remaining = world.draws(id, Purpose.ReoffenceTiming).exponential();
  let s = fromDay - p.anchorDay(id);
  let segment = 0;
  while (segment + 1 < starts.length && starts[segment + 1] <= s) segment++;
  for (;;) {
    const rate = rates[segment] * bound;
    const end = segment + 1 < starts.length ? starts[segment + 1] : Infinity;
    const capacity = rate * (end - s);
    if (remaining <= capacity) {
      s += remaining / rate;
      break;
    }
    if (end === Infinity) return; // zero rate in the last segment: never reoffends
    remaining -= capacity;
    s = end;
    segment++;
  }
  const day = p.anchorDay(id) + Math.ceil(s);
  if (day <= p.careerEnd(id)) world.schedule(day, EventKind.Reoffence, id, version);
}

/**
 * Proven offences committed on `day`: to court (or out of court), counted in cohorts. Returns true
 * when they were dealt with at once (out of court), which restarts the offending clock.
 */
export function registerOffences(world: World, id: number, day: number, count: number, isReoffence: boolean): boolean {
  const p = world.people;
  const offending = world.params.raw.offending;
  let provenDay: number;
  const rng = world.draws(id, Purpose.Episode);
  const outOfCourt = rng.bernoulli(offending.outOfCourtShare);
  // The lag to court: Gamma(2), a sum of two exponentials (few convictions come in the first days).
  // Drawn whether used or not, so that the words an episode takes depend on nothing a policy sets.
  const lagDraw = rng.exponential() + rng.exponential();
  if (outOfCourt) {
    provenDay = day + Math.max(1, Math.round(offending.convictionLagDaysMean / 4));
    p.setPriors(id, Math.min(65535, p.priors(id) + count));
    if (world.observer.narrated(id)) world.observer.narrate(id, 'offence', `${count} proven offence(s), dealt with out of court`);
  } else if (p.pendingCourtDay(id) >= 0) {
    provenDay = p.pendingCourtDay(id);
    p.setPendingOffences(id, p.pendingOffences(id) + count);
    if (world.observer.narrated(id)) world.observer.narrate(id, 'offence', `${count} further offence(s), added to the pending hearing`);
  } else {
    const lag = Math.max(1, Math.round((lagDraw * offending.convictionLagDaysMean) / 2));
    provenDay = day + lag;
    p.setPendingCourtDay(id, provenDay);
    p.setPendingOffences(id, count);
    world.schedule(provenDay, EventKind.Court, id, p.advance(id, Clock.Court));
    if (world.observer.narrated(id)) world.observer.narrate(id, 'offence', `${count} offence(s); court hearing in ${lag} days`);
  }
  if (isReoffence) world.observer.reoffended(id, day, provenDay, count);
  if (outOfCourt) concludeWithoutSentence(world, id);
  return outOfCourt;
}

/** A conviction or caution with no sentence to serve: the offending clock restarts from today. */
export function concludeWithoutSentence(world: World, id: number): void {
  const p = world.people;
  p.setAnchorDay(id, world.today);
  const state = p.state(id);
  if (state === PersonState.Custody || state === PersonState.Recall) return;
  drawNextReoffence(world, id, world.today);
  if (state === PersonState.AtLiberty) scheduleDesistance(world, id);
}

/** Leaving the model: after a spell at liberty long enough to count as desistance, or at the end of the career. */
function desistanceDay(world: World, id: number): number {
  const p = world.people;
  return Math.min(p.anchorDay(id) + world.params.desistanceDays, p.careerEnd(id));
}

export function scheduleDesistance(world: World, id: number): void {
  world.schedule(desistanceDay(world, id), EventKind.Desist, id, world.people.clock(id, Clock.State));
}

export function onDesist(world: World, id: number): void {
  const p = world.people;
  if (p.state(id) !== PersonState.AtLiberty || p.pendingCourtDay(id) >= 0) return;
  const due = desistanceDay(world, id);
  if (world.today < due) {
    world.schedule(due, EventKind.Desist, id, p.clock(id, Clock.State));
    return;
  }
  if (world.observer.narrated(id)) world.observer.narrate(id, 'desisted', 'no proven offence for the desistance period: leaves the model');
  world.leave(id);
}

/**
 * The chance of at least one proven offence in the follow-up year for someone with this person's
 * propensity and needs, before anything supervision or interventions do: what an actuarial score
 * like OGRS predicts from who the person is, so that payment by results compares like with like.
 */
export function predictedReoffending(world: World, id: number): number {
  const p = world.people;
  return 1 - detExp(-world.params.firstYearHazard * p.propensity(id) * needsMultiplier(world, p.needs(id)));
}
