// A full recount of the live people, compared with the incrementally kept stocks, and a check of
// the TR handover rule. Slow (a pass over everyone), so only tests switch it on (weekly).
import type { World } from './world';
import { FREE_SLOT, HIGH_ROSH, PersonState } from './people';
import { PROVIDER_KIND, ProviderKindCode, REGIONS, REGION_OF_AREA } from './geography';

export interface AuditReport {
  day: number;
  /** Names of stocks that differ from the recount (empty when all agree). */
  mismatches: string[];
  negativeStocks: string[];
  /** High-RoSH cases still with a CRC longer than the handover delay after escalating. */
  overdueCrcHighRosh: number;
}

export function audit(sim: World): AuditReport {
  const p = sim.people;
  const state = new Float64Array(7);
  const kind = new Float64Array(3);
  const region = new Float64Array(REGIONS.length);
  let community = 0;
  let preRelease = 0;
  let overdue = 0;
  const delay = sim.params.raw.risk.handoverDelayDays;
  for (let id = 0; id < p.highWater; id++) {
    const s = p.state(id);
    if (s === FREE_SLOT) continue;
    state[s]++;
    const provider = p.provider(id);
    if (provider < 0) continue;
    kind[PROVIDER_KIND[provider]]++;
    region[REGION_OF_AREA[p.area(id)]]++;
    if (s === PersonState.Custody || s === PersonState.Recall) preRelease++;
    else community++;
    if (
      sim.switches.operatingModel === 'tr' &&
      PROVIDER_KIND[provider] === ProviderKindCode.Crc &&
      p.rosh(id) >= HIGH_ROSH &&
      sim.today - p.highRoshSince(id) > delay
    )
      overdue++;
  }
  const t = sim.stocks;
  const mismatches: string[] = [];
  state.forEach((v, i) => v !== t.state[i] && mismatches.push(`state ${i}`));
  kind.forEach((v, i) => v !== t.kindCases[i] && mismatches.push(`kind ${i}`));
  region.forEach((v, i) => v !== t.regionCases[i] && mismatches.push(`region ${i}`));
  if (community !== t.community) mismatches.push('community');
  if (preRelease !== t.preRelease) mismatches.push('preRelease');
  const negativeStocks: string[] = [];
  t.state.forEach((v, i) => v < 0 && negativeStocks.push(`state ${i}`));
  t.providerCases.forEach((v, i) => v < 0 && negativeStocks.push(`provider ${i}`));
  return { day: sim.today, mismatches, negativeStocks, overdueCrcHighRosh: overdue };
}
