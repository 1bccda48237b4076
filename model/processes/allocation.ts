// Allocation: which provider manages a case under the operating model in force.
// Trusts: the local trust. TR: NPS for high or very high RoSH and MAPPA cases, the CRC of the area
// otherwise (REFERENCE.md "allocation under TR", MoJ MI 2014). Unified: the NPS region.
import type { World } from '../engine/world';
import { PROVIDER_KIND, ProviderKindCode, crcProviderOf, npsProviderOf, trustProviderOf, providerNameOf } from '../engine/geography';
import { FREE_SLOT, HIGH_ROSH } from '../engine/people';

export function providerFor(world: World, id: number): number {
  const area = world.people.area(id);
  switch (world.switches.operatingModel) {
    case 'trusts':
      return trustProviderOf(area);
    case 'tr':
      return trWouldGiveCrc(world, id) ? crcProviderOf(area) : npsProviderOf(area);
    case 'unified':
      return npsProviderOf(area);
  }
}

/** A case a CRC manages under TR: its breaches, recalls and escalations go to the NPS. */
export function isCrcCaseUnderTr(world: World, id: number): boolean {
  const provider = world.people.provider(id);
  return world.switches.operatingModel === 'tr' && provider >= 0 && PROVIDER_KIND[provider] === ProviderKindCode.Crc;
}

/**
 * TR's allocation would give this person to a CRC (low or medium RoSH, not MAPPA), whatever the
 * operating model in force: the population a CRC's payment-by-results baseline is measured on.
 */
export function trWouldGiveCrc(world: World, id: number): boolean {
  const p = world.people;
  return p.rosh(id) < HIGH_ROSH && p.mappa(id) === 0;
}

/** On a change of operating model, every open case moves to its provider under the new model. */
export function reallocateAll(world: World): void {
  const p = world.people;
  for (let id = 0; id < p.highWater; id++) {
    if (p.state(id) === FREE_SLOT || p.provider(id) < 0) continue;
    const provider = providerFor(world, id);
    if (provider === p.provider(id)) continue;
    world.change(id, p.state(id), provider, p.rosh(id));
    if (world.observer.narrated(id)) world.observer.narrate(id, 'reallocated', `case moved to ${providerNameOf(provider)} as the operating model changed`);
  }
}
