// Interventions: accredited programmes, rehabilitation activity, and services for accommodation,
// employment, finance and substance misuse. At the start of supervision a person is referred to
// each intervention that fits (a need it addresses, or none required) with a referral share; they
// complete it with the completion share scaled by supervision quality. Completion multiplies the
// reoffending hazard by the intervention's effect and resolves its need. Effects are applied when
// due, and only ever lower the hazard, so the offending clock's thinning stays exact.
import type { World } from '../engine/world';
import { EventKind } from '../engine/eventQueue';
import { Clock } from '../engine/people';
import { INTERVENTIONS } from '../engine/compiledParameters';
import { FLOW_INTERVENTIONS_COMPLETED, FLOW_INTERVENTIONS_STARTED } from '../observe/flowIndex';
import { PROVIDER_KIND, ProviderKindCode } from '../engine/geography';
import { Purpose } from '../random/personDraws';

const LABELS = ['an accredited programme', 'rehabilitation activity', 'accommodation support', 'employment support', 'finance, benefit and debt support', 'substance misuse treatment'];

const INTERVENTION_COUNT = INTERVENTIONS.length;
/** 2^-16: a half word as a uniform on (0, 1), fine enough for shares given to a few digits. */
const HALF_WORD = 1 / 65536;

export function startInterventions(world: World, id: number): void {
  const p = world.people;
  const P = world.params;
  const rng = world.draws(id, Purpose.Interventions);
  const provider = p.provider(id);
  const quality = provider >= 0 ? world.quality[provider] : 1;
  // Under TR the NPS buys its cases' interventions from the CRC of their area (Fee for Use).
  const feeForUseArea = provider >= 0 && PROVIDER_KIND[provider] === ProviderKindCode.Nps && world.switches.operatingModel === 'tr' ? p.area(id) : -1;
  const needs = p.needs(id);
  const today = world.today;
  let pending = 0;
  let started = 0;
  for (let i = 0; i < INTERVENTION_COUNT; i++) {
    // One word for each intervention, used or not, so that needs and quality (which policies
    // change) shift no later draw: its halves are the referral's and the completion's uniforms.
    const word = rng.nextUint32();
    const referralDraw = ((word >>> 16) + 0.5) * HALF_WORD;
    const completionDraw = ((word & 0xffff) + 0.5) * HALF_WORD;
    const need = P.interventionNeedBit[i];
    if (need !== 0 && (needs & need) === 0) continue;
    if (!(referralDraw < P.interventionReferral[i])) continue;
    started++;
    if (provider >= 0) world.observer.interventionStarted(provider, i, feeForUseArea);
    if (completionDraw < P.interventionCompletion[i] * quality) pending |= 1 << i;
  }
  if (started > 0) world.observer.counted(FLOW_INTERVENTIONS_STARTED, started); // whole numbers: the same sum as one at a time
  p.setPendingInterventions(id, pending);
  p.setInterventionStart(id, today);
  const version = p.advance(id, Clock.Intervention);
  if (pending !== 0) world.schedule(nextCompletion(P.interventionDuration, pending, today), EventKind.InterventionDone, id, version);
}

/** The first day one of the `pending` interventions, started on `start`, completes. */
function nextCompletion(durations: Int32Array, pending: number, start: number): number {
  let next = Infinity;
  for (let i = 0; i < INTERVENTION_COUNT; i++) if (pending & (1 << i)) next = Math.min(next, start + durations[i]);
  return next;
}

export function onInterventionDone(world: World, id: number): void {
  const p = world.people;
  const P = world.params;
  for (let i = 0; i < INTERVENTION_COUNT; i++) {
    const bit = 1 << i;
    if ((p.pendingInterventions(id) & bit) === 0 || p.interventionStart(id) + P.interventionDuration[i] > world.today) continue;
    p.setPendingInterventions(id, p.pendingInterventions(id) & ~bit);
    p.setInterventionMultiplier(id, p.interventionMultiplier(id) * P.interventionMultiplier[i]);
    p.setNeeds(id, p.needs(id) & ~P.interventionNeedBit[i]);
    world.observer.counted(FLOW_INTERVENTIONS_COMPLETED, 1);
    if (world.observer.narrated(id)) world.observer.narrate(id, 'intervention', `completed ${LABELS[i]}`);
  }
  const pending = p.pendingInterventions(id);
  if (pending !== 0) world.schedule(nextCompletion(P.interventionDuration, pending, p.interventionStart(id)), EventKind.InterventionDone, id, p.clock(id, Clock.Intervention));
}
