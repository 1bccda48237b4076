// Offending and detection. A person's proven reoffending is a time-varying hazard:
//   rate(t) = base(months since anchor) × propensity × needs × interventions × supervision
// where the anchor is the start of an order, a release or a conviction. The waiting time to the
// next proven offence is drawn by inverting the piecewise-constant cumulative hazard, using the
// hazard bound at drawing time; factors that can only fall before the next redraw (supervision
// quality, a completed intervention, a resolved need) are applied by thinning when the candidate
// event arrives, so the draw is exact without redrawing on every change. The clock is redrawn
// when the anchor moves and stopped in custody. Offences reach court after a conviction lag (or are
// dealt with out of court); offences committed while a hearing is pending join that hearing.
import type { Simulation } from '../engine/simulation';
import { EventKind } from '../engine/eventQueue';
import { Clock, PersonState } from '../engine/people';
import { FLOW_EXITS, FLOW_REOFFENCES } from '../observe/flowIndex';
import { supervisionMultiplier } from './supervision';
import { startRecall } from './breach';

export function needsMultiplier(sim: Simulation, needs: number): number {
  let m = 1;
  const table = sim.params.needMultiplier;
  if (needs & 1) m *= table[0];
  if (needs & 2) m *= table[1];
  if (needs & 4) m *= table[2];
  if (needs & 8) m *= table[3];
  return m;
}

/** Everything but the time shape and supervision: the bound used when drawing. */
function personalHazard(sim: Simulation, id: number): number {
  const p = sim.people;
  return p.propensity(id) * needsMultiplier(sim, p.needs(id)) * p.interventionMultiplier(id);
}

/** Draws the next candidate proven offence after `fromDay`, replacing any pending one. */
export function drawNextReoffence(sim: Simulation, id: number, fromDay: number): void {
  const p = sim.people;
  const version = p.advance(id, Clock.Reoffence);
  const bound = personalHazard(sim, id);
  p.setHazardBound(id, bound);
  if (!(bound > 0)) return;
  const starts = sim.params.hazardSegmentStart;
  const rates = sim.params.hazardSegmentRate;
  let remaining = sim.rng.offending.exponential();
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
  if (day <= p.careerEnd(id)) sim.schedule(day, EventKind.Reoffence, id, version);
}

export function onReoffence(sim: Simulation, id: number): void {
  const p = sim.people;
  const state = p.state(id);
  if (state === PersonState.Custody || state === PersonState.Recall) return;
  const current = personalHazard(sim, id) * supervisionMultiplier(sim, id);
  if (sim.rng.offending.uniform() * p.hazardBound(id) >= current) {
    drawNextReoffence(sim, id, sim.today); // thinned: not an offence, keep waiting
    return;
  }
  const count = 1 + sim.rng.offending.poisson(sim.params.raw.offending.extraOffencesPerEpisode, sim.params.extraOffencesExpNeg);
  if (!registerOffences(sim, id, sim.today, count, true)) drawNextReoffence(sim, id, sim.today);
  if (state === PersonState.Licence && sim.rng.breach.bernoulli(sim.params.raw.breach.reoffenceRecallShare)) {
    startRecall(sim, id, 'a further offence while on licence');
  }
}

/**
 * Proven offences committed on `day`: to court (or out of court), counted in cohorts. Returns true
 * when they were dealt with at once (out of court), which restarts the offending clock.
 */
export function registerOffences(sim: Simulation, id: number, day: number, count: number, isReoffence: boolean): boolean {
  const p = sim.people;
  const offending = sim.params.raw.offending;
  let provenDay: number;
  const outOfCourt = sim.rng.offending.bernoulli(offending.outOfCourtShare);
  if (outOfCourt) {
    provenDay = day + Math.max(1, Math.round(offending.convictionLagDaysMean / 4));
    p.setPriors(id, Math.min(65535, p.priors(id) + count));
    if (sim.journeys.on(id)) sim.journeys.record(id, 'offence', `${count} proven offence(s), dealt with out of court`);
  } else if (p.pendingCourtDay(id) >= 0) {
    provenDay = p.pendingCourtDay(id);
    p.setPendingOffences(id, p.pendingOffences(id) + count);
    if (sim.journeys.on(id)) sim.journeys.record(id, 'offence', `${count} further offence(s), added to the pending hearing`);
  } else {
    // Gamma(2) waiting time (a sum of two exponentials): few convictions come in the first days.
    const rng = sim.rng.offending;
    const lag = Math.max(1, Math.round(((rng.exponential() + rng.exponential()) * offending.convictionLagDaysMean) / 2));
    provenDay = day + lag;
    p.setPendingCourtDay(id, provenDay);
    p.setPendingOffences(id, count);
    sim.schedule(provenDay, EventKind.Court, id, p.advance(id, Clock.Court));
    if (sim.journeys.on(id)) sim.journeys.record(id, 'offence', `${count} offence(s); court hearing in ${lag} days`);
  }
  if (isReoffence) {
    sim.countFlow(FLOW_REOFFENCES, count);
    if (sim.reporting) sim.activity.reoffence(sim.today, p.offenceGroup(id), count);
    sim.cohorts.recordOffences(id, day, provenDay, count);
  }
  if (outOfCourt) concludeWithoutSentence(sim, id);
  return outOfCourt;
}

/** A conviction or caution with no sentence to serve: the offending clock restarts from today. */
export function concludeWithoutSentence(sim: Simulation, id: number): void {
  const p = sim.people;
  p.setAnchorDay(id, sim.today);
  const state = p.state(id);
  if (state === PersonState.Custody || state === PersonState.Recall) return;
  drawNextReoffence(sim, id, sim.today);
  if (state === PersonState.AtLiberty) scheduleDesistance(sim, id);
}

/** Leaving the model: after a spell at liberty long enough to count as desistance, or at the end of the career. */
function desistanceDay(sim: Simulation, id: number): number {
  const p = sim.people;
  return Math.min(p.anchorDay(id) + sim.params.desistanceDays, p.careerEnd(id));
}

export function scheduleDesistance(sim: Simulation, id: number): void {
  sim.schedule(desistanceDay(sim, id), EventKind.Desist, id, sim.people.clock(id, Clock.State));
}

export function onDesist(sim: Simulation, id: number): void {
  const p = sim.people;
  if (p.state(id) !== PersonState.AtLiberty || p.pendingCourtDay(id) >= 0) return;
  const due = desistanceDay(sim, id);
  if (sim.today < due) {
    sim.schedule(due, EventKind.Desist, id, p.clock(id, Clock.State));
    return;
  }
  if (sim.journeys.on(id)) sim.journeys.record(id, 'desisted', 'no proven offence for the desistance period: leaves the model');
  sim.tallies.add(PersonState.AtLiberty, 0, -1, p.rosh(id), 0, -1);
  sim.countFlow(FLOW_EXITS);
  if (sim.reporting) sim.flowMatrix.exit(PersonState.AtLiberty);
  sim.journeys.forget(id);
  p.free(id);
}
