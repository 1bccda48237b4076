// Allocation: which provider manages a case under the operating model in force.
// Trusts: the local trust. TR: NPS for high or very high RoSH and MAPPA cases, the CRC of the area
// otherwise (REFERENCE.md "allocation under TR", MoJ MI 2014). Unified: the NPS region.
import type { Simulation } from '../engine/simulation';
import { crcProviderOf, npsProviderOf, trustProviderOf } from '../engine/geography';
import { FREE_SLOT } from '../engine/people';

export const HIGH_ROSH = 2;

export function providerFor(sim: Simulation, id: number): number {
  const p = sim.people;
  const area = p.area(id);
  switch (sim.switches.operatingModel) {
    case 'trusts':
      return trustProviderOf(area);
    case 'tr':
      return p.rosh(id) >= HIGH_ROSH || p.mappa(id) === 1 ? npsProviderOf(area) : crcProviderOf(area);
    case 'unified':
      return npsProviderOf(area);
  }
}

/** On a change of operating model, every open case moves to its provider under the new model. */
export function reallocateAll(sim: Simulation): void {
  const p = sim.people;
  for (let id = 0; id < p.highWater; id++) {
    if (p.state(id) === FREE_SLOT || p.provider(id) < 0) continue;
    const provider = providerFor(sim, id);
    if (provider === p.provider(id)) continue;
    sim.change(id, p.state(id), provider, p.rosh(id));
    if (sim.journeys.on(id)) sim.journeys.record(id, 'reallocated', `case moved to ${sim.journeys.providerName(provider)} as the operating model changed`);
  }
}
