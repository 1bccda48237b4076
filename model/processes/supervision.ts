// Supervision and its quality. Each week a provider's quality is recomputed from its weighted
// caseload per practitioner FTE against capacity: 1 at or below capacity, falling as
// (capacity / caseload)^elasticity above it (HMIP 2021: quality falls at high caseloads). Staff are
// scenario inputs per operating model, shared across providers by caseload footprint and scaled
// with the run. A supervised person's reoffending hazard is multiplied by
// 1 - (1 - multiplierAtFullQuality) × quality.
import type { Simulation } from '../engine/simulation';
import { PersonState } from '../engine/people';
import { PROVIDER_COUNT, PROVIDER_KIND, PROVIDER_SHARE } from '../engine/geography';
import { detPow } from '../math/detMath';

/** Practitioner FTE (national) for each provider kind under the operating model in force. */
export function fteByKind(sim: Simulation): [number, number, number] {
  const w = sim.params.raw.supervision.workforceFte;
  switch (sim.switches.operatingModel) {
    case 'trusts':
      return [w.trusts, 0, 0];
    case 'tr':
      return [0, w.crc, w.npsUnderTr];
    case 'unified':
      return [0, 0, w.npsUnified];
  }
}

export function providerFte(sim: Simulation, provider: number, kindFte: [number, number, number]): number {
  return kindFte[PROVIDER_KIND[provider]] * PROVIDER_SHARE[provider] * sim.setup.scale;
}

export function updateQuality(sim: Simulation): void {
  const s = sim.params.raw.supervision;
  const kindFte = fteByKind(sim);
  for (let provider = 0; provider < PROVIDER_COUNT; provider++) {
    const fte = providerFte(sim, provider, kindFte);
    const load = fte > 0 ? sim.tallies.providerWeighted[provider] / fte : 0;
    sim.quality[provider] = load <= s.capacityCasesPerFte ? 1 : detPow(s.capacityCasesPerFte / load, s.qualityElasticity);
  }
}

/** The supervision factor on a person's reoffending hazard (1 when not supervised). */
export function supervisionMultiplier(sim: Simulation, id: number): number {
  const p = sim.people;
  const state = p.state(id);
  const provider = p.provider(id);
  if (provider < 0 || state === PersonState.AtLiberty) return 1;
  const s = sim.params.raw.supervision;
  const supervised = 1 - (1 - s.hazardMultiplierAtFullQuality) * sim.quality[provider];
  // The suspended custodial term deters (assumption: sets SSOs a few points below COs, as PRS shows).
  return state === PersonState.SuspendedOrder ? supervised * s.suspendedOrderHazardMultiplier : supervised;
}

