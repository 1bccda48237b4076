// Service delivery that contracts measure: how many working days after allocation a person's first
// appointment and sentence plan come, how soon after release the licence appointment is, and
// whether an order was delivered as the court ordered. Each delay is geometric (most people are
// seen quickly, a few wait long) with a mean that stretches as supervision quality falls (a
// provider over capacity sees people later). Draws come from their own stream, so adding them
// left every other result of the engine unchanged. Only the reported window is recorded.
// Working days are counted, not dated: bank holidays are not modelled.
import type { Simulation } from '../engine/simulation';
import { CustodyBand, PersonState } from '../engine/people';
import { ServiceLevel, VolumeCategory } from '../observe/activity';
import { delayLogQ } from '../engine/compiledParameters';

const MAX_DELAY = 60;

function qualityOf(sim: Simulation, provider: number): number {
  return sim.quality[provider] > 0 ? sim.quality[provider] : 1e-3;
}

/** Working days until a service, geometric with mean `meanAtFullQuality / quality`. */
function delayDays(sim: Simulation, provider: number, level: ServiceLevel, meanAtFullQuality: number): number {
  const quality = qualityOf(sim, provider);
  // At full quality (the usual case) log q is the compiled one: the same bits, one log fewer.
  const logQ = quality === 1 ? sim.params.serviceDelayLogQ[level] : delayLogQ(meanAtFullQuality / quality);
  if (Number.isNaN(logQ)) return 0;
  // floor(log u / log q) for a uniform u: the same geometric law from an exponential (-log u), drawn without a log.
  return Math.min(MAX_DELAY, Math.floor(sim.rng.service.exponential() / -logQ));
}

/** A new community or suspended sentence order, or a custodial sentence with a case manager. */
export function recordSentenceStart(sim: Simulation, id: number): void {
  if (!sim.reporting) return;
  const p = sim.people;
  const provider = p.provider(id);
  if (provider < 0) return;
  const s = sim.params.raw.serviceDelivery;
  const state = p.state(id);
  const today = sim.today;
  if (state === PersonState.Custody) {
    const band = p.custodyBand(id);
    const category = band === CustodyBand.Under12m ? VolumeCategory.CustodyUnder12m : band === CustodyBand.From12mTo4y ? VolumeCategory.Custody12mTo4y : VolumeCategory.CustodyOver4y;
    sim.activity.sentenceStart(today, provider, category);
    return;
  }
  sim.activity.sentenceStart(today, provider, state === PersonState.SuspendedOrder ? VolumeCategory.SuspendedOrder : VolumeCategory.CommunityOrder);
  sim.activity.serviceDelay(today, provider, ServiceLevel.FirstAppointment, delayDays(sim, provider, ServiceLevel.FirstAppointment, s.firstAppointmentWorkingDaysMean));
  sim.activity.serviceDelay(today, provider, ServiceLevel.SentencePlan, delayDays(sim, provider, ServiceLevel.SentencePlan, s.sentencePlanWorkingDaysMean));
}

/** Release onto licence or post-sentence supervision: the first appointment in the community. */
export function recordSupervisedRelease(sim: Simulation, id: number): void {
  if (!sim.reporting) return;
  const provider = sim.people.provider(id);
  if (provider < 0) return;
  const mean = sim.params.raw.serviceDelivery.licenceAppointmentWorkingDaysMean;
  sim.activity.serviceDelay(sim.today, provider, ServiceLevel.LicenceAppointment, delayDays(sim, provider, ServiceLevel.LicenceAppointment, mean));
}

/** An order has run its course: was every requirement delivered as the court ordered? */
export function recordOrderEnd(sim: Simulation, id: number): void {
  if (!sim.reporting) return;
  const provider = sim.people.provider(id);
  if (provider < 0) return;
  const share = Math.min(1, sim.params.raw.serviceDelivery.undeliveredOrderShare / qualityOf(sim, provider));
  sim.activity.orderEnded(sim.today, provider, !sim.rng.service.bernoulli(share));
}
