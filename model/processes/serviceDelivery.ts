// Service delivery that contracts measure: how many working days after allocation a person's first
// appointment and sentence plan come, how soon after release the licence appointment is, and
// whether an order was delivered as the court ordered. Each delay is geometric (most people are
// seen quickly, a few wait long) with a mean that stretches as supervision quality falls (a
// provider over capacity sees people later). Draws are the person's own (Purpose.Services, with
// resettlement at release): a fixed number at each occasion, so they move none of the rules' draws. Only the reported window is recorded.
// Working days are counted, not dated: bank holidays are not modelled.
import type { World } from '../engine/world';
import { CustodyBand, PersonState } from '../engine/people';
import { ServiceLevel, VolumeCategory } from '../observe/observer';
import { delayLogQ } from '../engine/compiledParameters';
import { Purpose } from '../random/personDraws';

const MAX_DELAY = 60;

function qualityOf(world: World, provider: number): number {
  return world.quality[provider] > 0 ? world.quality[provider] : 1e-3;
}

/** Working days until a service, geometric with mean `meanAtFullQuality / quality`. */
function delayDays(world: World, id: number, provider: number, level: ServiceLevel, meanAtFullQuality: number): number {
  const quality = qualityOf(world, provider);
  // At full quality (the usual case) log q is the compiled one: the same bits, one log fewer.
  const logQ = quality === 1 ? world.params.serviceDelayLogQ[level] : delayLogQ(meanAtFullQuality / quality);
  if (Number.isNaN(logQ)) return 0;
  // floor(log u / log q) for a uniform u: the same geometric law from an exponential (-log u), drawn without a log.
  return Math.min(MAX_DELAY, Math.floor(world.draws(id, Purpose.Services).exponential() / -logQ));
}

/** A new community or suspended sentence order, or a custodial sentence with a case manager. */
export function recordSentenceStart(world: World, id: number): void {
  if (!world.reporting) return;
  const p = world.people;
  const provider = p.provider(id);
  if (provider < 0) return;
  const s = world.params.raw.serviceDelivery;
  const state = p.state(id);
  if (state === PersonState.Custody) {
    const band = p.custodyBand(id);
    const category = band === CustodyBand.Under12m ? VolumeCategory.CustodyUnder12m : band === CustodyBand.From12mTo4y ? VolumeCategory.Custody12mTo4y : VolumeCategory.CustodyOver4y;
    world.observer.caseStarted(provider, category);
    return;
  }
  world.observer.caseStarted(provider, state === PersonState.SuspendedOrder ? VolumeCategory.SuspendedOrder : VolumeCategory.CommunityOrder);
  world.observer.serviceDelayed(provider, ServiceLevel.FirstAppointment, delayDays(world, id, provider, ServiceLevel.FirstAppointment, s.firstAppointmentWorkingDaysMean));
  world.observer.serviceDelayed(provider, ServiceLevel.SentencePlan, delayDays(world, id, provider, ServiceLevel.SentencePlan, s.sentencePlanWorkingDaysMean));
}

/** Release onto licence or post-sentence supervision: the first appointment in the community. */
export function recordSupervisedRelease(world: World, id: number): void {
  if (!world.reporting) return;
  const provider = world.people.provider(id);
  if (provider < 0) return;
  const mean = world.params.raw.serviceDelivery.licenceAppointmentWorkingDaysMean;
  world.observer.serviceDelayed(provider, ServiceLevel.LicenceAppointment, delayDays(world, id, provider, ServiceLevel.LicenceAppointment, mean));
}

/** An order has run its course: was every requirement delivered as the court ordered? */
export function recordOrderEnd(world: World, id: number): void {
  if (!world.reporting) return;
  const provider = world.people.provider(id);
  if (provider < 0) return;
  const share = Math.min(1, world.params.raw.serviceDelivery.undeliveredOrderShare / qualityOf(world, provider));
  world.observer.orderEnded(provider, !world.draws(id, Purpose.Services).bernoulli(share));
}
