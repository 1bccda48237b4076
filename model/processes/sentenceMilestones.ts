// The scheduled ends of a sentence's stages: release from custody (onto licence, post-sentence
// supervision, or unsupervised), return from recall, and the end of an order, a licence or
// post-sentence supervision. Every move back into the community restarts the clocks that run
// there; the end of all supervision starts the desistance clock.
import type { World } from '../engine/world';
import { providerNameOf } from '../engine/geography';
import { EventKind } from '../engine/eventQueue';
import { Clock, PersonState } from '../engine/people';
import { FLOW_RELEASES } from '../observe/flowIndex';
import { drawNextReoffence, predictedReoffending, scheduleDesistance } from './offending';
import { startSupervisionClocks } from './sentencing';
import { resettle } from './resettlement';
import { providerFor, trWouldGiveCrc } from './allocation';
import { recordOrderEnd, recordSupervisedRelease } from './serviceDelivery';

export function onRelease(world: World, id: number): void {
  const p = world.people;
  world.observer.counted(FLOW_RELEASES, 1);
  resettle(world, id, world.today - p.sentenceStart(id));
  p.setAnchorDay(id, world.today);
  const supervised = moveIntoCommunity(world, id, 'released');
  world.observer.startOrRelease(id, p.custodyBand(id) - 1, trWouldGiveCrc(world, id), predictedReoffending(world, id));
  if (supervised) {
    recordSupervisedRelease(world, id);
    startSupervisionClocks(world, id);
  }
  drawNextReoffence(world, id, world.today);
}

export function onRecallEnd(world: World, id: number): void {
  const p = world.people;
  p.setAnchorDay(id, world.today);
  if (moveIntoCommunity(world, id, 're-released after recall')) startSupervisionClocks(world, id);
  drawNextReoffence(world, id, world.today);
}

export function onStateEnd(world: World, id: number): void {
  const p = world.people;
  const state = p.state(id);
  if (state === PersonState.CommunityOrder || state === PersonState.SuspendedOrder) {
    recordOrderEnd(world, id);
    toLiberty(world, id);
    if (world.observer.narrated(id)) world.observer.narrate(id, 'orderEnded', 'order completed');
  } else if (state === PersonState.Licence) {
    if (p.pssEnd(id) > world.today) {
      world.change(id, PersonState.Pss, p.provider(id), p.rosh(id));
      world.schedule(p.pssEnd(id), EventKind.StateEnd, id, p.clock(id, Clock.State));
      if (world.observer.narrated(id)) world.observer.narrate(id, 'pss', 'licence ended; post-sentence supervision begins');
      startSupervisionClocks(world, id);
    } else {
      toLiberty(world, id);
      if (world.observer.narrated(id)) world.observer.narrate(id, 'licenceEnded', 'licence ended: sentence complete');
    }
  } else if (state === PersonState.Pss) {
    toLiberty(world, id);
    if (world.observer.narrated(id)) world.observer.narrate(id, 'pssEnded', 'post-sentence supervision ended');
  }
}

/** After custody: licence, post-sentence supervision or liberty. Returns true when supervised. */
function moveIntoCommunity(world: World, id: number, verb: string): boolean {
  const p = world.people;
  const today = world.today;
  if (p.supervisedOnRelease(id) && today < p.sentenceEnd(id)) {
    world.change(id, PersonState.Licence, providerOrNew(world, id), p.rosh(id));
    world.schedule(p.sentenceEnd(id), EventKind.StateEnd, id, p.clock(id, Clock.State));
    if (world.observer.narrated(id)) world.observer.narrate(id, 'released', `${verb} on licence, supervised by ${providerNameOf(p.provider(id))}`);
    return true;
  }
  if (p.pssEnd(id) > today) {
    world.change(id, PersonState.Pss, providerOrNew(world, id), p.rosh(id));
    world.schedule(p.pssEnd(id), EventKind.StateEnd, id, p.clock(id, Clock.State));
    if (world.observer.narrated(id)) world.observer.narrate(id, 'released', `${verb} onto post-sentence supervision by ${providerNameOf(p.provider(id))}`);
    return true;
  }
  toLiberty(world, id);
  // Recorded after the move, like every event that changes state: the journey says where they are now.
  if (world.observer.narrated(id)) world.observer.narrate(id, 'released', `${verb} without supervision`);
  return false;
}

function providerOrNew(world: World, id: number): number {
  const current = world.people.provider(id);
  return current >= 0 ? current : providerFor(world, id);
}

function toLiberty(world: World, id: number): void {
  const p = world.people;
  world.change(id, PersonState.AtLiberty, -1, p.rosh(id));
  p.advance(id, Clock.Breach);
  p.advance(id, Clock.Escalation);
  p.advance(id, Clock.Intervention);
  p.setPendingInterventions(id, 0);
  scheduleDesistance(world, id);
}
