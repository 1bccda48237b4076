// New entrants: people who come into the model with a proven offence that will go to court.
// Each is drawn with a trust area, an offence group, a latent reoffending propensity (gamma
// distributed with mean 1, the kind of heterogeneity OGRS scores capture), prior convictions that
// rise with propensity, criminogenic needs and a RoSH tier. Arrivals are a Poisson process.
import type { Simulation } from '../engine/simulation';
import { AREA_CUMULATIVE } from '../engine/geography';
import { PersonState } from '../engine/people';
import { FLOW_ENTRANTS } from '../observe/flowIndex';
import { registerOffences } from './offending';
import { HIGH_ROSH } from './allocation';
import { detPow } from '../math/detMath';

const SEXUAL = 1;

export function admitEntrant(sim: Simulation): void {
  const p = sim.people;
  const rng = sim.rng.entrants;
  const P = sim.params;
  const pop = P.raw.population;
  const id = p.allocate();
  // Moving every clock on invalidates events still queued for this slot's previous occupant.
  p.vState[id]++;
  p.vCourt[id]++;
  p.vReoffence[id]++;
  p.vBreach[id]++;
  p.vEscalation[id]++;
  p.vIntervention[id]++;
  p.serial[id] = sim.nextSerial++;
  p.area[id] = rng.categorical(AREA_CUMULATIVE);
  const group = rng.categorical(P.offenceGroupCumulative);
  p.offenceGroup[id] = group;
  const propensity = (rng.gamma(pop.propensityShape) / pop.propensityShape) * P.groupPropensity[group];
  p.propensity[id] = propensity;
  p.breachFactor[id] = detPow(propensity, P.raw.breach.breachPropensityExponent);
  p.priors[id] = rng.poisson(Math.min(200, pop.priorsPerUnitPropensity * propensity));
  let needs = 0;
  for (let bit = 0; bit < 4; bit++) if (rng.bernoulli(P.needPrevalence[bit])) needs |= 1 << bit;
  p.needs[id] = needs;
  const rosh = drawRosh(sim, group);
  p.mappa[id] = group === SEXUAL || (rosh >= HIGH_ROSH && rng.bernoulli(P.groupMappaShare[group])) ? 1 : 0;
  p.interventionMultiplier[id] = 1;
  p.hazardBound[id] = 0;
  p.anchorDay[id] = sim.today;
  p.careerEnd[id] = sim.today + Math.ceil(rng.exponential() * P.careerDaysMean);
  p.sentenceStart[id] = sim.today;
  p.sentenceEnd[id] = sim.today;
  p.pssEnd[id] = 0;
  p.releaseDay[id] = 0;
  p.custodyBand[id] = 0;
  p.supervisedOnRelease[id] = 0;
  p.pendingCourtDay[id] = -1;
  p.pendingOffences[id] = 0;
  p.highRoshSince[id] = rosh >= HIGH_ROSH ? sim.today : -1;
  p.pendingInterventions[id] = 0;
  p.suspendedTermDays[id] = 0;
  p.recallRequested[id] = 0;
  sim.cohorts.resetPerson(id);
  // A fresh slot counts in the tallies as at liberty with no provider.
  p.state[id] = PersonState.AtLiberty;
  p.provider[id] = -1;
  p.rosh[id] = rosh;
  sim.tallies.add(PersonState.AtLiberty, 0, -1, rosh, +1);
  sim.countFlow(FLOW_ENTRANTS);
  if (sim.reporting) sim.flowMatrix.entry();
  sim.journeys.consider(id);
  registerOffences(sim, id, sim.today, 1 + rng.poisson(P.raw.offending.extraOffencesPerEpisode, P.extraOffencesExpNeg), false);
}

/** RoSH tier 0..3: the offence group sets the chance of high or very high; the national mix sets the rest. */
function drawRosh(sim: Simulation, group: number): number {
  const rng = sim.rng.entrants;
  const mix = sim.params.raw.risk.roshMix;
  if (rng.bernoulli(sim.params.groupHighRoshShare[group])) {
    return rng.bernoulli(mix.veryHigh / (mix.high + mix.veryHigh)) ? 3 : 2;
  }
  return rng.bernoulli(mix.medium / (mix.low + mix.medium)) ? 1 : 0;
}
