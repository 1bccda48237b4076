// The scheduled ends of a sentence's stages: release from custody (onto licence, post-sentence
// supervision, or unsupervised), return from recall, and the end of an order, a licence or
// post-sentence supervision. Every move back into the community restarts the clocks that run
// there; the end of all supervision starts the desistance clock.
import type { Simulation } from '../engine/simulation';
import { EventKind } from '../engine/eventQueue';
import { Clock, PersonState } from '../engine/people';
import { FLOW_RELEASES } from '../observe/flowIndex';
import { drawNextReoffence, scheduleDesistance } from './offending';
import { startSupervisionClocks } from './sentencing';
import { resettle } from './resettlement';
import { providerFor } from './allocation';
import { recordOrderEnd, recordSupervisedRelease } from './serviceDelivery';

export function onRelease(sim: Simulation, id: number): void {
  const p = sim.people;
  sim.countFlow(FLOW_RELEASES);
  resettle(sim, id, sim.today - p.sentenceStart(id));
  p.setAnchorDay(id, sim.today);
  const supervised = moveIntoCommunity(sim, id, 'released');
  sim.cohorts.join(id, p.custodyBand(id) - 1);
  if (supervised) {
    recordSupervisedRelease(sim, id);
    startSupervisionClocks(sim, id);
  }
  drawNextReoffence(sim, id, sim.today);
}

export function onRecallEnd(sim: Simulation, id: number): void {
  const p = sim.people;
  p.setAnchorDay(id, sim.today);
  if (moveIntoCommunity(sim, id, 're-released after recall')) startSupervisionClocks(sim, id);
  drawNextReoffence(sim, id, sim.today);
}

export function onStateEnd(sim: Simulation, id: number): void {
  const p = sim.people;
  const state = p.state(id);
  if (state === PersonState.CommunityOrder || state === PersonState.SuspendedOrder) {
    recordOrderEnd(sim, id);
    toLiberty(sim, id);
    if (sim.journeys.on(id)) sim.journeys.record(id, 'orderEnded', 'order completed');
  } else if (state === PersonState.Licence) {
    if (p.pssEnd(id) > sim.today) {
      sim.change(id, PersonState.Pss, p.provider(id), p.rosh(id));
      sim.schedule(p.pssEnd(id), EventKind.StateEnd, id, p.clock(id, Clock.State));
      if (sim.journeys.on(id)) sim.journeys.record(id, 'pss', 'licence ended; post-sentence supervision begins');
      startSupervisionClocks(sim, id);
    } else {
      toLiberty(sim, id);
      if (sim.journeys.on(id)) sim.journeys.record(id, 'licenceEnded', 'licence ended: sentence complete');
    }
  } else if (state === PersonState.Pss) {
    toLiberty(sim, id);
    if (sim.journeys.on(id)) sim.journeys.record(id, 'pssEnded', 'post-sentence supervision ended');
  }
}

/** After custody: licence, post-sentence supervision or liberty. Returns true when supervised. */
function moveIntoCommunity(sim: Simulation, id: number, verb: string): boolean {
  const p = sim.people;
  const today = sim.today;
  if (p.supervisedOnRelease(id) && today < p.sentenceEnd(id)) {
    sim.change(id, PersonState.Licence, providerOrNew(sim, id), p.rosh(id));
    sim.schedule(p.sentenceEnd(id), EventKind.StateEnd, id, p.clock(id, Clock.State));
    if (sim.journeys.on(id)) sim.journeys.record(id, 'released', `${verb} on licence, supervised by ${sim.journeys.providerName(p.provider(id))}`);
    return true;
  }
  if (p.pssEnd(id) > today) {
    sim.change(id, PersonState.Pss, providerOrNew(sim, id), p.rosh(id));
    sim.schedule(p.pssEnd(id), EventKind.StateEnd, id, p.clock(id, Clock.State));
    if (sim.journeys.on(id)) sim.journeys.record(id, 'released', `${verb} onto post-sentence supervision by ${sim.journeys.providerName(p.provider(id))}`);
    return true;
  }
  toLiberty(sim, id);
  // Recorded after the move, like every event that changes state: the journey says where they are now.
  if (sim.journeys.on(id)) sim.journeys.record(id, 'released', `${verb} without supervision`);
  return false;
}

function providerOrNew(sim: Simulation, id: number): number {
  const current = sim.people.provider(id);
  return current >= 0 ? current : providerFor(sim, id);
}

export function toLiberty(sim: Simulation, id: number): void {
  const p = sim.people;
  sim.change(id, PersonState.AtLiberty, -1, p.rosh(id));
  p.advance(id, Clock.Breach);
  p.advance(id, Clock.Escalation);
  p.advance(id, Clock.Intervention);
  p.setPendingInterventions(id, 0);
  scheduleDesistance(sim, id);
}
