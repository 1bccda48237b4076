// New entrants: people who come into the model with a proven offence that will go to court.
// Each is drawn with a trust area, an offence group, a latent reoffending propensity (gamma
// distributed with mean 1, the kind of heterogeneity OGRS scores capture), prior convictions that
// rise with propensity, criminogenic needs, a RoSH tier and MAPPA management. Arrivals are a
// Poisson process. Their first offence goes to court or, like any offence, is dealt with out of court.
import type { Simulation } from '../engine/simulation';
import { AREA_CUMULATIVE, AREA_GUIDE } from '../engine/geography';
import { Clock, PersonState } from '../engine/people';
import { FLOW_ENTRANTS } from '../observe/flowIndex';
import { registerOffences } from './offending';
import { HIGH_ROSH } from './allocation';
import { detPow } from '../math/detMath';

export function admitEntrant(sim: Simulation): void {
  const p = sim.people;
  const rng = sim.rng.entrants;
  const P = sim.params;
  const pop = P.raw.population;
  const id = p.allocate();
  // Moving every clock on invalidates events still queued for this slot's previous occupant.
  p.advance(id, Clock.State);
  p.advance(id, Clock.Court);
  p.advance(id, Clock.Reoffence);
  p.advance(id, Clock.Breach);
  p.advance(id, Clock.Escalation);
  p.advance(id, Clock.Intervention);
  p.setSerial(id, sim.nextSerial++);
  p.setArea(id, rng.categoricalGuided(AREA_CUMULATIVE, AREA_GUIDE));
  const group = rng.categorical(P.offenceGroupCumulative);
  p.setOffenceGroup(id, group);
  const propensity = (rng.gamma(pop.propensityShape) / pop.propensityShape) * P.groupPropensity[group];
  p.setPropensity(id, propensity);
  p.setBreachFactor(id, detPow(propensity, P.raw.breach.breachPropensityExponent));
  p.setPriors(id, rng.poisson(Math.min(200, pop.priorsPerUnitPropensity * propensity)));
  let needs = 0;
  for (let bit = 0; bit < 4; bit++) if (rng.bernoulli(P.needPrevalence[bit])) needs |= 1 << bit;
  p.setNeeds(id, needs);
  const rosh = drawRosh(sim, group);
  p.setMappa(id, rng.bernoulli(P.groupMappaShare[group]) ? 1 : 0);
  p.setInterventionMultiplier(id, 1);
  p.setHazardBound(id, 0);
  p.setAnchorDay(id, sim.today);
  p.setCareerEnd(id, sim.today + Math.ceil(rng.exponential() * P.careerDaysMean));
  p.setSentenceStart(id, sim.today);
  p.setSentenceEnd(id, sim.today);
  p.setPssEnd(id, 0);
  p.setReleaseDay(id, 0);
  p.setCustodyBand(id, 0);
  p.setSupervisedOnRelease(id, 0);
  p.setPendingCourtDay(id, -1);
  p.setPendingOffences(id, 0);
  p.setHighRoshSince(id, rosh >= HIGH_ROSH ? sim.today : -1);
  p.setPendingInterventions(id, 0);
  p.setSuspendedTermDays(id, 0);
  p.setRecallRequested(id, 0);
  sim.cohorts.resetPerson(id);
  // A fresh slot counts in the tallies as at liberty with no provider.
  p.setState(id, PersonState.AtLiberty);
  p.setProvider(id, -1);
  p.setRosh(id, rosh);
  sim.tallies.add(PersonState.AtLiberty, 0, -1, rosh, 0, +1);
  sim.countFlow(FLOW_ENTRANTS);
  if (sim.reporting) sim.flowMatrix.entry();
  sim.journeys.consider(id);
  registerOffences(sim, id, sim.today, 1 + rng.poisson(P.raw.offending.extraOffencesPerEpisode, P.extraOffencesExpNeg), false);
}

/** RoSH tier 0..3: the offence group sets the chance of high or very high; the national mix sets the rest. */
function drawRosh(sim: Simulation, group: number): number {
  const rng = sim.rng.entrants;
  const P = sim.params;
  if (rng.bernoulli(P.groupHighRoshShare[group])) return rng.bernoulli(P.veryHighShareOfHigh) ? 3 : 2;
  return rng.bernoulli(P.mediumShareOfLow) ? 1 : 0;
}
