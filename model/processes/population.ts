// New entrants: people who come into the model with a proven offence that will go to court.
// Each is drawn with a trust area, an offence group, a latent reoffending propensity (gamma
// distributed with mean 1, the kind of heterogeneity OGRS scores capture), prior convictions that
// rise with propensity, criminogenic needs, a RoSH tier and MAPPA management. Arrivals are a
// Poisson process. Their first offence goes to court or, like any offence, is dealt with out of court.
import type { World } from '../engine/world';
import { AREA_CUMULATIVE, AREA_GUIDE } from '../engine/geography';
import { Clock, HIGH_ROSH } from '../engine/people';
import { registerOffences } from './offending';
import { detPow } from '../math/detMath';
import type { PersonDraws } from '../random/personDraws';

export function admitEntrant(world: World): void {
  const p = world.people;
  const P = world.params;
  const pop = P.raw.population;
  const id = p.allocate();
  // Moving every clock on invalidates events still queued for this slot's previous occupant.
  p.advance(id, Clock.State);
  p.advance(id, Clock.Court);
  p.advance(id, Clock.Reoffence);
  p.advance(id, Clock.Breach);
  p.advance(id, Clock.Escalation);
  p.advance(id, Clock.Intervention);
  p.setSerial(id, world.nextSerial++);
  p.clearDrawCounters(id);
  const rng = world.attributeDraws(id);
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
  const rosh = drawRosh(world, rng, group);
  p.setMappa(id, rng.bernoulli(P.groupMappaShare[group]) ? 1 : 0);
  p.setInterventionMultiplier(id, 1);
  p.setHazardBound(id, 0);
  p.setAnchorDay(id, world.today);
  p.setCareerEnd(id, world.today + Math.ceil(rng.exponential() * P.careerDaysMean));
  p.setSentenceStart(id, world.today);
  p.setSentenceEnd(id, world.today);
  p.setPssEnd(id, 0);
  p.setReleaseDay(id, 0);
  p.setCustodyBand(id, 0);
  p.setSupervisedOnRelease(id, 0);
  p.setPendingCourtDay(id, -1);
  p.setPendingOffences(id, 0);
  p.setHighRoshSince(id, rosh >= HIGH_ROSH ? world.today : -1);
  p.setPendingInterventions(id, 0);
  p.setSuspendedTermDays(id, 0);
  p.setRecallRequested(id, 0);
  world.enter(id, rosh);
  registerOffences(world, id, world.today, 1 + rng.poisson(P.raw.offending.extraOffencesPerEpisode, P.extraOffencesExpNeg), false);
}

/** RoSH tier 0..3: the offence group sets the chance of high or very high; the national mix sets the rest. */
function drawRosh(world: World, rng: PersonDraws, group: number): number {
  const P = world.params;
  if (rng.bernoulli(P.groupHighRoshShare[group])) return rng.bernoulli(P.veryHighShareOfHigh) ? 3 : 2;
  return rng.bernoulli(P.mediumShareOfLow) ? 1 : 0;
}
