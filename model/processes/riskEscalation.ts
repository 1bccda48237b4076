// Risk escalation: while supervised, a person's risk of serious harm can rise a tier (low to
// medium, medium to high). Under TR a CRC case that becomes high RoSH transfers to the NPS after a
// handover delay (REFERENCE.md "allocation under TR"); invariant checked by tests: no high-RoSH case
// stays with a CRC longer than that delay.
import type { World } from '../engine/world';
import { EventKind } from '../engine/eventQueue';
import { Clock, HIGH_ROSH } from '../engine/people';
import { npsProviderOf, providerNameOf } from '../engine/geography';
import { FLOW_ESCALATIONS, FLOW_TRANSFERS } from '../observe/flowIndex';
import { isCrcCaseUnderTr } from './allocation';
import { Purpose } from '../random/personDraws';

const TIER_NAMES = ['low', 'medium', 'high', 'very high'];

/** The last day of the current supervision: escalation is only assessed while supervised. */
function supervisionEnd(world: World, id: number): number {
  const p = world.people;
  return Math.max(p.sentenceEnd(id), p.pssEnd(id));
}

export function scheduleEscalation(world: World, id: number): void {
  const p = world.people;
  const version = p.advance(id, Clock.Escalation);
  if (p.rosh(id) >= HIGH_ROSH || p.provider(id) < 0) return;
  const rate = world.params.escalationPerDay;
  if (!(rate > 0)) return;
  const day = world.today + Math.max(1, Math.ceil(world.draws(id, Purpose.Escalation).exponential() / rate));
  if (day < supervisionEnd(world, id)) world.schedule(day, EventKind.Escalation, id, version);
}

export function onEscalation(world: World, id: number): void {
  const p = world.people;
  const rosh = p.rosh(id) + 1;
  world.change(id, p.state(id), p.provider(id), rosh);
  world.observer.counted(FLOW_ESCALATIONS, 1);
  if (world.observer.narrated(id)) world.observer.narrate(id, 'escalated', `risk of serious harm rose to ${TIER_NAMES[rosh]}`);
  if (rosh < HIGH_ROSH) {
    scheduleEscalation(world, id);
    return;
  }
  p.setHighRoshSince(id, world.today);
  if (!isCrcCaseUnderTr(world, id)) return;
  const delay = world.params.raw.risk.handoverDelayDays;
  if (delay === 0) transferToNps(world, id);
  else world.schedule(world.today + delay, EventKind.Transfer, id, 0);
}

export function onTransfer(world: World, id: number): void {
  const p = world.people;
  const due = p.highRoshSince(id) + world.params.raw.risk.handoverDelayDays;
  if (isCrcCaseUnderTr(world, id) && p.rosh(id) >= HIGH_ROSH && world.today >= due) transferToNps(world, id);
}

function transferToNps(world: World, id: number): void {
  const p = world.people;
  world.change(id, p.state(id), npsProviderOf(p.area(id)), p.rosh(id));
  world.observer.counted(FLOW_TRANSFERS, 1);
  if (world.observer.narrated(id)) world.observer.narrate(id, 'transferred', `transferred to ${providerNameOf(p.provider(id))}: risk of serious harm rose to high`);
}
