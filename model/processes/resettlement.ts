// Resettlement at release: the chance that an accommodation or employment need is resolved by the
// time a person leaves prison. Everywhere, a baseline for sentences of 12 months or more (little
// was done for short sentences before TR); under TR, Through the Gate for CRC cases in the last
// 12 weeks; under the unified model, the community offender manager's pre-release reach-in of
// configurable length. Both scale with the share of their window actually spent in custody.
import type { World } from '../engine/world';
import { CustodyBand, Need } from '../engine/people';
import { PROVIDER_KIND, ProviderKindCode } from '../engine/geography';
import { Purpose } from '../random/personDraws';

export function resettle(world: World, id: number, servedDays: number): void {
  const p = world.people;
  // Two words at every release, used or not: which needs a policy resolves shifts no later draw.
  const rng = world.draws(id, Purpose.Services);
  const accommodationDraw = rng.uniform();
  const employmentDraw = rng.uniform();
  const needs = p.needs(id);
  if ((needs & (Need.Accommodation | Need.Employment)) === 0) return;
  const share = resolvedShare(world, id, servedDays);
  if (share <= 0) return;
  let resolved = needs;
  if (needs & Need.Accommodation && accommodationDraw < share) resolved &= ~Need.Accommodation;
  if (needs & Need.Employment && employmentDraw < share) resolved &= ~Need.Employment;
  if (resolved !== needs) {
    p.setNeeds(id, resolved);
    if (world.observer.narrated(id)) world.observer.narrate(id, 'resettlement', describe(needs & ~resolved));
  }
}

function resolvedShare(world: World, id: number, servedDays: number): number {
  const p = world.people;
  const r = world.params.raw.resettlement;
  const switches = world.switches;
  const provider = p.provider(id);
  const kind = provider >= 0 ? PROVIDER_KIND[provider] : -1;
  let share = p.custodyBand(id) >= CustodyBand.From12mTo4y ? r.baselineNeedResolvedShare : 0;
  if (switches.throughTheGate && switches.operatingModel === 'tr' && kind === ProviderKindCode.Crc) {
    share += r.throughTheGateNeedResolvedShare * Math.min(1, servedDays / Math.max(1, r.throughTheGateWindowDays));
  }
  if (switches.reachIn && switches.operatingModel === 'unified' && kind === ProviderKindCode.Nps) {
    share += r.reachInNeedResolvedShare * Math.min(1, servedDays / Math.max(1, switches.reachInDays));
  }
  return Math.min(1, share);
}

function describe(resolvedBits: number): string {
  const parts: string[] = [];
  if (resolvedBits & Need.Accommodation) parts.push('accommodation');
  if (resolvedBits & Need.Employment) parts.push('employment');
  return `resettlement resolved the ${parts.join(' and ')} need before release`;
}
