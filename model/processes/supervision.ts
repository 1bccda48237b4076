// Supervision and its quality. Each week a provider's quality is recomputed from its weighted
// caseload per practitioner FTE against capacity: 1 at or below capacity, falling as
// (capacity / caseload)^elasticity above it (HMIP 2021: quality falls at high caseloads). Staff are
// scenario inputs per operating model, shared across providers by caseload footprint and scaled
// with the run. A supervised person's reoffending hazard is multiplied by
// 1 - (1 - multiplierAtFullQuality) × quality.
import type { World } from '../engine/world';
import { PersonState } from '../engine/people';
import { PROVIDER_COUNT, PROVIDER_KIND, PROVIDER_SHARE } from '../engine/geography';
import { detPow } from '../math/detMath';

/** Practitioner FTE (national) for each provider kind under the operating model in force. */
function fteByKind(world: World): [number, number, number] {
  const w = world.params.raw.supervision.workforceFte;
  switch (world.switches.operatingModel) {
    case 'trusts':
      return [w.trusts, 0, 0];
    case 'tr':
      return [0, w.crc, w.npsUnderTr];
    case 'unified':
      return [0, 0, w.npsUnified];
  }
}

/** Shares the operating model's practitioners among its providers (at the start, and when the model changes). */
export function updateStaffing(world: World): void {
  const kindFte = fteByKind(world);
  for (let provider = 0; provider < PROVIDER_COUNT; provider++) {
    world.staffFte[provider] = kindFte[PROVIDER_KIND[provider]] * PROVIDER_SHARE[provider] * world.setup.scale;
  }
}

export function updateQuality(world: World): void {
  const s = world.params.raw.supervision;
  for (let provider = 0; provider < PROVIDER_COUNT; provider++) {
    const fte = world.staffFte[provider];
    const load = fte > 0 ? world.stocks.providerWeighted[provider] / fte : 0;
    world.quality[provider] = load <= s.capacityCasesPerFte ? 1 : detPow(s.capacityCasesPerFte / load, s.qualityElasticity);
  }
}

/** The supervision factor on a person's reoffending hazard (1 when not supervised). */
export function supervisionMultiplier(world: World, id: number): number {
  const p = world.people;
  const state = p.state(id);
  const provider = p.provider(id);
  if (provider < 0 || state === PersonState.AtLiberty) return 1;
  const s = world.params.raw.supervision;
  const supervised = 1 - (1 - s.hazardMultiplierAtFullQuality) * world.quality[provider];
  // The suspended custodial term deters (assumption: sets SSOs a few points below COs, as PRS shows).
  return state === PersonState.SuspendedOrder ? supervised * s.suspendedOrderHazardMultiplier : supervised;
}

